// Which aliases an entity gets in the matcher, beyond those the dataset lists: the dataset gives
// names, the article uses surnames ("Lavrov") and sometimes given names after the full name.
import type { Entity } from '../dataset/schema';
import type { AliasEntry, AliasKind } from './alias-kind';
import { COMMON_WORDS, EVERYDAY_ABBREVIATIONS, NAME_PARTICLES } from './common-words';
import { familyNameFirst } from './family-name-first';
import { UBIQUITOUS_NAMES } from './spellings';
import { caseForm, foldWord, tokenize } from './tokenize';

/** Longest all-capitals form still read as an acronym (AFP, NATO, ISIL, OPEC), not a shouted word. */
const MAX_ACRONYM_LENGTH = 5;
/** Surnames shorter than this ("Li", "Xi") are too often other words or other people. */
const MIN_SURNAME_LENGTH = 3;
/**
 * ... except a Chinese or Korean family name written first ("Li Qiang", "Xi Jinping"): the press
 * calls such people "Li" and "Xi", and a surname links only after the full name or a title anyway.
 */
const MIN_FAMILY_NAME_FIRST_LENGTH = 2;
// Generational suffixes are not surnames: "Martin Luther King Jr" is "King".
const NAME_SUFFIXES = new Set(['jr', 'sr']);
// Regnal names ("Abdullah II of Jordan", "Mohammed VI", "Salman of Saudi Arabia") have no surname:
// their last word is a number or a country.
const REGNAL = /^(?:[ivx]+|of)$/;
// Honorifics and titles that sources keep in front of a name ("Sheikh Hasina", "Pope Francis") are
// not given names.
const NOT_GIVEN = new Set(['sheikh', 'shaikh', 'pope', 'king', 'queen', 'prince', 'princess', 'emir', 'sultan', 'mullah', 'maulvi', 'mawlawi', 'haji', 'sir', 'dame', 'lord', 'lady', 'dr', 'mr', 'mrs', 'ms', 'general', 'gen', 'saint', 'st']);

export interface DerivedAlias {
  name: string;
  entry: AliasEntry;
}

/** All capitals, and short or declared an acronym: matched only as written. "Daesh" is a name. */
export function isAcronymForm(name: string, kind: AliasKind): boolean {
  const letters = caseForm(name);
  const capitals = letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  return capitals && (kind === 'acronym' || letters.length <= MAX_ACRONYM_LENGTH);
}

/**
 * One- and two-letter acronyms (C, CD, BA, AG, and country codes such as AS, VI, PR, CH) are initials,
 * numerals, variant names and abbreviations far more often than what owns them, so they link alone
 * only for the few the English-language press writes as names every day.
 */
const MIN_STANDALONE_ACRONYM = 3;
const EVERYDAY_SHORT_ACRONYMS = new Set(['EU', 'UN', 'US', 'UK', 'HK', 'NZ', 'G7']);
/**
 * Acronyms are matched across languages, but another language's acronym is an English word or
 * abbreviation as often as not (Irish "S.A." and "SAM" for the United States, Welsh "DU" for the
 * United Kingdom): only the English ones link alone.
 */
const ENGLISH = 'en';

function mayStandAlone(acronymForm: string | undefined, standalone: boolean, foreign: boolean): boolean {
  if (!standalone || acronymForm === undefined) return standalone;
  if (foreign || EVERYDAY_ABBREVIATIONS.has(acronymForm)) return false;
  return acronymForm.length >= MIN_STANDALONE_ACRONYM || EVERYDAY_SHORT_ACRONYMS.has(acronymForm);
}

/**
 * "The Kremlin", "the Taliban": the article is the sentence's, not the name's, so a mention is the
 * name alone and "The Base" is the common word "Base" (never linked alone).
 */
function withoutArticle(name: string): string {
  const words = tokenize(name);
  return words.length > 1 && words.key(0) === 'the' ? name.slice(words.start(1)) : name;
}

function entry(entity: Entity, written: string, kind: AliasKind, standalone: boolean, primary: boolean, lang?: string): DerivedAlias {
  const name = withoutArticle(written);
  const words = tokenize(name);
  const acronym = isAcronymForm(name, kind);
  // Written as an acronym, a common word is the acronym (US); its all-capitals-line trap is handled at match time.
  const common = !acronym && words.length === 1 && COMMON_WORDS.has(words.key(0));
  const form = acronym ? caseForm(name) : undefined;
  const foreign = lang !== undefined && lang !== ENGLISH;
  return {
    name,
    entry: { entityId: entity.id, kind, standalone: mayStandAlone(form, standalone, foreign), acronym, common, primary, foreign, caseForm: form },
  };
}

/**
 * Countries that name people Given Paternal Maternal ("Rafael Barrón Romero"), by the dataset's id and
 * ISO code: a three-word name there is called by its first surname, so its given name and last word
 * ("Rafael Romero") name someone else. Portuguese names put the surname people go by last.
 */
const HISPANIC_NAMING = new Set([
  'Q29', 'ES', 'Q96', 'MX', 'Q298', 'CL', 'Q414', 'AR', 'Q739', 'CO', 'Q717', 'VE', 'Q419', 'PE', 'Q736', 'EC', 'Q750', 'BO',
  'Q733', 'PY', 'Q77', 'UY', 'Q241', 'CU', 'Q786', 'DO', 'Q800', 'CR', 'Q792', 'SV', 'Q774', 'GT', 'Q783', 'HN', 'Q811', 'NI',
  'Q804', 'PA', 'Q1183', 'PR', 'Q983', 'GQ',
]);

function hispanicNaming(entity: Entity): boolean {
  const country = entity.country?.value ?? entity.roles.find((r) => r.of !== undefined)?.of;
  return country !== undefined && HISPANIC_NAMING.has(country);
}

/**
 * A monarch is "King Abdullah" and "King Charles" without the number: the name before a closing
 * ordinal ("Abdallah II", "Charles III"), given-name evidence only, so a title the role fits or the
 * full name earlier must come with it. Not from "Carl XVI Gustaf" (the number inside) or "X of Y".
 */
function regnalGiven(entity: Entity, keys: string[], words: string[]): DerivedAlias[] {
  const last = keys.length - 1;
  if (last < 1 || !/^[ivx]+$/.test(keys[last]!) || keys.slice(0, last).some((k) => REGNAL.test(k) || NOT_GIVEN.has(k))) return [];
  const given = words.slice(0, last).join(' ');
  return given.length >= MIN_SURNAME_LENGTH ? [entry(entity, given, 'given', false, false)] : [];
}

function personParts(entity: Entity, name: string): DerivedAlias[] {
  // "Hsueh Jui-yuan" is Hsueh; "yuan" and "Jui yuan" name no one.
  const spaced = name.split(/\s+/);
  if (familyNameFirst(spaced)) return spaced[0]!.length >= MIN_FAMILY_NAME_FIRST_LENGTH ? [entry(entity, spaced[0]!, 'surname', false, false)] : [];
  const tokens = tokenize(name);
  const keys = tokens.keys();
  const words = keys.map((_, i) => tokens.raw(i));
  if (keys.some((k) => REGNAL.test(k))) return regnalGiven(entity, keys, words);
  const written = words.length;
  while (words.length > 2 && NAME_SUFFIXES.has(words[words.length - 1]!.toLowerCase())) words.pop();
  if (words.length < 2) return [];
  const out: DerivedAlias[] = [];
  // "Jon Huntsman Jr." is "Jon Huntsman" as often as not.
  if (words.length < written) out.push(entry(entity, words.join(' '), 'short', true, false));
  const surname = words[words.length - 1]!;
  const given = words[0]!;
  if (surname.length >= MIN_SURNAME_LENGTH) out.push(entry(entity, surname, 'surname', false, false));
  if (given.length >= MIN_SURNAME_LENGTH && !NOT_GIVEN.has(given.toLowerCase())) out.push(entry(entity, given, 'given', false, false));
  // Three-word names are written with two of them: a patronymic or a second given name dropped
  // ("Sergey Viktorovich Lavrov" → "Sergey Lavrov"), or the first given name dropped
  // ("Matamela Cyril Ramaphosa" → "Cyril Ramaphosa").
  // An initial alone with a surname ("D. Jones") names too many people.
  const isInitial = (w: string) => w.length === 1;
  // A capital initial is not the particle it spells: the "A" of "Raila A Odinga" is not Portuguese "a".
  const particle = (k: string, i: number) => NAME_PARTICLES.has(k) && !(isInitial(words[i]!) && words[i] === words[i]!.toUpperCase());
  // Not from a name borne by millions: "Muhammad Asif" is not only Khawaja Muhammad Asif.
  const shortFrom = (w: string) => !isInitial(w) && !UBIQUITOUS_NAMES.has(foldWord(w));
  // Of two words written apart, a hyphenated one is one name: "Jean-Guy Chrétien" is not "Jean
  // Chrétien", and "Miguel Díaz-Canel" is "Díaz-Canel", not "Miguel Canel".
  const compoundGiven = spaced.length === 2 && spaced[0]!.includes('-');
  const compoundSurname = spaced.length === 2 && spaced[1]!.includes('-');
  if (words.length === 3 && !compoundGiven && !keys.some(particle)) {
    if (shortFrom(given) && !compoundSurname && !hispanicNaming(entity)) out.push(entry(entity, `${given} ${surname}`, 'short', true, false));
    // "Díaz-Canel" alone is Miguel Díaz-Canel, but "Jean-Michel" alone is thousands of people: the
    // given name of "Nintcheu Jean-Michel", as Cameroon's lists write him, family name first.
    if (shortFrom(words[1]!) && !(compoundSurname && compoundGivenName(spaced[1]!))) out.push(entry(entity, `${words[1]} ${surname}`, 'short', true, false));
  }
  return out;
}

/** First parts of French compound given names: "Jean-Michel", "Marie-Claire", "Pierre-Henri". */
const COMPOUND_GIVEN_HEADS = new Set(['jean', 'marie', 'pierre', 'anne', 'paul', 'louis', 'jacques', 'claude', 'marc', 'luc', 'francois', 'joseph', 'andre', 'charles', 'michel']);

function compoundGivenName(word: string): boolean {
  const [head, rest] = word.split(/-(.*)/);
  return rest !== undefined && rest !== '' && COMPOUND_GIVEN_HEADS.has(foldWord(head!));
}

/** Longest acronym the press also writes with full stops ("U.N.", "E.U."); longer ones it never does. */
const MAX_DOTTED_LENGTH = 3;

/** "U.N." for UN: the same acronym, held to the same case rules, as American house style writes it. */
function dottedForm({ name, entry: e }: DerivedAlias): string | undefined {
  if (!e.acronym || !e.caseForm || e.caseForm !== name || !/^[A-Z]+$/.test(name) || name.length < 2 || name.length > MAX_DOTTED_LENGTH) return undefined;
  return `${[...name].join('.')}.`;
}

/**
 * British and American spellings of the words institutions are named with: the World Health
 * Organization is the "World Health Organisation" in half the English-language press.
 */
const SPELLINGS: Record<string, string> = {
  organization: 'organisation', organisation: 'organization', organizations: 'organisations', organisations: 'organizations',
  center: 'centre', centre: 'center', defense: 'defence', defence: 'defense',
};
/**
 * The International Labor Organization is the "International Labour Organisation" too, and a Labor
 * Ministry a Labour Ministry; but Australia's Labor Party and Britain's Labour Party are two parties,
 * so a party keeps the spelling it chose.
 */
const LABOUR_SPELLINGS: Record<string, string> = { ...SPELLINGS, labor: 'labour', labour: 'labor' };

/** The name in the other spelling, or undefined when it has none of those words. */
function otherSpelling(name: string, spellings: Record<string, string>): string | undefined {
  let changed = false;
  const out = name.replace(/\p{L}+/gu, (word) => {
    const other = spellings[word.toLowerCase()];
    if (!other) return word;
    changed = true;
    return word[0] === word[0]!.toUpperCase() ? other[0]!.toUpperCase() + other.slice(1) : other;
  });
  return changed ? out : undefined;
}

/**
 * "Ministry of Health" is the "Health Ministry" in the press, "Ministry of Foreign Affairs" the
 * "Foreign Ministry", "Ministry of the Interior" the "Interior Ministry": a name every country's
 * ministry shares, so a short name the article's country decides. Only a one-word portfolio, or the
 * first of two ("Ministry of Interior and Safety" is South Korea's "Interior Ministry"); of three or
 * more the press picks no one word.
 */
export function pressMinistryName(name: string): string | undefined {
  const m = /^Ministry of (?:the )?(\p{Lu}\p{Ll}+)(?: Affairs)?(?: and [^,]+)?$/u.exec(name);
  return m ? `${m[1]} Ministry` : undefined;
}

/**
 * "Department of Justice" is the "Justice Department" in the press, "Department of the Treasury" the
 * "Treasury Department": the same short form for the departments the United States and others name
 * so, which the article's country decides. Only a one-word portfolio, as for ministries.
 */
export function pressDepartmentName(name: string): string | undefined {
  const m = /^(?:(?:United States|U\.S\.|US) )?Department of (?:the )?(\p{Lu}\p{Ll}+)$/u.exec(name);
  return m ? `${m[1]} Department` : undefined;
}

/** Every alias of one entity that the matcher should know, with how each may link. */
export function deriveAliases(entity: Entity): DerivedAlias[] {
  // The primary name links alone unless the dataset says that spelling needs context ("Al-Aqsa",
  // a sanctioned charity's one-word name that is also a mosque's), and is the kind of name the dataset
  // says: Hong Kong's "Democratic Party" is a name parties share, which the article's country decides.
  const own = entity.aliases.find((a) => a.name === entity.name);
  const out: DerivedAlias[] = [entry(entity, entity.name, own?.kind ?? 'name', own?.standalone ?? true, true)];
  for (const alias of entity.aliases) {
    const derived = entry(entity, alias.name, alias.kind ?? 'name', alias.standalone, false, alias.lang);
    out.push(derived);
    const dotted = dottedForm(derived);
    if (dotted && !entity.aliases.some((a) => a.name === dotted)) out.push({ ...derived, name: dotted });
  }
  if (entity.orgKind === 'government-body') {
    const press = pressMinistryName(entity.name);
    if (press) out.push(entry(entity, press, 'short', false, false));
    for (const name of new Set([entity.name, ...entity.aliases.filter((a) => a.kind !== 'acronym').map((a) => a.name)])) {
      const department = pressDepartmentName(name);
      if (department) out.push(entry(entity, department, 'short', false, false));
    }
  }
  if (entity.type === 'organization') {
    const spellings = entity.orgKind === 'political-party' ? SPELLINGS : LABOUR_SPELLINGS;
    for (const a of [...out]) {
      const respelled = a.entry.acronym ? undefined : otherSpelling(a.name, spellings);
      if (respelled) out.push({ ...a, name: respelled });
    }
  }
  if (entity.type === 'person') {
    const fullNames = out.filter((a) => a.entry.standalone && a.entry.kind !== 'acronym').map((a) => a.name);
    for (const name of fullNames) out.push(...personParts(entity, name));
  }
  return out;
}
