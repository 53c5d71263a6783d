// Compiles the committed dataset (data/) into what the extension ships: the link index and the facts
// shards (see src/core/dataset/bundle.ts), and the matcher binary built from every alias. Needs no
// ../shared: the committed data is the source.
//
// Every file ships gzip-compressed and is inflated by the background with DecompressionStream: the
// installed extension is a few MB instead of ~30 MB, and web-ext lint refuses JSON files too large
// to parse.
import { rm, writeFile, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { compileMatcher } from '../src/core/match/compile';
import { writeDatasetBundle } from './data/compile';
import { readCommittedDataset } from './data/read';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** gzip with a fixed header (no name, no time) so the same data gives the same bytes. */
const gzip = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 });

export const MATCHER_FILE = 'matcher.bin.gz';

export async function buildData(root: string, outDir: string): Promise<{ summary: string }> {
  const dataset = await readCommittedDataset(root);
  const bundle = await writeDatasetBundle(outDir, dataset);
  let shipped = 0;
  for (const file of bundle.files) {
    const gz = gzip(await readFile(file));
    shipped += gz.byteLength;
    await writeFile(`${file}.gz`, gz);
    await rm(file);
  }
  const matcher = compileMatcher(dataset.entities);
  const matcherGz = gzip(matcher);
  await writeFile(`${outDir}/${MATCHER_FILE}`, matcherGz);
  return {
    summary: `${dataset.entities.length} entities; link index ${kb(bundle.linkBytes)} (${kb(bundle.linkGzipBytes)} gzip), facts in ${bundle.files.length - 1} shards, bundle ${kb(bundle.bytes)} (${kb(shipped)} gzip), matcher ${kb(matcher.byteLength)} (${kb(matcherGz.byteLength)} gzip)`,
  };
}
