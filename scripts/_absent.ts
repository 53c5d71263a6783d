import path from 'node:path';
import { loadLinkData } from './eval/link-data';
import { nerLink, NER_CORPORA, SHARED } from './eval/link';
import { readNerDocs } from './eval/link-ner';
const data = await loadLinkData();
const link = nerLink(data);
const df = new Map<string, Set<string>>(); const cnt = new Map<string, number>();
for (const corpus of NER_CORPORA) for (const doc of readNerDocs(path.join(SHARED, 'corpora/ner', corpus, 'dev'))) {
  const date = /\b(1[89]\d\d|20\d\d)-(0[1-9]|1[0-2])-([0-2]\d|3[01])\b/.exec(doc.text.slice(0, 200))?.[0];
  const { mentions } = link(doc.text, date, doc.site);
  for (const g of doc.gold) {
    if ((g.type !== 'PER' && g.type !== 'ORG') || mentions.some((m) => m.start < g.end && g.start < m.end)) continue;
    const s = data.matcher.scan(g.text);
    if (s.matches.some((m) => m.first === 0 && m.end === s.tokens.length)) continue;
    const k = `${g.type}\t${g.text}`;
    (df.get(k) ?? df.set(k, new Set()).get(k)!).add(corpus + doc.id); cnt.set(k, (cnt.get(k) ?? 0) + 1);
  }
}
const rows = [...df].map(([k, s]) => [k, s.size, cnt.get(k)!] as const).sort((a, b) => b[1] - a[1] || b[2] - a[2]);
let tot = 0; for (const r of rows) tot += r[2];
console.log('absent mentions', tot, 'names', rows.length, 'in>=2 docs', rows.filter((r) => r[1] >= 2).reduce((a, r) => a + r[2], 0));
for (const r of rows.slice(0, 150)) console.log(r[1], r[2], r[0]);
