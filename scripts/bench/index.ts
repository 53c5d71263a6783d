// `npm run bench`: performance figures for the parts that run on every article page. Each part prints
// its own lines; compare ratios between runs, not absolute times (see ../shared/notes/performance.md).
import path from 'node:path';
import { readCommittedDataset, REPO_ROOT } from '../data/read';
import { benchBrowser } from './browser';
import { benchBundle } from './bundle';
import { benchLink } from './link';

const SHARED = path.resolve(REPO_ROOT, '../shared');

async function main(): Promise<void> {
  // The entities only: the link bench compiles the matcher itself, and times it.
  const { entities } = await readCommittedDataset();
  console.log(`# linker (${entities.length} entities)`);
  await benchLink(entities, SHARED);
  benchBundle(REPO_ROOT);
  console.log('# browser (Chromium with dist/chrome)');
  await benchBrowser(REPO_ROOT, SHARED);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
