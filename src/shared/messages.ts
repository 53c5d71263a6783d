// The one message vocabulary between content script, extension pages and background. Each method
// declares its request and response once; both ends validate against the same schemas, so a page
// script that forges a message, or a stale content script after an update, is refused, not obeyed.
import * as z from 'zod/mini';
import { EntityId, EntityType, IsoDate, OrgKind, Source } from '../core/dataset/primitives';
import { MAX_PACK_CHARS, PackId, PackIssue, PackSummary } from '../core/packs/views';
import type { Basis } from '../core/resolve/basis';

/** A fact as a reader sees it: one line with its provenance. */
export const FactView = z.object({
  label: z.string(),
  value: z.string(),
  start: z.optional(z.string()),
  end: z.optional(z.string()),
  source: z.string(),
  asOf: z.string(),
  /** Where the end the value gives comes from, when another source than `source` states it. */
  endSource: z.optional(z.object({ source: z.string(), asOf: z.string() })),
});
export type FactView = z.infer<typeof FactView>;

export const EntityRef = z.object({
  id: EntityId,
  name: z.string(),
  type: EntityType,
  wikidata: z.optional(z.string()),
});
export type EntityRef = z.infer<typeof EntityRef>;

const CountryOf = z.enum(['article', 'owner']);
/** Why the linker linked a mention: resolve/basis.ts's Basis. */
const MentionBasis = z.union([
  z.object({ kind: z.enum(['alias', 'acronym', 'metonym', 'credit', 'defined-acronym']) }),
  z.object({ kind: z.enum(['title', 'leader']), title: z.string() }),
  z.object({ kind: z.literal('earlier'), part: z.enum(['surname', 'given', 'short']), at: z.int().check(z.nonnegative()), headline: z.boolean() }),
  z.object({ kind: z.enum(['institution', 'namesake', 'national-acronym']), of: CountryOf, country: z.string() }),
  z.object({ kind: z.literal('party'), acronym: z.boolean(), of: CountryOf, country: z.string() }),
  z.object({ kind: z.literal('party'), acronym: z.boolean(), of: z.literal('member') }),
]);
// Both ways: the schema accepts every basis the linker gives and nothing else.
true satisfies (z.infer<typeof MentionBasis> extends Basis ? (Basis extends z.infer<typeof MentionBasis> ? true : false) : false);

export const MentionView = z.object({
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  text: z.string(),
  entity: EntityRef,
  confidence: z.number(),
  basis: MentionBasis,
  chosenOver: z.optional(z.int().check(z.nonnegative())),
});
export type MentionView = z.infer<typeof MentionView>;

export const UnknownView = z.object({
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  text: z.string(),
  kind: z.enum(['person', 'organization']),
});
export type UnknownView = z.infer<typeof UnknownView>;

/**
 * A mention as findMentions sends it: its entity as an index into the answer's `entities`. A long
 * story names a few hundred entities thousands of times; sending each once keeps the answer the
 * content script deserialises and validates (in one task) about half the size.
 */
const SentMention = z.extend(z.omit(MentionView, { entity: true }), { entity: z.int().check(z.nonnegative()) });

export const FoundMentions = z
  .object({ entities: z.array(EntityRef), mentions: z.array(SentMention), unknown: z.array(UnknownView) })
  .check(z.refine((r) => r.mentions.every((m) => m.entity < r.entities.length), 'a mention points past the entity list'));
export type FoundMentions = z.infer<typeof FoundMentions>;

/** The answer with its entities in place again (shared objects, not copies). */
export function mentionViews(found: FoundMentions): MentionView[] {
  return found.mentions.map((m) => ({ ...m, entity: found.entities[m.entity]! }));
}

export const EntityCard = z.extend(EntityRef, {
  orgKind: z.optional(OrgKind),
  summary: z.optional(FactView),
  facts: z.array(FactView),
  since: z.array(FactView),
  sources: z.array(Source),
  asOf: z.optional(IsoDate),
});
export type EntityCard = z.infer<typeof EntityCard>;

/** Article text is bounded so a hostile page cannot make the background chew on gigabytes. */
const MAX_TEXT_CHARS = 2_000_000;

export { BACKGROUND, CONTENT } from './channels';

const PackList = z.object({ packs: z.array(PackSummary) });

/** What the background answers, for content scripts and extension pages. */
export const backgroundMethods = {
  ping: {
    request: z.object({}),
    response: z.object({ version: z.string() }),
  },
  findMentions: {
    request: z.object({
      text: z.string().check(z.maxLength(MAX_TEXT_CHARS)),
      date: z.optional(IsoDate),
      language: z.optional(z.string().check(z.maxLength(35))),
      /** The page's host name, whose country-code domain may say which country the report is from. */
      site: z.optional(z.string().check(z.maxLength(253))),
    }),
    response: FoundMentions,
  },
  getEntity: {
    request: z.object({ id: EntityId, asOf: z.optional(IsoDate) }),
    response: EntityCard,
  },
  getDatasetInfo: {
    request: z.object({}),
    response: z.object({ entities: z.int(), sources: z.array(Source) }),
  },
  /** A content script tells how many names it marked, for the toolbar badge of its tab. */
  setBadge: {
    request: z.object({ count: z.int().check(z.nonnegative()) }),
    response: z.object({}),
  },
  /** Dataset packs, for the options page (see src/background/packs.ts). */
  listPacks: { request: z.object({}), response: PackList },
  /** An invalid pack changes nothing and comes back as `issues`. */
  importPack: {
    request: z.object({ fileName: z.string().check(z.maxLength(260)), text: z.string().check(z.maxLength(MAX_PACK_CHARS)) }),
    response: z.object({ pack: z.optional(PackSummary), replaced: z.boolean(), issues: z.array(PackIssue) }),
  },
  setPackEnabled: { request: z.object({ id: PackId, enabled: z.boolean() }), response: PackList },
  deletePack: { request: z.object({ id: PackId }), response: PackList },
  exportPack: { request: z.object({ id: PackId }), response: z.object({ fileName: z.string(), text: z.string() }) },
} as const;

export const PageState = z.enum(['inactive', 'scanning', 'not-article', 'ready', 'error']);
export type PageState = z.infer<typeof PageState>;

export const CastView = z.object({
  state: PageState,
  site: z.optional(z.string()),
  headline: z.optional(z.string()),
  published: z.optional(IsoDate),
  entries: z.array(z.object({ entity: EntityRef, count: z.int(), firstStart: z.int() })),
  unknown: z.array(z.object({ text: z.string(), kind: UnknownView.shape.kind, count: z.int() })),
});
export type CastView = z.infer<typeof CastView>;

/** What a page's content script answers, for the popup and the background's keyboard commands. */
export const contentMethods = {
  getCast: { request: z.object({}), response: CastView },
  showEntity: { request: z.object({ id: EntityId }), response: z.object({ shown: z.boolean() }) },
  stepMention: { request: z.object({ direction: z.enum(['next', 'previous']) }), response: z.object({ shown: z.boolean() }) },
  treatAsArticle: { request: z.object({}), response: CastView },
} as const;
