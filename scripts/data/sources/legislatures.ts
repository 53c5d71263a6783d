// When a member's seat ended, where Wikidata leaves it open. A chamber elected whole has intakes:
// days on which a whole legislature takes its seats. Wikidata closes most terms of past
// legislatures but leaves many open (Tunisia's 2014 assembly, Chile's 2018 deputies), and an open
// term would read as a seat held until the scraper's date, years after the next legislature sat.
import type { Role } from '../../../src/core/dataset/schema.js';
import { officeKey } from '../lib/offices.js';
import type { EntityDraft } from '../model.js';

/** A day on which at least this many members of one chamber start is an intake, not a by-election. */
const MIN_INTAKE = 20;
/** How many closed terms must show the chamber's pattern before any open one is closed by it. */
const MIN_EVIDENCE = 20;
/** Share of closed terms that must end at the next intake for the chamber to count as elected whole. */
const WHOLE_SHARE = 0.7;
/** A term ends at the next intake when it ends this many days before it (dissolution, the count) or after. */
const BEFORE_DAYS = 200;
const AFTER_DAYS = 30;
/**
 * No legislature sits for less than a year. Intake days closer than this are one legislature taking
 * its seats: election day and first sitting (Canada's 2021-09-20 and 2021-11-22), a late count.
 */
const MIN_LEGISLATURE_DAYS = 365;

const DAY_MS = 86_400_000;
const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/**
 * Gives each open term of a chamber elected whole an `endedBy`: the next intake after its start.
 * Staggered chambers (a third or half renewed at each intake: the US or Argentine Senate) are left
 * alone: there a term runs past the next intake, and closed terms show it.
 */
export function closeAtNextLegislature(people: EntityDraft[]): void {
  const chambers = new Map<string, Role[]>();
  for (const p of people) {
    for (const r of p.roles) {
      if (!r.start) continue;
      const k = officeKey(r);
      chambers.set(k, [...(chambers.get(k) ?? []), r]);
    }
  }
  for (const terms of chambers.values()) {
    const intakes = intakeDays(terms);
    if (intakes.length < 2 || !electedWhole(terms, intakes)) continue;
    for (const r of terms) {
      if (r.end || r.endedBy || r.start!.length !== 10) continue;
      const next = intakes.find((d) => days(d) - days(r.start!) >= MIN_LEGISLATURE_DAYS);
      if (next) r.endedBy = next;
    }
  }
}

/** The first day of each legislature: intake days, those within a year of an earlier one dropped. */
function intakeDays(terms: Role[]): string[] {
  const count = new Map<string, number>();
  for (const r of terms) if (r.start!.length === 10) count.set(r.start!, (count.get(r.start!) ?? 0) + 1);
  const kept: string[] = [];
  for (const d of [...count].filter(([, n]) => n >= MIN_INTAKE).map(([d]) => d).sort()) {
    if (kept.length === 0 || days(d) - days(kept[kept.length - 1]!) >= MIN_LEGISLATURE_DAYS) kept.push(d);
  }
  return kept;
}

/** Closed terms that began at an intake mostly end at the next one. */
function electedWhole(terms: Role[], intakes: string[]): boolean {
  let closed = 0;
  let atNext = 0;
  for (const r of terms) {
    const i = intakes.indexOf(r.start!);
    if (!r.end || i === -1 || i === intakes.length - 1) continue;
    closed++;
    if (endsAt(r.end, intakes[i + 1]!)) atNext++;
  }
  return closed >= MIN_EVIDENCE && atNext >= WHOLE_SHARE * closed;
}

function endsAt(end: string, intake: string): boolean {
  if (end.length < 10) return intake.startsWith(end);
  const gap = days(intake) - days(end);
  return gap <= BEFORE_DAYS && gap >= -AFTER_DAYS;
}

/** "Member of the 7th Parliament of the 4th Republic": the legislature's number (the first ordinal) and the title around it. */
const NUMBERED = /^(.*?\b)(\d+)(?:st|nd|rd|th)\b(.*)$/;
/** Members who must share a first day for it to be the numbered legislature's own first sitting. */
const MIN_NUMBERED_INTAKE = 5;

/**
 * A seat in a numbered legislature ends when the next one sits, whatever the chamber's pattern:
 * Wikidata leaves 270 of the 275 seats of Ghana's 7th Parliament (from 7 January 2017) open,
 * beside the 8th Parliament's members from 7 January 2021, and an open seat read as one held in
 * 2022. The next legislature's first day is the day most of its members start (at least
 * MIN_NUMBERED_INTAKE of them and half of those dated to the day); a bound already given stays when earlier.
 */
export function closeAtNextNumberedLegislature(people: EntityDraft[]): void {
  const legislatures = new Map<string, Role[]>();
  const keyOf = (r: Role, n: number) => {
    const m = NUMBERED.exec(r.title);
    return m ? `${m[1]}#${Number(m[2]) + n}#${m[3]}|${r.of ?? ''}|${r.ofName ?? ''}` : undefined;
  };
  for (const p of people) {
    for (const r of p.roles) {
      const k = keyOf(r, 0);
      if (k) legislatures.set(k, [...(legislatures.get(k) ?? []), r]);
    }
  }
  const firstDay = new Map<string, string>();
  for (const [k, terms] of legislatures) {
    const count = new Map<string, number>();
    for (const r of terms) if (r.start?.length === 10) count.set(r.start, (count.get(r.start) ?? 0) + 1);
    const [day, n] = [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
    const dated = [...count.values()].reduce((a, b) => a + b, 0);
    if (day && n! >= MIN_NUMBERED_INTAKE && n! * 2 >= dated) firstDay.set(k, day);
  }
  for (const terms of legislatures.values()) {
    for (const r of terms) {
      const next = firstDay.get(keyOf(r, 1)!);
      if (!next || r.end || (r.start && r.start.slice(0, 10) >= next)) continue;
      if (!r.endedBy || r.endedBy > next) r.endedBy = next;
    }
  }
}
