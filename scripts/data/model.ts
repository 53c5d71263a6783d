// What every source importer returns: entity drafts keyed by the source's own identifier, which the
// merge step joins into entities (see merge.ts for the rules).
import type { Alias, Entity, Provenance } from '../../src/core/dataset/schema.js';
import type { TermEnd } from './sources/hand.js';

/** An entity as one source sees it; `id` is set only when the source knows a stable one (QID, hand id). */
export type EntityDraft = Omit<Entity, 'id'> & { id?: string };

export interface SourceRecord {
  /** Unique per source row: "wd:Q7747", "ofac:35096", "un:TAi.027", "iso:RU", "hand:bs:kremlin". */
  key: string;
  entity: EntityDraft;
  /** Keys of records that describe the same entity (explicit, reviewed links). */
  sameAs?: string[];
  /** Organisations whose primary name may join another record's primary name or alias. */
  mergeOnName?: boolean;
  /** Sanctions-list people: every year of birth the list gives (main and alternative), for rule 5 of the merge. */
  birthYears?: string[];
  /** Ends of terms other records hold open, each cited to the page that states it (hand entries: `closes`). */
  closes?: TermEnd[];
  /** Lower wins when choosing the primary name and id: hand 0, Wikidata 1, Factbook 2, appendix 3, UN 4, OFAC 5. */
  rank: number;
}

export function emptyDraft(type: Entity['type'], name: string, sources: Provenance[]): EntityDraft {
  return { type, name, aliases: [], roles: [], affiliations: [], designations: [], events: [], sources };
}

export function alias(name: string, prov: Provenance, extra: Partial<Alias> = {}): Alias {
  return { name, standalone: true, ...prov, ...extra };
}
