// Settings live in storage.sync under one key, parsed (and migrated) on every read: see settings.ts.
import browser from 'webextension-polyfill';
import { parseSettings, type Settings } from './settings';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(KEY);
  return parseSettings(stored[KEY]);
}

/** Saves run one after another: two quick changes must not each read the state before the other. */
let saving: Promise<unknown> = Promise.resolve();

export function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = saving.then(async () => {
    const settings = parseSettings({ ...(await loadSettings()), ...patch });
    await browser.storage.sync.set({ [KEY]: settings });
    return settings;
  });
  saving = next.catch(() => undefined);
  return next;
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'sync' && changes[KEY]) listener(parseSettings(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
