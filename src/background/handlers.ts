// What the background answers. Pure glue between the message contract and the core: the data
// loader is injected, so tests run these with a dataset built in memory.
import { entityCard, entityRef, type EntityRef } from '../core/facts/card';
import { linkText } from '../core/link/index';
import type { backgroundMethods } from '../shared/messages';
import type { HandlersOf } from '../shared/rpc';
import { type DataLoader, inMemoryLoader, type LoadedData } from './dataset';
import { createPackHandlers, type PackStore, packStore, withPacks } from './packs';

/** What the background knows about who asked: the tab a content script runs in. */
export type Caller = { tabId?: number };

/**
 * `data` gives the bundled dataset (or a whole dataset already in memory); the handlers answer with the
 * enabled packs laid over it.
 */
export function createHandlers(data: DataLoader | (() => Promise<LoadedData>), version: string, badge: (tabId: number | undefined, count: number) => Promise<void>, packs: PackStore = packStore()): HandlersOf<typeof backgroundMethods, Caller> {
  const loader = typeof data === 'function' ? inMemoryLoader(data) : data;
  const load = withPacks(loader.full, packs);
  // Packs merge whole entities, so with one enabled everything is answered from the overlaid full
  // dataset; without (the usual case) linking needs only the link index and a popover one shard.
  const packed = async () => ((await packs.list()).some((p) => p.enabled) ? load() : undefined);
  const linking = async () => (await packed()) ?? loader.link();
  return {
    ...createPackHandlers(load, packs),
    async ping() {
      return { version };
    },
    async getDatasetInfo() {
      const { index } = await linking();
      return { entities: index.entities.length, sources: [...index.sources] };
    },
    async findMentions({ text, date, language, site }) {
      const { index, matcher } = await linking();
      const { mentions, unknown } = linkText({ text, date, language, site }, { matcher, entity: (id) => index.get(id), countryOfCode: (code) => index.countryOfCode(code) });
      const entities: EntityRef[] = [];
      const at = new Map<string, number>();
      const slot = (id: string) => {
        let i = at.get(id);
        const entity = i === undefined ? index.get(id) : undefined;
        if (entity) at.set(id, (i = entities.push(entityRef(entity)) - 1));
        return i;
      };
      return {
        entities,
        mentions: mentions.flatMap((m) => {
          const entity = slot(m.entityId);
          return entity === undefined ? [] : [{ start: m.start, end: m.end, text: m.text, entity, confidence: m.confidence, basis: m.basis, ...(m.chosenOver !== undefined ? { chosenOver: m.chosenOver } : {}) }];
        }),
        unknown,
      };
    },
    async setBadge({ count }, caller) {
      await badge(caller.tabId, count);
      return {};
    },
    async getEntity({ id, asOf }) {
      const overlaid = await packed();
      const entity = overlaid ? overlaid.index.get(id) : await loader.entity(id);
      if (!entity) throw new Error(`no entity ${id}`);
      return entityCard(entity, asOf, overlaid?.index ?? (await loader.link()).index);
    },
  };
}
