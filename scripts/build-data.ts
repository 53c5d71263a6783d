// Compiles the committed dataset (data/) into what the extension ships: the entity bundle the
// background fetches on first use, and the matcher binary built from every alias. Needs no
// ../shared: the committed data is the source.
//
// Both ship gzip-compressed and are inflated by the background with DecompressionStream: the
// installed extension is ~3 MB instead of ~26 MB, and web-ext lint refuses JSON files too large
// to parse, which the raw bundle is.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compileMatcher } from '../src/core/match/compile';
import { BUNDLE_FILE, writeDatasetBundle } from './data/compile';
import { readCommittedDataset } from './data/read';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** gzip with a fixed header (no name, no time) so the same data gives the same bytes. */
const gzip = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 });

export const SHIPPED_FILES = { bundle: `${BUNDLE_FILE}.gz`, matcher: 'matcher.bin.gz' };

export async function buildData(root: string, outDir: string): Promise<{ summary: string }> {
  const dataset = await readCommittedDataset(root);
  const bundle = await writeDatasetBundle(outDir, dataset);
  const raw = join(outDir, BUNDLE_FILE);
  const bundleGz = gzip(await readFile(raw));
  await writeFile(join(outDir, SHIPPED_FILES.bundle), bundleGz);
  await rm(raw);
  const matcher = compileMatcher(dataset.entities);
  const matcherGz = gzip(matcher);
  await writeFile(join(outDir, SHIPPED_FILES.matcher), matcherGz);
  return {
    summary: `${dataset.entities.length} entities; bundle ${kb(bundle.bytes)} (${kb(bundleGz.byteLength)} gzip), matcher ${kb(matcher.byteLength)} (${kb(matcherGz.byteLength)} gzip)`,
  };
}
