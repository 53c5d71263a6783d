import path from 'node:path';
import { loadLinkData } from './eval/link-data';
import { readNerDocs } from './eval/link-ner';
import { linkText } from '../src/core/link/index';
import { articleCountry } from '../src/core/resolve/article-country';
const [corpus, id, ...words] = process.argv.slice(2);
const data = await loadLinkData();
const doc = readNerDocs(path.join('/work/shared/corpora/ner', corpus!, 'dev')).find((d) => d.id === id)!;
const scan = data.matcher.scan(doc.text);
console.log('country', [...articleCountry(scan, (m) => m.entries, data.entity)]);
for (const m of scan.matches) { const t = scan.tokens.span(m.first, m.end); if (words.includes(t)) console.log(t, JSON.stringify(m.entries.slice(0, 4))); }
const r = linkText({ text: doc.text, language: 'en' }, data);
for (const m of r.mentions) if (words.some((w) => m.text.includes(w))) console.log('M', m.text, m.start, m.entityId, m.reason);
