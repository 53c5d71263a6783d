// Whether the words of the text, as written, may be the alias at all: case rules for acronyms,
// capitals for names, and the all-capitals headlines where case tells nothing.
import type { AliasEntry } from '../match/alias-kind';
import { COMMON_WORDS, NAME_PARTICLES } from '../match/common-words';
import { caseForm, type Tokens } from '../match/tokenize';

/** Acronyms this long and longer may also be written in title case by house style ("Nato", "Isis"). */
const TITLE_CASE_ACRONYM_LENGTH = 4;
/** A full stop and a space inside a name written in capitals: initials ("U. N."), not an acronym. */
const INITIALS = /\.\s/;
/** How many neighbouring words decide whether a word stands in an all-capitals line. */
const CAPS_CONTEXT = 2;
// The neighbours that matter are in the same sentence or line.
const SENTENCE_BREAK = /[.!?\n]/;

/**
 * True when the words around [first, end) are also all capitals (a headline or a shouted line), where
 * "US" may be the pronoun and "WHO" the question word.
 */
export function inAllCapsRun(tokens: Tokens, first: number, end: number): boolean {
  let caps = 0;
  let seen = 0;
  const look = (from: number, step: 1 | -1) => {
    let prev = step === 1 ? end - 1 : first;
    for (let i = from, n = 0; i >= 0 && i < tokens.length && n < CAPS_CONTEXT; i += step) {
      const gap = step === 1 ? tokens.gap(prev, i) : tokens.gap(i, prev);
      if (SENTENCE_BREAK.test(gap)) return;
      prev = i;
      if (tokens.end(i) - tokens.start(i) < 2 || !/\p{L}/u.test(tokens.raw(i))) continue;
      n++;
      seen++;
      if (tokens.allCaps(i)) caps++;
    }
  };
  look(first - 1, -1);
  look(end, 1);
  return seen > 0 && caps === seen;
}

/** Whether word i opens a sentence, a line or what follows a dateline's dash, where any word has a capital of its own. */
export function opensSentence(tokens: Tokens, i: number): boolean {
  return i === 0 || /(?:[.!?:\n]|\s[-\u2013\u2014])\W*$/.test(tokens.gap(i - 1, i));
}

/** "BA.5", "NIS 500", "CD 4": capitals before a number are a code, a variant or a currency. */
function isBeforeNumber(tokens: Tokens, end: number): boolean {
  return end < tokens.length && isDigit(tokens.text.charCodeAt(tokens.start(end))) && /^[ .\-]?$/.test(tokens.gap(end - 1, end));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Names are written with capitals: "the european union" in running text is not a mention. The part of
 * a word after a hyphen keeps the case the name gives it: "Yoon Suk-yeol", "Tsai Ing-wen".
 */
function capitalsFit(tokens: Tokens, first: number, end: number): boolean {
  let content = 0;
  for (let i = first; i < end; i++) {
    if (tokens.capitalised(i)) {
      content++;
      continue;
    }
    if (!NAME_PARTICLES.has(tokens.key(i)) && !(i > first && HYPHEN.test(tokens.gap(i - 1, i)))) return false;
  }
  return content > 0;
}

/** Hyphens that join the parts of one word, as the tokenizer leaves them between two tokens. */
const HYPHEN = /^[-\u2010\u2011]$/;

/**
 * How the words [first, end) are written, judged once for all the aliases that end there (a common
 * first name can be dozens of people's): each check runs at most once, when an alias needs it.
 */
export class Surface {
  private capitals: boolean | undefined;
  private capsLine: boolean | undefined;
  private written: string | undefined;
  private numbered: boolean | undefined;

  constructor(private readonly tokens: Tokens, private readonly first: number, private readonly end: number) {}

  private inCapsLine(): boolean {
    return (this.capsLine ??= inAllCapsRun(this.tokens, this.first, this.end));
  }

  private acronymFits(entry: AliasEntry): boolean {
    if ((this.numbered ??= isBeforeNumber(this.tokens, this.end))) return false;
    // "U. N. Smith": initials, where "U.N." is the acronym.
    if (INITIALS.test(this.tokens.text.slice(this.tokens.start(this.first), this.tokens.end(this.end - 1)))) return false;
    const written = (this.written ??= caseForm(this.tokens.span(this.first, this.end)));
    const form = entry.caseForm ?? '';
    const lower = form.toLowerCase();
    if (written !== form) {
      const titleCase = form.length >= TITLE_CASE_ACRONYM_LENGTH && written === form[0] + lower.slice(1);
      if (!titleCase || COMMON_WORDS.has(lower)) return false;
    }
    return !(COMMON_WORDS.has(lower) && this.inCapsLine());
  }

  /** Whether these words, as written, may be this alias. */
  fits(entry: AliasEntry): boolean {
    if (entry.acronym) return this.acronymFits(entry);
    if (!(this.capitals ??= capitalsFit(this.tokens, this.first, this.end))) return false;
    // A one-word name in an all-capitals headline cannot be told from a shouted word.
    return !(this.end - this.first === 1 && entry.common && this.inCapsLine());
  }
}
