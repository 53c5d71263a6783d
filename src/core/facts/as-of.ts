// What held for an entity on a date, and what changed after it. Pure: names and sources come in
// through `ctx`. Partial dates ("2021") are compared at their own precision, so a term that ends
// in "2021" still counts as held on 2021-10-20: the sources cannot say otherwise, and the fact
// shows its years.
import type { Affiliation, BoundedDate, DatedValue, Designation, Entity, Provenance, Role, Source } from '../dataset/schema.js';
import { boundedDate, formatDate, roleTitle } from './format.js';
import { regimeLabel } from './regimes.js';
import { compareAt, NOW, periodEndSource, rolePeriod, termStatus } from './term.js';

export { compareAt } from './term.js';

/** `endSource`: where the end the value gives comes from, when not from `source` (a handover report). */
export type Fact = { label: string; value: string; start?: string; end?: string; source: string; asOf: string; endSource?: Provenance };

export interface FactsContext {
  name(id: string): string | undefined;
  source(id: string): Source | undefined;
  /** "Russian" for Russia's id, where the caller has the dataset at hand (for a summary's adjective). */
  demonym?(countryId: string): string | undefined;
}

/** At most this many earlier roles are shown: the latest are the ones a reader needs. */
export const MAX_EARLIER_ROLES = 3;
/** "Linked to" relations from sanctions lists can run to dozens; a popover shows the first few. */
export const MAX_LINKS = 5;

export function factsAsOf(entity: Entity, date: string | undefined, ctx: FactsContext): { facts: Fact[]; since: Fact[] } {
  const d = date ?? NOW;
  const facts: Fact[] = [];
  const since: Fact[] = [];
  const name = (id: string) => ctx.name(id);
  lifeFacts(entity, d, facts, since);
  roleFacts(entity, d, name, facts, since);
  for (const g of entity.designations) designationFact(g, d, facts, since);
  for (const e of entity.events) (compareAt(e.date, d) <= 0 ? facts : since).push({ label: 'Event', value: `${e.text} (${formatDate(e.date)})`, start: e.date, source: e.source, asOf: e.asOf });
  affiliationFacts(entity.affiliations, d, name, facts, since);
  if (entity.headquarters) facts.push(valueFact(entity.type === 'country' ? 'Capital' : entity.type === 'place' ? 'Location' : 'Headquarters', entity.headquarters));
  if (entity.country && entity.type !== 'country') {
    const country = ctx.name(entity.country.value);
    if (country) facts.push({ ...valueFact('Country', entity.country), value: country });
  }
  return { facts, since };
}

function valueFact(label: string, v: DatedValue, value = v.value): Fact {
  return { label, value, source: v.source, asOf: v.asOf };
}

function lifeFacts(e: Entity, d: string, facts: Fact[], since: Fact[]): void {
  const dated: [string, BoundedDate | undefined][] = [['Born', e.born], ['Died', e.died], ['Founded', e.founded], ['Dissolved', e.dissolved]];
  for (const [label, v] of dated) {
    if (!v) continue;
    const fact = { ...valueFact(label, v, boundedDate(v)), start: v.value };
    // Birth and founding are background whatever the date; death and dissolution after D are news.
    (label === 'Born' || label === 'Founded' || compareAt(v.value, d) <= 0 ? facts : since).push(fact);
  }
}

function roleFacts(e: Entity, d: string, name: (id: string) => string | undefined, facts: Fact[], since: Fact[]): void {
  const earlier: Fact[] = [];
  for (const r of e.roles) {
    if (r.listing) {
      listingFact(e, r, d, facts, since);
      continue;
    }
    const endSource = periodEndSource(r, d);
    const fact: Fact = { label: 'Role', value: `${roleTitle(r, name)} ${rolePeriod(r, d)}`, source: r.source, asOf: r.asOf, ...(endSource ? { endSource } : {}), ...(r.start ? { start: r.start } : {}), ...(r.end ? { end: r.end } : {}) };
    switch (termStatus(r, d)) {
      case 'future':
        since.push({ ...fact, label: 'New role' });
        break;
      case 'ended':
        earlier.push({ ...fact, label: 'Earlier role' });
        break;
      case 'last-known':
      case 'ended-during':
        // The source cannot say the term still ran on the date: never shown as the current role.
        facts.push({ ...fact, label: 'Last known role' });
        break;
      case 'held':
        facts.push(fact);
        // The end alone: cited to the page that states it, when that is not the term's source.
        if (r.end && d !== NOW) since.push({ ...fact, label: 'Role ended', value: `${roleTitle(r, name)}: ended ${formatDate(r.end)}`, ...(r.endSource ?? {}) });
    }
  }
  facts.push(...earlier.sort((a, b) => (b.start ?? '').localeCompare(a.start ?? '')).slice(0, MAX_EARLIER_ROLES));
}

/**
 * A sanctions list's title for the person, in the list's words and at the list's date: what the
 * list says, not an office held on the date. It comes with the listing, so a listing made after
 * the date puts it among the news.
 */
function listingFact(e: Entity, r: Role, d: string, facts: Fact[], since: Fact[]): void {
  const fact: Fact = { label: 'Listed as', value: `${r.title} (list entry as of ${formatDate(r.asOf)})`, source: r.source, asOf: r.asOf };
  const listings = e.designations.filter((g) => g.source === r.source);
  (listings.length && listings.every((g) => !designationShown(g, d)) ? since : facts).push(fact);
}

/** The designation stood on the date, as far as its listing dates tell. */
export function designationShown(g: Designation, d: string): boolean {
  if (g.listed && compareAt(g.listed, d) > 0) return false;
  if (listedInWindowAfter(g, d)) return false;
  if (g.delistedBy && compareAt(g.delistedBy, d) <= 0) return false;
  return !(g.delisted && compareAt(g.delisted, d) <= 0);
}

/**
 * The designation stood on the date for the card's one-line summary, which states it without its
 * "as of": a list that gives no listing date (OFAC's) vouches for it only from its own date on. The
 * card's facts still give it, worded "on the list as of …"; a one-line "on the sanctions list" in a
 * 2020 article about someone listed under a 2021 order would be wrong.
 */
export function designationStood(g: Designation, d: string): boolean {
  if (!designationShown(g, d) || (!g.listed && compareAt(g.asOf, d) > 0)) return false;
  // Between the last list that has it and the first that does not, it may already be gone.
  return !(g.delistedBy && compareAt(g.asOf, d) < 0);
}

/** "; as of 1 June 2020" when the reader's date is past the list's: the list vouches for no later day. */
export function listAsOf(g: Designation, d: string): string {
  return compareAt(g.asOf, d) < 0 ? `; as of ${formatDate(g.asOf)}` : '';
}

/**
 * Listed some time between the earlier snapshot that lacks it and the list's date, and the reader's
 * date is not past that window: the listing may well be later, so it is never shown as standing.
 */
function listedInWindowAfter(g: Designation, d: string): g is Designation & { listedAfter: string } {
  return !g.listed && !!g.listedAfter && compareAt(g.asOf, d) > 0;
}

function designationFact(g: Designation, d: string, facts: Fact[], since: Fact[]): void {
  const label = regimeLabel(g.regime);
  const ref = g.reference ? `, ${g.reference}` : '';
  const base = { source: g.source, asOf: g.asOf };
  if (g.listed && compareAt(g.listed, d) > 0) {
    since.push({ label: 'Designation added', value: `Added to the ${label} (${formatDate(g.listed)}${ref})`, start: g.listed, ...base });
    return;
  }
  if (listedInWindowAfter(g, d)) {
    since.push({ label: 'Designation added', value: `Added to the ${label} between ${formatDate(g.listedAfter)} and ${formatDate(g.asOf)}${ref}`, ...base });
    return;
  }
  if (g.delisted && compareAt(g.delisted, d) <= 0) return;
  if (g.delistedBy) {
    const off: Fact = { label: 'Designation lifted', value: `No longer on the ${label} by ${formatDate(g.delistedBy)} (on it as of ${formatDate(g.asOf)}${ref})`, ...base };
    if (compareAt(g.delistedBy, d) <= 0) {
      facts.push(off);
      return;
    }
    since.push(off);
  }
  const when = g.listed ? `since ${formatDate(g.listed)}${listAsOf(g, d)}` : `on the list as of ${formatDate(g.asOf)}`;
  facts.push({ label: 'Designation', value: `On the ${label} (${when}${ref})`, ...(g.listed ? { start: g.listed } : {}), ...(g.delisted ? { end: g.delisted } : {}), ...base });
  if (g.delisted) since.push({ label: 'Designation lifted', value: `Removed from the ${label} (${formatDate(g.delisted)})`, start: g.delisted, ...base });
}

const RELATION_LABELS: Record<Affiliation['relation'], string> = {
  'member-of': 'Member of',
  'leader-of': 'Leads',
  'founder-of': 'Founder of',
  'part-of': 'Part of',
  'linked-to': 'Linked to',
  'successor-of': 'Successor of',
  'alias-of': 'Also known as',
};

function affiliationFacts(list: Affiliation[], d: string, name: (id: string) => string | undefined, facts: Fact[], since: Fact[]): void {
  let links = 0;
  for (const a of list) {
    const target = name(a.target);
    if (!target) continue;
    const fact: Fact = { label: RELATION_LABELS[a.relation], value: target, source: a.source, asOf: a.asOf, ...(a.start ? { start: a.start } : {}), ...(a.end ? { end: a.end } : {}) };
    if (a.start && compareAt(a.start, d) > 0) since.push(fact);
    else if (a.end && compareAt(a.end, d) < 0) continue;
    else if (a.relation !== 'linked-to' || links++ < MAX_LINKS) facts.push(fact);
  }
}

