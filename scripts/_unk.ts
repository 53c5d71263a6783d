import path from 'node:path';
import { linkText } from '../src/core/link/index';
import { loadLinkData } from './eval/link-data';
import { readNerDocs } from './eval/link-ner';
const data = await loadLinkData();
const [id, ...words] = process.argv.slice(2);
for (const c of ['worldwide_newswire_en', 'gum_wikinews']) for (const doc of readNerDocs(path.join('/work/shared/corpora/ner', c, 'dev'))) {
  if (doc.id !== id) continue;
  const { unknown } = linkText({ text: doc.text, language: 'en' }, data);
  for (const u of unknown) if (words.some((w) => u.text.includes(w))) console.log(u.kind, `[${u.text}]`, doc.text.slice(Math.max(0, u.start - 60), u.end + 30).replace(/\s+/g, ' '));
}
