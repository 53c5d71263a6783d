// Names of people and organisations that the dataset lacks: reported (never linked) so the reader
// can be told "not in the dataset" and coverage can be measured. Only runs of capitalised words that
// look like a person (a title before, a known given name first) or an organisation (an
// organisation word inside) are reported; other capitalised runs (places, events, works) are not.
import type { Matcher } from '../match/load';
import { COMMON_WORDS, NAME_PARTICLES } from '../match/common-words';
import { isCapitalised, type Token } from '../match/tokenize';
import { inAllCapsRun } from './surface';
import { HONORIFICS, isHonorific, titleBefore } from './titles';

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
// Words that start sentences and headlines in capitals without being part of a name.
const LEADING_NOISE = new Set([...COMMON_WORDS].filter((w) => w.length <= 5 || /day$|ary$|ber$/.test(w)));
/** Longest run read as a person's name; longer capitalised runs are titles of works or headlines. */
const MAX_PERSON_WORDS = 4;
const MAX_ORG_WORDS = 8;
/** Lower-case words that join the parts of an organisation's name ("Bank of England") but never a person's. */
const JOINERS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', 'to', 'a']);

/** Only spaces or a hyphen between two words of one name; punctuation ends it. */
function joined(text: string, a: Token, b: Token): boolean {
  return /^(?:[ \t\u00a0]+|-)$/.test(text.slice(a.end, b.start));
}

function startsWithDigit(text: string, t: Token): boolean {
  const code = text.charCodeAt(t.start);
  return code >= 48 && code <= 57;
}

function runs(text: string, tokens: Token[], covered: Uint8Array): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (covered[i] || !isCapitalised(text, tokens[i]!) || startsWithDigit(text, tokens[i]!)) {
      i++;
      continue;
    }
    let end = i + 1;
    let j = i + 1;
    while (j < tokens.length && !covered[j] && joined(text, tokens[j - 1]!, tokens[j]!)) {
      const t = tokens[j]!;
      if (isCapitalised(text, t) && !startsWithDigit(text, t)) end = ++j;
      else if (NAME_PARTICLES.has(t.key)) j++;
      else break;
    }
    // One capitalised word is a sentence start as often as a name; a titled one ("Mr Smith") is two.
    if (end - i >= 2) out.push([i, end]);
    i = Math.max(end, i + 1);
  }
  return out;
}

function kindOf(tokens: Token[], first: number, end: number, titled: boolean, matcher: Matcher): UnknownName['kind'] | undefined {
  const words = tokens.slice(first, end);
  if (words.some((t) => ORG_WORDS.has(t.key)) && end - first >= 2 && end - first <= MAX_ORG_WORDS) return 'organization';
  if (end - first > MAX_PERSON_WORDS || words.some((t) => ORG_WORDS.has(t.key))) return undefined;
  if (titled) return 'person';
  const givenFirst = matcher.lookup([words[0]!.key]).some((e) => e.kind === 'given');
  const plain = words.every((t) => !COMMON_WORDS.has(t.key));
  return end - first >= 2 && givenFirst && plain ? 'person' : undefined;
}

/** Person- and organisation-like names outside the spans the dataset already names. */
export function findUnknown(text: string, tokens: Token[], taken: Array<{ start: number; end: number }>, matcher: Matcher): UnknownName[] {
  const covered = new Uint8Array(tokens.length);
  let k = 0;
  const spans = [...taken].sort((a, b) => a.start - b.start);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (k < spans.length && spans[k]!.end <= t.start) k++;
    if (k < spans.length && spans[k]!.start < t.end) covered[i] = 1;
  }
  const out: UnknownName[] = [];
  const queue = runs(text, tokens, covered);
  for (let r = queue.shift(); r; r = queue.shift()) {
    let [first, end] = r;
    if (inAllCapsRun(text, tokens, first, end)) continue;
    let titled = titleBefore(text, tokens, first) !== undefined || isHonorific(text, tokens, first);
    while (first < end && (LEADING_NOISE.has(tokens[first]!.key) || HONORIFICS.has(tokens[first]!.key) || NAME_PARTICLES.has(tokens[first]!.key))) {
      if (HONORIFICS.has(tokens[first]!.key)) titled = true;
      first++;
    }
    while (end > first && NAME_PARTICLES.has(tokens[end - 1]!.key)) end--;
    if (first >= end) continue;
    titled ||= titleBefore(text, tokens, first) !== undefined;
    // "John Smith of the Ministry of Magic": a person before a joining word is a name of its own.
    const joiner = tokens.slice(first, end).findIndex((t) => JOINERS.has(t.key));
    if (joiner > 0 && kindOf(tokens, first, first + joiner, titled, matcher) === 'person') {
      queue.unshift([first + joiner, end]);
      end = first + joiner;
    }
    const kind = kindOf(tokens, first, end, titled, matcher);
    if (!kind) continue;
    const start = tokens[first]!.start;
    const stop = tokens[end - 1]!.end;
    out.push({ start, end: stop, text: text.slice(start, stop), kind });
  }
  return out;
}
