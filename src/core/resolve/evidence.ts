// Why a candidate entity may be the one a matched alias means, and how strongly the rest of the
// article supports it. Pure functions of the entity, the article's date and what is already known.
import type { LinkRecord, LinkRole as Role } from '../dataset/bundle';
import { HEAD_OF_COUNTRY, HEAD_TITLES } from '../dataset/offices';
import type { AliasEntry } from '../match/alias-kind';
import type { Basis, CountryOf, PartyOf } from './basis';
import { UBIQUITOUS_NAMES } from '../match/spellings';
import { tokenize } from '../match/tokenize';
import { onOrAfter, onOrBefore, within } from './dates';
import { roleForTitle, type Title } from './titles';

export interface ArticleContext {
  date: string | undefined;
  /** Entities named unambiguously anywhere in the article. */
  anchors: ReadonlySet<string>;
  /** Entities already linked before the current position, with the offset of their first mention. */
  earlier: ReadonlyMap<string, number>;
  /** The article's country (see article-country.ts): its id and ISO code, or empty when unclear. */
  country: ReadonlySet<string>;
  /** The parties and bodies the people among `anchors` belong to, by the dataset's affiliations. */
  joinedByAnchors: ReadonlySet<string>;
  /** `country` is the one named right before the name ("Russia's Defense Ministry"), not the article's. */
  owner?: boolean;
  /** The words the article's country's formal name begins with ("commonwealth"): see resolve/index.ts. */
  stateWords: ReadonlySet<string>;
  /** Resolving the headline after the body: `earlier` then holds the people the body names. */
  headline?: boolean;
}

export interface Candidate {
  entity: LinkRecord;
  entry: AliasEntry;
  basis: Basis;
  /** How many other candidates the context ruled out (`choose`). */
  chosenOver?: number;
  confidence: number;
  score: number;
}

// Confidence by the kind of evidence: a full name is near certain; inferred links less so.
const CONFIDENCE = { name: 0.97, acronym: 0.9, metonym: 0.9, title: 0.95, earlier: 0.9, institution: 0.85, party: 0.85, credit: 0.85, chosen: 0.75 } as const;
// Scores for choosing between entities that share an alias; a choice needs a clear lead.
const SCORE = { earlier: 4, anchor: 3, title: 3, standalone: 1, current: 1, related: 1, gone: -2 } as const;
const MIN_LEAD = 1;

const part = (kind: AliasEntry['kind']) => (kind === 'surname' || kind === 'given' ? kind : 'short');

/**
 * A title before a single word other than the person's family name ("King Abdullah" for Malaysia's
 * Sultan Abdullah Sultan Ahmad Shah) fits too many people to stand alone: the role's country or body
 * must be known to the dataset and named in the article too, or be the article's country (a dateline
 * "AMMAN —"), so the King of Malaysia is not linked in a report on Jordan's king. "President Macron"
 * needs no more.
 */
function titleFits(entity: LinkRecord, role: Role, word: string | undefined, ctx: ArticleContext): boolean {
  // "General Ahmad" is no more the general named Ahmed than "King Abdullah" is Malaysia's.
  if (word === undefined || (word === lastWord(entity.name) && !UBIQUITOUS_NAMES.has(word))) return true;
  return role.of !== undefined && (ctx.anchors.has(role.of) || ctx.earlier.has(role.of) || ctx.country.has(role.of));
}

function lastWord(name: string): string {
  const words = tokenize(name);
  return words.length ? words.key(words.length - 1) : '';
}

/**
 * People known to the dataset only from a sanctions list are listed under names that millions share
 * ("Mohamed Omar", "Abdul Aziz", "Sheikh Abdullah"). Calling someone in the news a listed person is
 * the worst wrong fact the extension could show, so their names link alone only when the article
 * also names one of their organisations, their country or the body of a role they hold. So do the
 * one-word names and acronyms of companies and charities known only from a list: "OPERA", "ICI"
 * and "Opera" are other things far more often. Armed groups are news by one name (Daesh, Hamas).
 */
function needsCorroboration(entity: LinkRecord, entry: AliasEntry, word: string | undefined): boolean {
  if (entity.designations.length === 0 || entity.wikidata !== undefined || isKnownBeyondLists(entity)) return false;
  if (entity.type === 'person') return true;
  return entity.type === 'organization' && entity.orgKind !== 'armed-group' && (entry.acronym || word !== undefined);
}

/**
 * A person the dataset knows only from offices taken up after the article's date was not yet the
 * public figure the article names: "Surrey captain Chris Lewis" in 1996 is the cricketer, not the
 * Canadian MP of 2019; "Roberto Carlos" the footballer, not a Bahia state deputy from 2003. Such a
 * name links only where the article names their country or something else of theirs. Not a future
 * head of state or government, whom the news follows for years before (Tony Blair in 1996, whose
 * earlier offices the sources leave out).
 */
function notYetInOffice(entity: LinkRecord, date: string | undefined): boolean {
  if (entity.type !== 'person' || date === undefined || entity.roles.length === 0 || entity.designations.length > 0) return false;
  return entity.roles.every((r) => r.start !== undefined && !onOrAfter(date, r.start) && !TOP_OFFICE.test(r.title));
}

/** A surname more people of the dataset bear is anyone's: "Singh", "Khan", "Li", "Rajapaksa". */
const MAX_LEADER_SURNAME_BEARERS = 3;

/**
 * "Boric", "the Kejriwal government", "the Pinochet era": a report on a country names its presidents
 * and prime ministers, of the day or before, by surname alone, often never in full (the reader is
 * assumed to know them). Only a head of state or government of the article's country whose term began
 * by the article's date, and only a surname few people of the dataset bear: a minister's surname, or
 * a leader's as common as "Singh", is anyone's. Where the article writes the surname after another
 * given name too ("Naina Yeltsin"), resolve/index.ts leaves it unlinked.
 */
function leaderOfArticleCountry(entity: LinkRecord, entry: AliasEntry, bearers: number, ctx: ArticleContext): Role | undefined {
  if (entity.type !== 'person' || entry.kind !== 'surname' || entry.common || bearers > MAX_LEADER_SURNAME_BEARERS) return undefined;
  return entity.roles.find((r) => r.of !== undefined && r.start !== undefined && ctx.country.has(r.of) && HEAD_OF_COUNTRY.test(r.title) && (ctx.date === undefined || onOrAfter(ctx.date, r.start)));
}

const TOP_OFFICE = new RegExp(`^(?:${HEAD_TITLES}|vice president)\\b`, 'i');

/**
 * The lists date no office (a listing's title is undated): a dated one comes from a page read for the
 * person (data/hand), whom the news then names by the name the dataset gives ("Yahya Sinwar").
 */
function isKnownBeyondLists(entity: LinkRecord): boolean {
  return entity.roles.some((r) => r.start !== undefined);
}

/**
 * How an occurrence is written: `word` is the folded word of a one-word name; `capitals`, all in
 * capitals; `credit`, where a report credits a news agency (credit.ts); `common`, a person's name
 * so common that the article must name their country, party or body too.
 */
export interface Written {
  word: string | undefined;
  capitals: boolean;
  credit: boolean;
  /** Two words, one of them a name millions bear ("Ahmed Mohamed", "Muhammad Ali"): see UBIQUITOUS_NAMES. */
  common: boolean;
  /** "of" or "for" and a capitalised word follow: "the Liberal Party of Nova Scotia", "Movement for Freedom". */
  ofName: boolean;
  /** The name's first word opens a sentence or a line. */
  opening: boolean;
  /** How many people of the dataset bear this name as their surname. */
  bearers: number;
}

/** The evidence that lets this entry link here, or undefined when it may not link. */
export function candidateFor(entity: LinkRecord, entry: AliasEntry, title: Title | undefined, { word, capitals, credit, common, ofName, opening, bearers }: Written, ctx: ArticleContext): Candidate | undefined {
  const titled = title ? roleForTitle(entity, title, ctx.date) : undefined;
  const role = titled && titleFits(entity, titled, word, ctx) ? titled.title : undefined;
  const firstAt = ctx.earlier.get(entity.id);
  const alone = entry.standalone && !entry.common;
  // A name parties of several countries share ("Democratic Party", "Congress", "Labour") is the one
  // of the article's country; one word only with a capital of its own, inside a sentence ("BJP and
  // Congress"): opening one, "Solidarity" or "Congress" may be the word. Before "of" or "for" and
  // another name it is the start of a longer name the dataset lacks: "the Liberal Party of Nova
  // Scotia" is no country's Liberal Party, "The Movement for Freedom of Information" no party.
  const shared = entry.kind === 'short' && !ofName && (word === undefined || !opening);
  const party = (entry.kind === 'acronym' && capitals) || shared ? partyContext(entity, ctx) : entry.kind === 'short' && !ofName ? partyContext(entity, ctx, true) : undefined;
  let basis: Basis;
  let confidence: number;
  let leader: Role | undefined;
  if (role !== undefined) {
    basis = { kind: 'title', title: role };
    confidence = CONFIDENCE.title;
  } else if (alone && ((!needsCorroboration(entity, entry, word) && !(common && entity.type === 'person') && !notYetInOffice(entity, ctx.date)) || isRelated(entity, ctx.anchors))) {
    basis = { kind: entry.kind === 'acronym' || entry.acronym ? 'acronym' : entry.kind === 'metonym' ? 'metonym' : 'alias' };
    confidence = entry.acronym ? CONFIDENCE.acronym : entry.kind === 'metonym' ? CONFIDENCE.metonym : CONFIDENCE.name;
  } else if (firstAt !== undefined) {
    basis = { kind: 'earlier', part: part(entry.kind), at: firstAt, headline: ctx.headline === true };
    confidence = CONFIDENCE.earlier;
  } else if ((leader = leaderOfArticleCountry(entity, entry, bearers, ctx)) !== undefined) {
    basis = { kind: 'leader', title: leader.title };
    confidence = CONFIDENCE.institution;
  } else if (isInstitutionOf(entity, entry, ctx.country)) {
    basis = { kind: 'institution', of: whose(ctx), country: entity.country!.value };
    confidence = CONFIDENCE.institution;
  } else if (party !== undefined) {
    basis = { ...party, kind: 'party', acronym: entry.kind === 'acronym' };
    confidence = CONFIDENCE.party;
  } else if (!ofName && isNamesakeOf(entity, entry, word, ctx.country)) {
    basis = { kind: 'namesake', of: whose(ctx), country: entity.country!.value };
    confidence = CONFIDENCE.institution;
  } else if (capitals && isAcronymOf(entity, entry, ctx.country)) {
    basis = { kind: 'national-acronym', of: whose(ctx), country: entity.country!.value };
    confidence = CONFIDENCE.institution;
  } else if (credit && entity.orgKind === 'news-agency') {
    basis = { kind: 'credit' };
    confidence = CONFIDENCE.credit;
  } else return undefined;
  return { entity, entry, basis, confidence, score: score(entity, entry, role !== undefined, ctx) };
}

/** Which country `ctx.country` is: the article's, or the one named right before the name. */
const whose = (ctx: ArticleContext): CountryOf => (ctx.owner ? 'owner' : 'article');

/**
 * "Congress", "Parliament", "the Cabinet": a name every country's body shares, given in the dataset as
 * a short, not standalone name of a government body with its country (or as its own name: the Factbook
 * calls a country's cabinet "Cabinet"). It means the body of the article's country, and nothing when
 * the article's country is unclear.
 */
function isInstitutionOf(entity: LinkRecord, entry: AliasEntry, country: ReadonlySet<string>): boolean {
  const named = entry.kind === 'short' || (entry.kind === 'name' && !entry.acronym);
  return named && entity.orgKind === 'government-body' && entity.country !== undefined && country.has(entity.country.value);
}

/**
 * "Daily Nation", "La Nación", "Al-Azhar University": a name of several words that organisations of
 * several countries bear (Kenya's and Barbados's papers) means the one of the article's country, as a
 * party's shared name does. Bodies and parties have rules of their own above; one word ("Time", "The
 * Sun") is a word too often, and an acronym says too little; a short name ("Johns Hopkins", "Anglo
 * American") is someone's name or a phrase as often.
 */
function isNamesakeOf(entity: LinkRecord, entry: AliasEntry, word: string | undefined, country: ReadonlySet<string>): boolean {
  if (entity.type !== 'organization' || entity.orgKind === 'government-body' || entity.orgKind === 'political-party') return false;
  return word === undefined && !entry.acronym && entry.kind === 'name' && entity.country !== undefined && country.has(entity.country.value);
}

/**
 * "EFCC", "NAB", "SAPS": an acronym the dataset does not let link alone (a body or firm known to few
 * outside its country, whose letters spell other things elsewhere) is that body in a report on its
 * country, written in capitals. Parties have their own rule (`partyContext`); where a body of the
 * country and an acronym that links alone share the letters, neither links (resolve/index.ts).
 */
function isAcronymOf(entity: LinkRecord, entry: AliasEntry, country: ReadonlySet<string>): boolean {
  if (entity.type !== 'organization' || entity.orgKind === 'political-party') return false;
  return entry.acronym && entry.kind === 'acronym' && entity.country !== undefined && country.has(entity.country.value);
}

/**
 * "BJP", "ANC", "SNP": a party's acronym alone stands for too many other things (GDP, SMS, and other
 * countries' parties) to link anywhere, but in an article about the party's country, or one naming in
 * full someone the dataset says belongs to it (Narendra Modi in a report on India and Britain), it is
 * how the news names the party; so is a name parties of several countries share ("Democratic Party",
 * "Independence Party"). Elsewhere they link only after the full name (`earlier`). A country merely
 * named is not enough: Indian reports credit "PTI", the Press Trust of India, and name Pakistan,
 * whose PTI is a party. An acronym only when written in capitals ("Libre", "Pinu" are words too), a
 * shared name only of several words ("Solidarity" opens sentences), and never a party dissolved by
 * the article's date: Cuba's PNR of 1900 is not the PNR of a 2020 report.
 */
function partyContext(entity: LinkRecord, ctx: ArticleContext, membersOnly = false): PartyOf | undefined {
  if (entity.orgKind !== 'political-party') return undefined;
  const gone = entity.dissolved !== undefined && (ctx.date === undefined || !onOrBefore(ctx.date, entity.dissolved.value));
  if (gone) return undefined;
  if (!membersOnly && entity.country !== undefined && ctx.country.has(entity.country.value)) return { of: whose(ctx), country: entity.country.value };
  return ctx.joinedByAnchors.has(entity.id) ? { of: 'member' } : undefined;
}

function score(entity: LinkRecord, entry: AliasEntry, titled: boolean, ctx: ArticleContext): number {
  let s = 0;
  if (ctx.earlier.has(entity.id)) s += SCORE.earlier;
  if (ctx.anchors.has(entity.id)) s += SCORE.anchor;
  if (titled) s += SCORE.title;
  if (entry.standalone) s += SCORE.standalone;
  if (ctx.date !== undefined) {
    if (entity.roles.some((r) => within(ctx.date, r.start, r.end))) s += SCORE.current;
    const end = entity.died?.value ?? entity.dissolved?.value;
    if (end !== undefined && /^\d{4}/.test(end) && !onOrBefore(ctx.date, end)) s += SCORE.gone;
  }
  if (isRelated(entity, ctx.anchors)) s += SCORE.related;
  return s;
}

function isRelated(entity: LinkRecord, anchors: ReadonlySet<string>): boolean {
  return (
    entity.affiliations.some((a) => anchors.has(a.target)) ||
    entity.roles.some((r) => r.of !== undefined && anchors.has(r.of)) ||
    (entity.country !== undefined && anchors.has(entity.country.value))
  );
}

/** The one candidate the evidence points to, or undefined when it does not point to one clearly. */
export function choose(candidates: Candidate[], ctx: ArticleContext): Candidate | undefined {
  if (candidates.length <= 1) return candidates[0];
  const sorted = [...candidates].sort((a, b) => b.score - a.score);
  const [best, second] = sorted as [Candidate, Candidate];
  if (best.score - second.score < MIN_LEAD) return undefined;
  // Two people of the article share the name: nothing else (dates, roles) may overrule that.
  if (candidates.filter((c) => ctx.earlier.has(c.entity.id)).length > 1) return undefined;
  return { ...best, chosenOver: candidates.length - 1, confidence: Math.min(best.confidence, CONFIDENCE.chosen) };
}
