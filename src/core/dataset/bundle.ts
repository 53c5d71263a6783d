// The runtime bundle the background fetches lazily: one JSON document with the sources and the
// entities, validated at load. Any schema error or broken reference fails the whole load (fail
// closed): a popover with a wrong or unsourced fact is worse than none.
import * as z from 'zod';
import { Entity, Source } from './schema.js';

/** Bumped when the bundle layout changes, so an old build never misreads a new bundle. */
export const BUNDLE_FORMAT = 1;

export const Bundle = z.object({
  format: z.literal(BUNDLE_FORMAT),
  sources: z.array(Source),
  entities: z.array(Entity),
});
export type Bundle = z.infer<typeof Bundle>;

export interface DatasetIndex {
  get(id: string): Entity | undefined;
  name(id: string): string | undefined;
  source(id: string): Source | undefined;
  sources: readonly Source[];
  entities: readonly Entity[];
}

export function parseBundle(json: unknown): DatasetIndex {
  const parsed = Bundle.safeParse(json);
  if (!parsed.success) throw new Error(`dataset bundle rejected: ${z.prettifyError(parsed.error).slice(0, 2000)}`);
  const { entities, sources } = parsed.data;
  const byId = new Map<string, Entity>();
  for (const e of entities) {
    if (byId.has(e.id)) throw new Error(`dataset bundle rejected: duplicate id ${e.id}`);
    byId.set(e.id, e);
  }
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  for (const e of entities) {
    for (const p of e.sources) if (!sourceById.has(p.source)) throw new Error(`dataset bundle rejected: ${e.id} cites unknown source ${p.source}`);
    for (const a of e.affiliations) if (!byId.has(a.target)) throw new Error(`dataset bundle rejected: ${e.id} points to missing ${a.target}`);
  }
  return {
    get: (id) => byId.get(id),
    name: (id) => byId.get(id)?.name,
    source: (id) => sourceById.get(id),
    sources,
    entities,
  };
}
