// One tokeniser for both sides of matching: aliases are tokenised with it at build time and article
// text at run time, so whatever folding it does (case, diacritics, apostrophes, hyphens, possessives)
// is applied identically and a match is an exact comparison of word keys.

/** A word of the text: [start, end) in UTF-16 offsets, and its folded key. */
export interface Token {
  start: number;
  end: number;
  key: string;
}

const enum CharClass {
  Unknown = 0,
  Other = 2,
  /** Han, kana: scripts written without spaces, so each character is a word of its own. */
  Ideograph = 3,
  Apostrophe = 4,
  /** A combining mark: part of whatever word it follows. */
  Mark = 8,
  /** Word characters, by script: a change of script ends a word ("Afghanistan" + an Arabic label glued to it). */
  Word = 16,
  WordArabic = 17,
  WordCyrillic = 18,
  WordOther = 19,
}

function isWord(c: CharClass): boolean {
  return c >= CharClass.Mark;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const LATIN_OR_COMMON = /[\p{Script=Latin}\p{Script=Common}]/u;
const ARABIC = /\p{Script=Arabic}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const IDEOGRAPH = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// ' ’ ʼ ` ‘ ′: news text and transliterations use them interchangeably ("Mu'ammar", "Mu’ammar").
const APOSTROPHES = new Set([0x27, 0x2019, 0x2bc, 0x60, 0x2018, 0x2032]);
const COMBINING_MARK = /\p{M}/gu;
// Arabic tatweel (elongation) is decoration, never part of a name.
const TATWEEL = /\u0640/g;

const classes = new Uint8Array(0x10000);

function classify(code: number): CharClass {
  let c = classes[code] as CharClass;
  if (c !== CharClass.Unknown) return c;
  if (APOSTROPHES.has(code)) c = CharClass.Apostrophe;
  // Astral characters (emoji, rare ideographs) never spell a name in the dataset.
  else if (code >= 0xd800 && code <= 0xdfff) c = CharClass.Other;
  else {
    const ch = String.fromCharCode(code);
    c = IDEOGRAPH.test(ch) ? CharClass.Ideograph : MARK.test(ch) ? CharClass.Mark : WORD_CHAR.test(ch) ? scriptOf(ch) : CharClass.Other;
  }
  classes[code] = c;
  return c;
}

function scriptOf(ch: string): CharClass {
  if (LATIN_OR_COMMON.test(ch)) return CharClass.Word;
  if (ARABIC.test(ch)) return CharClass.WordArabic;
  return CYRILLIC.test(ch) ? CharClass.WordCyrillic : CharClass.WordOther;
}

// Letters that NFD does not decompose but readers treat as their base letter, and Arabic letter
// variants that spellings of the same name mix freely (hamza forms of alef, alef maqsura).
const EXTRA_FOLDS: Record<string, string> = {
  ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h',
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي',
};
const EXTRA_FOLD_RE = new RegExp(`[${Object.keys(EXTRA_FOLDS).join('')}]`, 'g');

function isAsciiLowerable(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Case-, diacritic- and apostrophe-insensitive key of one word. */
export function foldWord(raw: string): string {
  let s = raw;
  if (isAsciiLowerable(s)) {
    s = s.toLowerCase();
    return s.includes("'") || s.includes('`') ? s.replace(/['`]/g, '') : s;
  }
  s = s.normalize('NFD').replace(COMBINING_MARK, '').replace(TATWEEL, '').toLowerCase();
  s = s.replace(EXTRA_FOLD_RE, (m) => EXTRA_FOLDS[m] ?? m);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (!APOSTROPHES.has(code)) out += s[i];
  }
  return out;
}

/**
 * The same letters with diacritics and apostrophes removed but case kept: what "only as written"
 * compares for acronyms (US vs us, AFP vs Afp), independent of punctuation inside the span.
 */
export function caseForm(raw: string): string {
  let out = '';
  const s = isAsciiLowerable(raw) ? raw : raw.normalize('NFD').replace(COMBINING_MARK, '');
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const c = code < 0x80 ? asciiClass(code) : classify(code);
    if (isWord(c) || c === CharClass.Ideograph) out += s[i];
  }
  return out;
}

function asciiClass(code: number): CharClass {
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return CharClass.Word;
  return APOSTROPHES.has(code) ? CharClass.Apostrophe : CharClass.Other;
}

function charClass(code: number): CharClass {
  return code < 0x80 ? asciiClass(code) : classify(code);
}

/** True when the apostrophe at `i` starts a possessive ending ('s or a bare trailing '): "Kremlin's". */
function isPossessive(text: string, i: number): boolean {
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
  if (next === 0x73 /* s */ || next === 0x53 /* S */) {
    const after = i + 2 < text.length ? charClass(text.charCodeAt(i + 2)) : CharClass.Other;
    return !isWord(after) && after !== CharClass.Ideograph;
  }
  return next < 0 || !isWord(charClass(next));
}

/**
 * Splits text into words. Hyphens, dots and spaces all separate words, so "Al-Qaeda", "al Qaeda"
 * and "AL-QAEDA" give the same keys; apostrophes inside a word vanish ("O'Brien" → "obrien") and a
 * possessive ending is left out of the word ("Kremlin's" → "kremlin", ending before the apostrophe).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = charClass(text.charCodeAt(i));
    if (c === CharClass.Ideograph) {
      tokens.push({ start: i, end: i + 1, key: foldWord(text[i] as string) });
      i++;
      continue;
    }
    if (!isWord(c) || c === CharClass.Mark) {
      i++;
      continue;
    }
    const start = i;
    let end = i + 1;
    let j = i + 1;
    while (j < n) {
      const cj = charClass(text.charCodeAt(j));
      if (cj === c || cj === CharClass.Mark) {
        end = ++j;
      } else if (cj === CharClass.Apostrophe && !isPossessive(text, j)) {
        j++;
      } else break;
    }
    tokens.push({ start, end, key: foldWord(text.slice(start, end)) });
    // Skip a possessive ending so its "s" is not read as a word.
    i = j < n && charClass(text.charCodeAt(j)) === CharClass.Apostrophe ? skipPossessive(text, j) : j;
  }
  return tokens;
}

function skipPossessive(text: string, i: number): number {
  const next = text.charCodeAt(i + 1);
  return next === 0x73 || next === 0x53 ? i + 2 : i + 1;
}

/** Whether a word starts with a capital letter, or is in a script without case (Arabic, Han). */
export function isCapitalised(text: string, token: Token): boolean {
  const ch = text[token.start] as string;
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  const lower = ch.toLowerCase();
  return lower !== ch || ch.toUpperCase() === lower;
}

/** Whether every cased letter of the word is upper case ("AFP", "US", "LONDON"). */
export function isAllCaps(text: string, token: Token): boolean {
  const raw = text.slice(token.start, token.end);
  return raw.toUpperCase() === raw && raw.toLowerCase() !== raw;
}
