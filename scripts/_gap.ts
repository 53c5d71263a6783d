// scratch: unlinked gold names the matcher spells fully, by name, with candidate entities
import path from 'node:path';
import { loadLinkData } from './eval/link-data';
import { nerLink, NER_CORPORA, SHARED } from './eval/link';
import { readNerDocs } from './eval/link-ner';
const data = await loadLinkData();
const link = nerLink(data);
const T: Record<string, string> = { PER: 'person', ORG: 'organization' };
const counts = new Map<string, { n: number; cands: string; ex: string }>();
let total = 0, wrongType = 0, known = 0;
for (const corpus of NER_CORPORA) for (const doc of readNerDocs(path.join(SHARED, 'corpora/ner', corpus, 'dev'))) {
  const date = /\b(1[89]\d\d|20\d\d)-(0[1-9]|1[0-2])-([0-2]\d|3[01])\b/.exec(doc.text.slice(0, 200))?.[0];
  const { mentions } = link(doc.text, date, doc.site);
  for (const g of doc.gold) {
    if (g.type !== 'PER' && g.type !== 'ORG') continue;
    const ov = mentions.filter((m) => m.start < g.end && g.start < m.end);
    if (ov.some((m) => m.type === T[g.type])) continue;
    total++;
    if (ov.length) { wrongType++; continue; }
    const s = data.matcher.scan(g.text);
    const last = s.tokens.length - 1;
    const full = s.matches.filter((m) => m.first === 0 && m.end === s.tokens.length);
    const ents = [...new Set(full.flatMap((m) => m.entries.map((e: any) => e.entityId)))];
    const typed = ents.filter((id) => data.entity(String(id))?.type === T[g.type]);
    if (!typed.length) continue;
    known++;
    const key = `${corpus.slice(0,4)}\t${g.type}\t${g.text}`;
    const c = counts.get(key) ?? { n: 0, cands: typed.slice(0, 3).map((id) => `${id}:${data.entity(String(id))?.name}`).join(' | ') + (typed.length > 3 ? ` +${typed.length - 3}` : ''), ex: doc.id };
    c.n++; counts.set(key, c);
  }
}
console.log({ total, wrongType, known });
for (const [k, c] of [...counts].sort((a, b) => b[1].n - a[1].n)) console.log(`${c.n}\t${k}\t${c.ex}\t${c.cands}`);
