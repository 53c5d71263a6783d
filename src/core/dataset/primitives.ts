// The dataset's smallest schemas, the ones the message vocabulary shares with the content script.
// They are built with zod/mini: the content script evaluates every schema it imports on the page's
// main thread, and zod's full API took about 40 ms to evaluate there, a long task on every article.
import * as z from 'zod/mini';

/** ISO date, possibly partial: "2021", "2021-09", "2021-09-07". Sources often give only a year. */
export const IsoDate = z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)'));
export type IsoDate = z.infer<typeof IsoDate>;

export const EntityId = z.string().check(z.regex(/^(Q\d+|bs:[a-z0-9][a-z0-9-]*)$/, 'expected a Wikidata id (Q123) or a project id (bs:some-name)'));
export type EntityId = z.infer<typeof EntityId>;

export const Source = z.object({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/)),
  name: z.string().check(z.minLength(1)),
  /** Shown as a link: any other scheme (javascript:, data:, file:) would run or open something else. */
  url: z.optional(z.url({ protocol: /^https?$/, error: 'expected a web address starting with http:// or https://' })),
  licence: z.string().check(z.minLength(1)),
  retrieved: IsoDate,
  note: z.optional(z.string()),
});
export type Source = z.infer<typeof Source>;

/** 'place' is a city or region (capitals, Moscow), kept apart from countries so 'Moscow' never means Russia by type. */
export const EntityType = z.enum(['person', 'organization', 'country', 'place']);
export type EntityType = z.infer<typeof EntityType>;

export const OrgKind = z.enum([
  'government-body',
  'intergovernmental',
  'armed-group',
  'political-party',
  'news-agency',
  'broadcaster',
  'company',
  'other',
]);
export type OrgKind = z.infer<typeof OrgKind>;
