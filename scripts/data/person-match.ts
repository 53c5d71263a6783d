// Evidence that a Factbook leader and a Wikidata office holder are one person. The Factbook gives a
// name (surname in capitals, given names sometimes added or dropped) and "since" dates; Wikidata
// gives a QID, a label and dated terms. A name alone is never enough: namesakes hold offices too
// ("Mark Brown" of the Cook Islands is not Lord Malloch-Brown), so the office must agree as well.
import type { Role } from '../../src/core/dataset/schema.js';
import { canonicalSpelling, UBIQUITOUS_NAMES } from '../../src/core/match/spellings.js';
import { normaliseName } from './lib/text.js';
import type { SourceRecord } from './model.js';

/**
 * A subset match needs at least this many tokens on the shorter side: "Ahmed" alone is contained in
 * thousands of names, "Abiy Ahmed" in few.
 */
const MIN_SUBSET_TOKENS = 2;

/** "Jr.", "III": part of how a name is written, not of who it names ("Joseph R. BIDEN Jr." is "Joe Biden"). */
const SUFFIX = /^(jr|sr|ii|iii|iv)$/;

function tokens(name: string): string[] {
  return normaliseName(name).split(' ').filter((t) => t && !SUFFIX.test(t));
}

/**
 * The whole name with each word in the spelling its romanisation group shares, as the linker reads it:
 * "Moustafa Madbouly" is "Mostafa Madbouly". Only for the whole name: with a word left out or added,
 * two of a royal family's "Muhammad bin … Al Khalifa" would agree.
 */
function spelling(name: string): string {
  return tokens(name).map(canonicalSpelling).join('');
}

/**
 * The same name as far as spelling can tell: equal once spaces and hyphens are ignored
 * ("Abdelfattah Elsisi" / "Abdel Fattah el-Sisi", "XI Jinping" / "Xi Jinping"), or every token of
 * the shorter name is in the longer one ("Abiy Ahmed" / "Abiy Ahmed Ali", "Ukhnaa Khurelsukh" /
 * "Khurelsukh Ukhnaa", "Jose Daniel Ortega Saavedra" / "Daniel Ortega").
 */
export function namesAgree(a: string, b: string): boolean {
  const [ta, tb] = [tokens(a), tokens(b)];
  if (!ta.length || !tb.length) return false;
  if (ta.join('') === tb.join('') || spelling(a) === spelling(b)) return true;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (short.length < MIN_SUBSET_TOKENS) return false;
  // Each word once: "Muhammad bin Khalifa Al Khalifa" is not inside "Muhammad bin Mubarak Al Khalifa".
  const left = [...long];
  return short.every((t) => {
    const at = left.indexOf(t);
    if (at >= 0) left.splice(at, 1);
    return at >= 0;
  });
}

/**
 * The name's consonants, as romanisations of one name keep them: each word's first letter, then its
 * letters without vowels, h, w, j, y or doubling, all words run together ("Abd Rabuh Mansur Hadi" /
 * "Abdrabbuh Mansour Hadi", "Milo Djukanovic" / "Milo Đukanović", "Irakli Garibashvili" /
 * "Irakli Gharibashvili", "Benyamin" / "Benjamin", "Berdimuhamedow" / "Berdimuhamedov"). Far
 * looser than a spelling: only with the same office of the same country as well.
 */
function consonants(name: string): string {
  return tokens(name.replace(/[đĐðÐ]/g, 'd'))
    .map((t) => t.replace(/ow$/, 'ov'))
    .map((t) => t[0] + t.slice(1).replace(/(.)\1+/g, '$1').replace(/[aeiouyhwj]/g, ''))
    .join('');
}

/** a ≤ b compared at the precision both dates have ("2018" vs "2018-04-02" compare as years). */
function notAfter(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) <= b.slice(0, n);
}

/**
 * A Factbook term runs from its "since" date at least to the snapshot that lists it (its as-of
 * date); a Wikidata term from its start (or always) to its end (or still). Same country, and the
 * two periods share at least one day at the precision the dates have.
 */
export function termsOverlap(factbook: Role, wikidata: Role): boolean {
  if (!factbook.of || factbook.of !== wikidata.of || !factbook.start) return false;
  return (!wikidata.start || notAfter(wikidata.start, factbook.asOf)) && (!wikidata.end || notAfter(factbook.start, wikidata.end));
}

function lastToken(name: string): string {
  return tokens(name).pop() ?? '';
}

/**
 * First and last token equal: "Umaro Cissoko Embalo" / "Umaro Sissoco Embaló", middle names spelt
 * apart. Not when either is a name millions bear: "Ibrahim Murtala Muhammed" and "Ibrahim Awal
 * Mohammed" are two of Ghana's politicians, "Muhammad bin Khalifa Al Khalifa" and "Muhammad bin
 * Mubarak Al Khalifa" two of Bahrain's.
 */
function sameFirstAndLast(a: string, b: string): boolean {
  const [ta, tb] = [tokens(a), tokens(b)];
  const last = ta[ta.length - 1]!;
  return ta.length >= MIN_SUBSET_TOKENS && tb.length >= MIN_SUBSET_TOKENS && ta[0] === tb[0] && last === tb[tb.length - 1] && !UBIQUITOUS_NAMES.has(ta[0]!) && !UBIQUITOUS_NAMES.has(last);
}

/**
 * The one Wikidata record a Factbook leader is, or undefined. Tried in order, each needing exactly
 * one candidate (two candidates mean the evidence cannot tell them apart):
 * 1. the names agree (or share first and last name) and the two hold an office of the same country
 *    at overlapping times;
 * 2. the Factbook's surname (the word it writes in capitals) is a word of the Wikidata name
 *    ("Ukhnaagiin KHURELSUKH" / "Khurelsukh Ukhnaa") and a term of
 *    that country starts on the Factbook's exact "since" day ("Joseph R. BIDEN Jr." is "Joe Biden"),
 *    or in its year for the same title ("Mokgweetse Eric MASISI", President since 1 April 2018, is
 *    Wikidata's "Mokgweetsi Masisi", President from 2018);
 * 3. the names agree, the first given names are equal and both held office in the same country, at
 *    any time: the Factbook's 2025 term of a leader whose Wikidata terms are older.
 */
export function matchLeader(leader: { name: string; surname: string; roles: Role[] }, candidates: SourceRecord[]): SourceRecord | undefined {
  const countries = new Set(leader.roles.map((r) => r.of).filter(Boolean));
  const inCountry = candidates.filter((c) => c.entity.roles.some((r) => r.of && countries.has(r.of)));
  const overlaps = (c: SourceRecord) => c.entity.roles.some((w) => leader.roles.some((f) => termsOverlap(f, w)));
  // Wikidata sometimes knows the start only to the year ("2018" for 1 April 2018): then the office must be the same too.
  const startsOnSince = (c: SourceRecord) =>
    c.entity.roles.some((w) => leader.roles.some((f) => f.of === w.of && f.start?.length === 10 && (f.start === w.start || (!!w.start && w.start.length < 10 && f.start.startsWith(w.start) && f.title === w.title))));
  // Benjamin Netanyahu's Wikidata terms ended in 2021; the Factbook's "Benyamin NETANYAHU" holds
  // the same premiership again from 2022.
  const sameOfficeOnce = (c: SourceRecord) => c.entity.roles.some((w) => leader.roles.some((f) => f.of === w.of && f.title.toLowerCase() === w.title.toLowerCase()));
  const rules: ((c: SourceRecord) => boolean)[] = [
    (c) => (namesAgree(c.entity.name, leader.name) || sameFirstAndLast(c.entity.name, leader.name)) && overlaps(c),
    (c) => consonants(c.entity.name) === consonants(leader.name) && (overlaps(c) || sameOfficeOnce(c)),
    (c) => tokens(c.entity.name).includes(lastToken(leader.surname)) && startsOnSince(c),
    (c) => namesAgree(c.entity.name, leader.name) && tokens(c.entity.name)[0] === tokens(leader.name)[0],
  ];
  for (const rule of rules) {
    const fits = inCountry.filter(rule);
    if (fits.length === 1) return fits[0];
    if (fits.length > 1) {
      // Two Bidens start on 20 January 2021: the one whose term is called what the Factbook calls it.
      const titled = fits.filter((c) => c.entity.roles.some((w) => leader.roles.some((f) => f.of === w.of && f.start === w.start && sharesTitleWord(f.title, w.title))));
      return titled.length === 1 ? titled[0] : undefined;
    }
  }
  return undefined;
}

/** "President" and "President of the United States" share the office word; "First Lady" does not. */
function sharesTitleWord(a: string, b: string): boolean {
  const words = (t: string) => t.toLowerCase().split(/\s+/);
  const other = new Set(words(b));
  return words(a).some((w) => w.length > 3 && other.has(w));
}

/**
 * The one person among `candidates` (all of the official's country) that the directory's name is:
 * the one whose name is the same, else the one whose name agrees (as for a Factbook leader; first
 * and last name only for names without hyphens, whose syllables "Lee Ju-yeol" and "Lee Jae-yeol"
 * share); null when several are, undefined when none.
 */
export function matchOfficial(name: string, candidates: SourceRecord[]): SourceRecord | null | undefined {
  const same = spelling(name);
  const hyphenated = (n: string) => n.includes('-');
  const tiers = [
    (c: SourceRecord) => spelling(c.entity.name) === same,
    (c: SourceRecord) => namesAgree(c.entity.name, name) || (!hyphenated(name) && !hyphenated(c.entity.name) && sameFirstAndLast(c.entity.name, name)),
  ];
  for (const fitsName of tiers) {
    const fits = candidates.filter(fitsName);
    // One person read from two files (offices and legislators) is two records with one id.
    const ids = new Set(fits.map((c) => c.entity.id ?? c.key));
    if (ids.size === 1) return fits[0];
    if (ids.size > 1) return null;
  }
  return undefined;
}
