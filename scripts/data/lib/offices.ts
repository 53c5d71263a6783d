// What makes two terms terms of one office, and which offices one person holds at a time: shared by
// the importers that close open terms and the audit that checks them.
import { HEAD_TITLES } from '../../../src/core/dataset/offices.js';
import type { Role } from '../../../src/core/dataset/schema.js';
import type { EntityDraft } from '../model.js';

/** One office: the same title of the same country (or named jurisdiction). */
export function officeKey(role: Role): string {
  return `${officeTitle(role.title)}|${role.of ?? ''}|${role.ofName ?? ''}`;
}

/**
 * One office's title under the spellings sources give it: "&" for "and", "Defense" for "Defence",
 * "National Defence" for "Defence", "Finances" for "Finance", "Govt." for "Government", "of
 * Interior" for "of the Interior", "Minister for" for "Minister of", the press's "Foreign
 * Minister" for "Minister of Foreign Affairs" (also before the country: "Foreign Minister of the
 * People's Republic"), the names countries give their foreign ministry
 * ("External Relations", "Foreign Relations", "External Affairs" for "Foreign Affairs"), and
 * Germany's and Austria's "Federal Chancellor", whom the Factbook calls "Chancellor".
 */
export function officeTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/\bdefense\b/g, 'defence')
    .replace(/\bnational defence\b/g, 'defence')
    .replace(/\bfinances\b/g, 'finance')
    .replace(/\bgovt\./g, 'government')
    .replace(/\b(?:external|foreign) (?:relations|affairs)\b/g, 'foreign affairs')
    .replace(/^(foreign|defence|finance|interior) minister(?=$| of )/, (_, portfolio: string) => `minister of ${portfolio === 'foreign' ? 'foreign affairs' : portfolio}`)
    .replace(/^minister for\b/, 'minister of')
    .replace(/^federal chancellor\b/, 'chancellor')
    .replace(/\bthe\s+/g, '')
    .replace(/\s+/g, ' ');
}

/**
 * Offices one person holds at a time by their nature: a head of state or government ("President",
 * "Premier of Victoria"). Others (deputies, members, ambassadors) are shared or too loosely titled
 * for a newer holder to prove anything about an older one.
 */
export const SINGLE_HOLDER = new RegExp(`^(?:${HEAD_TITLES}|monarch|emperor|sultan|supreme leader|governor-general)(?: of\\b|$)`, 'i');

/**
 * A ministry one person heads ("Minister of Foreign Affairs", "Secretary of State for Defence",
 * "Attorney General"), unless its title says it is one of several ("Minister of State", "Minister
 * without Portfolio", "Minister in the Prime Minister's Department"), and as long as the terms
 * never overlap.
 */
const MINISTRY = /^(?:minister (?:of|for)|secretary (?:of|for)|attorney[- ]general\b|chancellor of the exchequer$|(?:foreign|home|defence|defense|finance|interior) (?:minister|secretary)$)/i;
const SEVERAL_MINISTERS = /^minister of state\b|without portfolio|^minister (?:of|for) (?:the )?(?:prime minister|presiden)/i;

type Term = { holder: EntityDraft; role: Role };

/** Each office's terms across the people given, where more than one person held it. */
function termsByOffice(people: EntityDraft[]): Term[][] {
  const offices = new Map<string, Term[]>();
  for (const holder of people) {
    for (const role of holder.roles) {
      const k = officeKey(role);
      offices.set(k, [...(offices.get(k) ?? []), { holder, role }]);
    }
  }
  return [...offices.values()].filter((terms) => terms.length > 1);
}

/**
 * A term whose end Wikidata gives only to the year (or month) was not held all that year once
 * someone else took the office: the successor's exact start bounds it (`endedBy`). Only offices one
 * person holds at a time, as far as the terms show: where two people's terms overlap (deputy
 * ministers, ambassadors), a new holder proves nothing about the others.
 */
export function closeAtSuccessor(people: EntityDraft[]): void {
  for (const terms of termsByOffice(people).filter((t) => !sharedOffice(t))) {
    for (const { holder, role } of terms) {
      if (!role.end && role.start && SINGLE_HOLDER.test(role.title)) closeOpenTerm(holder, role, terms);
      if (!role.end || role.end.length === 10 || !role.start) continue;
      const next = terms
        .filter((t) => t.holder !== holder && t.role.start?.length === 10 && t.role.start > role.start! && t.role.start.startsWith(role.end!))
        .map((t) => t.role.start!)
        .sort()[0];
      if (next) role.endedBy = next;
    }
  }
}

/**
 * Across sources, once merged: an open term of a head of state or government, or of a ministry one
 * person heads, is over by a later holder's start whichever source names that holder (Liz Truss's
 * 2022 premiership and Antony Blinken's State Department, open in Wikidata's 2022 extract, beside
 * Keir Starmer's start from the Factbook's 2026 snapshot and Marco Rubio's from a page read). Two
 * kinds of successor prove nothing here: one whose start precedes the date the term's own source
 * still listed the holder (the same person under another spelling, unmerged: the Factbook's 2021
 * "Abd Rabuh Mansur Hadi" beside Wikidata's "Abdrabbuh Mansour Hadi", 2012), and one known only to
 * the year (where the extracts put rival claimants: Libya's 2022 parallel premiership beside the
 * Government of National Unity's). A legislature's terms overlap by nature and are left alone.
 */
export function closeOpenTermsAcrossSources(people: EntityDraft[]): void {
  for (const terms of termsByOffice(people)) {
    const title = terms[0]!.role.title;
    const alone = SINGLE_HOLDER.test(title) || (MINISTRY.test(title) && !SEVERAL_MINISTERS.test(title) && !sharedOffice(terms));
    if (!alone) continue;
    for (const { holder, role } of terms) {
      if (role.end || !role.start) continue;
      const successors = terms.filter((t) => t.role.start?.length === 10 && t.role.start > role.asOf);
      closeOpenTerm(holder, role, successors, CARETAKER_DAYS);
    }
  }
}

/**
 * An open term is over by the start of the next holder's term (at that term's precision): Wikidata
 * often leaves the last holder's term open ("David A. Granger, President of Guyana, 2015–") beside
 * the successor's ("Irfaan Ali, 2020–").
 */
function closeOpenTerm(holder: EntityDraft, role: Role, terms: Term[], grace = 0): void {
  const next = nextTerm(role, terms.filter((t) => t.holder !== holder).map((t) => t.role));
  if (next) endBy(role, grace ? daysAfter(next.start!, grace) : next.start!, next);
}

/** The term of `others` that starts first after the term's own start, compared at the precision both have. */
function nextTerm(role: Role, others: Role[]): Role | undefined {
  const later = (start: string) => {
    const n = Math.min(start.length, role.start!.length);
    return start.slice(0, n) > role.start!.slice(0, n);
  };
  return others.filter((o) => !!o.start && later(o.start)).sort((a, b) => (a.start! < b.start! ? -1 : a.start! > b.start! ? 1 : 0))[0];
}

/**
 * Bounds an open term by a later term's start: a bound another source already gives (the Factbook's
 * next snapshot) stays when it is earlier. The bound is cited to the record that gives that start
 * (`endSource`) when it is not the term's own.
 */
function endBy(role: Role, bound: string, from: Role): void {
  if (role.endedBy && role.endedBy < bound) return;
  role.endedBy = bound;
  if (from.source !== role.source || from.asOf !== role.asOf) role.endSource = { source: from.source, asOf: from.asOf };
  else delete role.endSource;
}

/**
 * Days a predecessor may stay on after the date another source gives for the successor: the
 * Factbook's "since" is sometimes the appointment, and the outgoing prime minister governs until
 * the new one takes over (Sama Lukonde handed over to Suminwa on 12 June 2024; the Factbook dates
 * her from 29 May).
 */
const CARETAKER_DAYS = 31;

function daysAfter(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Days two full-dated terms may overlap and still be one office passed on: Wikidata dates a handover
 * a day or a week apart on the two sides (Jeremy Hunt's Foreign Office from 8 July 2018, Boris
 * Johnson's to the 9th).
 */
const HANDOVER_DAYS = 31;

/** Two people hold the office at once: a full-dated term starts well inside another holder's full-dated term. */
function sharedOffice(terms: Term[]): boolean {
  const full = terms.filter((t) => t.role.start?.length === 10 && t.role.end?.length === 10);
  const overlap = (a: Role, b: Role) => (Date.parse(b.end!) - Date.parse(a.start!)) / 86_400_000;
  return full.some((a) => full.some((b) => a.holder !== b.holder && a.role.start! > b.role.start! && overlap(a.role, b.role) > HANDOVER_DAYS));
}

/**
 * A person's open term of an office is over by the start of the same person's later term of that
 * office (at its precision): no one takes up again a seat or an office still held. Wikidata leaves
 * such a term open beside the next (Benny Abante, Member of the House of Representatives "2004-"
 * and "2019-", out of it from 2010), so without a bound both read as held in 2020, and "since 2004"
 * is wrong. A bound already given (a successor's start, the next legislature) stays when earlier.
 */
export function closeAtOwnNextTerm(people: EntityDraft[]): void {
  closeAtOwnLaterTerm(people, officeKey);
}

/** Bounds each open term of `people` by the first later term of the same person in the office `nextOffice` gives (an office key), if any. */
function closeAtOwnLaterTerm(people: EntityDraft[], nextOffice: (role: Role) => string | undefined): void {
  for (const p of people) {
    for (const role of p.roles) {
      if (role.end || !role.start) continue;
      const office = nextOffice(role);
      if (office === undefined) continue;
      const next = nextTerm(role, p.roles.filter((o) => o !== role && officeKey(o) === office));
      if (next) endBy(role, next.start!, next);
    }
  }
}

/** A deputy's title: the principal office is the rest ("Vice President" of "President"). */
const DEPUTY = /^(?:vice[- ]|deputy )/i;

/**
 * A deputy's open term is over by the same person's start in the office they deputised for: a vice
 * president sworn in as president (Nangolo Mbumba on Hage Geingob's death, 4 February 2024) no
 * longer holds the vice-presidency, which a later snapshot closes only by the next vice president's
 * start ("over by 2026"). Across sources, once merged: the promotion is often a page read apart.
 */
export function closeAtPromotion(people: EntityDraft[]): void {
  closeAtOwnLaterTerm(people, (role) => (DEPUTY.test(role.title) ? officeKey({ ...role, title: role.title.replace(DEPUTY, '') }) : undefined));
}
