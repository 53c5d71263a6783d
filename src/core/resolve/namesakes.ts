// Whether an article writes a surname after a given name other than the one person it is meant to
// stand for: "Naina Yeltsin", "Carlos F. Chamorro", "Gabriela de Bukele", "Francisco Ruiz-Tagle".
// Then the surname alone may be that other person, however famous the first.
import { COMMON_WORDS, PERSON_NAME_PARTICLES } from '../match/common-words';
import type { AliasMatch, ScanResult } from '../match/load';
import type { Tokens } from '../match/tokenize';
import { HONORIFICS, TITLE_HEADS, TITLE_QUALIFIERS } from './titles';

/** What may stand between two words of one name: spaces, a hyphen ("Ruiz-Tagle"), an initial's stop ("F. Chamorro"). */
const NAME_GAP = /^(?:[ \t\u00a0]+|-)$/;
const INITIAL_GAP = /^\.[ \t\u00a0]+$/;

/** The word before word i that makes it part of a longer name, or -1: a capitalised word, skipping particles. */
function givenBefore(tokens: Tokens, i: number): number {
  let j = i - 1;
  while (j >= 0 && PERSON_NAME_PARTICLES.has(tokens.key(j)) && NAME_GAP.test(tokens.gap(j, j + 1))) j--;
  if (j < 0 || !tokens.capitalised(j)) return -1;
  const gap = tokens.gap(j, j + 1);
  const initial = tokens.end(j) - tokens.start(j) === 1 && INITIAL_GAP.test(gap);
  if (!NAME_GAP.test(gap) && !initial) return -1;
  const key = tokens.key(j);
  // "President Tebboune", "Mr Boric", "Yesterday Maduro said": a title or an everyday word, not a given name.
  if (/^\d/.test(key) || TITLE_HEADS.has(key) || TITLE_QUALIFIERS.has(key) || HONORIFICS.has(key) || COMMON_WORDS.has(key)) return -1;
  return j;
}

/**
 * Whether the words of `m` appear anywhere in the text after a given name that is not part of a name
 * the dataset gives `entityId` in full (its own "Gabriel Boric" does not count; "Francisco Ruiz-Tagle"
 * does, though "Ruiz-Tagle" is a surname of Eduardo Frei Ruiz-Tagle's).
 */
export function borneByAnother(scan: ScanResult, m: AliasMatch, entityId: string): boolean {
  const words = scan.tokens.keys(m.first, m.end);
  // Each occurrence of a leader's surname asks the same of the whole text: answered once per article.
  let known = answers.get(scan);
  if (!known) answers.set(scan, (known = new Map()));
  const key = `${entityId} ${words.join(' ')}`;
  let answer = known.get(key);
  if (answer === undefined) known.set(key, (answer = searchText(scan, words, entityId)));
  return answer;
}

const answers = new WeakMap<ScanResult, Map<string, boolean>>();

function searchText(scan: ScanResult, words: string[], entityId: string): boolean {
  const { tokens } = scan;
  const length = words.length;
  const own = new Set<number>();
  for (const other of scan.matches) if (other.end - other.first > length && other.entries.some((e) => e.entityId === entityId && e.kind === 'name')) own.add(other.end);
  for (let p = 0; p + length <= tokens.length; p++) {
    let same = true;
    for (let k = 0; k < length && same; k++) same = tokens.keyEquals(p + k, words[k]!);
    if (!same || givenBefore(tokens, p) === -1) continue;
    if (!own.has(p + length)) return true;
  }
  return false;
}
