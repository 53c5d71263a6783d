import path from 'node:path';
import { linkText } from '../src/core/link/index';
import { loadLinkData } from './eval/link-data';
import { readNerDocs } from './eval/link-ner';
const data = await loadLinkData();
for (const c of ['conll2003_en', 'worldwide_newswire_en', 'gum_wikinews', 'wikigold_en']) for (const doc of readNerDocs(path.join('/work/shared/corpora/ner', c, 'dev'))) {
  for (const m of linkText({ text: doc.text, language: 'en' }, data).mentions) {
    const e = data.entity(m.entityId)!;
    if (e.type !== 'person') continue;
    const names = [e.name, ...e.aliases.map((a) => a.name)];
    if (names.includes(m.text)) continue;
    const w = e.name.split(/\s+/);
    if (w.length === 3 && m.text === `${w[0]} ${w[2]}`) console.log(`${m.text} → ${e.name} [${e.country?.value ?? e.roles[0]?.of}] ${doc.id}`);
  }
}
