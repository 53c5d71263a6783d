// tsx scripts/data/measure-bundle.ts — compiles the committed dataset to a temporary directory and
// reports the bundle's size (raw, gzip) and what loading costs: JSON.parse, then parseBundle's
// validation and indexing, each the median of RUNS runs.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseBundle } from '../../src/core/dataset/bundle.js';
import { writeDatasetBundle } from './compile.js';
import { readCommittedDataset } from './read.js';

const RUNS = 5;

const dataset = await readCommittedDataset();
const dir = await mkdtemp(path.join(os.tmpdir(), 'backstory-bundle-'));
const { files, bytes, gzipBytes } = await writeDatasetBundle(dir, dataset);
const text = await readFile(files[0]!, 'utf8');
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const parseMs: number[] = [];
const validateMs: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  const json = JSON.parse(text) as unknown;
  const t1 = performance.now();
  parseBundle(json);
  const t2 = performance.now();
  parseMs.push(t1 - t0);
  validateMs.push(t2 - t1);
}
await rm(dir, { recursive: true });
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MiB`;
console.log(`entities ${dataset.entities.length}, bundle ${mb(bytes)} raw, ${mb(gzipBytes)} gzip`);
console.log(`JSON.parse ${median(parseMs).toFixed(0)} ms, validate+index ${median(validateMs).toFixed(0)} ms (median of ${RUNS}, Node ${process.version})`);
console.log(JSON.stringify({ bytes, gzipBytes, parseMs: Math.round(median(parseMs)), validateMs: Math.round(median(validateMs)) }));
