// A dataset pack: entities and sources a reader adds to the bundled dataset, in the dataset's own
// schema (../dataset/schema.ts). Packs come from files the reader picked, so everything here is
// checked before it is stored and again when it is read back.
import * as z from 'zod';
import { Entity, Source } from '../dataset/schema';
import { MAX_PACK_CHARS, PackFormat, PackId, PackIssue, PackSummary } from './views';

export { MAX_PACK_CHARS, PackFormat, PackId, PackIssue, PackSummary };

/** Enough for a newsroom's own list of people; more would slow every article's linking. */
export const MAX_PACK_ENTITIES = 20_000;
export const MAX_PACK_NAME_CHARS = 100;

export const PackFile = z.object({
  name: z.string().trim().min(1).max(MAX_PACK_NAME_CHARS),
  version: z.string().trim().min(1).max(40),
  entities: z.array(Entity).min(1).max(MAX_PACK_ENTITIES),
  sources: z.array(Source).default([]),
});
export type PackFile = z.infer<typeof PackFile>;

/** What is kept in storage.local: the pack as checked, and how the reader got and set it. */
export const StoredPack = PackFile.extend({
  id: PackId,
  format: PackFormat,
  fileName: z.string().max(260),
  importedAt: z.string(),
  enabled: z.boolean(),
});
export type StoredPack = z.infer<typeof StoredPack>;

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: PackIssue[] };

/** The issue for a file too big to read, raised before its text is sent anywhere. */
export const sizeIssue = (chars: number): PackIssue => ({ where: 'the file', expected: `at most ${MAX_PACK_CHARS.toLocaleString('en')} characters`, found: `${chars.toLocaleString('en')} characters` });
