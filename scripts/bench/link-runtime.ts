// The run-time half of the linker benchmark, in a worker thread of its own: like the extension's
// background, it loads the compiled matcher and the entities and links text, and has never compiled
// a matcher. (Compiling tokenises 74,000 aliases in a dozen scripts; in the same thread that leaves
// the engine's compiled tokeniser general enough to scan article text at half speed, a cost the
// extension never pays.) The Aho-Corasick package and compromise are measured in the same thread.
import { parentPort, workerData } from 'node:worker_threads';
import AhoCorasick from 'ahocorasick';
import nlp from 'compromise';
import type { Entity } from '../../src/core/dataset/schema';
import { linkText } from '../../src/core/link/index';
import { loadMatcher } from '../../src/core/match/load';
import { medianMs, timeOnce } from './timing';

export interface RuntimeInput {
  matcherBytes: Uint8Array;
  entities: Entity[];
  /** The same aliases the matcher was compiled from, lower-cased, for the Aho-Corasick package. */
  aliasNames: string[];
  texts: Array<{ name: string; text: string; date?: string }>;
}

export interface TextTimes {
  name: string;
  words: number;
  matchMs: number;
  linkMs: number;
  compromiseMs: number;
  ahoMs: number;
}

export interface RuntimeResult {
  aliases: number;
  firstReadyMs: number;
  readyMs: number;
  ahoBuildMs: number;
  texts: TextTimes[];
}

function run({ matcherBytes, entities, aliasNames, texts }: RuntimeInput): RuntimeResult {
  // The first load is what a fresh background worker pays; later ones show the steady cost.
  const first = timeOnce(() => loadMatcher(matcherBytes));
  const readyMs = medianMs(() => loadMatcher(matcherBytes), 7, 1);
  const matcher = first.value;
  const byId = new Map(entities.map((e) => [e.id, e]));
  const deps = { matcher, entity: (id: string) => byId.get(id) };
  const aho = timeOnce(() => new AhoCorasick(aliasNames));
  return {
    aliases: matcher.aliasCount,
    firstReadyMs: first.ms,
    readyMs,
    ahoBuildMs: aho.ms,
    texts: texts.map(({ name, text, date }) => ({
      name,
      words: text.split(/\s+/).filter(Boolean).length,
      matchMs: medianMs(() => matcher.scan(text)),
      linkMs: medianMs(() => linkText({ text, ...(date ? { date } : {}), language: 'en' }, deps)),
      compromiseMs: medianMs(() => { const doc = nlp(text); doc.people().out('array'); doc.organizations().out('array'); }, 5, 2),
      // The package matches exact strings: it is given the text lower-cased, as its aliases are.
      ahoMs: medianMs(() => aho.value.search(text.toLowerCase())),
    })),
  };
}

parentPort?.postMessage(run(workerData as RuntimeInput));
