// npm run data:check — validates the committed dataset and reports ambiguous aliases. The last line
// is a JSON summary for scripts; the exit code is 1 when any check fails.
import { checkDataset } from './check-dataset.js';
import { readCommittedDataset } from './read.js';

/** How many ambiguous aliases to print; the full count is always given. */
const AMBIGUOUS_SHOWN = 40;

const { entities, sources } = await readCommittedDataset();
const result = checkDataset(entities, sources);
console.log(`ambiguous standalone aliases (one spelling, several entities): ${result.ambiguous.length}`);
for (const a of result.ambiguous.slice(0, AMBIGUOUS_SHOWN)) console.log(`  ${a.alias}: ${a.ids.slice(0, 6).join(', ')}${a.ids.length > 6 ? `, … (${a.ids.length})` : ''}`);
for (const e of result.errors.slice(0, 50)) console.error(`error: ${e}`);
if (result.errors.length) console.error(`${result.errors.length} errors`);
// Organisations by kind: issue 12 widened the dataset with parties and each country's bodies.
const organizationKinds: Record<string, number> = {};
for (const e of entities) if (e.type === 'organization') organizationKinds[e.orgKind ?? 'unknown'] = (organizationKinds[e.orgKind ?? 'unknown'] ?? 0) + 1;
console.log(JSON.stringify({ ...result.counts, organizationKinds }));
process.exitCode = result.errors.length ? 1 : 0;
