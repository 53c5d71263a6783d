// The country an article is about, for names every country's institutions share ("Congress",
// "Parliament", "the Supreme Court"): its dateline ("NAIROBI, Kenya (Reuters) -"), else the country
// it names clearly most often, counting the countries of the people and bodies it names, else the
// country its site's address names (site-country.ts). Undecided when nothing stands out: such a name
// then stays unlinked.
import type { LinkRecord } from '../dataset/bundle';
import type { AliasEntry } from '../match/alias-kind';
import type { ScanResult } from '../match/load';

type Lookup = (id: string) => LinkRecord | undefined;
type Fits = (m: ScanResult['matches'][number]) => AliasEntry[];

/** A dateline is a place written at the start of one of the article's first lines. */
const DATELINE_LINES = 3;
/** What follows a dateline's place: a comma ("NAIROBI, Kenya"), an agency in brackets, or a dash. */
const AFTER_DATELINE = /^\s*(?:,|\(|[-\u2013\u2014:])/;
/**
 * The leading country must be named more often than the next one, and hold this share of all the
 * votes: an article about two countries evenly has no one country. A stricter rule (a lead of two,
 * 60%) left Venezuela's National Assembly and Japan's Cabinet unlinked in reports that name a
 * neighbour or two, and linked no body the looser rule gets wrong (checked on the NER sets).
 */
const MIN_LEAD = 1;
const MIN_SHARE = 0.4;
const ISO_CODE = /^[A-Z]{2}$/;

/** The country an entity belongs to, as a country entity id (or an ISO code when the dataset gives one). */
function countryOf(e: LinkRecord, entity: Lookup): string | undefined {
  if (e.type === 'country') return e.id;
  if (e.country) return e.country.value;
  for (const r of e.roles) {
    const of = r.of !== undefined ? entity(r.of) : undefined;
    if (of?.type === 'country') return of.id;
    if (of?.country) return of.country.value;
  }
  return undefined;
}

/** The one entity these entries name without doubt, standalone or as a demonym ("Kenyan"). */
function sole(entries: AliasEntry[]): string | undefined {
  const ids = new Set(entries.filter((e) => (e.standalone && !e.common) || e.kind === 'demonym').map((e) => e.entityId));
  return ids.size === 1 ? [...ids][0] : undefined;
}

function dateline(scan: ScanResult, fits: Fits, entity: Lookup): string | undefined {
  const { tokens } = scan;
  const text = tokens.text;
  let lineStart = 0;
  for (let line = 0; line < DATELINE_LINES && lineStart < text.length; line++) {
    const lineEnd = text.indexOf('\n', lineStart) === -1 ? text.length : text.indexOf('\n', lineStart);
    const m = scan.matches.find((x) => tokens.start(x.first) === lineStart);
    const id = m && tokens.allCaps(m.first) && AFTER_DATELINE.test(text.slice(tokens.end(m.end - 1), lineEnd)) ? sole(fits(m)) : undefined;
    const place = id !== undefined ? entity(id) : undefined;
    if (place && (place.type === 'place' || place.type === 'country')) return countryOf(place, entity);
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/** A country as the keys an institution's `country` may carry: its entity's id and its ISO code. */
export function countryKeys(id: string, entity: Lookup): Set<string> {
  const c = entity(id);
  const code = c?.type === 'country' ? c.country?.value : undefined;
  return new Set([id, ...(code && ISO_CODE.test(code) ? [code] : [])]);
}

/**
 * The article's country as the keys an institution's `country` may carry: the country entity's id and
 * its ISO code. Empty when the article does not single one country out.
 */
export function articleCountry(scan: ScanResult, fits: Fits, entity: Lookup, site?: string): ReadonlySet<string> {
  const keysOf = (id: string) => countryKeys(id, entity);
  const fromDateline = dateline(scan, fits, entity);
  if (fromDateline !== undefined) return keysOf(fromDateline);
  const votes = new Map<string, number>();
  const counted = new Set<string>();
  const codes = new Map<string, string>();
  for (const m of scan.matches) {
    // fits() drops demonyms, which name no actor but do say which country the article is about.
    const demonyms = scan.tokens.capitalised(m.first) ? m.entries.filter((e) => e.kind === 'demonym') : [];
    const id = sole([...fits(m), ...demonyms]);
    const e = id !== undefined ? entity(id) : undefined;
    if (!e || e.type === 'place') continue;
    // Each person or body counts once; every naming of a country counts.
    if (e.type !== 'country' && counted.has(e.id)) continue;
    counted.add(e.id);
    if (e.type === 'country' && e.country && ISO_CODE.test(e.country.value)) codes.set(e.country.value, e.id);
    const country = countryOf(e, entity);
    if (country !== undefined) votes.set(country, (votes.get(country) ?? 0) + 1);
  }
  // A country given by its ISO code ("KE") is the same vote as its entity when the article names it.
  for (const [key, n] of [...votes]) {
    const id = ISO_CODE.test(key) ? codes.get(key) : undefined;
    if (id === undefined) continue;
    votes.set(id, (votes.get(id) ?? 0) + n);
    votes.delete(key);
  }
  const [first, second] = [...votes].sort((a, b) => b[1] - a[1]);
  const total = [...votes.values()].reduce((a, b) => a + b, 0);
  // Undecided by the text, a report is about the country its site's address names, if any.
  if (!first || (second && first[1] - second[1] < MIN_LEAD) || first[1] < MIN_SHARE * total) return site !== undefined ? keysOf(site) : new Set();
  return keysOf(first[0]);
}
