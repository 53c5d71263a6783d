// One-line summaries in the project's own words, built from an entity's structured facts as of the
// reader's date (an article's), for every entity a popover would otherwise leave bare. Each summary
// carries the source and date of the fact it is built on; hand-written summaries (which cite their
// own source) are kept as they are.
import { HEAD_OF_COUNTRY } from '../dataset/offices.js';
import type { DatedValue, Entity, OrgKind, Provenance, Role } from '../dataset/schema.js';
import { designationStood, listAsOf } from './as-of.js';
import { roleTitle, year } from './format.js';
import { regimeLabel } from './regimes.js';
import { compareAt, NOW, periodEndSource, rolePeriod, termStatus, type TermStatus } from './term.js';

export interface SummaryContext {
  name(id: string): string | undefined;
  /** "Russian" for Russia's entity id, when the dataset knows the adjective. */
  demonym(countryId: string): string | undefined;
}

const KIND_NOUNS: Record<OrgKind, string> = {
  'government-body': 'government body',
  intergovernmental: 'international organisation',
  'armed-group': 'armed group',
  'political-party': 'political party',
  'news-agency': 'news agency',
  broadcaster: 'broadcaster',
  company: 'company',
  other: 'organisation',
};

/** A summary line; `endSource` cites the end its period gives when another source states it. */
export type Summary = DatedValue & { endSource?: Provenance };

/** `date`: the day the reader asks about (an article's date); undefined: now. */
export function summarise(e: Entity, ctx: SummaryContext, date: string = NOW): Summary | undefined {
  if (e.summary) return e.summary;
  switch (e.type) {
    case 'person':
      return personSummary(e, ctx, date);
    case 'organization':
      return orgSummary(e, ctx, date);
    case 'country':
      if (e.headquarters) return { value: `Country; capital ${e.headquarters.value}`, source: e.headquarters.source, asOf: e.headquarters.asOf };
      // Territories without a capital (Antarctica, Western Sahara) still carry their ISO code.
      return e.country ? { value: `Country or territory (ISO 3166 code ${e.country.value})`, source: e.country.source, asOf: e.country.asOf } : undefined;
    case 'place': {
      const capital = e.roles.find((r) => r.title === 'Capital' && r.of);
      const of = capital?.of && ctx.name(capital.of);
      return capital && of ? { value: `Capital of ${of}`, source: capital.source, asOf: capital.asOf } : undefined;
    }
  }
}

/** Which terms describe a person best on a date: one held then, else the last known, else an ended one. */
const STATUS_RANK: Record<Exclude<TermStatus, 'future'>, number> = { held: 0, 'last-known': 1, 'ended-during': 2, ended: 3 };

/** Below every other status: an undated office that a later-ended term has overtaken. */
const OVERTAKEN_RANK = 4;

/**
 * The office a reader most likely knows the person for on the date: among the terms begun by then
 * (never a list's title), the best status, then a head of state's or government's before any other
 * (Netanyahu in 2015 was prime minister first, and communications minister too since 2014), then
 * the latest start. An undated office known only as
 * of a directory's date (Sheikh Hasina's defence ministry "as of 4 June 2019") comes last once
 * another term is known to have ended after that date (her premiership, 2009–2024): the sources
 * know her later than it.
 */
function keyRole(roles: Role[], date: string): Role | undefined {
  const endedAfter = (r: Role) => roles.some((o) => o !== r && compareAt(o.end ?? o.endedBy ?? '', r.asOf) > 0 && termStatus(o, date) === 'ended');
  const ranked = roles.flatMap((r) => {
    const status = termStatus(r, date);
    if (r.listing || status === 'future') return [];
    return [{ r, rank: status === 'last-known' && !r.start && endedAfter(r) ? OVERTAKEN_RANK : STATUS_RANK[status] }];
  });
  const head = (r: Role) => (HEAD_OF_COUNTRY.test(r.title) ? 0 : 1);
  ranked.sort((a, b) => a.rank - b.rank || head(a.r) - head(b.r) || (b.r.start ?? '').localeCompare(a.r.start ?? ''));
  return ranked[0]?.r;
}

function personSummary(e: Entity, ctx: SummaryContext, date: string): Summary | undefined {
  const demonym = e.country ? ctx.demonym(e.country.value) : undefined;
  const role = keyRole(e.roles, date);
  if (role) {
    const endSource = periodEndSource(role, date);
    return { value: `${roleTitle(role, ctx.name)} ${rolePeriod(role, date)}`, source: role.source, asOf: role.asOf, ...(endSource ? { endSource } : {}) };
  }
  const g = e.designations.find((d) => designationStood(d, date));
  if (g) {
    const who = demonym ? `${demonym} national` : 'Person';
    const asOf = listAsOf(g, date).slice(2);
    return { value: `${who} on the ${regimeLabel(g.regime)}${asOf ? ` (${asOf})` : ''}`, source: g.source, asOf: g.asOf };
  }
  return undefined;
}

function orgSummary(e: Entity, ctx: SummaryContext, date: string): DatedValue | undefined {
  const noun = KIND_NOUNS[e.orgKind ?? 'other'];
  const demonym = e.country ? ctx.demonym(e.country.value) : undefined;
  // A lifted designation would mislead as a one-line description; prefer the US FTO listing.
  const standing = e.designations.filter((d) => designationStood(d, date));
  const g = standing.find((d) => d.regime === 'US-FTO') ?? standing[0];
  if (g) {
    const asOf = listAsOf(g, date).slice(2);
    const since = (g.listed ? ` since ${year(g.listed)}` : '') + (asOf ? ` (${asOf})` : '');
    return { value: `${cap(demonym ? `${demonym} ${noun}` : noun)} on the ${regimeLabel(g.regime)}${since}`, source: g.source, asOf: g.asOf };
  }
  if (e.founded) {
    const where = e.headquarters ? `, based in ${e.headquarters.value}` : '';
    return { value: `${cap(demonym ? `${demonym} ${noun}` : noun)} founded in ${year(e.founded.value)}${e.founded.bound === 'by' ? ' or earlier' : ''}${where}`, source: e.founded.source, asOf: e.founded.asOf };
  }
  if (e.country && demonym) return { value: cap(`${demonym} ${noun}`), source: e.country.source, asOf: e.country.asOf };
  // The kind alone still tells a reader what the name is; it rests on the source that lists the entity.
  const listed = e.sources[0]!;
  return e.orgKind ? { value: cap(noun), source: listed.source, asOf: listed.asOf } : undefined;
}

function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}
