// Run-time side of the matcher: views over the compiled bytes and a linear scan of the text. For each
// word of the text the trie is walked while the following words continue an alias, so the cost is the
// number of words times the (short) alias length, independent of how many aliases there are.
import { type AliasEntry, decodeFlags } from './alias-kind';
import { decodeTables, type MatcherTables } from './format';
import { hashKey, type Tokens, tokenize } from './tokenize';

/** Hash table slots: a power of two at least twice the words, so probes stay short. */
function tableSize(words: number): number {
  let size = 16;
  while (size < words * 2) size *= 2;
  return size;
}

/** A run of words [first, end) of the text that spells at least one alias. */
export interface AliasMatch {
  first: number;
  end: number;
  entries: AliasEntry[];
}

export interface ScanResult {
  tokens: Tokens;
  /** Every alias occurrence, nested ones included, ordered by first word then by length. */
  matches: AliasMatch[];
}

export interface Matcher {
  readonly entityCount: number;
  readonly aliasCount: number;
  scan(text: string): ScanResult;
  /** The aliases spelt exactly by these words, if any. */
  lookup(keys: readonly string[]): AliasEntry[];
}

/**
 * What may stand between two words of one name: spaces, a hyphen or dash, an abbreviation's dot, an
 * ampersand, an apostrophe, and a possessive "'s", which the words leave out ("National People's
 * Congress" reads as "national people congress", as its alias does). Brackets, quotes, commas and
 * line breaks end a name ("Russia (1)" is not the channel "Russia-1"; "Moscow, Putin" is not one name).
 */
const NAME_GAP_CHARS: ReadonlySet<number> = new Set([...' \t\u00a0-\u2010\u2011\u2013.&\'\u2019'].map((c) => c.charCodeAt(0)));
const MAX_NAME_GAP = 4;
const DOT = 0x2e;
const DASHES: ReadonlySet<number> = new Set([...'-\u2010\u2011\u2013'].map((c) => c.charCodeAt(0)));
const SPACED_HYPHEN_AFTER: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'an', 'ar', 'as', 'ash', 'at', 'az', 'ul', 'ur']);
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const LOWER_S = 0x73;
/** A dot inside a name follows an initial or an abbreviation ("George W. Bush", "St. Petersburg"); after a longer word it ends a sentence. */
const MAX_ABBREVIATION_LENGTH = 3;

/** Read char by char, not by a regular expression on a slice: it runs for every word that continues an alias. */
function joinsName(tokens: Tokens, a: number): boolean {
  const from = tokens.end(a);
  const to = tokens.start(a + 1);
  if (to - from > MAX_NAME_GAP) return false;
  let space = false;
  let dash = false;
  for (let k = from; k < to; k++) {
    const code = tokens.text.charCodeAt(k);
    if ((code === APOSTROPHE || code === RIGHT_QUOTE) && k === from && (tokens.text.charCodeAt(k + 1) | 0x20) === LOWER_S) k++;
    else if (!NAME_GAP_CHARS.has(code) || (code === DOT && from - tokens.start(a) > MAX_ABBREVIATION_LENGTH)) return false;
    else if (DASHES.has(code)) dash = true;
    else if (code === 0x20 || code === 0x09 || code === 0xa0) space = true;
  }
  // A dash between spaces is punctuation, not a hyphen: "CRICKET - AUSTRALIA" is a headline's topic
  // and place. After an Arabic article it is a hyphen spaced out ("Mustafa Al - Kadhimi").
  return to > from && !(dash && space && !SPACED_HYPHEN_AFTER.has(tokens.key(a)));
}

/** Above this many edges a node is searched by bisection instead of a linear scan. */
const LINEAR_EDGE_LIMIT = 8;

class TrieMatcher implements Matcher {
  /** Open-addressing hash table of word ids by hashKey, so text words are found without making strings. */
  private readonly slots: Int32Array;
  private readonly wordHash: Uint32Array;
  private readonly rootChild: Int32Array;
  private readonly decoded = new Map<number, AliasEntry[]>();

  constructor(private readonly t: MatcherTables) {
    this.wordHash = Uint32Array.from(t.words, hashKey);
    this.slots = new Int32Array(tableSize(t.words.length)).fill(-1);
    const mask = this.slots.length - 1;
    for (let id = 0; id < t.words.length; id++) {
      let at = this.wordHash[id]! & mask;
      while (this.slots[at] !== -1) at = (at + 1) & mask;
      this.slots[at] = id;
    }
    // The root fans out to almost every word: index it directly.
    this.rootChild = new Int32Array(t.words.length).fill(-1);
    for (let e = t.edgeStart[0]!; e < t.edgeStart[1]!; e++) this.rootChild[t.edgeWord[e]!] = t.edgeChild[e]!;
  }

  get entityCount(): number {
    return this.t.entityIds.length;
  }

  get aliasCount(): number {
    return this.t.payloadEntity.length;
  }

  private idOfKey(key: string): number {
    const h = hashKey(key);
    const mask = this.slots.length - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const id = this.slots[at]!;
      if (id < 0) return -1;
      if (this.wordHash[id] === h && this.t.words[id] === key) return id;
    }
  }

  private child(node: number, word: number): number {
    if (node === 0) return this.rootChild[word]!;
    const { edgeStart, edgeWord, edgeChild } = this.t;
    let lo = edgeStart[node]!;
    let hi = edgeStart[node + 1]!;
    if (hi - lo <= LINEAR_EDGE_LIMIT) {
      for (let e = lo; e < hi; e++) if (edgeWord[e] === word) return edgeChild[e]!;
      return -1;
    }
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const w = edgeWord[mid]!;
      if (w === word) return edgeChild[mid]!;
      if (w < word) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  private entries(node: number): AliasEntry[] {
    let list = this.decoded.get(node);
    if (list) return list;
    const t = this.t;
    list = [];
    for (let p = t.payloadStart[node]!; p < t.payloadStart[node + 1]!; p++) {
      const c = t.payloadCase[p]!;
      list.push({ entityId: t.entityIds[t.payloadEntity[p]!]!, caseForm: c < 0 ? undefined : t.caseForms[c], ...decodeFlags(t.payloadFlags[p]!) });
    }
    this.decoded.set(node, list);
    return list;
  }

  scan(text: string): ScanResult {
    const tokens = tokenize(text);
    const ids = new Int32Array(tokens.length);
    const { slots, wordHash } = this;
    const words = this.t.words;
    const mask = slots.length - 1;
    for (let i = 0; i < tokens.length; i++) {
      const h = tokens.hash(i);
      let id = -1;
      // Open addressing, inlined: this loop runs once per word of every article.
      for (let at = h & mask; ; at = (at + 1) & mask) {
        const candidate = slots[at]!;
        if (candidate < 0) break;
        if (wordHash[candidate] === h && tokens.keyEquals(i, words[candidate]!)) {
          id = candidate;
          break;
        }
      }
      ids[i] = id;
    }
    const matches: AliasMatch[] = [];
    const { payloadStart } = this.t;
    for (let i = 0; i < tokens.length; i++) {
      let node = 0;
      for (let j = i; j < tokens.length; j++) {
        const w = ids[j]!;
        if (w < 0) break;
        node = this.child(node, w);
        // The gap is looked at only when an alias goes on with this word: most words continue none.
        if (node < 0 || (j > i && !joinsName(tokens, j - 1))) break;
        if (payloadStart[node + 1]! > payloadStart[node]!) matches.push({ first: i, end: j + 1, entries: this.entries(node) });
      }
    }
    return { tokens, matches };
  }

  lookup(keys: readonly string[]): AliasEntry[] {
    let node = 0;
    for (const key of keys) {
      const w = this.idOfKey(key);
      if (w < 0) return [];
      node = this.child(node, w);
      if (node < 0) return [];
    }
    return node === 0 ? [] : this.entries(node);
  }
}

export function loadMatcher(bytes: Uint8Array): Matcher {
  return new TrieMatcher(decodeTables(bytes));
}
