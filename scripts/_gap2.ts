import path from 'node:path';
import { loadLinkData } from './eval/link-data';
import { nerLink, NER_CORPORA, SHARED } from './eval/link';
import { readNerDocs } from './eval/link-ner';
const data = await loadLinkData();
const link = nerLink(data);
const T: Record<string, string> = { PER: 'person', ORG: 'organization' };
const cat = new Map<string, number>();
const ex = new Map<string, Map<string, number>>();
for (const corpus of NER_CORPORA) for (const doc of readNerDocs(path.join(SHARED, 'corpora/ner', corpus, 'dev'))) {
  const date = /\b(1[89]\d\d|20\d\d)-(0[1-9]|1[0-2])-([0-2]\d|3[01])\b/.exec(doc.text.slice(0, 200))?.[0];
  const { mentions } = link(doc.text, date, doc.site);
  for (const g of doc.gold) {
    if (g.type !== 'PER' && g.type !== 'ORG') continue;
    const ov = mentions.filter((m) => m.start < g.end && g.start < m.end);
    if (ov.some((m) => m.type === T[g.type])) continue;
    if (ov.length) continue;
    const s = data.matcher.scan(g.text);
    const full = s.matches.filter((m) => m.first === 0 && m.end === s.tokens.length);
    const entries = full.flatMap((m) => m.entries).filter((e) => data.entity(e.entityId)?.type === T[g.type]);
    if (!entries.length) continue;
    const ids = new Set(entries.map((e) => e.entityId));
    const kinds = [...new Set(entries.map((e) => e.kind + (e.standalone ? '+' : '') + (e.common ? 'C' : '')))].sort().join(',');
    const k = `${g.type} ${ids.size === 1 ? 'one' : 'many'} ${kinds}`;
    cat.set(k, (cat.get(k) ?? 0) + 1);
    const m = ex.get(k) ?? new Map(); m.set(g.text, (m.get(g.text) ?? 0) + 1); ex.set(k, m);
  }
}
for (const [k, n] of [...cat].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(n, k, [...ex.get(k)!].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([t, c]) => `${t}×${c}`).join(', '));
