// The dataset's one schema: the committed JSONL under data/, the compiled bundle, and user packs are
// all checked against it. Every fact carries `source` (an id in data/sources.json) and `asOf`
// (the date the source stated it), because a fact without provenance is worse than none.
import * as z from 'zod';
import { EntityId, EntityType, IsoDate, OrgKind, Source } from './primitives';

export { EntityId, EntityType, IsoDate, OrgKind, Source };

export const Provenance = z.object({
  source: z.string().min(1),
  asOf: IsoDate,
});
export type Provenance = z.infer<typeof Provenance>;

export const Alias = Provenance.extend({
  name: z.string().min(1),
  /** BCP 47 language tag of the alias, when the source says. */
  lang: z.string().optional(),
  /** ISO 15924 script: Latn, Arab, Cyrl, Hans… */
  script: z.string().optional(),
  /**
   * Safe to link on its own, without the full name earlier in the article or a title before it.
   * False for bare surnames, given names and word-like names ("Bush", "May", "Reform").
   */
  standalone: z.boolean(),
  kind: z.enum(['name', 'acronym', 'short', 'surname', 'transliteration', 'metonym', 'demonym']).optional(),
});
export type Alias = z.infer<typeof Alias>;

export const Role = Provenance.extend({
  /** "Foreign Minister", "President", "Special Presidential Envoy for Afghanistan". */
  title: z.string().min(1),
  /** The body or country the role is of, as an entity id when the dataset has it. */
  of: z.optional(EntityId),
  ofName: z.string().optional(),
  start: z.optional(IsoDate),
  end: z.optional(IsoDate),
  /**
   * The end date is unknown but the term was over by this date (a later snapshot of the same source
   * no longer lists it). Keeps an old "since" from reading as current.
   */
  endedBy: z.optional(IsoDate),
  /**
   * Where the end comes from when another source than the term's own states it: the page that
   * reports the handover, or the record of the next holder whose start bounds the term. It cites
   * `end` when the role has one, else `endedBy`; absent, the term's own source states the end too.
   * The start stays cited to `source` (a handover report rarely gives the day the term began).
   */
  endSource: Provenance.optional(),
  /**
   * The title is a sanctions list's wording for the person ("Deputy Minister of Defence under the
   * Taliban regime"), often written decades before the list's date: shown as "listed as …", never
   * as an office held on a date.
   */
  listing: z.literal(true).optional(),
});
export type Role = z.infer<typeof Role>;

export const Affiliation = Provenance.extend({
  relation: z.enum(['member-of', 'leader-of', 'founder-of', 'part-of', 'linked-to', 'successor-of', 'alias-of']),
  target: EntityId,
  start: z.optional(IsoDate),
  end: z.optional(IsoDate),
});
export type Affiliation = z.infer<typeof Affiliation>;

export const Designation = Provenance.extend({
  /** e.g. UN-1988 (Taliban), UN-1267 (ISIL/Al-Qaida), US-FTO, US-SDGT, US-EO14024, RU-TERRORIST. */
  regime: z.string().min(1),
  reference: z.string().optional(),
  listed: z.optional(IsoDate),
  delisted: z.optional(IsoDate),
  /**
   * The listing date is unknown but later than this: the entry was absent from an earlier snapshot of
   * the same list taken on this date. Lets the as-of logic tell "added after D" from "held on D".
   */
  listedAfter: z.optional(IsoDate),
  /**
   * The removal date is unknown but not later than this: a later snapshot of the same list, taken on
   * this date, no longer has the entry (OFAC's 2024 list and its 2022 ZIMBABWE entries).
   */
  delistedBy: z.optional(IsoDate),
});
export type Designation = z.infer<typeof Designation>;

/** A dated change worth telling a reader ("Russia recognised the Taliban government"). Own words only. */
export const Event = Provenance.extend({
  date: IsoDate,
  text: z.string().min(1),
});
export type Event = z.infer<typeof Event>;

export const DatedValue = Provenance.extend({ value: z.string().min(1) });
export type DatedValue = z.infer<typeof DatedValue>;

/**
 * A founding or a dissolution whose source may give another year in its place: Party Facts fills an
 * unknown founding year with the party's first election and an unknown dissolution with its last
 * one, so its founding is `by` that year and its dissolution that year `or-later`.
 */
export const BoundedDate = DatedValue.extend({ bound: z.enum(['by', 'or-later']).optional() });
export type BoundedDate = z.infer<typeof BoundedDate>;

export const Entity = z.object({
  id: EntityId,
  type: EntityType,
  orgKind: z.optional(OrgKind),
  wikidata: z.string().regex(/^Q\d+$/).optional(),
  name: z.string().min(1),
  aliases: z.array(Alias).default([]),
  summary: DatedValue.optional(),
  roles: z.array(Role).default([]),
  affiliations: z.array(Affiliation).default([]),
  designations: z.array(Designation).default([]),
  events: z.array(Event).default([]),
  born: DatedValue.optional(),
  died: DatedValue.optional(),
  founded: BoundedDate.optional(),
  dissolved: BoundedDate.optional(),
  headquarters: DatedValue.optional(),
  /** Country the entity belongs to (ISO 3166 alpha-2 code in `value`, or an entity id). */
  country: DatedValue.optional(),
  /** Where each identity claim (the entity exists, under this name) comes from. */
  sources: z.array(Provenance).min(1),
});
export type Entity = z.infer<typeof Entity>;
export type EntityInput = z.input<typeof Entity>;
