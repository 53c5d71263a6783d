// Compiles the committed dataset (data/) into what the extension ships: the entity bundle the
// background fetches on first use, and the matcher binary built from every alias. Needs no
// ../shared: the committed data is the source.
import { mkdir, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { compileMatcher } from '../src/core/match/compile';
import { writeDatasetBundle } from './data/compile';
import { readCommittedDataset } from './data/read';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

export async function buildData(root: string, outDir: string): Promise<{ summary: string }> {
  const dataset = await readCommittedDataset(root);
  await mkdir(outDir, { recursive: true });
  const bundle = await writeDatasetBundle(outDir, dataset);
  const matcher = compileMatcher(dataset.entities);
  await writeFile(join(outDir, 'matcher.bin'), matcher);
  return {
    summary: `${dataset.entities.length} entities; bundle ${kb(bundle.bytes)} (${kb(bundle.gzipBytes)} gzip), matcher ${kb(matcher.byteLength)} (${kb(gzipSync(matcher).byteLength)} gzip)`,
  };
}
