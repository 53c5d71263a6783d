// Text amounts comparable across scripts. A Chinese, Japanese or Korean character carries about
// what three Latin letters do (a CJK word is 1–2 characters, an English one about 5 plus a space),
// so thresholds written in Latin characters hold for CJK pages too.

/** How many Latin characters one CJK character is worth (see above). */
export const CJK_CHAR_WEIGHT = 3;

function isCjk(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) || // kana
    (code >= 0x3400 && code <= 0x4dbf) || // CJK extension A
    (code >= 0x4e00 && code <= 0x9fff) || // CJK unified ideographs
    (code >= 0xac00 && code <= 0xd7af) || // Hangul syllables
    (code >= 0xf900 && code <= 0xfaff) // CJK compatibility ideographs
  );
}

/** Commas in the scripts we meet: Latin, CJK (，、) and Arabic (،). Commas mark real sentences. */
function isComma(code: number): boolean {
  return code === 0x2c || code === 0xff0c || code === 0x3001 || code === 0x060c;
}

export interface TextMeasure {
  /** Weighted length, whitespace not counted. */
  chars: number;
  commas: number;
}

/** Weighted, whitespace-free length and comma count of a string, in one pass. */
export function measureText(s: string): TextMeasure {
  let chars = 0;
  let commas = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12) continue;
    if (isComma(c)) commas++;
    chars += isCjk(c) ? CJK_CHAR_WEIGHT : 1;
  }
  return { chars, commas };
}
