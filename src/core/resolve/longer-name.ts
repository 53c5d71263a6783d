// A surname or a one-word name inside a longer capitalised name is that other name's word: "Khan" in
// "Ulugh Khan" after "Aziz Khan" was mentioned, "Commonwealth" in "Commonwealth Games", "Francis" in
// "Edward Francis Small Teaching Hospital". Titles before a name ("Foreign Minister Lavrov", "Taliban
// Interior Minister") and title-case headlines, where every word has a capital, do not count.
import { COMMON_WORDS, PERSON_NAME_PARTICLES } from '../match/common-words';
import type { Tokens } from '../match/tokenize';
import { isDateAfterName } from './calendar';
import { opensSentence } from './surface';
import { HONORIFICS, TITLE_HEADS, TITLE_QUALIFIERS } from './titles';

/** A line this capitalised is a title-case headline, where capitals say nothing about names. */
const TITLE_CASE_SHARE = 0.7;
/** Shorter lines are too few words to judge. */
const MIN_TITLE_CASE_WORDS = 3;
const SPACE_ONLY = /^[ \t\u00a0]+$/;

/** A romanised Chinese or Korean syllable is at most this long ("Huang", "chao", "yeol"). */
const MAX_SYLLABLE_WORD = 5;
/** Lower-case words that follow a name with a hyphen in English compounds: "Biden-led", "Trump-era". */
const ENGLISH_COMPOUND_HEADS = new Set(['led', 'era', 'run', 'like', 'type', 'style', 'based', 'backed', 'owned', 'linked', 'allied', 'aligned', 'born']);

/**
 * Words that follow a leader's name to make their government ("the Kishida Cabinet", "the Trump
 * Administration"): the name is still the person's, not part of a longer name.
 */
const LEADER_GOVERNMENT_WORDS = new Set(['cabinet', 'administration', 'government', 'presidency', 'regime', 'era', 'doctrine']);

/** "Disney+", "ESPN+", "Canal+": a plus sign right after a name makes a service's name of it. */
const BRAND_SUFFIX = '+';

const isTitleWord = (key: string) => TITLE_HEADS.has(key) || TITLE_QUALIFIERS.has(key) || HONORIFICS.has(key);

export class LongerNames {
  /** Per line start offset: whether that line is in title case. */
  private readonly titleCaseLines = new Map<number, boolean>();

  /** `givenName(i)`: whether the dataset knows word i as someone's given name ("Hunter", "Rose"). */
  constructor(
    private readonly tokens: Tokens,
    private readonly givenName: (i: number) => boolean = () => false,
  ) {}

  /** Whether word i, next to the name with only spaces between (`gap`), is a capitalised word of a longer name. */
  private capitalNeighbour(i: number, gap: string, before: boolean): boolean {
    const { tokens } = this;
    if (!SPACE_ONLY.test(gap) || !tokens.capitalised(i)) return false;
    const key = tokens.key(i);
    if (/^\d/.test(key) || isTitleWord(key) || (!before && (isDateAfterName(tokens, i) || LEADER_GOVERNMENT_WORDS.has(key)))) return false;
    // A capitalised everyday word before a name is a sentence start ("Yesterday Lavrov said"), unless
    // inside a sentence it is someone's given name: "Hunter Biden" is not Joe Biden.
    return !(before && COMMON_WORDS.has(key) && (opensSentence(tokens, i) || !this.givenName(i)));
  }

  /**
   * "Suleiman al-Amr", "Ursula von der Leyen": a person's name particle after a name carries it on
   * into the next capitalised word; English joiners ("of", "and") begin other phrases.
   */
  private particleThenName(i: number): boolean {
    const { tokens } = this;
    let j = i;
    while (j < tokens.length && PERSON_NAME_PARTICLES.has(tokens.key(j)) && tokens.spacedOrHyphenated(j - 1)) j++;
    return j > i && j < tokens.length && tokens.spacedOrHyphenated(j - 1) && tokens.capitalised(j);
  }

  private isTitleCaseLine(at: number): boolean {
    const { text } = this.tokens;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    let cached = this.titleCaseLines.get(lineStart);
    if (cached !== undefined) return cached;
    const lineEnd = (text.indexOf('\n', at) + 1 || text.length + 1) - 1;
    let words = 0;
    let capitals = 0;
    for (let i = this.firstTokenAt(lineStart); i < this.tokens.length; i++) {
      if (this.tokens.start(i) >= lineEnd) break;
      words++;
      if (this.tokens.capitalised(i)) capitals++;
    }
    cached = words >= MIN_TITLE_CASE_WORDS && capitals / words >= TITLE_CASE_SHARE;
    this.titleCaseLines.set(lineStart, cached);
    return cached;
  }

  private firstTokenAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens.start(mid) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * "Huang Ming" in "Huang Ming-chao": two short words whose last runs on, hyphenated and lower case,
   * into the second syllable of a Chinese or Korean given name. English compounds ("Joe Biden-led")
   * end the name.
   */
  private hyphenatedGivenName(first: number, end: number): boolean {
    const { tokens } = this;
    if (end - first !== 2 || end >= tokens.length || tokens.gap(end - 1, end) !== '-') return false;
    const short = (i: number) => tokens.end(i) - tokens.start(i) <= MAX_SYLLABLE_WORD;
    return short(first) && short(first + 1) && short(end) && !tokens.capitalised(end) && !ENGLISH_COMPOUND_HEADS.has(tokens.key(end));
  }

  /** Whether words [first, end) continue into capitalised words before or after them. */
  continues(first: number, end: number): { before: boolean; after: boolean } {
    const { tokens } = this;
    const before = first > 0 && this.capitalNeighbour(first - 1, tokens.gap(first - 1, first), true);
    const after = tokens.text[tokens.end(end - 1)] === BRAND_SUFFIX || (end < tokens.length && (this.capitalNeighbour(end, tokens.gap(end - 1, end), false) || this.particleThenName(end) || this.hyphenatedGivenName(first, end)));
    if ((before || after) && this.isTitleCaseLine(tokens.start(first))) return { before: false, after: false };
    return { before, after };
  }
}
