// The dataset and matcher live with the background, loaded on the first question and kept while the
// worker lives: pages that are not articles never pay for them. The first article loads only the
// matcher and the link index; a popover loads the facts shard of its entity; packs, which merge
// whole entities, load every shard (see src/core/dataset/bundle.ts).
import type { DatasetIndex, LinkRecord } from '../core/dataset/bundle';
import { indexEntities, parseFactsShard, parseLinkBundle, shardFile, shardOf } from '../core/dataset/bundle';
import type { Entity } from '../core/dataset/schema';
import type { Matcher } from '../core/match/load';
import { loadMatcher } from '../core/match/load';

/** The whole dataset, every entity with its facts. */
export type LoadedData = { index: DatasetIndex; matcher: Matcher };
/** What linking an article needs. Full entities are link records too, so LoadedData is one. */
export type LinkData = { index: DatasetIndex<LinkRecord>; matcher: Matcher };

export interface DataLoader {
  link(): Promise<LinkData>;
  /** One entity with all its facts, or undefined when the dataset has no such id. */
  entity(id: string): Promise<Entity | undefined>;
  full(): Promise<LoadedData>;
}

/** Fetches one of the extension's own files as a byte stream. */
export type FetchStream = (path: string) => Promise<ReadableStream<Uint8Array>>;

/** Every file ships gzip-compressed (see scripts/build-data.ts). */
async function inflate(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  // TypeScript's DOM types declare the writable side as BufferSource; bytes are what flows here.
  const gunzip = new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>;
  return new Uint8Array(await new Response(stream.pipeThrough(gunzip)).arrayBuffer());
}

/** A load shared by everyone who asks while it runs; a failed one is not kept, so the next question tries again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    if (!loading) {
      loading = load();
      loading.catch(() => (loading = undefined));
    }
    return loading;
  };
}

export function createDataLoader(fetchStream: FetchStream): DataLoader {
  const json = async (path: string): Promise<unknown> => JSON.parse(new TextDecoder().decode(await inflate(await fetchStream(`data/${path}.gz`))));
  const link = once(async () => {
    const [bundle, matcher] = await Promise.all([json('link.json'), fetchStream('data/matcher.bin.gz').then(inflate)]);
    // Validated at load and failing closed: a corrupt index links nothing rather than wrongly.
    const { index, shards } = parseLinkBundle(bundle);
    return { index, shards, matcher: loadMatcher(matcher) };
  });
  const shards = new Map<number, () => Promise<Entity[]>>();
  const shard = async (n: number): Promise<Entity[]> => {
    let load = shards.get(n);
    if (!load) shards.set(n, (load = once(async () => {
      const { index, shards: count } = await link();
      return parseFactsShard(await json(shardFile(n)), n, count, index);
    })));
    return load();
  };
  const full = once(async (): Promise<LoadedData> => {
    const { index, shards: count, matcher } = await link();
    const entities = (await Promise.all(Array.from({ length: count }, (_, n) => shard(n)))).flat();
    return { index: indexEntities(entities, index.sources), matcher };
  });
  return {
    link,
    async entity(id) {
      const { index, shards: count } = await link();
      if (!index.get(id)) return undefined;
      return (await shard(shardOf(id, count))).find((e) => e.id === id);
    },
    full,
  };
}

/** A loader over a dataset already in memory (tests, packs over a built index). */
export function inMemoryLoader(load: () => Promise<LoadedData>): DataLoader {
  return { link: load, entity: async (id) => (await load()).index.get(id), full: load };
}
