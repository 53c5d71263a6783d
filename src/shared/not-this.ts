// "Not this person": the reader's corrections, kept in local storage and never sent anywhere.
// Stored as a list of keys, oldest first. The list is read back as a trust boundary (an older
// version, another tab or a hand edit may have written it), one entry at a time: a bad entry is
// dropped, never the whole list, because a wiped list silently re-links every name a reader
// corrected.
import browser from 'webextension-polyfill';
import * as z from 'zod/mini';

const KEY = 'notThis';
/**
 * Corrections kept at most; past it the oldest go first. Ten thousand keys of a few dozen
 * characters stay far inside storage.local's quota, and no reader makes that many by hand.
 */
export const MAX_NOT_THIS = 10_000;
/** An entity id, "|" and a mention: mentions are names, never paragraphs. */
const MAX_KEY_CHARS = 600;

const Entry = z.string().check(z.maxLength(MAX_KEY_CHARS), z.regex(/^[^|]+\|./s));

export const notThisKey = (entityId: string, text: string) => `${entityId}|${text.normalize('NFC').toLowerCase()}`;

/** The entity id and the mention (as lower case) a key was made from. */
export function splitNotThisKey(key: string): { entityId: string; text: string } {
  const bar = key.indexOf('|');
  return { entityId: key.slice(0, bar), text: key.slice(bar + 1) };
}

/** What survives of a stored list: its valid entries, once each, the newest MAX_NOT_THIS of them. */
export function recoverNotThis(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const valid = raw.filter((entry): entry is string => Entry.safeParse(entry).success);
  return [...new Set(valid)].slice(-MAX_NOT_THIS);
}

/** The corrections, oldest first. */
export async function listNotThis(): Promise<string[]> {
  return recoverNotThis((await browser.storage.local.get(KEY))[KEY]);
}

export async function loadNotThis(): Promise<Set<string>> {
  return new Set(await listNotThis());
}

async function store(keys: string[]): Promise<void> {
  await browser.storage.local.set({ [KEY]: keys });
}

/** Adds a correction as the newest (again, if it was there), evicting the oldest past the cap. */
export async function addNotThis(key: string): Promise<void> {
  if (!Entry.safeParse(key).success) return;
  const keys = (await listNotThis()).filter((k) => k !== key);
  keys.push(key);
  await store(keys.slice(-MAX_NOT_THIS));
}

export async function removeNotThis(key: string): Promise<void> {
  await store((await listNotThis()).filter((k) => k !== key));
}
