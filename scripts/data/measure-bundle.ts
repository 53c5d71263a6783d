// tsx scripts/data/measure-bundle.ts [ROOT] — compiles the committed dataset (of ROOT, default this
// repository) to a temporary directory and reports the bundle's sizes (raw, gzip) and what loading
// costs: the link index every first article loads (JSON.parse, then validation and indexing), and one
// facts shard a popover loads, each the median of RUNS runs.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseFactsShard, parseLinkBundle } from '../../src/core/dataset/bundle.js';
import { writeDatasetBundle } from './compile.js';
import { readCommittedDataset } from './read.js';

const RUNS = 5;

const dataset = await readCommittedDataset(process.argv[2]);
const dir = await mkdtemp(path.join(os.tmpdir(), 'backstory-bundle-'));
const written = await writeDatasetBundle(dir, dataset);
const [linkFile, ...shardFiles] = written.files;
const linkText = await readFile(linkFile!, 'utf8');
const shardText = await readFile(shardFiles[0]!, 'utf8');
await rm(dir, { recursive: true });
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = (fn: () => unknown) => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};
const parseMs: number[] = [];
const validateMs: number[] = [];
const shardMs: number[] = [];
for (let i = 0; i < RUNS; i++) {
  let json: unknown;
  parseMs.push(time(() => (json = JSON.parse(linkText))));
  let loaded: ReturnType<typeof parseLinkBundle> | undefined;
  validateMs.push(time(() => (loaded = parseLinkBundle(json))));
  shardMs.push(time(() => parseFactsShard(JSON.parse(shardText), 0, loaded!.shards, loaded!.index)));
}
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MiB`;
console.log(`entities ${dataset.entities.length}; link index ${mb(written.linkBytes)} raw, ${mb(written.linkGzipBytes)} gzip; all files (index + ${shardFiles.length} facts shards) ${mb(written.bytes)} raw, ${mb(written.gzipBytes)} gzip`);
console.log(`link index: JSON.parse ${median(parseMs).toFixed(0)} ms, validate+index ${median(validateMs).toFixed(0)} ms; one facts shard parse+validate ${median(shardMs).toFixed(1)} ms (median of ${RUNS}, Node ${process.version})`);
console.log(JSON.stringify({ bytes: written.bytes, gzipBytes: written.gzipBytes, linkBytes: written.linkBytes, linkGzipBytes: written.linkGzipBytes, parseMs: Math.round(median(parseMs)), validateMs: Math.round(median(validateMs)), shardMs: Math.round(median(shardMs)) }));
