import path from 'node:path';
import { linkText } from '../src/core/link/index';
import { loadLinkData } from './eval/link-data';
import { readNerDocs } from './eval/link-ner';
const data = await loadLinkData();
const want = new Set(process.argv.slice(2));
const seen = new Map<string, number>();
for (const c of ['conll2003_en', 'worldwide_newswire_en', 'gum_wikinews', 'wikigold_en']) {
  for (const doc of readNerDocs(path.join('/work/shared/corpora/ner', c, 'dev'))) {
    let mentions: ReturnType<typeof linkText>['mentions'] | undefined;
    for (const g of doc.gold) { if (!want.has(g.text)) continue;
      mentions ??= linkText({ text: doc.text, language: 'en' }, data).mentions;
      if (mentions.some((m) => m.start < g.end && g.start < m.end)) continue;
      const n = (seen.get(g.text) ?? 0) + 1; seen.set(g.text, n); if (n > Number(process.env.MAX ?? 4)) continue;
      const linked = [...new Set(mentions.map((m) => m.text + '=' + data.entity(m.entityId)!.name))].slice(0, 8).join('; ');
      console.log(`[${g.text}] ${c}/${doc.id}: …${doc.text.slice(Math.max(0, g.start - 150), g.end + 60).replace(/\s+/g, ' ')}…\n   linked: ${linked}\n   head: ${doc.text.slice(0, 100).replace(/\s+/g, ' ')}`);
    }
  }
}
