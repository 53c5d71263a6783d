// Hand entries (data/hand/): facts no source extract holds, each cited with a public page that was
// read for it (data/hand/sources.json), plus reviewed same-as links that join source records the
// name rules would not join on their own (ISIS in appendix T, OFAC and the UN list).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { Entity, EntityId, IsoDate, Provenance, Source } from '../../../src/core/dataset/schema.js';
import { mayStateEnd, reportsEnd } from '../lib/dates.js';
import type { SourceRecord } from '../model.js';

/**
 * The end of a term another source holds open (Wikidata's "Secretary of State, 2021–"), as the page
 * that reports the handover states it: the office (title and `of` as that term gives them, or a
 * spelling `officeTitle` takes for it), the end, and the page. No start: the page is cited for the
 * end alone, and the term keeps the source that states its start (see merge.ts, `closeTerms`).
 */
export const TermEnd = Provenance.extend({
  title: z.string().min(1),
  of: z.optional(EntityId),
  ofName: z.string().optional(),
  end: IsoDate,
});
export type TermEnd = z.infer<typeof TermEnd>;

const HandEntry = z.object({ sameAs: z.array(z.string()).optional(), entity: Entity, closes: z.array(TermEnd).optional() });

export function readHandSources(repoRoot: string): Source[] {
  return z.array(Source).parse(JSON.parse(readFileSync(path.join(repoRoot, 'data/hand/sources.json'), 'utf8')));
}

export function importHand(repoRoot: string): SourceRecord[] {
  const entries = z.array(HandEntry).parse(JSON.parse(readFileSync(path.join(repoRoot, 'data/hand/entities.json'), 'utf8')));
  return entries.map((e) => ({ key: `hand:${e.entity.id}`, entity: withEndsCited(e.entity), ...(e.sameAs ? { sameAs: e.sameAs } : {}), ...(e.closes ? { closes: e.closes } : {}), rank: 0 }));
}

/**
 * A hand role carries the page its start was read on; an end that page is too old to state comes
 * with an event of the end's month read on a later page (Mbumba's presidency, read on the report of
 * his swearing-in in 2024, ends with the 2025 report on his successor's). That page is the end's
 * source (`endSource`), so the card cites it, not the older one, for "Role ended".
 */
export function withEndsCited(entity: Entity): Entity {
  const roles = entity.roles.map((r) => {
    if (!r.end || r.endSource || mayStateEnd(r.asOf, r.end)) return r;
    const told = entity.events.find((v) => reportsEnd(v, r.end!));
    return told ? { ...r, endSource: { source: told.source, asOf: told.asOf } } : r;
  });
  return { ...entity, roles };
}
