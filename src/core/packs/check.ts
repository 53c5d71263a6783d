// What the schema alone cannot check: that a pack's facts cite sources that exist, point at
// entities that exist, and do not quietly contradict the bundled dataset or another pack. A pack
// that fails any of this is refused whole, so an import either works or changes nothing.
import type { Entity, Provenance, Source } from '../dataset/schema';
import { MAX_ISSUES } from './issues';
import type { PackFile, PackIssue } from './schema';

export interface PackBase {
  entity(id: string): Entity | undefined;
  source(id: string): Source | undefined;
}

/** Every field of an entity that carries provenance, with its path inside the entity. */
function provenances(e: Entity): [string, Provenance][] {
  const out: [string, Provenance][] = [];
  const list = (key: 'sources' | 'aliases' | 'roles' | 'affiliations' | 'designations' | 'events') => e[key].forEach((p, i) => out.push([`${key}[${i}]`, p]));
  (['sources', 'aliases', 'roles', 'affiliations', 'designations', 'events'] as const).forEach(list);
  e.roles.forEach((r, i) => r.endSource && out.push([`roles[${i}].endSource`, r.endSource]));
  for (const key of ['summary', 'born', 'died', 'founded', 'dissolved', 'headquarters', 'country'] as const) {
    const value = e[key];
    if (value) out.push([key, value]);
  }
  return out;
}

const sameSource = (a: Source, b: Source) => JSON.stringify(a, Object.keys(a).sort()) === JSON.stringify(b, Object.keys(b).sort());

/** `others` are the packs already stored (not the one this replaces). */
export function checkPack(pack: PackFile, base: PackBase, others: readonly PackFile[]): PackIssue[] {
  const issues: PackIssue[] = [];
  // What the other packs add and cite, by id, so a large pack is checked in one pass.
  const addedBy = new Map<string, string>();
  const sourceOf = new Map<string, { source: Source; pack: string }>();
  for (const other of others) {
    for (const e of other.entities) if (!base.entity(e.id)) addedBy.set(e.id, other.name);
    for (const source of other.sources) sourceOf.set(source.id, { source, pack: other.name });
  }
  const push = (where: string, expected: string, found: string) => issues.length < MAX_ISSUES && issues.push({ where, expected, found });

  const ownSources = new Map<string, number>();
  pack.sources.forEach((s, i) => {
    const at = `sources[${i}].id`;
    const first = ownSources.get(s.id);
    if (first !== undefined) return push(at, `an id not used by sources[${first}]`, JSON.stringify(s.id));
    ownSources.set(s.id, i);
    const bundled = base.source(s.id);
    if (bundled && !sameSource(bundled, s)) return push(at, 'an id the bundled dataset does not use (or its source, unchanged)', JSON.stringify(s.id));
    const other = sourceOf.get(s.id);
    if (other && !sameSource(other.source, s)) push(at, `an id pack "${other.pack}" does not use for another source`, JSON.stringify(s.id));
  });

  const ownEntities = new Map<string, number>();
  pack.entities.forEach((e, i) => {
    const first = ownEntities.get(e.id);
    if (first !== undefined) push(`entities[${i}].id`, `an id not used by entities[${first}]`, JSON.stringify(e.id));
    else ownEntities.set(e.id, i);
  });

  const knownEntity = (id: string) => ownEntities.has(id) || base.entity(id) !== undefined;
  pack.entities.forEach((e, i) => {
    const at = `entities[${i}]`;
    const bundled = base.entity(e.id);
    if (bundled && bundled.type !== e.type) push(`${at}.type`, `"${bundled.type}", the type of the bundled ${e.id} (${bundled.name}) this extends`, JSON.stringify(e.type));
    if (!bundled) {
      const other = addedBy.get(e.id);
      if (other) push(`${at}.id`, `an id no other pack adds (pack "${other}" adds it)`, JSON.stringify(e.id));
    }
    for (const [path, p] of provenances(e)) {
      if (!ownSources.has(p.source) && !base.source(p.source)) push(`${at}.${path}.source`, "the id of one of the pack's sources or of a bundled source", JSON.stringify(p.source));
    }
    e.affiliations.forEach((a, j) => {
      if (!knownEntity(a.target)) push(`${at}.affiliations[${j}].target`, 'the id of an entity in this pack or in the bundled dataset', JSON.stringify(a.target));
    });
    e.roles.forEach((r, j) => {
      if (r.of && !knownEntity(r.of)) push(`${at}.roles[${j}].of`, 'the id of an entity in this pack or in the bundled dataset', JSON.stringify(r.of));
    });
  });
  return issues;
}
