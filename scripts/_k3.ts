import path from 'node:path';
import { linkText } from '../src/core/link/index';
import { loadLinkData } from './eval/link-data';
import { readNerDocs } from './eval/link-ner';
import { foldWord } from '../src/core/match/tokenize';
const data = await loadLinkData();
const fold = (s: string) => s.split(/\s+/).map(foldWord).join(' ');
const alias = new Set<string>();
for (const e of data.entities) for (const n of [e.name, ...e.aliases.map((a) => a.name)]) alias.add(fold(n));
const by = new Map<string, [number, number, number, string[]]>();
for (const doc of readNerDocs(path.join('/work/shared/corpora/ner', 'worldwide_newswire_en', 'dev'))) {
  const { mentions } = linkText({ text: doc.text, language: 'en' }, data);
  const p = doc.id.replace(/_\d+$/, '');
  const r = by.get(p) ?? [0, 0, 0, []]; by.set(p, r);
  for (const g of doc.gold) { if (g.type !== 'PER' && g.type !== 'ORG') continue;
    r[0]++;
    if (mentions.some((m) => m.start < g.end && g.start < m.end)) { r[1]++; continue; }
    if (!alias.has(fold(g.text)) && g.text.includes(' ')) { r[2]++; if (r[3].length < 12) r[3].push(`${g.type[0]}:${g.text}`); }
  }
}
for (const [k, r] of [...by].sort((a, b) => b[1][0] - a[1][0])) console.log(k, r[0], 'linked', (100 * r[1] / r[0]).toFixed(0) + '%', 'unkmulti', r[2], '|', r[3].join('; '));
