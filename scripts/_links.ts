// scratch: every link on the NER corpora with its context, for diffing two versions
import path from 'node:path';
import { loadLinkData } from './eval/link-data';
import { nerLink, NER_CORPORA, SHARED } from './eval/link';
import { readNerDocs } from './eval/link-ner';
const data = await loadLinkData();
const link = nerLink(data);
for (const corpus of NER_CORPORA) for (const doc of readNerDocs(path.join(SHARED, 'corpora/ner', corpus, 'dev'))) {
  const date = /\b(1[89]\d\d|20\d\d)-(0[1-9]|1[0-2])-([0-2]\d|3[01])\b/.exec(doc.text.slice(0, 200))?.[0];
  for (const m of link(doc.text, date, doc.site).mentions) {
    if (m.type === 'country') continue;
    const ok = doc.gold.some((g) => g.start < m.end && m.start < g.end && g.type === (m.type === 'person' ? 'PER' : 'ORG'));
    console.log([corpus.slice(0, 4), doc.id, m.start, m.text, m.entityId, data.entity(m.entityId)?.name, m.reason, ok ? 'ok' : 'MISS', JSON.stringify(doc.text.slice(Math.max(0, m.start - 60), m.end + 40))].join('\t'));
  }
}
