import path from 'node:path';
import { loadLinkData } from './eval/link-data';
import { nerLink, SHARED } from './eval/link';
import { readNerDocs } from './eval/link-ner';
const [corpus, id, name] = process.argv.slice(2);
const data = await loadLinkData();
const doc = readNerDocs(path.join(SHARED, 'corpora/ner', corpus!, 'dev')).find((d) => d.id === id)!;
const date = /\b(1[89]\d\d|20\d\d)-(0[1-9]|1[0-2])-([0-2]\d|3[01])\b/.exec(doc.text.slice(0, 200))?.[0];
console.log('date', date, 'site', doc.site, 'len', doc.text.length);
const { mentions } = nerLink(data)(doc.text, date, doc.site);
let i = -1;
while ((i = doc.text.indexOf(name!, i + 1)) >= 0) {
  console.log('---', JSON.stringify(doc.text.slice(Math.max(0, i - 120), i + name!.length + 60)));
  console.log('   ', mentions.filter((m) => Math.abs(m.start - i) < 150).map((m) => `${m.text}→${m.entityId}(${m.reason})`).join('; '));
}
