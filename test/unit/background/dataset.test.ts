// The background's loading: the first article reads the matcher and the link index only, a popover
// one facts shard, packs every shard; each file is validated when loaded and a bad one fails closed.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createDataLoader } from '../../../src/background/dataset';
import { createHandlers } from '../../../src/background/handlers';
import { mentionViews } from '../../../src/shared/messages';
import type { PackStore } from '../../../src/background/packs';
import { shardOf } from '../../../src/core/dataset/bundle';
import { Entity } from '../../../src/core/dataset/schema';
import { compileMatcher } from '../../../src/core/match/compile';
import type { StoredPack } from '../../../src/core/packs/schema';
import { bundleFiles, LINK_FILE } from '../../../scripts/data/compile';

const p = { source: 's', asOf: '2025-01-01' };
const sources = [{ id: 's', name: 'S', licence: 'CC0', retrieved: '2025-01-01' }];
// Enough entities for several shards, so that "only one shard" means something.
const entities = Array.from({ length: 1200 }, (_, i) =>
  Entity.parse({ id: `bs:person-${i + 1}`, type: 'person', name: `Person Number${i + 1}`, summary: { value: `Summary ${i + 1}`, ...p }, sources: [p] }),
);
entities.push(Entity.parse({ id: 'Q159', type: 'country', name: 'Russia', country: { value: 'RU', ...p }, sources: [p] }));
entities.push(Entity.parse({
  id: 'bs:duma', type: 'organization', orgKind: 'government-body', name: 'State Duma', country: { value: 'Q159', ...p },
  aliases: [{ name: 'Parliament', standalone: false, kind: 'short', ...p }], sources: [p],
}));
entities.push(Entity.parse({ id: 'Q58217', type: 'person', name: 'Sergey Lavrov', roles: [{ title: 'Minister of Foreign Affairs', of: 'Q159', start: '2004', ...p }], sources: [p] }));

const BUILT = bundleFiles({ entities, sources });
const MATCHER = gzipSync(compileMatcher(entities));

function served(change: (files: Map<string, string>) => void = () => undefined) {
  const files = new Map(BUILT);
  change(files);
  const bytes = new Map([...files].map(([name, json]) => [`data/${name}.gz`, gzipSync(json)]));
  bytes.set('data/matcher.bin.gz', MATCHER);
  const fetched: string[] = [];
  const loader = createDataLoader(async (path) => {
    fetched.push(path);
    const b = bytes.get(path);
    if (!b) throw new Error(`cannot read ${path}`);
    return new Blob([b]).stream();
  });
  return { loader, fetched, shards: files.size - 1 };
}

const noPacks: PackStore = { list: async () => [], update: async () => [], onChange: () => undefined };

describe('the background data loader', () => {
  it('links an article from the matcher and the link index alone, and shows a popover from one shard', async () => {
    const { loader, fetched, shards } = served();
    expect(shards).toBeGreaterThan(2);
    const handlers = createHandlers(loader, '0', async () => undefined, noPacks);
    const mentions = mentionViews(await handlers.findMentions({ text: 'Sergey Lavrov met Person Number7.', date: '2025-01-01' }, {}));
    expect(mentions.map((m) => m.entity.id)).toEqual(['Q58217', 'bs:person-7']);
    expect(fetched.sort()).toEqual(['data/link.json.gz', 'data/matcher.bin.gz']);
    const card = await handlers.getEntity({ id: 'bs:person-7', asOf: '2025-01-01' }, {});
    expect(card.summary?.value).toBe('Summary 7');
    expect(fetched.filter((f) => f.startsWith('data/facts/'))).toEqual([`data/facts/${shardOf('bs:person-7', shards)}.json.gz`]);
  });

  it('reads the country of the page\u2019s address from the link index', async () => {
    const handlers = createHandlers(served().loader, '0', async () => undefined, noPacks);
    const on = async (site?: string) => mentionViews(await handlers.findMentions({ text: 'Parliament met.', date: '2025-01-01', ...(site ? { site } : {}) }, {})).map((m) => m.entity.id);
    expect(await on('news.example.ru')).toEqual(['bs:duma']);
    expect(await on('news.example.com')).toEqual([]);
    expect(await on()).toEqual([]);
  });

  it('loads every shard for the whole dataset (what packs are laid over)', async () => {
    const { loader, fetched, shards } = served();
    expect((await loader.full()).index.entities).toHaveLength(entities.length);
    expect(fetched.filter((f) => f.startsWith('data/facts/'))).toHaveLength(shards);
  });

  it('with a pack enabled, answers from the overlaid full dataset', async () => {
    const { loader, fetched, shards } = served();
    const pack = { id: 'p', name: 'P', version: '1', format: 'json', fileName: 'p.json', importedAt: '2025-01-01', enabled: true, sources, entities: [] } as unknown as StoredPack;
    const withPack: PackStore = { ...noPacks, list: async () => [pack] };
    const handlers = createHandlers(loader, '0', async () => undefined, withPack);
    expect((await handlers.getDatasetInfo({}, {})).entities).toBe(entities.length);
    expect(fetched.filter((f) => f.startsWith('data/facts/'))).toHaveLength(shards);
  });

  it('fails closed on a corrupt link index or shard, and tries again on the next question', async () => {
    const badIndex = served((files) => files.set(LINK_FILE, files.get(LINK_FILE)!.replace('"shards":', '"shards":-')));
    await expect(badIndex.loader.link()).rejects.toThrow(/link index rejected/);
    await expect(badIndex.loader.link()).rejects.toThrow(/link index rejected/);
    expect(badIndex.fetched.filter((f) => f === 'data/link.json.gz')).toHaveLength(2);
    // A broken record is found when an article needs it: that question fails, nothing is linked wrongly.
    const badRecord = served((files) => files.set(LINK_FILE, files.get(LINK_FILE)!.replace('"name":"Sergey Lavrov"', '"name":""')));
    const handlers = createHandlers(badRecord.loader, '0', async () => undefined, noPacks);
    await expect(handlers.findMentions({ text: 'Sergey Lavrov spoke.', date: '2025-01-01' }, {})).rejects.toThrow(/record Q58217/);
    expect((await handlers.findMentions({ text: 'Person Number7 spoke.', date: '2025-01-01' }, {})).mentions).toHaveLength(1);
    const shard = shardOf('bs:person-7', served().shards);
    const moved = served((files) => {
      // An entity placed in a shard it does not hash to is refused, with the whole shard.
      const other = (shard + 1) % (files.size - 1);
      const json = JSON.parse(files.get(`facts/${other}.json`)!);
      json.entities.push(JSON.parse(files.get(`facts/${shard}.json`)!).entities[0]);
      files.set(`facts/${other}.json`, JSON.stringify(json));
    });
    const victim = JSON.parse(BUILT.get(`facts/${(shard + 1) % moved.shards}.json`)!).entities[0].id as string;
    await expect(moved.loader.entity(victim)).rejects.toThrow(/does not belong here/);
    const unsourced = served((files) => files.set(`facts/${shard}.json`, files.get(`facts/${shard}.json`)!.replaceAll('"source":"s"', '"source":"x"')));
    await expect(unsourced.loader.entity('bs:person-7')).rejects.toThrow(/unknown source x/);
    expect(await served().loader.entity('bs:nobody')).toBeUndefined();
  });
});
