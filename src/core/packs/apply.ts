// The dataset the reader sees: the bundled one with the enabled packs laid over it. A pack entity
// whose id is bundled adds its names and dated facts to the bundled entity; any other is new.
import { countryLookup, type DatasetIndex, demonymOf } from '../dataset/bundle';
import type { Entity, Source } from '../dataset/schema';
import type { PackFile } from './schema';

/** The lists a pack may extend a bundled entity with, each fact keeping its own provenance. */
const EXTENDABLE = ['aliases', 'roles', 'affiliations', 'designations', 'events', 'sources'] as const;

export function extendEntity(bundled: Entity, extra: Entity): Entity {
  const out: Entity = { ...bundled };
  for (const key of EXTENDABLE) (out[key] as unknown[]) = [...bundled[key], ...extra[key]];
  return out;
}

export type PackCounts = { entities: number; added: number; extended: number; sources: number };

export function packCounts(pack: PackFile, base: Pick<DatasetIndex, 'get'>): PackCounts {
  const extended = pack.entities.filter((e) => base.get(e.id)).length;
  return { entities: pack.entities.length, added: pack.entities.length - extended, extended, sources: pack.sources.length };
}

/**
 * `changed` holds every entity a pack added or extended, as merged: what the packs' matcher is
 * compiled from. Packs apply in order, so two packs extending one entity both count.
 */
export function applyPacks(base: DatasetIndex, packs: readonly PackFile[]): { index: DatasetIndex; changed: Entity[] } {
  if (packs.length === 0) return { index: base, changed: [] };
  const changed = new Map<string, Entity>();
  const extraSources = new Map<string, Source>();
  for (const pack of packs) {
    for (const s of pack.sources) if (!base.source(s.id)) extraSources.set(s.id, s);
    for (const e of pack.entities) {
      const current = changed.get(e.id) ?? base.get(e.id);
      changed.set(e.id, current ? extendEntity(current, e) : e);
    }
  }
  const entities = [...base.entities.map((e) => changed.get(e.id) ?? e), ...[...changed.values()].filter((e) => !base.get(e.id))];
  const sources = [...base.sources, ...extraSources.values()];
  const get = (id: string) => changed.get(id) ?? base.get(id);
  // A pack may add a country, so the codes are read from the overlaid entities.
  const countryOfCode = countryLookup(() => entities);
  return {
    index: { get, name: (id) => get(id)?.name, source: (id) => extraSources.get(id) ?? base.source(id), demonym: (id) => { const e = get(id); return e && demonymOf(e); }, sources, entities, countryOfCode },
    changed: [...changed.values()],
  };
}
