import path from 'node:path';
import { linkText } from '../src/core/link/index';
import { loadLinkData } from './eval/link-data';
import { readNerDocs } from './eval/link-ner';
import { respelled } from '../src/core/match/spellings';
const data = await loadLinkData();
const vs = new Set(respelled());
for (const c of ['conll2003_en', 'worldwide_newswire_en', 'gum_wikinews', 'wikigold_en']) for (const doc of readNerDocs(path.join('/work/shared/corpora/ner', c, 'dev'))) {
  for (const m of linkText({ text: doc.text, language: 'en' }, data).mentions) {
    const e = data.entity(m.entityId)!;
    const words = m.text.toLowerCase().split(/[\s-]+/);
    if (words.some((w) => vs.has(w) || ['muhammad','ahmad','mahmoud','hussein','hassan','yousef','abdullah','khaled','omar','osman','rahman','abdel','mustafa','ibrahim','sharif','qureshi','faisal'].includes(w))) {
      const names = [e.name, ...e.aliases.map((a) => a.name)];
      if (!names.some((n) => n.toLowerCase().includes(m.text.toLowerCase()))) console.log(`${m.text} → ${e.name} (${m.reason}) [${doc.id}]`);
    }
  }
}
