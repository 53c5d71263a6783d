// From alias occurrences to mentions: which occurrences are names at all (surface), which entity each
// one means (evidence from the article and the date), and which stay unlinked because the evidence
// does not single one out. Precision first: an unlinked mention only leaves the reader where they were.
import type { LinkRecord } from '../dataset/bundle';
import type { AliasEntry } from '../match/alias-kind';
import { UBIQUITOUS_NAMES } from '../match/spellings';
import type { AliasMatch, ScanResult } from '../match/load';
import type { Basis } from './basis';
import { type ArticleContext, type Candidate, candidateFor, choose, type Written } from './evidence';
import { borneByAnother } from './namesakes';
import { acronymsDefined } from './defined-acronyms';
import { mentionsOfDefinedAcronyms } from './acronyms-for-names';
import { articleCountry, countryKeys } from './article-country';
import { isCredit } from './credit';
import { isCalendarDate, isCalendarWord } from './calendar';
import { afterRegionalWord, inTitlePhrase } from './title-phrase';
import { opensSentence, Surface } from './surface';
import { LongerNames } from './longer-name';
import { HONORIFICS, TITLE_HEADS, titleBefore } from './titles';

export interface Mention {
  start: number;
  end: number;
  text: string;
  entityId: string;
  confidence: number;
  basis: Basis;
  /** How many other candidates the article's context ruled out. */
  chosenOver?: number;
}

export interface Resolution {
  mentions: Mention[];
  /** Spans the dataset has a name for but that were left unlinked (ambiguous or lacking evidence). */
  known: Array<{ start: number; end: number }>;
}

/**
 * What the linker highlights. Places (cities, regions) are known so that their names are not taken for
 * something else or reported as unknown, but a reader asked for the actors, not the map.
 */
const LINKED_TYPES: ReadonlySet<string> = new Set(['person', 'organization', 'country']);

export type EntityLookup = (id: string) => LinkRecord | undefined;
/** The entries of an occurrence that fit how it is written; computed once per occurrence. */
type Fits = (m: AliasMatch) => AliasEntry[];

/**
 * Entries whose words, as written here, may be that alias. A name that runs on into more capitalised
 * words is part of a longer name: one word or a surname on either side ("Ulugh Khan", "Commonwealth
 * Games"), an acronym after another capital ("Menara MSC"), a full name before one ("United Nations
 * Charter"); a capitalised word before a full name is usually a demonym ("Iranian Hassan Rouhani").
 * On an English page (`english`) a name known only in other languages is left out.
 */
function fitting(scan: ScanResult, longer: LongerNames, defined: ReadonlyMap<string, ReadonlySet<string>>, english: boolean, demonymEnds: () => ReadonlySet<number>, m: AliasMatch): AliasEntry[] {
  const oneWord = m.end - m.first === 1;
  if (measured(scan.tokens, m.end)) return [];
  // "24 May", "early May", "on Friday": a date, whoever else is called May.
  if (oneWord && isCalendarDate(scan.tokens, m.first)) return [];
  // A part of a name that is also a title or honorific ("al-Sheikh", "Sultan") is, written alone,
  // the title of someone else: "Foreign Minister Sheikh Ahmad".
  const titleWord = oneWord && (HONORIFICS.has(scan.tokens.key(m.first)) || TITLE_HEADS.has(scan.tokens.key(m.first)));
  const surface = new Surface(scan.tokens, m.first, m.end);
  let around: { before: boolean; after: boolean } | undefined;
  let written: string | undefined;
  return m.entries.filter((e) => {
    if (e.kind === 'demonym' || (english && e.foreign) || !surface.fits(e)) return false; // "Russian troops" names no actor
    around ??= longer.continues(m.first, m.end);
    // One letter is an initial or a unit ("J. Jenkins", "20 °C"), whatever body the letter stands for.
    if (e.acronym) return !around.before && (written ??= scan.tokens.span(m.first, m.end)).length > 1 && (defined.get(written)?.has(e.entityId) ?? true);
    const partial = e.kind === 'surname' || e.kind === 'given' || oneWord;
    if (titleWord && (e.kind === 'surname' || e.kind === 'given')) return false;
    // A name shortened to two of its words, after another capitalised word that is no demonym, is
    // part of someone else's name: "João Antonio Martins" is not Sebastião Antonio Martins.
    if (e.kind === 'short' && around.before && !demonymEnds().has(m.first - 1)) return false;
    return partial ? !around.before && !around.after : !around.after;
  });
}

/** Words that join a name to the rest of a longer one: "the Liberal Party of Nova Scotia", "Movement for Freedom". */
const JOINERS = new Set(['of', 'for']);

/** Whether "of" or "for" and a capitalised word follow word `end - 1` ("… of Nova Scotia", "… for Freedom"). */
function ofThenName(tokens: ScanResult['tokens'], end: number): boolean {
  if (end + 1 >= tokens.length || !JOINERS.has(tokens.key(end)) || !tokens.spacedOrHyphenated(end - 1) || !tokens.spacedOrHyphenated(end)) return false;
  const next = tokens.key(end + 1) === 'the' && end + 2 < tokens.length && tokens.spacedOrHyphenated(end + 1) ? end + 2 : end + 1;
  return tokens.capitalised(next) && !/^\d/.test(tokens.key(next));
}

/** Whether the article names the country `value` is (a country entity's id, or its ISO code). */
function countryNamed(value: string, anchors: ReadonlySet<string>, entity: EntityLookup): boolean {
  if (anchors.has(value)) return true;
  for (const id of anchors) {
    const c = entity(id);
    if (c?.type === 'country' && c.country?.value === value) return true;
  }
  return false;
}

/** Words after a number that make it a quantity: "France 24 percent" is no broadcaster. */
const MEASURES = new Set(['percent', 'per', 'pc', 'points', 'point', 'pts', 'million', 'billion', 'trillion', 'hours', 'hour', 'years', 'year', 'days', 'minutes', 'km', 'kg', 'tonnes', 'tons', 'degrees', 'votes', 'seats']);

/** Whether a name ending in a number ("France 24", "G20") runs on into a quantity. */
function measured(tokens: ScanResult['tokens'], end: number): boolean {
  const last = tokens.key(end - 1);
  if (!/\d$/.test(last)) return false;
  const after = tokens.text.slice(tokens.end(end - 1), tokens.end(end - 1) + 2).trimStart();
  return after.startsWith('%') || (end < tokens.length && MEASURES.has(tokens.key(end)));
}

/**
 * The text's first line is taken for a headline when it is no longer than this many words; a longer
 * one is a paragraph of the body.
 */
const MAX_HEADLINE_WORDS = 25;

/** "Commonwealth of Australia", "Kingdom of Saudi Arabia": the word a country's formal name begins with. */
const STATE_FORM = /^(\p{L}+) of /u;

/**
 * The words the article's country calls itself by ("the Commonwealth" in Australian reports is the
 * federal government, "the Kingdom" in Saudi ones the state): in such a report that word alone names
 * no organisation, however standalone its name elsewhere (the Commonwealth of Nations).
 */
function stateWordsOf(country: ReadonlySet<string>, entity: EntityLookup): Set<string> {
  const out = new Set<string>();
  for (const id of country) {
    const c = entity(id);
    if (c?.type !== 'country') continue;
    for (const a of c.aliases) {
      const word = STATE_FORM.exec(a.name)?.[1];
      if (word) out.add(word.toLowerCase());
    }
  }
  return out;
}

/** Entities named by a full, unambiguous, standalone alias somewhere in the article. */
function findAnchors(scan: ScanResult, fits: Fits): Set<string> {
  const anchors = new Set<string>();
  for (const m of scan.matches) {
    const ids = new Set(fits(m).filter((e) => e.standalone && !e.common).map((e) => e.entityId));
    if (ids.size === 1) anchors.add([...ids][0]!);
  }
  return anchors;
}

/** What the people among `anchors` belong to (member, leader or founder, by the dataset). */
function joinedBy(anchors: ReadonlySet<string>, entity: EntityLookup): Set<string> {
  const out = new Set<string>();
  for (const id of anchors) {
    const e = entity(id);
    if (e?.type === 'person') for (const a of e.affiliations) out.add(a.target);
  }
  return out;
}

/** Occurrences grouped by a word of theirs (`at`), in text order (the scan yields them in that order). */
function groupedBy(matches: AliasMatch[], at: (m: AliasMatch) => number): Map<number, AliasMatch[]> {
  const out = new Map<number, AliasMatch[]>();
  for (const m of matches) {
    const list = out.get(at(m)) ?? [];
    list.push(m);
    out.set(at(m), list);
  }
  return out;
}

/** Occurrences grouped by their first word, longest first: "Sergei Lavrov" before "Sergei". */
function byFirstToken(matches: AliasMatch[]): Map<number, AliasMatch[]> {
  const out = groupedBy(matches, (m) => m.first);
  for (const list of out.values()) list.sort((a, b) => b.end - a.end);
  return out;
}

/** Whether word i is, by itself, a given name the dataset knows. */
function givenNames(scan: ScanResult): (i: number) => boolean {
  let words: Set<number> | undefined;
  return (i) => (words ??= new Set(scan.matches.filter((m) => m.end - m.first === 1 && m.entries.some((e) => e.kind === 'given')).map((m) => m.first))).has(i) && !isCalendarWord(scan.tokens, i);
}

/** The words of the text's first line when it reads as a headline ([0, end)), else 0. */
function headlineEnd(tokens: ScanResult['tokens']): number {
  const lineEnd = tokens.text.indexOf('\n');
  if (lineEnd === -1) return 0;
  let end = 0;
  while (end < tokens.length && tokens.start(end) < lineEnd) end++;
  return end <= MAX_HEADLINE_WORDS ? end : 0;
}

/**
 * `language`: the page's primary language tag ("en"), when known. On an English page a name known
 * only in other languages is an English word or someone's name ("the Island", "Maurice").
 * `siteCountry`: the country entity the page's address names (site-country.ts), if any.
 */
export function resolve(scan: ScanResult, date: string | undefined, entity: EntityLookup, language?: string, siteCountry?: string): Resolution {
  const earlier = new Map<string, number>();
  const longer = new LongerNames(scan.tokens, givenNames(scan));
  const defined = acronymsDefined(scan, entity);
  const fitted = new Map<AliasMatch, AliasEntry[]>();
  const english = language === 'en';
  // Where a demonym ends ("Iranian"): a capitalised word there before a name is not part of it.
  let ends: Set<number> | undefined;
  const demonymEnds = () => (ends ??= new Set(scan.matches.filter((m) => m.entries.some((e) => e.kind === 'demonym')).map((m) => m.end - 1)));
  const fits: Fits = (m) => {
    let list = fitted.get(m);
    if (!list) fitted.set(m, (list = fitting(scan, longer, defined, english, demonymEnds, m)));
    return list;
  };
  const anchors = findAnchors(scan, fits);
  const country = articleCountry(scan, fits, entity, siteCountry);
  const ctx: ArticleContext = { date, anchors, earlier, country, joinedByAnchors: joinedBy(anchors, entity), stateWords: stateWordsOf(country, entity) };
  const starts = byFirstToken(scan.matches);
  let byEnds: Map<number, AliasMatch[]> | undefined;
  const endingAt = (end: number) => (byEnds ??= groupedBy(scan.matches, (m) => m.end)).get(end) ?? [];
  const out: Resolution = { mentions: [], known: [] };
  const { tokens } = scan;
  // Left to right over the words where some alias starts; a linked name covers the words it spans.
  const pass = (to: number, context: ArticleContext, into: Resolution) => {
    let next = 0;
    for (const [first, matches] of starts) {
      if (first < next || first >= to) continue;
      const outcome = resolveAt(scan, fits, matches, context, entity, endingAt);
      if (!outcome) continue;
      const start = tokens.start(outcome.match.first);
      const end = dottedEnd(tokens.text, start, tokens.end(outcome.match.end - 1));
      if (outcome.chosen && LINKED_TYPES.has(outcome.chosen.entity.type)) {
        const { entity: e, basis, chosenOver, confidence } = outcome.chosen;
        into.mentions.push({ start, end, text: tokens.text.slice(start, end), entityId: e.id, confidence, basis, ...(chosenOver !== undefined ? { chosenOver } : {}) });
        if (!earlier.has(e.id)) earlier.set(e.id, start);
      } else into.known.push({ start, end });
      next = outcome.match.end;
    }
  };
  pass(tokens.length, ctx, out);
  // A headline comes before the body that names its people in full ("Bush and Blair welcome…"):
  // its names left unlinked are tried again with what the whole article named; what it linked stays.
  const headline = headlineEnd(tokens);
  const again: Resolution = { mentions: [], known: [] };
  if (headline > 0) pass(headline, { ...ctx, headline: true }, again);
  const named = [...again.mentions.filter((m) => !out.mentions.some(overlaps(m))), ...out.mentions];
  const mentions = [...named, ...mentionsOfDefinedAcronyms(tokens.text, named, (id) => entity(id)?.type === 'organization')];
  return {
    mentions: mentions.sort((a, b) => a.start - b.start),
    known: out.known.filter((k) => !mentions.some(overlaps(k))),
  };
}

const overlaps = (a: { start: number; end: number }) => (b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

const NO_COUNTRY: ReadonlySet<string> = new Set();

/** What stands between a country's name and what it owns: "Russia's Defense Ministry". */
const POSSESSIVE = /^['\u2019]s\s+$/;

/**
 * The country a name is said to belong to right before it: "Russia's Defense Ministry", "the Russian
 * Defense Ministry". It decides a name every country's body shares, whatever the article's country
 * (a Ukrainian report quoting Russia's ministry); its ISO code too, as the dataset gives some bodies'.
 */
function ownerCountry(scan: ScanResult, first: number, entity: EntityLookup, endingAt: (end: number) => readonly AliasMatch[]): ReadonlySet<string> | undefined {
  if (first === 0) return undefined;
  const possessive = POSSESSIVE.test(scan.tokens.gap(first - 1, first));
  if (!possessive && !/^\s+$/.test(scan.tokens.gap(first - 1, first))) return undefined;
  for (const x of endingAt(first)) {
    for (const e of x.entries) {
      const c = entity(e.entityId);
      if (c?.type !== 'country' || (possessive ? e.kind === 'demonym' : e.kind !== 'demonym')) continue;
      return countryKeys(c.id, entity);
    }
  }
  return undefined;
}

/** "U.N." ends at its last full stop, which the words leave out. */
function dottedEnd(text: string, start: number, end: number): number {
  return text[end] === '.' && DOTTED.test(text.slice(start, end)) ? end + 1 : end;
}

const DOTTED = /^(?:\p{Lu}\.)+\p{Lu}$/u;

function allCaps(tokens: ScanResult['tokens'], first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (!tokens.allCaps(i)) return false;
  return true;
}

/** Two words, one a name borne by millions: "Ahmed Mohamed" names a schoolboy as well as a minister. */
function commonName(tokens: ScanResult['tokens'], m: AliasMatch): boolean {
  return m.end - m.first === 2 && (UBIQUITOUS_NAMES.has(tokens.key(m.first)) || UBIQUITOUS_NAMES.has(tokens.key(m.first + 1)));
}

interface Outcome {
  match: AliasMatch;
  chosen: Candidate | undefined;
}

/**
 * The longest occurrence starting here that either links or has several candidates that the evidence
 * cannot tell apart (then left unlinked), or nothing.
 */
function resolveAt(scan: ScanResult, fits: Fits, matches: AliasMatch[], ctx: ArticleContext, entity: EntityLookup, endingAt: (end: number) => readonly AliasMatch[]): Outcome | undefined {
  for (const m of matches) {
    const entries = fits(m);
    if (entries.length === 0) continue;
    if (m.end - m.first === 1 && ctx.stateWords.has(scan.tokens.key(m.first))) return { match: m, chosen: undefined };
    const title = titleBefore(scan.tokens, m.first);
    // Inside a title ("Member of Parliament") the article's country does not make a body of the name;
    // a person's title ("King Abdullah") is still read in it.
    const owner = ownerCountry(scan, m.first, entity, endingAt);
    const here = owner ? { ...ctx, country: owner, owner: true } : ctx.country.size && inTitlePhrase(scan.tokens, m.first, m.end) ? { ...ctx, country: NO_COUNTRY } : ctx;
    const regional = afterRegionalWord(scan.tokens, m.first);
    const written: Written = {
      word: m.end - m.first === 1 ? scan.tokens.key(m.first) : undefined,
      capitals: allCaps(scan.tokens, m.first, m.end),
      credit: isCredit(scan.tokens, m.first, m.end),
      common: commonName(scan.tokens, m),
      ofName: ofThenName(scan.tokens, m.end),
      opening: opensSentence(scan.tokens, m.first),
      bearers: new Set(entries.filter((e) => e.kind === 'surname').map((e) => e.entityId)).size,
    };
    const candidates: Candidate[] = [];
    let namesOrganization = false;
    let homeBody: string | undefined;
    for (const entry of entries) {
      const e = entity(entry.entityId);
      // "The state Assembly" is a region's, which the dataset does not hold: no national body is meant.
      if (regional && e?.orgKind === 'government-body') continue;
      // "Ukraine's Defense Ministry" after Russia's was named: only Ukraine's body may be meant.
      if (owner && e?.orgKind === 'government-body' && e.country !== undefined && !owner.has(e.country.value)) continue;
      if (!entry.acronym && e?.type === 'organization') namesOrganization = true;
      if (entry.acronym && e?.orgKind === 'government-body' && e.country !== undefined && (ctx.country.has(e.country.value) || countryNamed(e.country.value, ctx.anchors, entity))) homeBody = e.id;
      const c = e && candidateFor(e, entry, title, written, e.type === 'person' ? ctx : here);
      if (c) candidates.push(c);
    }
    let chosen = choose(candidates, ctx);
    // "Adani" after Gautam Adani is as often the Adani Group: a surname that also names an organisation
    // is no one's for sure.
    if (chosen && (chosen.entry.kind === 'surname' || chosen.entry.kind === 'given') && namesOrganization) chosen = undefined;
    // "Chamorro" after "Carlos F. Chamorro" is the journalist as likely as the former president.
    if (chosen?.basis.kind === 'leader' && borneByAnother(scan, m, chosen.entity.id)) chosen = undefined;
    // "AFP" in a report on the Philippines is as often its armed forces as the news agency, "ISI" in
    // one naming Pakistan its intelligence service rather than the Islamic State of Iraq: an acronym
    // that a body of the article's country, or of a country it names, bears too links alone only where
    // the report credits an agency.
    if (chosen?.basis.kind === 'acronym' && !written.credit && homeBody !== undefined && homeBody !== chosen.entity.id) chosen = undefined;
    // Either way this is the longest name here: a shorter part of an undecided name ("Haqqani" in an
    // ambiguous "Haqqani Network") must not be linked in its place.
    if (chosen || candidates.length > 1) return { match: m, chosen };
  }
  return undefined;
}
