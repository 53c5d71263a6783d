// Whether a dated term was held on a reader's date, and how its period reads. A source vouches for
// an open term only up to its own date (the "as of"): after it, the term is the last one known, not
// a current one, however recent the source.
import type { Provenance, Role } from '../dataset/schema.js';
import { formatDate, year } from './format.js';

/** Stands for "now": after every date a source can give. */
export const NOW = '9999-12-31';

/**
 * future: starts after the date. held: the sources say it was held on the date. last-known: open, and
 * the source is older than the date (or the term has no start), so it may have ended since.
 * ended-during: ends in the date's own year (or month) at the precision the source gives: it may
 * have ended before the date. ended: over by the date.
 */
export type TermStatus = 'future' | 'held' | 'last-known' | 'ended-during' | 'ended';

/** -1, 0 or 1: `partial` against `date` compared at the precision of `partial`. */
export function compareAt(partial: string, date: string): number {
  const d = date.slice(0, partial.length);
  return partial < d ? -1 : partial > d ? 1 : 0;
}

export function termStatus(r: Role, d: string): TermStatus {
  if (r.start && compareAt(r.start, d) > 0) return 'future';
  // endedBy: a later source names someone else by then (a later snapshot, a successor's start).
  // Known only to the year ("over by 2020"), it may have been held on a day of that year.
  if (r.endedBy) {
    const c = compareAt(r.endedBy, d);
    if (c < 0 || (c === 0 && r.endedBy.length >= d.length)) return 'ended';
    if (c === 0) return 'ended-during';
  }
  if (r.end) {
    const c = compareAt(r.end, d);
    if (c < 0) return 'ended';
    return c === 0 && r.end.length < d.length ? 'ended-during' : 'held';
  }
  if (!r.start || d === NOW || compareAt(r.asOf, d) < 0) return 'last-known';
  return 'held';
}

/**
 * Where the end the period gives comes from, when a source other than the term's own states it:
 * `endSource` of a term whose period shows its end or its bound ("2021–2025", "over by …"), none
 * for a term read as held ("since 2021"), which does not give it.
 */
export function periodEndSource(role: Role, date: string = NOW): Provenance | undefined {
  if (!role.endSource || (role.start && termStatus(role, date) === 'held')) return undefined;
  return role.end || (role.start && role.endedBy) ? role.endSource : undefined;
}

/**
 * The period as a reader on `date` should read it: "(since 2012)" for a term held then (its end,
 * if later, is news the card gives apart), "(2004–2009)" for an ended one, and the source's date
 * for a term it cannot vouch for on that day: "(since 2020; as of 21 October 2021)", "(since 2013;
 * as of 21 October 2021; over by 22 January 2026)".
 */
export function rolePeriod(role: Role, date: string = NOW): string {
  const status = termStatus(role, date);
  const asOf = `as of ${formatDate(role.asOf)}`;
  if (role.start && status === 'held') return `(since ${year(role.start)})`;
  if (role.start && role.end) return year(role.start) === year(role.end) ? `(${year(role.start)})` : `(${year(role.start)}–${year(role.end)})`;
  if (role.start && role.endedBy) return status === 'ended' ? `(from ${year(role.start)}; over by ${formatDate(role.endedBy)})` : `(since ${year(role.start)}; ${asOf}; over by ${formatDate(role.endedBy)})`;
  if (role.start) return `(since ${year(role.start)}; ${asOf})`;
  if (role.end) return `(until ${year(role.end)})`;
  return `(${asOf})`;
}
