import path from 'node:path';
import { loadLinkData } from './eval/link-data';
import { nerLink, NER_CORPORA, SHARED } from './eval/link';
import { readNerDocs } from './eval/link-ner';
const data = await loadLinkData();
const link = nerLink(data);
const HEAD = /^(President|Prime Minister|Chancellor|Premier|King|Queen|Emir|Supreme Leader|Head of State|Head of Government|Vice President|Deputy Prime Minister|Minister|Secretary)/;
let n = 0; const rows: string[] = [];
for (const corpus of NER_CORPORA) for (const doc of readNerDocs(path.join(SHARED, 'corpora/ner', corpus, 'dev'))) {
  const date = /\b(1[89]\d\d|20\d\d)-(0[1-9]|1[0-2])-([0-2]\d|3[01])\b/.exec(doc.text.slice(0, 200))?.[0];
  const { mentions } = link(doc.text, date, doc.site);
  const countries = new Set(mentions.filter((m) => m.type === 'country').map((m) => m.entityId));
  for (const g of doc.gold) {
    if (g.type !== 'PER' || mentions.some((m) => m.start < g.end && g.start < m.end)) continue;
    const s = data.matcher.scan(g.text);
    const entries = s.matches.filter((m) => m.first === 0 && m.end === s.tokens.length).flatMap((m) => m.entries).filter((e) => data.entity(e.entityId)?.type === 'person');
    const ids = [...new Set(entries.map((e) => e.entityId))];
    if (ids.length !== 1 || !entries.every((e) => e.kind === 'surname')) continue;
    const e = data.entity(ids[0]!)!;
    const roles = e.roles.filter((r) => HEAD.test(r.title));
    const inCountry = e.country && countries.has(e.country.value);
    const roleOf = roles.some((r) => r.of && countries.has(r.of));
    if (roles.length && (inCountry || roleOf)) { n++; rows.push(`${corpus.slice(0,4)}\t${doc.id}\t${date}\t${g.text}\t${e.name}\t${roles.map((r) => `${r.title} ${r.start ?? ''}-${r.end ?? ''}`).slice(0, 2).join('; ')}`); }
  }
}
console.log(n); console.log(rows.join('\n'));
