// Month and weekday names that are also people's names ("May", "March", "June", "Friday"): written
// as a date ("24 May", "May 24", "early May", "in May", "on Friday") they are the calendar, even in an
// article that names Theresa May in full.
import type { Tokens } from '../match/tokenize';

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/**
 * Words right before a month that make it a date. Left out on purpose: "by", "from", "between" and a
 * bare "of", which as often come before a person ("a speech by May", "the fall of May").
 */
const BEFORE_MONTH = new Set(['early', 'late', 'mid', 'in', 'since', 'until', 'till', 'during', 'through', 'last', 'next', 'this', 'throughout']);
/** "the end of May", "the 24th of May": a month after "of" only after these (or a day number). */
const BEFORE_OF_MONTH = new Set(['end', 'beginning', 'start', 'middle', 'half', 'part', 'month', 'days', 'weeks']);
const BEFORE_WEEKDAY = new Set(['on', 'last', 'next', 'this', 'every', 'since', 'until', 'early', 'late']);
/** A day of the month ("24", "24th") or a year ("2019"). */
const DAY_OR_YEAR = /^(?:(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?|1[89]\d\d|20\d\d)$/;

/** Word i and word i + 1 are written together: spaces, or a hyphen as in "mid-May". */
function joined(tokens: Tokens, i: number): boolean {
  return i >= 0 && i + 1 < tokens.length && tokens.spacedOrHyphenated(i);
}

const isDayOrYear = (tokens: Tokens, i: number) => DAY_OR_YEAR.test(tokens.key(i));

/** Whether word i names a month or a weekday, whoever else bears the name ("the June Nato summit"). */
export function isCalendarWord(tokens: Tokens, i: number): boolean {
  return MONTHS.has(tokens.key(i)) || WEEKDAYS.has(tokens.key(i));
}

/**
 * Whether the word at `i`, right after a name, is a date rather than more of the name: American style
 * puts the day straight after it ("at the National Assembly Tuesday", "told Congress May 5").
 */
export function isDateAfterName(tokens: Tokens, i: number): boolean {
  return WEEKDAYS.has(tokens.key(i)) || (MONTHS.has(tokens.key(i)) && joined(tokens, i) && isDayOrYear(tokens, i + 1));
}

/** Whether the one word at `i` is a month or weekday written as a date. */
export function isCalendarDate(tokens: Tokens, i: number): boolean {
  const word = tokens.key(i);
  const before = joined(tokens, i - 1) ? tokens.key(i - 1) : undefined;
  if (WEEKDAYS.has(word)) return before !== undefined && BEFORE_WEEKDAY.has(before);
  if (!MONTHS.has(word)) return false;
  if (joined(tokens, i) && isDayOrYear(tokens, i + 1)) return true;
  if (before === undefined) return false;
  if (BEFORE_MONTH.has(before) || isDayOrYear(tokens, i - 1)) return true;
  return before === 'of' && joined(tokens, i - 2) && (BEFORE_OF_MONTH.has(tokens.key(i - 2)) || isDayOrYear(tokens, i - 2));
}
