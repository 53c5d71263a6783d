// Name handling shared by the source importers: normalising for comparison, turning list-style
// upper-case names into reading form, and deriving ids.

/** Lower case, no diacritics, apostrophes dropped, other punctuation as spaces: for comparing names only. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Lower-case words that stay lower case inside a name when title-casing ("bin", "al-" keep their form). */
const NAME_PARTICLES = new Set(['of', 'the', 'and', 'in', 'for', 'de', 'del', 'la', 'le', 'bin', 'ibn', 'van', 'von', 'da', 'do', 'dos', 'fi', 'wa']);

/** Regnal numbers and company forms stay in capitals: "ELIZABETH II", "RADAR MMS JSC". */
const KEEP_CAPITALS = /^(II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII|LLC|JSC|OJSC|CJSC|PJSC|OAO|ZAO|OOO|PAO|AO|NPP|SA|SARL|PLC|LP|FZE|FZCO|FZ-LLC|DMCC)$/;

/** "SERGEI VIKTOROVICH" → "Sergei Viktorovich"; leaves mixed-case words alone. */
export function titleCase(text: string): string {
  return text
    .split(/(\s+|-|\/)/)
    .map((word, i) => {
      if (!/\p{Lu}/u.test(word) || /\p{Ll}/u.test(word) || KEEP_CAPITALS.test(word)) return word;
      const lower = word.toLowerCase();
      if (i > 0 && NAME_PARTICLES.has(lower)) return lower;
      // A capital after an apostrophe begins a name part (O'Brien, N'Diaye, Arabic 'Ali, Al-'Anizi), not
      // a possessive ending (People's) nor a stop inside a word after two letters or more (Ma'afu, Nu'aimi).
      return lower.replace(/(^|['’(])(\p{L})/gu, (m, p: string, l: string, at: number) => {
        const possessive = /['’]/.test(p) && !/\p{L}/u.test(lower[at + 2] ?? '');
        const glottal = /['’]/.test(p) && /\p{L}{2}$/u.test(lower.slice(0, at));
        return possessive || glottal ? m : p + l.toUpperCase();
      });
    })
    .join('');
}

export function slug(text: string): string {
  return normaliseName(text).replace(/\s+/g, '-').slice(0, 60).replace(/-+$/, '') || 'x';
}

const SCRIPTS: [string, RegExp][] = [
  ['Cyrl', /\p{Script=Cyrillic}/u],
  ['Arab', /\p{Script=Arabic}/u],
  ['Hebr', /\p{Script=Hebrew}/u],
  ['Grek', /\p{Script=Greek}/u],
  ['Armn', /\p{Script=Armenian}/u],
  ['Geor', /\p{Script=Georgian}/u],
  ['Deva', /\p{Script=Devanagari}/u],
  ['Beng', /\p{Script=Bengali}/u],
  ['Taml', /\p{Script=Tamil}/u],
  ['Mlym', /\p{Script=Malayalam}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Khmr', /\p{Script=Khmer}/u],
  ['Hang', /\p{Script=Hangul}/u],
  ['Jpan', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hani', /\p{Script=Han}/u],
  ['Ethi', /\p{Script=Ethiopic}/u],
  ['Thaa', /\p{Script=Thaana}/u],
  ['Latn', /\p{Script=Latin}/u],
];

/** ISO 15924 code of the first script found in the text. */
export function detectScript(text: string): string | undefined {
  return SCRIPTS.find(([, re]) => re.test(text))?.[0];
}

/** Acronyms are all capitals (dots allowed): "US", "U.S.", "ISIL". */
export function isAcronym(name: string): boolean {
  return /^(?:\p{Lu}\.?){2,6}$/u.test(name) || /^(?:\p{Lu}\.){2,6}$/u.test(name);
}
