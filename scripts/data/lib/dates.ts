// Dates as the sources write them → ISO (possibly partial) dates.
const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06',
  jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};

/** "7 May 2012", "07 Oct 1952", "May 2012", "2012" → ISO; undefined when the text is not such a date. */
export function parseDayMonthYear(text: string): string | undefined {
  const t = text.trim();
  let m = /^(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase()];
    return month ? `${m[3]}-${month}-${m[1]!.padStart(2, '0')}` : undefined;
  }
  m = /^([A-Za-z]{3})[a-z]*\.?\s+(\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS[m[1]!.toLowerCase()];
    return month ? `${m[2]}-${month}` : undefined;
  }
  return /^\d{4}$/.test(t) ? t : undefined;
}

/** Keep only the part of a Wikidata date its precision supports (9 = year, 10 = month, 11 = day). */
export function withPrecision(date: string, precision: string | undefined): string | undefined {
  if (!/^\d{4}/.test(date)) return undefined;
  if (precision === '9') return date.slice(0, 4);
  if (precision === '10') return date.slice(0, 7);
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(date) ? date : undefined;
}

/**
 * Days before a term's end that a page may announce it (a handover scheduled for the 7th, reported
 * on the 5th; a term "ending on 31 May" in March): later than that, the page cannot know the end.
 */
const ANNOUNCED_DAYS = 120;

/** Whether a page of date `page` can state an end on `end` (dates known to the month or year count from their first day). */
export function mayStateEnd(page: string, end: string): boolean {
  const day = (d: string) => Date.parse(`${d}-01-01`.slice(0, 10));
  return day(page) >= day(end) - ANNOUNCED_DAYS * 86_400_000;
}

/** Whether an event reports an end: of the end's month, on a page that can state it. */
export function reportsEnd(event: { date: string; asOf: string }, end: string): boolean {
  return event.date.slice(0, 7) === end.slice(0, 7) && mayStateEnd(event.asOf, end);
}
