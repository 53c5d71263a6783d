// The dataset and matcher live with the background, loaded on the first question and kept while
// the worker lives: pages that are not articles never pay for them.
import type { DatasetIndex } from '../core/dataset/bundle';
import { parseBundle } from '../core/dataset/bundle';
import type { Matcher } from '../core/match/load';
import { loadMatcher } from '../core/match/load';

export type LoadedData = { index: DatasetIndex; matcher: Matcher };
export type FetchBytes = (path: string) => Promise<ArrayBuffer>;

export function createDataLoader(fetchBytes: FetchBytes) {
  let loading: Promise<LoadedData> | undefined;
  return function load(): Promise<LoadedData> {
    loading ??= (async () => {
      const [bundle, matcher] = await Promise.all([fetchBytes('data/dataset.json'), fetchBytes('data/matcher.bin')]);
      // Validated at load and failing closed: a corrupt bundle shows nothing rather than wrong facts.
      const index = parseBundle(JSON.parse(new TextDecoder().decode(bundle)));
      return { index, matcher: loadMatcher(new Uint8Array(matcher)) };
    })();
    // A failed load is not cached, so the next question tries again.
    loading.catch(() => (loading = undefined));
    return loading;
  };
}
