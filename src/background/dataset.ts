// The dataset and matcher live with the background, loaded on the first question and kept while
// the worker lives: pages that are not articles never pay for them.
import type { DatasetIndex } from '../core/dataset/bundle';
import { parseBundle } from '../core/dataset/bundle';
import type { Matcher } from '../core/match/load';
import { loadMatcher } from '../core/match/load';

export type LoadedData = { index: DatasetIndex; matcher: Matcher };
/** Fetches one of the extension's own files as a byte stream. */
export type FetchStream = (path: string) => Promise<ReadableStream<Uint8Array>>;

/** Both files ship gzip-compressed (see scripts/build-data.ts). */
async function inflate(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  // TypeScript's DOM types declare the writable side as BufferSource; bytes are what flows here.
  const gunzip = new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>;
  return new Uint8Array(await new Response(stream.pipeThrough(gunzip)).arrayBuffer());
}

export function createDataLoader(fetchStream: FetchStream) {
  let loading: Promise<LoadedData> | undefined;
  return function load(): Promise<LoadedData> {
    loading ??= (async () => {
      const [bundle, matcher] = await Promise.all([
        fetchStream('data/dataset.json.gz').then(inflate),
        fetchStream('data/matcher.bin.gz').then(inflate),
      ]);
      // Validated at load and failing closed: a corrupt bundle shows nothing rather than wrong facts.
      const index = parseBundle(JSON.parse(new TextDecoder().decode(bundle)));
      return { index, matcher: loadMatcher(matcher) };
    })();
    // A failed load is not cached, so the next question tries again.
    loading.catch(() => (loading = undefined));
    return loading;
  };
}
