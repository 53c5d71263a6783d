// Dataset packs in the background: kept in storage.local (checked again on every read), laid over
// the bundled dataset for linking and popovers, and managed through the messages the options page
// sends. Any change to the stored packs drops the overlaid data, so the next question sees it.
import browser from 'webextension-polyfill';
import { applyPacks, packCounts } from '../core/packs/apply';
import { checkPack } from '../core/packs/check';
import { readPack } from '../core/packs/read';
import { type PackFile, type PackSummary, StoredPack } from '../core/packs/schema';
import { compileMatcher } from '../core/match/compile';
import { loadMatcher } from '../core/match/load';
import type { DatasetIndex } from '../core/dataset/bundle';
import type { backgroundMethods } from '../shared/messages';
import type { HandlersOf } from '../shared/rpc';
import type { LoadedData } from './dataset';
import { combineMatchers } from './packs-matcher';

const KEY = 'packs';

export interface PackStore {
  list(): Promise<StoredPack[]>;
  /**
   * Changes the stored list; changes are applied one after another, never interleaved. A change
   * that returns undefined leaves storage as it was.
   */
  update(change: (packs: StoredPack[]) => StoredPack[] | undefined): Promise<StoredPack[]>;
  onChange(listener: () => void): void;
}

export function storagePackStore(area: browser.Storage.StorageArea = browser.storage.local): PackStore {
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  let queue: Promise<unknown> = Promise.resolve();
  const list = async () => {
    const raw = (await area.get(KEY))[KEY];
    // A stored pack that no longer parses (edited by hand, or from a future version) is left out.
    return (Array.isArray(raw) ? raw : []).flatMap((p) => {
      const parsed = StoredPack.safeParse(p);
      return parsed.success ? [parsed.data] : [];
    });
  };
  // Changes made by another of our pages reach the background through storage events.
  browser.storage.onChanged.addListener((changes, areaName) => {
    if (areaName === 'local' && changes[KEY]) notify();
  });
  return {
    list,
    update(change) {
      const next = queue.then(async () => {
        const current = await list();
        const packs = change(current);
        if (!packs) return current;
        await area.set({ [KEY]: packs });
        notify();
        return packs;
      });
      queue = next.catch(() => undefined);
      return next;
    },
    onChange: (listener) => void listeners.add(listener),
  };
}

let defaultStore: PackStore | undefined;
/** The store in storage.local, made on first use so importing this module has no side effect. */
export const packStore = (): PackStore => (defaultStore ??= storagePackStore());

/** The data with packs laid over it; `bundle` is the bundled dataset alone, what imports are checked against. */
export type PackedData = LoadedData & { bundle: DatasetIndex };

/**
 * The overlaid data, built once per set of enabled packs. Each pack is checked again against the
 * bundle it now lies over (an extension update may have changed it); a pack that no longer fits is
 * left out rather than shown half right.
 */
export function withPacks(loadBundle: () => Promise<LoadedData>, store: PackStore): () => Promise<PackedData> {
  let cached: Promise<PackedData> | undefined;
  store.onChange(() => (cached = undefined));
  return function load() {
    cached ??= (async () => {
      const [bundle, stored] = await Promise.all([loadBundle(), store.list()]);
      const base = { entity: (id: string) => bundle.index.get(id), source: (id: string) => bundle.index.source(id) };
      const accepted: PackFile[] = [];
      for (const pack of stored.filter((p) => p.enabled)) if (checkPack(pack, base, accepted).length === 0) accepted.push(pack);
      const { index, changed } = applyPacks(bundle.index, accepted);
      if (changed.length === 0) return { ...bundle, bundle: bundle.index };
      const added = changed.filter((e) => !bundle.index.get(e.id)).length;
      const matcher = combineMatchers(bundle.matcher, loadMatcher(compileMatcher(changed)), added);
      return { index, matcher, bundle: bundle.index };
    })();
    cached.catch(() => (cached = undefined));
    return cached;
  };
}

const summaryOf = (p: StoredPack, bundle: DatasetIndex): PackSummary => ({
  id: p.id,
  name: p.name,
  version: p.version,
  format: p.format,
  fileName: p.fileName,
  importedAt: p.importedAt,
  enabled: p.enabled,
  ...packCounts(p, bundle),
});

type PackMethods = 'listPacks' | 'importPack' | 'setPackEnabled' | 'deletePack' | 'exportPack';

/** `today` is injected so tests can fix the import date. */
export function createPackHandlers(load: () => Promise<PackedData>, store: PackStore, today = () => new Date().toISOString().slice(0, 10)): Pick<HandlersOf<typeof backgroundMethods>, PackMethods> {
  const summaries = async (packs: StoredPack[]) => {
    const { bundle } = await load();
    return { packs: packs.map((p) => summaryOf(p, bundle)) };
  };
  return {
    async listPacks() {
      return summaries(await store.list());
    },
    async importPack({ fileName, text }) {
      const { bundle } = await load();
      const base = { entity: (id: string) => bundle.get(id), source: (id: string) => bundle.source(id) };
      const importedAt = today();
      let result: ReturnType<typeof readPack> | undefined;
      let replaced = false;
      // Read inside the update so the checks see exactly the packs this import is added to.
      const packs = await store.update((current) => {
        result = readPack({ fileName, text, today: importedAt }, base, current);
        if (!result.ok) return undefined;
        const { pack, format, id } = result.value;
        const previous = current.find((p) => p.id === id);
        replaced = !!previous;
        const entry: StoredPack = { ...pack, id, format, fileName, importedAt, enabled: previous?.enabled ?? true };
        return previous ? current.map((p) => (p.id === id ? entry : p)) : [...current, entry];
      });
      if (!result?.ok) return { replaced: false, issues: result?.issues ?? [] };
      const id = result.value.id;
      return { pack: summaryOf(packs.find((p) => p.id === id)!, bundle), replaced, issues: [] };
    },
    async setPackEnabled({ id, enabled }) {
      return summaries(await store.update((packs) => packs.map((p) => (p.id === id ? { ...p, enabled } : p))));
    },
    async deletePack({ id }) {
      return summaries(await store.update((packs) => packs.filter((p) => p.id !== id)));
    },
    async exportPack({ id }) {
      const pack = (await store.list()).find((p) => p.id === id);
      if (!pack) throw new Error(`no pack ${id}`);
      const file: PackFile = { name: pack.name, version: pack.version, sources: pack.sources, entities: pack.entities };
      return { fileName: `${id}.json`, text: `${JSON.stringify(file, null, 2)}\n` };
    },
  };
}
