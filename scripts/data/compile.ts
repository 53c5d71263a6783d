// Compiles the committed dataset into the runtime bundle (dist/…/data/dataset.json): compact
// (no empty arrays, no whitespace), deterministic (entities sorted by id), validated before writing.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUNDLE_FORMAT, parseBundle } from '../../src/core/dataset/bundle.js';
import type { Entity, Source } from '../../src/core/dataset/schema.js';
import { compact } from './canonical.js';

export const BUNDLE_FILE = 'dataset.json';

/**
 * Matching runs on the compiled matcher, which carries every alias; the bundle feeds the popover,
 * which shows names a reader of English can use. Country names in 77 other languages and bare
 * surnames (matching aids, never displayed) are left out: about a fifth of the bundle.
 */
export function forDisplay(e: Entity): Entity {
  return { ...e, aliases: e.aliases.filter((a) => (!a.lang || a.lang === 'en') && a.kind !== 'surname') };
}

export function bundleJson(dataset: { entities: Entity[]; sources: Source[] }): string {
  const entities = dataset.entities.map(forDisplay).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sources = [...dataset.sources].sort((a, b) => a.id.localeCompare(b.id));
  const json = JSON.stringify(compact({ format: BUNDLE_FORMAT, sources, entities }));
  // Fail the build on anything the background would reject at load.
  parseBundle(JSON.parse(json));
  return json;
}

export async function writeDatasetBundle(outDir: string, dataset: { entities: Entity[]; sources: Source[] }): Promise<{ files: string[]; bytes: number; gzipBytes: number }> {
  const json = bundleJson(dataset);
  await mkdir(outDir, { recursive: true });
  const file = path.join(outDir, BUNDLE_FILE);
  await writeFile(file, json);
  const bytes = Buffer.byteLength(json);
  return { files: [file], bytes, gzipBytes: gzipSync(json).length };
}
