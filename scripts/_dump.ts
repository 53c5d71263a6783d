import path from 'node:path';
import { linkText } from '../src/core/link/index';
import { loadLinkData } from './eval/link-data';
import { readNerDocs } from './eval/link-ner';
const data = await loadLinkData();
for (const c of ['conll2003_en', 'worldwide_newswire_en', 'gum_wikinews', 'wikigold_en']) for (const doc of readNerDocs(path.join('/work/shared/corpora/ner', c, 'dev'))) {
  for (const m of linkText({ text: doc.text, language: 'en' }, data).mentions) console.log(`${doc.id}\t${m.start}\t${m.text}\t${data.entity(m.entityId)!.name}\t${doc.text.slice(Math.max(0, m.start - 50), m.end + 20).replace(/\s+/g, ' ')}`);
}
