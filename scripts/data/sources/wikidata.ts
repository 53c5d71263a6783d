// People and their dated offices from the every-politician-scrapers Wikidata query results (CC0):
// heads of state and government of every country (world-leaders-2021), foreign ministers (world),
// UN posts (world), and the cabinets of the ~20 countries with a scraper. Dates come with their
// Wikidata precision; each fact is dated with the scraper's commit date.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { IsoDate, type Provenance, type Role } from '../../../src/core/dataset/schema.js';
import { parseCsvObjects } from '../lib/csv.js';
import { withPrecision } from '../lib/dates.js';
import { closeAtOwnNextTerm, closeAtSuccessor } from '../lib/offices.js';
import { readingName } from '../lib/person-name.js';
import { alias, emptyDraft, type EntityDraft, type SourceRecord } from '../model.js';
import { SOURCES } from './registry.js';

export interface Ctx {
  /** QIDs that are country entities in the dataset; other jurisdictions are named, not linked. */
  countryIds: Set<string>;
  people: Map<string, EntityDraft>;
}

export function importWikidata(shared: string, countryIds: Set<string>): SourceRecord[] {
  const dir = path.join(shared, 'wikidata-everypolitician-scrapers');
  const commitDates = new Map(parseCsvObjects(readFileSync(path.join(dir, 'MANIFEST.csv'), 'utf8')).map((r) => [r['repo']!.split('/')[1]!, r['commit_date']!]));
  const ctx: Ctx = { countryIds, people: new Map() };
  for (const repo of readdirSync(dir).sort()) {
    const asOf = commitDates.get(repo);
    if (!asOf) continue;
    const prov: Provenance = { source: SOURCES.wikidata.id, asOf };
    const read = (rel: string) => (existsSync(path.join(dir, repo, rel)) ? parseCsvObjects(readFileSync(path.join(dir, repo, rel), 'utf8')) : []);
    const meta = existsSync(path.join(dir, repo, 'meta.json'))
      ? (JSON.parse(readFileSync(path.join(dir, repo, 'meta.json'), 'utf8')) as { jurisdiction?: { id: string; name: string } })
      : {};
    const jurisdiction = meta.jurisdiction;
    for (const r of read('html/bio.csv')) addBio(ctx, r, prov);
    const stateOffice = new Map(read('html/positions.csv').map((r) => [r['id']!, !!jurisdiction && !!r['jurisdiction'] && r['jurisdiction'] !== jurisdiction.id]));
    const cabinet = read('wikidata/results/current-cabinet.csv').filter((r) => !stateOffice.get(r['position']!));
    const ambiguous = stateTitles(path.join(dir, repo, 'wikidata'), read);
    // The query names the office in full ("Treasurer of Australia"), holders21.csv by its bare title.
    const national = new Set(cabinet.map((r) => `${r['item']}|${titleWithin(r['positionLabel']!, jurisdiction)}`));
    for (const file of ['html/holders21.csv', 'html/current.csv']) {
      for (const r of read(file)) {
        if (ambiguous.has(r['position']!) && !national.has(`${r['personID']}|${r['position']}`)) continue;
        addRole(ctx, r['personID'], r['person'], { title: r['position'], start: r['start'], end: r['end'] }, jurisdiction, prov);
      }
    }
    // predecessors.csv and successors.csv are not read: their start and end belong to the person in
    // "from" (the predecessor or successor), not to "wanted", and "from" comes with no name.
    for (const r of cabinet) addRole(ctx, r['item'], r['itemLabel'], { title: r['positionLabel'], start: queryDate(r['start']) }, jurisdiction, prov);
    for (const r of read('sources/foreign/wikidata.csv')) {
      addRole(ctx, r['person'], r['name'], { title: r['positionLabel'], start: queryDate(r['start']) }, { id: r['country']!, name: r['countryLabel']! }, prov);
    }
    for (const r of read('data/wikidata.csv')) {
      if (!r['officeholder']) continue;
      addRole(ctx, r['officeholder'], r['officeholderLabel'], { title: headTitle(r['positionLabel']), start: r['start_year'], end: r['end_year'] }, { id: r['countryid']!, name: r['country']! }, prov);
    }
  }
  closeAtSuccessor([...ctx.people.values()]);
  closeAtOwnNextTerm([...ctx.people.values()]);
  return [...ctx.people.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([qid, entity]) => ({ key: `wd:${qid}`, entity, rank: 1 }));
}

/**
 * A date of a query result that comes without its precision (the current-cabinet query, the foreign
 * ministers' list): Wikidata stores a year as its 1 January and a month as its 1st, so Ursula Owusu,
 * "Minister for Communications" from 2017 in holders21.csv, starts "2017-01-01" there. A first of
 * January is read as the year and a first of the month as the month; the html/ files, cut to their
 * precision, still give the day where Wikidata knows it.
 */
export function queryDate(date: string | undefined): string | undefined {
  if (!date) return undefined;
  return date.replace(/^(\d{4})-01-01$/, '$1').replace(/^(\d{4}-\d{2})-01$/, '$1');
}

/**
 * The world leaders' list gives each country's head of state or government, so a republic named in
 * the title is that country, under whatever name: "President of the French Republic" of France,
 * "President of the Republic of China" of Taiwan are its "President".
 */
export function headTitle(title: string | undefined): string | undefined {
  return title?.replace(/^((?:Vice )?President|Prime Minister) of the (?:\p{L}+ )?Republic(?: of [\p{L} ]+)?$/u, '$1');
}

/**
 * Titles a scraper also lists for a state or province (`wikidata/<state>-positions.csv`): Australia's
 * holders21.csv gives Victoria's treasurer as "Treasurer", like the Treasurer of Australia. A row
 * with such a bare title cannot say which government it is, so it is read only when the current
 * cabinet query (which names the office by its id) shows the person in the national office.
 */
function stateTitles(wikidataDir: string, read: (rel: string) => Record<string, string>[]): Set<string> {
  if (!existsSync(wikidataDir)) return new Set();
  const files = readdirSync(wikidataDir).filter((f) => f.endsWith('-positions.csv') && !NATIONAL_POSITION_LISTS.includes(f));
  return new Set(files.flatMap((f) => read(`wikidata/${f}`).map((r) => r['title']!).filter(Boolean)));
}

/** The scrapers' own lists of national offices and chambers; every other `*-positions.csv` is a state's. */
const NATIONAL_POSITION_LISTS = ['wanted-positions.csv', 'xtra-positions.csv', 'legislative-positions.csv'];

function person(ctx: Ctx, qid: string, label: string, prov: Provenance): EntityDraft {
  let p = ctx.people.get(qid);
  if (!p) {
    const { name, own } = readingName(label);
    p = emptyDraft('person', name, [prov]);
    // "David Wolfson, Baron Wolfson of Tredegar" is written "David Wolfson"; one word alone names too many.
    if (own?.includes(' ')) p.aliases.push(alias(own, prov, { standalone: true, kind: 'name' }));
    p.id = qid;
    p.wikidata = qid;
    ctx.people.set(qid, p);
  }
  return p;
}

function addBio(ctx: Ctx, r: Record<string, string>, prov: Provenance): void {
  const qid = r['id'];
  if (!qid || !/^Q\d+$/.test(qid) || !r['name'] || /^Q\d+$/.test(r['name'])) return;
  const p = person(ctx, qid, r['name'], prov);
  const born = r['dob'] ? withPrecision(r['dob'], r['dobp']) : undefined;
  const died = r['dod'] ? withPrecision(r['dod'], r['dodp']) : undefined;
  if (born && !p.born) p.born = { value: born, ...prov };
  if (died && !p.died) p.died = { value: died, ...prov };
}

/** Shared with wikidata-positions.ts so both read titles and jurisdictions one way. */
export function addRole(
  ctx: Ctx,
  qid: string | undefined,
  name: string | undefined,
  raw: { title: string | undefined; start?: string | undefined; end?: string | undefined },
  jurisdiction: { id: string; name: string } | undefined,
  prov: Provenance,
): void {
  if (!qid || !/^Q\d+$/.test(qid) || !name || /^Q\d+$/.test(name) || !raw.title || /^Q\d+$/.test(raw.title)) return;
  const p = person(ctx, qid, name, prov);
  const date = (d: string | undefined) => (d && IsoDate.safeParse(d).success ? d : undefined);
  const role: Role = { title: titleWithin(raw.title, jurisdiction), ...prov };
  if (jurisdiction && ctx.countryIds.has(jurisdiction.id)) role.of = jurisdiction.id;
  else if (jurisdiction) role.ofName = jurisdiction.name.replace(/^the /, '');
  const start = date(raw.start);
  const end = date(raw.end);
  // A term that ends before it starts is a typo in one of its dates, and nothing says which: Flaviano
  // Melo's deputyship "2019-02-01 to 2011-02-01" beside his open 2019 term, Kuwait's interior minister
  // "2013 to 2003". Its start would join that open term and close it in 2011, so the row is not read.
  if (start && end && end.slice(0, start.length) < start.slice(0, end.length)) return;
  if (start) role.start = start;
  if (end) role.end = end;
  const same = (a: Role) => a.title === role.title && a.of === role.of && a.ofName === role.ofName;
  // The same term often appears in holders21, current and the cabinet query; keep the most precise.
  const existing = p.roles.find((a) => same(a) && (a.start === role.start || (a.start && role.start && (a.start.startsWith(role.start) || role.start.startsWith(a.start)))));
  if (existing) {
    if (role.start && (!existing.start || role.start.length > existing.start.length)) existing.start = role.start;
    if (role.end && (!existing.end || role.end.length > existing.end.length)) existing.end = role.end;
    return;
  }
  p.roles.push(role);
}

/**
 * "President of Russia" in one extract is "President" of Russia in another: the one form kept. The
 * office may name the country in its long form or the jurisdiction may carry it ("President of the
 * Republic of Poland", "Emir of the State of Qatar"; "Prime Minister of the Netherlands" of the
 * "Kingdom of the Netherlands", "President of the United States" of the "United States of America",
 * "St Kitts and Nevis"): left in the title, the office differs from the Factbook's "President" of
 * Poland, and a later holder named there never closes the term (Andrzej Duda's, shown in 2026).
 */
export function titleWithin(title: string, jurisdiction: { name: string } | undefined): string {
  if (!jurisdiction) return title;
  const name = jurisdiction.name.replace(/^the /i, '');
  const forms = [...new Set([name, name.replace(LONG_FORM, ''), name.replace(/ of America$/, '')])];
  const places = forms.map((f) => escapeRegExp(f).replace(/^Saint /, '(?:Saint|St\\.?) ')).join('|');
  // "of the Republic of Poland", not "of State of Puerto Rico" (a Secretary of State) nor "of the State
  // of Mexico" (a state's governor): a long form in the title is a kingdom's or a republic's.
  return title.replace(new RegExp(`\\s+of\\s+(?:the\\s+(?:\\p{Lu}[\\p{L}'-]*\\s+){0,3}${TITLE_STATE_WORD}\\s+of\\s+(?:the\\s+)?|the\\s+)?(?:${places})$`, 'iu'), '');
}

/** The kind of state a long-form name opens with: "Kingdom of Denmark", "Turkish Republic of Northern Cyprus". */
const STATE_WORD = '(?:Republic|Kingdom|State|Commonwealth|Federation|Principality|Grand Duchy|Sultanate|Emirate)';
const TITLE_STATE_WORD = '(?:Republic|Kingdom|Commonwealth|Principality|Grand Duchy|Sultanate)';
const LONG_FORM = new RegExp(`^(?:[\\p{L}'-]+ ){0,2}${STATE_WORD} of (?:the )?`, 'iu');

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
