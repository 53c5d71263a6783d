// Compiles the committed dataset into the runtime bundle (dist/…/data/): the link index (link.json)
// and the facts shards (facts/<n>.json), see src/core/dataset/bundle.ts. Compact (no empty arrays,
// no whitespace), deterministic (entities sorted by id, shards by a hash of the id), validated before
// writing.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUNDLE_FORMAT, demonymOf, type LinkRecord, packRoles, parseBundle, parseFactsShard, parseLinkBundle, shardFile, shardOf } from '../../src/core/dataset/bundle.js';
import type { Entity, Source } from '../../src/core/dataset/schema.js';
import { isAcronymForm } from '../../src/core/match/derive.js';
import { compact } from './canonical.js';

export const LINK_FILE = 'link.json';
/**
 * Entities per facts shard, about: a popover waits for one shard (tens of KB gzip), and web-ext lint
 * refuses JSON files too large to parse, which one file of all the facts is.
 */
const ENTITIES_PER_SHARD = 400;

/**
 * Matching runs on the compiled matcher, which carries every alias; the bundle feeds the popover,
 * which shows names a reader of English can use. Country names in 77 other languages and bare
 * surnames (matching aids, never displayed) are left out: about a fifth of the bundle.
 */
export function forDisplay(e: Entity): Entity {
  return { ...e, aliases: e.aliases.filter((a) => (!a.lang || a.lang === 'en') && a.kind !== 'surname') };
}

/**
 * What the linker reads of an entity (LinkRecord), with no provenance: the facts shards carry it. The
 * aliases only of entities with an acronym: they are what an article's spelt-out acronym is checked
 * against (resolve/defined-acronyms.ts).
 */
export function linkRecord(e: Entity): LinkRecord {
  return {
    id: e.id,
    type: e.type,
    ...(e.orgKind ? { orgKind: e.orgKind } : {}),
    ...(e.wikidata ? { wikidata: e.wikidata } : {}),
    name: e.name,
    aliases: e.aliases.some((a) => isAcronymForm(a.name, a.kind ?? 'name')) ? e.aliases.map((a) => ({ name: a.name })) : [],
    roles: e.roles.map((r) => ({ title: r.title, ...(r.of ? { of: r.of } : {}), ...(r.start ? { start: r.start } : {}), ...(r.end ? { end: r.end } : {}) })),
    affiliations: e.affiliations.map((a) => ({ target: a.target })),
    designations: e.designations.map((d) => ({ regime: d.regime })),
    ...(e.died ? { died: { value: e.died.value } } : {}),
    ...(e.dissolved ? { dissolved: { value: e.dissolved.value } } : {}),
    ...(e.country ? { country: { value: e.country.value } } : {}),
    ...(demonymOf(e) ? { demonym: demonymOf(e)! } : {}),
  };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The bundle's files as JSON text by path (relative to the data directory), checked as the background will load them. */
export function bundleFiles(dataset: { entities: Entity[]; sources: Source[] }): Map<string, string> {
  const entities = dataset.entities.map(forDisplay).sort(byId);
  const sources = [...dataset.sources].sort((a, b) => a.id.localeCompare(b.id));
  // The whole dataset's references are checked once, as before the split.
  parseBundle(JSON.parse(JSON.stringify(compact({ format: BUNDLE_FORMAT, sources, entities }))));
  const shards = Math.max(1, Math.ceil(entities.length / ENTITIES_PER_SHARD));
  const link = JSON.stringify(compact({ format: BUNDLE_FORMAT, shards, sources, ...packRoles(entities.map(linkRecord)) }));
  const { index } = parseLinkBundle(JSON.parse(link));
  const files = new Map([[LINK_FILE, link]]);
  const groups = Array.from({ length: shards }, () => [] as Entity[]);
  for (const e of entities) groups[shardOf(e.id, shards)]!.push(e);
  groups.forEach((group, shard) => {
    const json = JSON.stringify(compact({ format: BUNDLE_FORMAT, shard, entities: group }));
    parseFactsShard(JSON.parse(json), shard, shards, index);
    files.set(shardFile(shard), json);
  });
  return files;
}

export interface WrittenBundle {
  files: string[];
  /** The link index alone: what the first article loads besides the matcher. */
  linkBytes: number;
  linkGzipBytes: number;
  /** Every file. */
  bytes: number;
  gzipBytes: number;
}

export async function writeDatasetBundle(outDir: string, dataset: { entities: Entity[]; sources: Source[] }): Promise<WrittenBundle> {
  const out: WrittenBundle = { files: [], linkBytes: 0, linkGzipBytes: 0, bytes: 0, gzipBytes: 0 };
  for (const [name, json] of bundleFiles(dataset)) {
    const file = path.join(outDir, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, json);
    const bytes = Buffer.byteLength(json);
    const gzipBytes = gzipSync(json).length;
    out.files.push(file);
    out.bytes += bytes;
    out.gzipBytes += gzipBytes;
    if (name === LINK_FILE) Object.assign(out, { linkBytes: bytes, linkGzipBytes: gzipBytes });
  }
  return out;
}
