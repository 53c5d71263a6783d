// "Not this person": the reader's corrections, kept in local storage and never sent anywhere.
import browser from 'webextension-polyfill';
import * as z from 'zod';

const KEY = 'notThis';
const Stored = z.array(z.string().max(600)).max(10_000);

export const notThisKey = (entityId: string, text: string) => `${entityId}|${text.normalize('NFC').toLowerCase()}`;

export async function loadNotThis(): Promise<Set<string>> {
  const parsed = Stored.safeParse((await browser.storage.local.get(KEY))[KEY]);
  return new Set(parsed.success ? parsed.data : []);
}

export async function addNotThis(key: string): Promise<void> {
  const set = await loadNotThis();
  set.add(key);
  await browser.storage.local.set({ [KEY]: [...set] });
}
