// The runtime bundle the background loads, in two parts so that the first article does not wait for
// facts it will not show:
// - the link index: the sources and, per entity, only what linking reads (names, types, dated roles,
//   affiliations, country): fetched with the matcher on the first article;
// - the facts: the full entities in shards chosen by a hash of the id, each fetched when a popover
//   first asks for one of its entities.
// Each part is validated when it is loaded, and any schema error or broken reference rejects it whole
// (fail closed): a popover with a wrong or unsourced fact is worse than none.
import * as z from 'zod';
import { hashKey } from '../match/tokenize.js';
import { Entity, EntityId, EntityType, IsoDate, OrgKind, Source } from './schema.js';

/** Bumped when the bundle layout changes, so an old build never misreads a new bundle. */
export const BUNDLE_FORMAT = 1;

export const Bundle = z.object({
  format: z.literal(BUNDLE_FORMAT),
  sources: z.array(Source),
  entities: z.array(Entity),
});
export type Bundle = z.infer<typeof Bundle>;

const Value = z.object({ value: z.string().min(1) });

/** What the linker reads of an entity: a structural part of Entity, so a full entity is one too. */
export const LinkRecord = z.object({
  id: EntityId,
  type: EntityType,
  orgKind: z.optional(OrgKind),
  wikidata: z.string().regex(/^Q\d+$/).optional(),
  name: z.string().min(1),
  /** The names an article may spell an acronym out as (see resolve/defined-acronyms.ts). */
  aliases: z.array(z.object({ name: z.string().min(1) })).default([]),
  roles: z.array(z.object({ title: z.string().min(1), of: z.optional(EntityId), start: z.optional(IsoDate), end: z.optional(IsoDate) })).default([]),
  affiliations: z.array(z.object({ target: EntityId })).default([]),
  designations: z.array(z.object({ regime: z.string().min(1) })).default([]),
  died: Value.optional(),
  dissolved: Value.optional(),
  country: Value.optional(),
  /** A country's adjective ("Russian"), for summaries that name a person's or body's country. */
  demonym: z.string().optional(),
});
export type LinkRecord = z.infer<typeof LinkRecord>;
export type LinkRole = LinkRecord['roles'][number];

/**
 * The link index as loaded: the records stay raw until asked for. Linking an article asks for the few
 * hundred entities its names may be, so each record is validated when first read (see parseLinkBundle).
 */
export const LinkBundle = z.object({
  format: z.literal(BUNDLE_FORMAT),
  /** How many facts shards there are: the shard of an entity is shardOf(id, shards). */
  shards: z.number().int().positive(),
  sources: z.array(Source),
  /** Role titles, each once: a record gives a role as a PackedRole (the titles repeat thousands of times). */
  titles: z.array(z.string().min(1)).default([]),
  records: z.array(z.unknown()),
});
export type LinkBundle = z.infer<typeof LinkBundle>;

/** A role as the link index stores it: [index into titles, of, start, end], an absent part null or cut off. */
type PackedRole = [number, (string | null)?, (string | null)?, (string | null)?];

/** The records with their roles packed against one table of titles (the build's side of unpackRoles). */
export function packRoles(records: readonly LinkRecord[]): { titles: string[]; records: unknown[] } {
  const titles: string[] = [];
  const at = new Map<string, number>();
  const packed = records.map((r) => {
    if (r.roles.length === 0) return r;
    const roles = r.roles.map((role): PackedRole => {
      let t = at.get(role.title);
      if (t === undefined) at.set(role.title, (t = titles.push(role.title) - 1));
      const tuple: PackedRole = [t, role.of ?? null, role.start ?? null, role.end ?? null];
      while (tuple.length > 1 && tuple[tuple.length - 1] === null) tuple.pop();
      return tuple;
    });
    return { ...r, roles };
  });
  return { titles, records: packed };
}

/** A raw record with its roles as objects again; anything malformed is left for the schema to reject. */
function unpackRoles(raw: unknown, titles: readonly string[]): unknown {
  const roles = typeof raw === 'object' && raw !== null ? (raw as { roles?: unknown }).roles : undefined;
  if (!Array.isArray(roles)) return raw;
  const unpacked = roles.map((r: unknown) => {
    if (!Array.isArray(r)) return r;
    const [t, of, start, end] = r as unknown[];
    return { title: typeof t === 'number' ? titles[t] : t, ...(of != null ? { of } : {}), ...(start != null ? { start } : {}), ...(end != null ? { end } : {}) };
  });
  return { ...(raw as object), roles: unpacked };
}

export const FactsShard = z.object({
  format: z.literal(BUNDLE_FORMAT),
  shard: z.number().int().nonnegative(),
  entities: z.array(Entity),
});
export type FactsShard = z.infer<typeof FactsShard>;

/** The facts shard an entity's id falls in: stable across builds and runtimes. */
export function shardOf(id: string, shards: number): number {
  return hashKey(id) % shards;
}

/** The project's path of a facts shard, relative to the data directory. */
export const shardFile = (shard: number) => `facts/${shard}.json`;

/** Entities (or link records) by id, with their sources: what the linker and the popover ask. */
export interface DatasetIndex<E extends LinkRecord = Entity> {
  get(id: string): E | undefined;
  name(id: string): string | undefined;
  source(id: string): Source | undefined;
  /** "Russian" for Russia's id, when the dataset knows the adjective. */
  demonym(id: string): string | undefined;
  sources: readonly Source[];
  entities: readonly E[];
  /** The country entity an ISO code ("RU") names, if the dataset has it: a site's domain is read so. */
  countryOfCode(code: string): string | undefined;
}

/** `countryOfCode` over records read once, on the first question. */
export function countryLookup(records: () => Iterable<unknown>): (code: string) => string | undefined {
  let codes: Map<string, string> | undefined;
  return (code) => (codes ??= countryCodes(records())).get(code);
}

/** Country entities by the ISO code the dataset gives them ("RU" → Q159). */
export function countryCodes(records: Iterable<unknown>): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of records) {
    const { id, type, country } = r as { id?: unknown; type?: unknown; country?: { value?: unknown } };
    if (type === 'country' && typeof id === 'string' && typeof country?.value === 'string' && /^[A-Z]{2}$/.test(country.value)) out.set(country.value, id);
  }
  return out;
}

/** The adjective of a country: a demonym alias of a full entity, or the field a link record keeps of it. */
export function demonymOf(e: { demonym?: string | undefined; aliases: readonly { name: string; kind?: string | undefined }[] }): string | undefined {
  return e.demonym ?? e.aliases.find((a) => a.kind === 'demonym')?.name;
}

function rejected(what: string, error: z.ZodError): Error {
  return new Error(`${what} rejected: ${z.prettifyError(error).slice(0, 2000)}`);
}

/** Indexes validated entities and checks their references: unique ids, known sources, present targets. */
export function indexEntities<E extends LinkRecord & { sources?: Array<{ source: string }> }>(entities: readonly E[], sources: readonly Source[]): DatasetIndex<E> {
  const byId = new Map<string, E>();
  for (const e of entities) {
    if (byId.has(e.id)) throw new Error(`dataset bundle rejected: duplicate id ${e.id}`);
    byId.set(e.id, e);
  }
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  for (const e of entities) {
    for (const p of e.sources ?? []) if (!sourceById.has(p.source)) throw new Error(`dataset bundle rejected: ${e.id} cites unknown source ${p.source}`);
    for (const a of e.affiliations) if (!byId.has(a.target)) throw new Error(`dataset bundle rejected: ${e.id} points to missing ${a.target}`);
  }
  const demonym = (id: string) => {
    const e = byId.get(id);
    return e && demonymOf(e);
  };
  return { get: (id) => byId.get(id), name: (id) => byId.get(id)?.name, source: (id) => sourceById.get(id), demonym, sources, entities, countryOfCode: countryLookup(() => entities) };
}

/** The whole dataset as one document: what the build checks and what packs are laid over. */
export function parseBundle(json: unknown): DatasetIndex {
  const parsed = Bundle.safeParse(json);
  if (!parsed.success) throw rejected('dataset bundle', parsed.error);
  return indexEntities(parsed.data.entities, parsed.data.sources);
}

const rawId = (r: unknown): string | undefined => (typeof r === 'object' && r !== null && typeof (r as { id?: unknown }).id === 'string' ? (r as { id: string }).id : undefined);

/**
 * The link index, with each record validated (and its references checked) when first read: a record
 * that fails throws at that read, so the question that needed it fails closed, not just that name.
 * `entities` reads them all.
 */
export function parseLinkBundle(json: unknown): { index: DatasetIndex<LinkRecord>; shards: number } {
  const parsed = LinkBundle.safeParse(json);
  if (!parsed.success) throw rejected('link index', parsed.error);
  const { records, sources, shards, titles } = parsed.data;
  const raw = new Map<string, unknown>();
  for (const r of records) {
    const id = rawId(r);
    if (id === undefined || raw.has(id)) throw new Error(`link index rejected: ${id === undefined ? 'a record without an id' : `duplicate id ${id}`}`);
    raw.set(id, r);
  }
  const checked = new Map<string, LinkRecord>();
  const get = (id: string): LinkRecord | undefined => {
    const known = checked.get(id);
    if (known || !raw.has(id)) return known;
    const record = LinkRecord.safeParse(unpackRoles(raw.get(id), titles));
    if (!record.success || record.data.id !== id) throw record.success ? new Error(`link index rejected: ${id} is not what it says`) : rejected(`link index record ${id}`, record.error);
    for (const a of record.data.affiliations) if (!raw.has(a.target)) throw new Error(`link index rejected: ${id} points to missing ${a.target}`);
    checked.set(id, record.data);
    return record.data;
  };
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  let all: LinkRecord[] | undefined;
  const index: DatasetIndex<LinkRecord> = {
    // Read from the raw records, so a site's country costs no validation of the whole index; the one
    // record it names is validated when the linker asks for it, as any other.
    countryOfCode: countryLookup(() => raw.values()),
    get,
    name: (id) => get(id)?.name,
    source: (id) => sourceById.get(id),
    demonym: (id) => get(id)?.demonym,
    sources,
    get entities() {
      return (all ??= [...raw.keys()].map((id) => get(id)!));
    },
  };
  return { index, shards };
}

/**
 * One facts shard, checked against the link index it belongs to: every entity in the right shard,
 * known to the index, citing known sources, pointing only to entities the index has.
 */
export function parseFactsShard(json: unknown, shard: number, shards: number, index: DatasetIndex<LinkRecord>): Entity[] {
  const parsed = FactsShard.safeParse(json);
  if (!parsed.success) throw rejected(`facts shard ${shard}`, parsed.error);
  if (parsed.data.shard !== shard) throw new Error(`facts shard ${shard} rejected: it says it is shard ${parsed.data.shard}`);
  for (const e of parsed.data.entities) {
    if (shardOf(e.id, shards) !== shard || !index.get(e.id)) throw new Error(`facts shard ${shard} rejected: ${e.id} does not belong here`);
    for (const p of e.sources) if (!index.source(p.source)) throw new Error(`facts shard ${shard} rejected: ${e.id} cites unknown source ${p.source}`);
    for (const a of e.affiliations) if (!index.get(a.target)) throw new Error(`facts shard ${shard} rejected: ${e.id} points to missing ${a.target}`);
  }
  return parsed.data.entities;
}
