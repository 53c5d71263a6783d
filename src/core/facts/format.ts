// Plain-English pieces shared by the as-of facts and the generated summaries.
import type { Role } from '../dataset/schema.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2021-09-07" → "7 September 2021"; "2021-09" → "September 2021"; "2021" → "2021". */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1]!;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export function year(date: string): string {
  return date.slice(0, 4);
}

/** "Minister of Foreign Affairs of Russia": the title, and the body it is of unless the title already says it. */
export function roleTitle(role: Role, name: (id: string) => string | undefined): string {
  const of = (role.of && name(role.of)) || role.ofName;
  return of && !role.title.toLowerCase().includes(of.toLowerCase()) ? `${role.title} of ${of}` : role.title;
}

/**
 * How long a source's open term is taken as still current without saying "as of": cabinets rarely
 * change within months of a report, and qualifying every fact weeks later would bury the reader.
 */
export const OPEN_TERM_TRUST_YEARS = 1;

function trustedUntil(date: string): string {
  return `${Number(date.slice(0, 4)) + OPEN_TERM_TRUST_YEARS}${date.slice(4)}`;
}

/**
 * "(2004–2009)", "(since 2004)" or, for an undated role, "(as of 21 October 2021)". An open term
 * read well after its source's date says so ("since 2020; as of 21 October 2021"): the source cannot
 * vouch for later. `date` is the day the reader asks about (undefined: now).
 */
export function rolePeriod(role: Role, date?: string): string {
  if (role.start && role.end) return year(role.start) === year(role.end) ? `(${year(role.start)})` : `(${year(role.start)}–${year(role.end)})`;
  const stale = date === undefined || date > trustedUntil(role.asOf);
  if (role.start && role.endedBy && stale) return `(from ${year(role.start)}; over by ${formatDate(role.endedBy)})`;
  if (role.start) return stale ? `(since ${year(role.start)}; as of ${formatDate(role.asOf)})` : `(since ${year(role.start)})`;
  if (role.end) return `(until ${year(role.end)})`;
  return `(as of ${formatDate(role.asOf)})`;
}
