import path from 'node:path';
import { linkText } from '../src/core/link/index';
import { loadLinkData } from './eval/link-data';
import { readNerDocs } from './eval/link-ner';
import { foldWord } from '../src/core/match/tokenize';
const data = await loadLinkData();
const fold = (s: string) => s.split(/\s+/).map(foldWord).join(' ');
const alias = new Map<string, Set<string>>();
for (const e of data.entities) for (const n of [e.name, ...e.aliases.map((a) => a.name)]) { const k = fold(n); const l = alias.get(k) ?? new Set(); l.add(e.id); alias.set(k, l); }
const cnt = new Map<string, number>(); const ex = new Map<string, string[]>();
const add = (k: string, s: string) => { cnt.set(k, (cnt.get(k) ?? 0) + 1); const l = ex.get(k) ?? []; if (l.length < 40) l.push(s); ex.set(k, l); };
for (const c of ['conll2003_en', 'worldwide_newswire_en', 'gum_wikinews', 'wikigold_en']) {
  for (const doc of readNerDocs(path.join('/work/shared/corpora/ner', c, 'dev'))) {
    const { mentions } = linkText({ text: doc.text, language: 'en' }, data);
    const linkedIds = new Set(mentions.map((m) => m.entityId));
    for (const g of doc.gold) { if (g.type !== 'PER' && g.type !== 'ORG') continue;
      if (mentions.some((m) => m.start < g.end && g.start < m.end)) continue;
      const a = alias.get(fold(g.text));
      if (!a) { add(`unknown-${g.text.includes(' ') ? 'multi' : 'one'}`, g.text); continue; }
      const co = [...a].some((id) => linkedIds.has(id));
      add(`known-${co ? 'coref' : 'nocoref'}-${g.text.includes(' ') ? 'multi' : 'one'}-${a.size > 1 ? 'amb' : 'uniq'}`, `${g.type}:${g.text}`);
    }
  }
}
for (const [k, n] of [...cnt].sort()) console.log(n, k, '|', ex.get(k)!.slice(0, 40).join('; '));
