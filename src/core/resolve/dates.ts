// Partial ISO dates ("2021", "2021-09", "2021-09-07") compared at the precision both sides have:
// a role that ended "2021" still held on 2021-10-20 as far as the source tells.
export function onOrAfter(date: string, start: string | undefined): boolean {
  return start === undefined || date.slice(0, start.length) >= start.slice(0, date.length);
}

export function onOrBefore(date: string, end: string | undefined): boolean {
  return end === undefined || date.slice(0, end.length) <= end.slice(0, date.length);
}

export function within(date: string | undefined, start: string | undefined, end: string | undefined): boolean {
  return date === undefined || (onOrAfter(date, start) && onOrBefore(date, end));
}
