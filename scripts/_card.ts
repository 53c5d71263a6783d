import { demonymOf } from '../src/core/dataset/bundle.js';
import { entityCard } from '../src/core/facts/card.js';
import { readCommittedDataset } from './data/read.js';
const [date, ...names] = process.argv.slice(2);
const { entities, sources } = await readCommittedDataset();
const byId = new Map(entities.map((e) => [e.id, e]));
const ctx = { name: (id: string) => byId.get(id)?.name, source: (id: string) => sources.find((s) => s.id === id), demonym: (id: string) => { const c = byId.get(id); return c && demonymOf(c); } };
for (const n of names) for (const e of entities.filter((e) => e.name === n || e.id === n)) {
  const card = entityCard(e, date, ctx);
  console.log(`\n=== ${e.id} ${e.name} at ${date}`);
  for (const f of [...(card.summary ? [card.summary] : []), ...card.facts, ...card.since.map((f) => ({ ...f, label: `since: ${f.label}` }))]) console.log(`  [${f.label}] ${f.value}   <${f.source} ${f.asOf}>`);
}
