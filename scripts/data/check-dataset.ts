// The checks behind `npm run data:check`, as a pure function over a read dataset so tests can run them.
import type { Entity, Provenance, Source } from '../../src/core/dataset/schema.js';
import { IsoDate } from '../../src/core/dataset/schema.js';

export interface CheckResult {
  errors: string[];
  /** Standalone spellings that name more than one entity: the matcher must disambiguate them. */
  ambiguous: { alias: string; ids: string[] }[];
  counts: { entities: number; people: number; organizations: number; countries: number; facts: number; unsourced: number; undated: number };
}

/** Every provenance-carrying fact of an entity (the entity-level `sources` list is not a fact). */
export function factsOf(e: Entity): Provenance[] {
  const single = [e.summary, e.born, e.died, e.founded, e.dissolved, e.headquarters, e.country].filter((v): v is NonNullable<typeof v> => !!v);
  // A role's end read on another page is a fact of its own, cited to that page.
  const ends = e.roles.flatMap((r) => r.endSource ?? []);
  return [...e.aliases, ...e.roles, ...ends, ...e.affiliations, ...e.designations, ...e.events, ...single];
}

/**
 * The list references an entity carries, by regime. Each list entry is one entity (the merge never
 * joins two), so two references on one regime mean two listed entities were taken for one.
 */
export function referencesByRegime(e: Entity): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const d of e.designations) if (d.reference) out.set(d.regime, (out.get(d.regime) ?? new Set()).add(d.reference));
  return out;
}

/** Sources of hand entries: pages read for a person (data/hand). */
const PAGE_SOURCE = /^web-/;

/**
 * A page read for a person names earlier offices without dates ("the former lieutenant governor");
 * entered as an undated role, such an office reads as held at the page's date. A role a page gives
 * undated, beside an open term that had begun by that date, is most likely one: date it or leave it out.
 */
export function undatedBesideOpenTerm(e: Entity): string[] {
  const open = e.roles.filter((r) => r.start !== undefined && r.end === undefined && r.endedBy === undefined);
  return e.roles
    .filter((r) => PAGE_SOURCE.test(r.source) && !r.listing && r.start === undefined && r.end === undefined && r.endedBy === undefined)
    .filter((r) => open.some((o) => o.title !== r.title && o.start! <= r.asOf))
    .map((r) => `${e.id}: role "${r.title}" from ${r.source} has no dates beside an open term begun by its page's date`);
}

export function checkDataset(entities: Entity[], sources: Source[]): CheckResult {
  const errors: string[] = [];
  const sourceIds = new Set(sources.map((s) => s.id));
  const ids = new Set<string>();
  for (const e of entities) {
    if (ids.has(e.id)) errors.push(`duplicate id ${e.id}`);
    ids.add(e.id);
  }
  let facts = 0;
  let unsourced = 0;
  let undated = 0;
  const bySpelling = new Map<string, Set<string>>();
  for (const e of entities) {
    for (const p of [...factsOf(e), ...e.sources]) {
      if (!p.source || !sourceIds.has(p.source)) {
        unsourced++;
        errors.push(`${e.id}: fact cites unknown source "${p.source}"`);
      }
      if (!p.asOf || !IsoDate.safeParse(p.asOf).success) {
        undated++;
        errors.push(`${e.id}: fact without a valid as-of date`);
      }
    }
    facts += factsOf(e).length;
    for (const a of e.affiliations) if (!ids.has(a.target)) errors.push(`${e.id}: ${a.relation} points to missing ${a.target}`);
    for (const r of e.roles) if (r.of && !ids.has(r.of)) errors.push(`${e.id}: role "${r.title}" of missing ${r.of}`);
    if (e.country && e.type !== 'country' && !ids.has(e.country.value)) errors.push(`${e.id}: country ${e.country.value} is not an entity`);
    errors.push(...undatedBesideOpenTerm(e));
    for (const [regime, refs] of referencesByRegime(e)) {
      if (refs.size > 1) errors.push(`${e.id}: two ${regime} entries (${[...refs].sort().join(', ')}) joined into one entity`);
    }
    for (const a of e.aliases) {
      if (!a.standalone) continue;
      const set = bySpelling.get(a.name) ?? new Set<string>();
      set.add(e.id);
      bySpelling.set(a.name, set);
    }
  }
  const ambiguous = [...bySpelling.entries()]
    .filter(([, s]) => s.size > 1)
    .map(([alias, s]) => ({ alias, ids: [...s].sort() }))
    .sort((a, b) => b.ids.length - a.ids.length || a.alias.localeCompare(b.alias));
  const count = (t: Entity['type']) => entities.filter((e) => e.type === t).length;
  return {
    errors,
    ambiguous,
    counts: { entities: entities.length, people: count('person'), organizations: count('organization'), countries: count('country'), facts, unsourced, undated },
  };
}
