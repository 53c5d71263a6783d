// What the extension's pages and the content script are told about imported packs. Built with
// zod/mini, as the message vocabulary is (see core/dataset/primitives.ts).
import * as z from 'zod/mini';

/** A pack is parsed in the options page's round trip to the background; bigger files are refused. */
export const MAX_PACK_CHARS = 5_000_000;

export const PackId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/));

export const PackFormat = z.enum(['json', 'csv']);
export type PackFormat = z.infer<typeof PackFormat>;

/** One thing wrong with a pack: where in the file, what was expected there, what was found. */
export const PackIssue = z.object({ where: z.string(), expected: z.string(), found: z.string() });
export type PackIssue = z.infer<typeof PackIssue>;

/** A pack as the options page lists it. */
export const PackSummary = z.object({
  id: z.string(),
  name: z.string(),
  version: z.string(),
  format: PackFormat,
  fileName: z.string(),
  importedAt: z.string(),
  enabled: z.boolean(),
  entities: z.int(),
  added: z.int(),
  extended: z.int(),
  sources: z.int(),
});
export type PackSummary = z.infer<typeof PackSummary>;
