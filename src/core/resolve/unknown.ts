// Names of people and organisations that the dataset lacks: reported (never linked) so the reader
// can be told "not in the dataset" and coverage can be measured. Only capitalised words with evidence
// of a person (a title or honorific before, a known given name first, a speech verb beside, the
// surname of an unknown person named earlier) or of an organisation (an organisation word inside,
// an acronym) are reported; other capitalised runs (places, events, works) are not.
import type { Matcher } from '../match/load';
import { COMMON_WORDS, NAME_PARTICLES } from '../match/common-words';
import type { Tokens } from '../match/tokenize';
import { inAllCapsRun, opensSentence } from './surface';
import { HONORIFICS, isHonorific, TITLE_HEADS, TITLE_QUALIFIERS, titleBefore } from './titles';

export interface UnknownName {
  start: number;
  end: number;
  text: string;
  kind: 'person' | 'organization';
}

const ORG_WORDS = new Set([
  'ministry', 'party', 'council', 'bank', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc', 'group', 'association',
  'union', 'army', 'front', 'committee', 'university', 'agency', 'organization', 'organisation', 'company', 'movement',
  'network', 'court', 'commission', 'office', 'department', 'institute', 'federation', 'league', 'club', 'fc', 'brigade',
  'brigades', 'forces', 'police', 'parliament', 'assembly', 'congress', 'senate', 'government', 'authority',
  'foundation', 'fund', 'board', 'bureau', 'society', 'church', 'tribunal', 'coalition', 'alliance', 'command',
  'guard', 'battalion', 'college', 'hospital', 'exchange', 'airlines', 'airways', 'holdings', 'industries', 'bancorp',
  'ag', 'gmbh', 'sa', 'nv', 'bv', 'mission', 'cabinet', 'directorate', 'secretariat', 'news', 'times', 'post',
]);
/** Verbs of saying: the capitalised word beside one is someone speaking ("Wang said", "said Sivalingam"). */
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'wrote', 'asked', 'explained', 'noted', 'argued', 'stated', 'tweeted', 'insisted', 'recalled']);
/** All-capitals words that are not organisations: units, measures, roles, diseases, currencies. */
const NON_ORG_ACRONYMS = new Set([
  'ceo', 'cfo', 'coo', 'cto', 'gdp', 'gnp', 'covid', 'tv', 'am', 'pm', 'ok', 'id', 'pr', 'it', 'ai', 'usd', 'eur', 'gbp',
  'gmt', 'utc', 'dna', 'rna', 'hiv', 'aids', 'ngo', 'ngos', 'mp', 'mps', 'vat', 'fy', 'phd', 'atm', 'suv', 'cctv', 'lgbt',
  'lgbtq', 'vip', 'diy', 'faq', 'pdf', 'url', 'sms', 'gps', 'co2', 'kg', 'km', 'mw', 'gw', 'kwh', 'bc', 'ad', 'ps', 'st',
  'jr', 'sr', 'ii', 'iii', 'iv', 'vs', 'etc', 'ipo', 'ict', 'icu', 'ev', 'evs', 'lng', 'lpg', 'sme', 'smes', 'ceos', 'pc',
  'mou', 'pcr', 'nft', 'nfts', 'stem', 'ipl', 'odi', 'mvp', 'fm', 'hd', 'ufc', 'uv', 'gst', 'rt', 'bbq', 'cv',
]);
/** Three to six capitals: two-letter ones are states, initials and codes (WA, DD, SP) more than bodies. */
const ACRONYM_SHAPE = /^[A-Z][A-Z&]{2,5}$/;
// Words that start sentences and headlines in capitals without being part of a name.
const LEADING_NOISE = new Set([...COMMON_WORDS].filter((w) => w.length <= 5 || /day$|ary$|ber$/.test(w)));
const TITLE_WORDS = new Set([...TITLE_HEADS, ...TITLE_QUALIFIERS, ...HONORIFICS]);
/** Longest run read as a person's name; longer capitalised runs are titles of works or headlines. */
const MAX_PERSON_WORDS = 4;
const MAX_ORG_WORDS = 8;
/** Lower-case words that join the parts of an organisation's name ("Bank of England") but never a person's. */
const JOINERS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', 'to', 'a']);

function startsWithDigit(tokens: Tokens, i: number): boolean {
  const code = tokens.text.charCodeAt(tokens.start(i));
  return code >= 48 && code <= 57;
}

/** A capitalised word that is not a number: what a name is made of. */
function nameWord(tokens: Tokens, i: number): boolean {
  return tokens.capitalised(i) && !startsWithDigit(tokens, i);
}

/** Runs of capitalised words (particles allowed inside) not covered by a known name. */
function runs(tokens: Tokens, covered: Uint8Array): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (covered[i] || !nameWord(tokens, i)) {
      i++;
      continue;
    }
    let end = i + 1;
    let j = i + 1;
    while (j < tokens.length && !covered[j] && tokens.spacedOrHyphenated(j - 1)) {
      if (nameWord(tokens, j)) end = ++j;
      else if (NAME_PARTICLES.has(tokens.key(j))) j++;
      else break;
    }
    out.push([i, end]);
    i = Math.max(end, i + 1);
  }
  return out;
}

class UnknownFinder {
  readonly found: UnknownName[] = [];
  /** Last words of the unknown people named so far: "Marandi" after "Badaku Marandi". */
  private readonly surnames = new Set<string>();

  constructor(private readonly tokens: Tokens, private readonly matcher: Matcher) {}

  private speaks(first: number, end: number): boolean {
    const { tokens } = this;
    return (
      (end < tokens.length && SPEECH_VERBS.has(tokens.key(end)) && tokens.gap(end - 1, end) === ' ') ||
      (first > 0 && SPEECH_VERBS.has(tokens.key(first - 1)) && tokens.gap(first - 1, first) === ' ')
    );
  }

  private titled(first: number): boolean {
    return titleBefore(this.tokens, first) !== undefined || isHonorific(this.tokens, first);
  }

  /** A word the dataset knows as a place, a country or a people ("Chinese", "Nunavut"), not as a person. */
  private isKnownNonPerson(key: string): boolean {
    return this.matcher.lookup([key]).some((e) => e.kind === 'demonym' || e.standalone);
  }

  private oneWord(i: number, titled: boolean): UnknownName['kind'] | undefined {
    const { tokens } = this;
    const key = tokens.key(i);
    if (ACRONYM_SHAPE.test(tokens.raw(i))) {
      return NON_ORG_ACRONYMS.has(key) || inAllCapsRun(tokens, i, i + 1) ? undefined : 'organization';
    }
    if (COMMON_WORDS.has(key) || tokens.allCaps(i) || this.isKnownNonPerson(key)) return undefined;
    return titled || this.surnames.has(key) || this.speaks(i, i + 1) ? 'person' : undefined;
  }

  private severalWords(first: number, end: number, titled: boolean): UnknownName['kind'] | undefined {
    const words = this.tokens.keys(first, end);
    const orgWord = words.some((w) => ORG_WORDS.has(w));
    if (orgWord) return end - first <= MAX_ORG_WORDS ? 'organization' : undefined;
    if (end - first > MAX_PERSON_WORDS) return undefined;
    if (titled) return 'person';
    if (words.some((w) => COMMON_WORDS.has(w) || this.isKnownNonPerson(w))) return undefined;
    return this.hasKnownGivenName(first) || this.speaks(first, end) ? 'person' : undefined;
  }

  private hasKnownGivenName(first: number): boolean {
    return this.matcher.lookup([this.tokens.key(first)]).some((e) => e.kind === 'given');
  }

  private kindOf(first: number, end: number, titled: boolean): UnknownName['kind'] | undefined {
    return end - first === 1 ? this.oneWord(first, titled) : this.severalWords(first, end, titled);
  }

  /**
   * Records a name. A person's last word is remembered as a surname only when the evidence was about
   * the person (a title, a given name), not merely a speech verb beside a capitalised phrase.
   */
  private report(first: number, end: number, kind: UnknownName['kind'], titled: boolean): void {
    const { tokens } = this;
    this.found.push({ start: tokens.start(first), end: tokens.end(end - 1), text: tokens.span(first, end), kind });
    if (kind === 'person' && end - first > 1 && (titled || this.hasKnownGivenName(first))) this.surnames.add(tokens.key(end - 1));
  }

  run(first: number, end: number): void {
    const { tokens } = this;
    if (end - first > 1 && inAllCapsRun(tokens, first, end)) return;
    let titled = this.titled(first);
    while (first < end) {
      const key = tokens.key(first);
      if (!LEADING_NOISE.has(key) && !HONORIFICS.has(key) && !NAME_PARTICLES.has(key)) break;
      if (HONORIFICS.has(key) || TITLE_HEADS.has(key)) titled = true;
      first++;
    }
    while (end > first && NAME_PARTICLES.has(tokens.key(end - 1))) end--;
    if (first >= end) return;
    // "Labour Minister Thulas Nxesi": the capitalised words right after the last title are the person
    // (not "of South Africa" after "President").
    for (let p = end - 2; p >= first; p--) {
      if (!TITLE_HEADS.has(tokens.key(p))) continue;
      const plainName = (w: string, k: number) => tokens.capitalised(p + 1 + k) && !ORG_WORDS.has(w) && !COMMON_WORDS.has(w) && !TITLE_WORDS.has(w);
      if (end - p - 1 <= MAX_PERSON_WORDS && tokens.keys(p + 1, end).every(plainName)) {
        this.report(p + 1, end, 'person', true);
        return;
      }
      break;
    }
    titled ||= this.titled(first);
    // "John Smith of the Ministry of Magic": a person before a joining word is a name of its own.
    const joiner = tokens.keys(first, end).findIndex((w) => JOINERS.has(w));
    if (joiner > 0 && this.kindOf(first, first + joiner, titled) === 'person') {
      this.report(first, first + joiner, 'person', titled);
      this.run(first + joiner, end);
      return;
    }
    const kind = this.kindOf(first, end, titled);
    if (kind) this.report(first, end, kind, titled);
    // "Later Marandi left": a sentence's first word has a capital of its own; try without it.
    else if (end - first >= 2 && opensSentence(this.tokens, first)) this.run(first + 1, end);
  }
}

/** Person- and organisation-like names outside the spans the dataset already names. */
export function findUnknown(tokens: Tokens, taken: Array<{ start: number; end: number }>, matcher: Matcher): UnknownName[] {
  const covered = new Uint8Array(tokens.length);
  let k = 0;
  const spans = [...taken].sort((a, b) => a.start - b.start);
  for (let i = 0; i < tokens.length; i++) {
    while (k < spans.length && spans[k]!.end <= tokens.start(i)) k++;
    if (k < spans.length && spans[k]!.start < tokens.end(i)) covered[i] = 1;
  }
  const finder = new UnknownFinder(tokens, matcher);
  for (const [first, end] of runs(tokens, covered)) finder.run(first, end);
  return finder.found;
}
