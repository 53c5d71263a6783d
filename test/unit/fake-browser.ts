// One fake of the extension APIs for all unit tests: i18n from the real _locales, in-memory
// storage with change events, and a message bus tests can plug handlers into.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const messages: Messages = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../_locales/en/messages.json'), 'utf8'));

/** chrome.i18n.getMessage semantics: named placeholders map to $1…$9 of the substitutions. */
export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => fill(entry.placeholders?.[name.toLowerCase()]?.content ?? ''));
}

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

function storageArea(area: string, listeners: Set<Listener>) {
  let data: Record<string, unknown> = {};
  return {
    async get(key?: string | string[] | null) {
      if (key == null) return structuredClone(data);
      const keys = Array.isArray(key) ? key : [key];
      return Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items: Record<string, unknown>) {
      const changes = Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { oldValue: data[k], newValue: structuredClone(v) }]));
      data = { ...data, ...structuredClone(items) };
      for (const l of listeners) l(changes, area);
    },
    async remove(key: string | string[]) {
      for (const k of Array.isArray(key) ? key : [key]) delete data[k];
    },
    async clear() {
      data = {};
    },
  };
}

const storageListeners = new Set<Listener>();
export const fakeBrowser = {
  i18n: { getMessage, getUILanguage: () => 'en' },
  storage: {
    local: storageArea('local', storageListeners),
    sync: storageArea('sync', storageListeners),
    onChanged: { addListener: (l: Listener) => storageListeners.add(l), removeListener: (l: Listener) => storageListeners.delete(l) },
  },
  runtime: {
    id: 'test-extension',
    sendMessage: async (_message: unknown): Promise<unknown> => undefined,
    getURL: (path: string) => `chrome-extension://test-extension/${path}`,
    getManifest: () => ({ version: '0.0.0' }),
    onMessage: { addListener: () => undefined, removeListener: () => undefined },
    openOptionsPage: async () => undefined,
  },
  tabs: { query: async () => [], sendMessage: async () => undefined, create: async () => ({}) },
};

export async function resetFakeBrowser(): Promise<void> {
  await fakeBrowser.storage.local.clear();
  await fakeBrowser.storage.sync.clear();
}
