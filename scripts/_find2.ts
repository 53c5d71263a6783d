import path from 'node:path';
import { linkText } from '../src/core/link/index';
import { loadLinkData } from './eval/link-data';
import { readNerDocs } from './eval/link-ner';
const data = await loadLinkData();
const [needle, ent] = process.argv.slice(2);
for (const c of ['conll2003_en', 'worldwide_newswire_en', 'gum_wikinews', 'wikigold_en']) for (const doc of readNerDocs(path.join('/work/shared/corpora/ner', c, 'dev'))) {
  if (!doc.text.includes(needle!)) continue;
  for (const m of linkText({ text: doc.text, language: 'en' }, data).mentions) if (data.entity(m.entityId)!.name === ent) console.log(doc.id, m.start, `[${m.text}]`, m.reason, '…' + doc.text.slice(Math.max(0, m.start - 80), m.end + 40).replace(/\s+/g, ' '));
}
