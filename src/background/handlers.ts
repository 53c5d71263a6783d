// What the background answers. Pure glue between the message contract and the core: the data
// loader is injected, so tests run these with a dataset built in memory.
import type { Entity } from '../core/dataset/schema';
import { factsAsOf } from '../core/facts/as-of';
import { linkText } from '../core/link/index';
import type { EntityCard, EntityRef } from '../shared/messages';
import type { backgroundMethods } from '../shared/messages';
import type { HandlersOf } from '../shared/rpc';
import type { LoadedData } from './dataset';
import { createPackHandlers, type PackStore, packStore, withPacks } from './packs';

export function toRef(entity: Entity): EntityRef {
  return { id: entity.id, name: entity.name, type: entity.type, ...(entity.wikidata ? { wikidata: entity.wikidata } : {}) };
}

/** What the background knows about who asked: the tab a content script runs in. */
export type Caller = { tabId?: number };

/** `loadBundle` gives the bundled dataset; the handlers answer with the enabled packs laid over it. */
export function createHandlers(loadBundle: () => Promise<LoadedData>, version: string, badge: (tabId: number | undefined, count: number) => Promise<void>, packs: PackStore = packStore()): HandlersOf<typeof backgroundMethods, Caller> {
  const load = withPacks(loadBundle, packs);
  return {
    ...createPackHandlers(load, packs),
    async ping() {
      return { version };
    },
    async getDatasetInfo() {
      const { index } = await load();
      return { entities: index.entities.length, sources: [...index.sources] };
    },
    async findMentions({ text, date, language }) {
      const { index, matcher } = await load();
      const { mentions, unknown } = linkText({ text, date, language }, { matcher, entity: (id) => index.get(id) });
      return {
        mentions: mentions.flatMap((m) => {
          const entity = index.get(m.entityId);
          return entity ? [{ start: m.start, end: m.end, text: m.text, entity: toRef(entity), confidence: m.confidence, reason: m.reason }] : [];
        }),
        unknown,
      };
    },
    async setBadge({ count }, caller) {
      await badge(caller.tabId, count);
      return {};
    },
    async getEntity({ id, asOf }) {
      const { index } = await load();
      const entity = index.get(id);
      if (!entity) throw new Error(`no entity ${id}`);
      return entityCard(entity, asOf, index);
    },
  };
}

export function entityCard(entity: Entity, asOf: string | undefined, index: LoadedData['index']): EntityCard {
  const sourceOf = (id: string) => index.sources.find((s) => s.id === id);
  const { facts, since } = factsAsOf(entity, asOf, { name: (id) => index.name(id), source: sourceOf });
  const summary = entity.summary ? { label: 'Summary', value: entity.summary.value, source: entity.summary.source, asOf: entity.summary.asOf } : undefined;
  const used = new Set([...facts, ...since, ...(summary ? [summary] : [])].map((f) => f.source));
  return {
    ...toRef(entity),
    ...(entity.orgKind ? { orgKind: entity.orgKind } : {}),
    ...(summary ? { summary } : {}),
    ...(asOf ? { asOf } : {}),
    facts,
    since,
    sources: index.sources.filter((s) => used.has(s.id)),
  };
}
