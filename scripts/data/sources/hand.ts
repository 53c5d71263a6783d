// Hand entries (data/hand/): facts no source extract holds, each cited with a public page that was
// read for it (data/hand/sources.json), plus reviewed same-as links that join source records the
// name rules would not join on their own (ISIS in appendix T, OFAC and the UN list).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { Entity, EntityId, IsoDate, Provenance, Source } from '../../../src/core/dataset/schema.js';
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
  return entries.map((e) => ({ key: `hand:${e.entity.id}`, entity: e.entity, ...(e.sameAs ? { sameAs: e.sameAs } : {}), ...(e.closes ? { closes: e.closes } : {}), rank: 0 }));
}
