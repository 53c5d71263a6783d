// Where a report credits a news agency: the dateline's "(PTI) -" and a quote's "told IPS". The
// agencies' acronyms are other things elsewhere (Pakistan's PTI, the Indian Police Service), so
// only these two places say that an agency is meant.
import type { Tokens } from '../match/tokenize';

/** Verbs after which a news agency is the one spoken to. */
const SPOKEN_TO = new Set(['told']);

/** The first character other than a space before `at` (going back) or from `at` on. */
function neighbour(text: string, at: number, step: -1 | 1): string | undefined {
  for (let i = at; i >= 0 && i < text.length; i += step) if (text[i] !== ' ') return text[i];
  return undefined;
}

/** Whether the words [first, end) are written as an agency's credit: "(IPS)" alone, or after "told". */
export function isCredit(tokens: Tokens, first: number, end: number): boolean {
  if (neighbour(tokens.text, tokens.start(first) - 1, -1) === '(' && neighbour(tokens.text, tokens.end(end - 1), 1) === ')') return true;
  return first > 0 && SPOKEN_TO.has(tokens.key(first - 1));
}
