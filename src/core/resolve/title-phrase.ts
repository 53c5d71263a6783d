// A body's name inside a title ("Member of Parliament", "Chief Cabinet Secretary", "Supreme Court
// Justice") names an office, not the body acting, and after another capitalised word ("the 18th
// National Congress") it is part of a longer name: a generic institution name there is not linked by
// the article's country alone. After "state" or "provincial" ("the state Assembly") it is a region's
// body, never the nation's.
import type { Tokens } from '../match/tokenize';
import { TITLE_HEADS, TITLE_QUALIFIERS } from './titles';

/** Words that make "<word> of Parliament" an office: "Member of Parliament", "Speaker of the House". */
const OFFICE_OF = new Set(['member', 'members', 'speaker', 'clerk', 'president', 'secretary', 'minister', 'leader']);
/** Words after a body's name that make it an office or a part: "Cabinet Secretary", "Parliament member". */
const AFTER = new Set([...TITLE_HEADS, 'member', 'members', 'secretariat', 'office']);

/** Words that make a generic body a region's: "the state Assembly", "a county Court". */
const REGIONAL = new Set(['state', 'provincial', 'regional', 'county', 'district', 'municipal', 'city', 'local', 'territorial', 'prefectural']);

const spaced = (tokens: Tokens, a: number) => a >= 0 && a + 1 < tokens.length && /^[ \t\u00a0]+$/.test(tokens.gap(a, a + 1));

/** Whether the words [first, end) stand inside a title phrase or a longer name. */
export function inTitlePhrase(tokens: Tokens, first: number, end: number): boolean {
  let before = first - 1;
  // "Member of the Parliament": look past "the".
  if (before >= 0 && tokens.key(before) === 'the' && spaced(tokens, before)) before--;
  if (spaced(tokens, before)) {
    const word = tokens.key(before);
    if (TITLE_HEADS.has(word) || TITLE_QUALIFIERS.has(word) || tokens.capitalised(before)) return true;
    if (word === 'of' && spaced(tokens, before - 1) && OFFICE_OF.has(tokens.key(before - 1))) return true;
  }
  return spaced(tokens, end - 1) && AFTER.has(tokens.key(end));
}

/** Whether a region's word stands before word `first` ("the state Assembly", "a county Court"). */
export function afterRegionalWord(tokens: Tokens, first: number): boolean {
  return spaced(tokens, first - 1) && REGIONAL.has(tokens.key(first - 1));
}
