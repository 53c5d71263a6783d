// The committed dataset's canonical form: schema key order (zod output), no empty arrays, one
// entity per line, sorted by id, split by entity type so each file stays reviewable.
import { Entity, type EntityType } from '../../src/core/dataset/schema.js';

export const ENTITY_FILES: Record<EntityType, string> = {
  person: 'people.jsonl',
  organization: 'organizations.jsonl',
  country: 'countries.jsonl',
  place: 'places.jsonl',
};

/** Drop undefined fields and empty arrays, recursively; keep key order. */
export function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(compact);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
      out[k] = compact(v);
    }
    return out;
  }
  return value;
}

export function canonicalLine(entity: Entity): string {
  return JSON.stringify(compact(Entity.parse(entity)));
}
