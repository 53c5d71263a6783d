/**
 * Korean and Chinese names romanised family name first end in a two-syllable given name joined
 * by a lower-case hyphen ("Yoon Suk-yeol", "Tsai Ing-wen", "Lee Jae-myung"): the family name is
 * the first word. No source here gives Wikidata's family name (P734); this is the one spelling
 * that says it. A capital after the hyphen ("Smith-Jones", "Jean-Claude") is a Western name.
 * `words` are the name's words split at spaces.
 */
export function familyNameFirst(words: string[]): boolean {
  return words.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[1]!) && /^\p{Lu}\p{Ll}+$/u.test(words[0]!);
}
