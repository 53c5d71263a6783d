import path from 'node:path';
import { linkText } from '../src/core/link/index';
import { loadLinkData } from './eval/link-data';
import { readNerDocs } from './eval/link-ner';
const data = await loadLinkData();
let seed = Number(process.env.SEED ?? 7);
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const all: string[] = [];
for (const c of ['conll2003_en', 'worldwide_newswire_en', 'gum_wikinews', 'wikigold_en']) for (const doc of readNerDocs(path.join('/work/shared/corpora/ner', c, 'dev'))) {
  for (const m of linkText({ text: doc.text, language: 'en' }, data).mentions) {
    const e = data.entity(m.entityId)!;
    if (e.type === 'country') continue;
    if (m.reason === 'alias' && m.text === e.name && e.type === 'organization') continue; // exact org names: trivially right
    const role = e.roles.filter((r) => r.start).slice(-1)[0];
    all.push(`[${m.text}] → ${e.name} (${e.country?.value ?? ''}; ${role ? role.title + ' ' + (role.of ?? '') + ' ' + role.start : e.summary?.value ?? ''}) {${m.reason}}\n     …${doc.text.slice(Math.max(0, m.start - 110), m.end + 50).replace(/\s+/g, ' ')}…`);
  }
}
const n = Number(process.env.N ?? 50);
console.log('population', all.length);
for (let i = 0; i < n; i++) console.log(all[Math.floor(rnd() * all.length)]);
