import path from 'node:path';
import { linkText } from '../src/core/link/index';
import { loadLinkData } from './eval/link-data';
import { readNerDocs } from './eval/link-ner';
const data = await loadLinkData();
const [corpus, id, word] = process.argv.slice(2);
const doc = readNerDocs(path.join('/work/shared/corpora/ner', corpus!, 'dev')).find((d) => d.id === id)!;
for (const m of linkText({ text: doc.text, language: 'en' }, data).mentions) if (m.text.includes(word!)) console.log(m.reason, '|', doc.text.slice(Math.max(0, m.start - 120), m.end + 60).replace(/\s+/g, ' '));
