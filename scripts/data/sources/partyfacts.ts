// Political parties of every country from Party Facts (hdigital/partyfactsdata, MIT, cited): the core
// parties list (names in the original language and in English, acronym, country, first and last
// year) and its Wikidata links. One entity per Wikidata id, or per Party Facts entry when none is
// linked. Party Facts gives no ideology, so none is stated.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Alias, Provenance } from '../../../src/core/dataset/schema.js';
import { COMMON_WORDS, NAME_PARTICLES } from '../../../src/core/match/common-words.js';
import { parseCsvObjects } from '../lib/csv.js';
import { detectScript, normaliseName } from '../lib/text.js';
import { alias, emptyDraft, type SourceRecord } from '../model.js';
import { SOURCES } from './registry.js';

/**
 * Party Facts codes that are not the ISO 3166 alpha-3 code i18n-iso-countries lists: Northern Ireland's
 * parties are the UK's; Kosovo is XKX there and XKK in the country list.
 */
const COUNTRY_CODES: Record<string, string> = { NIR: 'GBR', XKX: 'XKK' };

/** An acronym as parties write it: capitals, possibly joined by hyphens ("CASA-CE", "FREPASO"). */
const ACRONYM = /^\p{Lu}+(?:-\p{Lu}+)*$/u;
/** Two letters (MP, PM, AL, PP) are read as something else even after the party's full name. */
const MIN_ACRONYM = 3;
/**
 * The words party names are built from. A name made only of these and ordinary words ("National
 * League", "Social Democrats", "New Democracy") names a party in one country and a sports league or
 * a movement in the next, so it is left to context.
 */
const PARTY_WORDS = new Set(
  `democracy democratic democrats socialist socialists socialism liberal liberals conservative conservatives communist communists
  republican republicans greens labor workers people's peoples popular progressive progressives radical radicals christian
  social alliance league movement party bloc coalition federation citizens citizens' civic european europeans nationalist
  nationalists patriotic patriots centre center united agrarian farmers pensioners women's renewal solidarity development
  democrat socialdemocratic list front union unity`.split(/\s+/),
);

interface Row {
  id: string;
  country: string;
  name: string;
  english: string;
  short: string;
  first: string;
  last: string;
  /** The year of the vote share Party Facts records for the party. */
  shareYear: string;
  /** From the Wikidata links file: the English Wikipedia title, its native name and acronym. */
  wdName?: string;
  wdNative?: string;
  wdShort?: string;
}

/**
 * `otherNames`: the standalone spellings of the other sources' entities. An armed group the lists
 * name PKK or KACH, a country (CAR, USA) or a UN agency (UNIDO) keeps its name; the party bearing it
 * too is left to context, since Party Facts gives no identifier to join the two on. `demonyms`:
 * "Chinese", "Kenyan", which Party Facts lists as an alternative name of a party ("Chinese / New
 * Party") but name no party.
 */
export function importPartyFacts(shared: string, otherNames: ReadonlySet<string>, demonyms: ReadonlySet<string> = new Set()): SourceRecord[] {
  const dir = path.join(shared, 'partyfacts');
  const codes = JSON.parse(readFileSync(path.join(shared, 'npm-i18n-iso-countries/codes.json'), 'utf8')) as string[][];
  const iso2ByIso3 = new Map(codes.map((c) => [c[1]!, c[0]!]));
  const english = JSON.parse(readFileSync(path.join(shared, 'npm-i18n-iso-countries/langs/en.json'), 'utf8')) as { countries: Record<string, string | string[]> };
  const countryNames = new Set(Object.values(english.countries).flat());
  const prov: Provenance = { source: SOURCES.partyfacts.id, asOf: SOURCES.partyfacts.retrieved };
  const links = new Map(parseCsvObjects(readFileSync(path.join(dir, 'import__wikipedia__wikidata.csv'), 'utf8')).map((r) => [r['partyfacts_id']!, r]));
  const groups = new Map<string, Row[]>();
  const core = parseCsvObjects(readFileSync(path.join(dir, 'import__elecglob__partyfacts-core-parties.csv'), 'utf8'));
  const acronymOwners = shortNameOwners(core, links);
  for (const r of core) {
    // Technical entries stand for "other", "independents", "alliance", "unknown" in election results.
    if (r['technical']) continue;
    const link = links.get(r['partyfacts_id']!);
    const qid = link?.['wikidata_id'];
    // The Wikipedia import names Mauritius's Labour Party "MSM", the short name of another party of
    // Mauritius (the Militant Socialist Movement): a title that is another party's short name there
    // is that party's, not this one's.
    const owner = link?.['name'] ? acronymOwners.get(`${r['country']}\t${link['name']}`) : undefined;
    const wdName = owner !== undefined && owner !== r['partyfacts_id'] ? undefined : link?.['name'];
    const row: Row = {
      id: r['partyfacts_id']!,
      country: r['country']!,
      name: r['name']!,
      english: r['name_english']!,
      short: r['name_short']!,
      first: r['year_first']!,
      last: r['year_last']!,
      shareYear: r['share_year'] ?? '',
      ...(link ? { ...(wdName !== undefined ? { wdName } : {}), wdNative: link['name_native'], wdShort: link['name_short'] } : {}),
    };
    // Party Facts sometimes lists one Wikidata party twice (before and after a split or a rename).
    const key = qid && /^Q\d+$/.test(qid) ? qid : `pf:${row.id}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const drafts = [...groups.entries()].map(([key, rows]) => ({ key, rows, names: namesOf(rows, countryNames, demonyms), acronyms: acronymsOf(rows) }));
  // A name several parties bear ("Democratic Party", "Labour Party") is left to context.
  const count = (list: string[][]) => {
    const c = new Map<string, number>();
    for (const names of list) for (const n of new Set(names.map(normaliseName))) c.set(n, (c.get(n) ?? 0) + 1);
    return c;
  };
  const nameCount = count(drafts.map((d) => d.names.map((n) => n.name)));
  const records: SourceRecord[] = [];
  for (const d of drafts.sort((a, b) => a.key.localeCompare(b.key))) {
    const head = d.names[0];
    if (!head) continue;
    const draft = emptyDraft('organization', head.name, [prov]);
    draft.orgKind = 'political-party';
    if (/^Q\d+$/.test(d.key)) {
      draft.id = d.key;
      draft.wikidata = d.key;
    }
    for (const n of d.names) draft.aliases.push(nameAlias(n, otherNames.has(n.name) ? Infinity : (nameCount.get(normaliseName(n.name)) ?? 0), prov));
    // Party acronyms link only after the party's full name: the matcher also reads "Stan" for STAN
    // and "Mass" for MASS, and many are abbreviations of other things (GDP, SMS, VIP, THE, AND).
    for (const a of d.acronyms) draft.aliases.push(alias(a, prov, { script: detectScript(a), standalone: false, kind: 'acronym' }));
    const iso3 = countryOf(d.rows);
    const iso2 = iso3 && iso2ByIso3.get(COUNTRY_CODES[iso3] ?? iso3);
    if (iso2) draft.country = { value: iso2, ...prov };
    for (const short of d.names.map((n) => withoutOwnCountry(n.name, iso2 ? english.countries[iso2] : undefined))) {
      if (short && !draft.aliases.some((a) => a.name === short)) draft.aliases.push(alias(short, prov, { lang: 'en', script: detectScript(short), standalone: false, kind: 'short' }));
    }
    // Years are stated only when every Party Facts entry of the party agrees on them.
    const agreed = (f: (r: Row) => string) => (d.rows.every((r) => f(r) === f(d.rows[0]!)) ? f(d.rows[0]!) : '');
    const first = agreed((r) => r.first);
    const last = agreed((r) => r.last);
    // year_first is not always the founding: Iceland's Progressive Party has a 1931 vote share and a
    // year_first of 1942. A year the party's own row contradicts is not stated.
    const voted = d.rows.map((r) => r.shareYear).filter((y) => /^\d{4}$/.test(y));
    // Party Facts' codebook lets year_first be the first election and year_last the last one when the
    // founding or the dissolution is unknown: a party "founded and dissolved" in one year is a party
    // known from one election (Russia's PRES, 1993-1993, lasted until 1998; the UK's Independent Labour
    // Party, 1945-1945, from 1893 to 1975), so neither year is stated. Otherwise each year is a bound:
    // the party was founded in year_first or earlier (Finland's IKL, 1932, first stood in 1933) and
    // dissolved in year_last or later (banned in 1944, last stood in 1939).
    const oneElection = first === last;
    if (/^\d{4}$/.test(first) && !oneElection && voted.every((y) => y >= first)) draft.founded = { value: first, bound: 'by', ...prov };
    if (/^\d{4}$/.test(last) && !oneElection && voted.every((y) => y <= last)) draft.dissolved = { value: last, bound: 'or-later', ...prov };
    records.push({ key: d.rows.length === 1 || !/^Q\d+$/.test(d.key) ? `pf:${d.rows[0]!.id}` : `pf:${d.rows.map((r) => r.id).join('+')}`, entity: draft, rank: 3 });
  }
  return records;
}

/** Each country's party short names ("MUS\tMSM"), with the one party that bears it; shared ones are left out. */
function shortNameOwners(core: Record<string, string>[], links: ReadonlyMap<string, Record<string, string>>): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const r of core) {
    for (const short of [r['name_short'], links.get(r['partyfacts_id']!)?.['name_short']]) {
      if (!short) continue;
      const key = `${r['country']}\t${short}`;
      owners.set(key, (owners.get(key) ?? new Set()).add(r['partyfacts_id']!));
    }
  }
  return new Map([...owners].filter(([, ids]) => ids.size === 1).map(([key, ids]) => [key, [...ids][0]!]));
}

/**
 * The party's country: the one its rows share, or, when Party Facts lists it in several (the
 * Kuomintang in China until 1949 and in Taiwan since, the Awami League in Pakistan before 1971), the
 * one of its only row with no last year: where the party is today. Otherwise none. An open row whose
 * vote is older than another row's is a former country's entry left without a last year, not where
 * the party went on: Czechoslovakia's Agrarian Party, 1899-1938, has an Austrian row with an 1899
 * vote and no end.
 */
function countryOf(rows: Row[]): string | undefined {
  const countries = new Set(rows.map((r) => r.country));
  if (countries.size === 1) return rows[0]!.country;
  const open = rows.filter((r) => !/^\d{4}$/.test(r.last));
  if (open.length !== 1) return undefined;
  const vote = (r: Row) => (/^\d{4}$/.test(r.shareYear) ? r.shareYear : '');
  const today = open[0]!;
  return !vote(today) || rows.every((r) => vote(r) <= vote(today)) ? today.country : undefined;
}

/**
 * "Communist Party of China" is "the Communist Party" in a report on China: the name without its own
 * country, a name many parties share that only the article's country decides. Only a name of two or
 * more words ending in a party word ("Democratic League" of Kosovo, not "Liberals" of Serbia).
 */
function withoutOwnCountry(name: string, country: string | string[] | undefined): string | undefined {
  const m = /^(.+?) of (?:the )?(.+)$/.exec(name);
  if (!m || country === undefined || ![country].flat().includes(m[2]!)) return undefined;
  const words = m[1]!.toLowerCase().split(/\s+/);
  return words.length >= 2 && PARTY_WORDS.has(words[words.length - 1]!) ? m[1] : undefined;
}

interface Name {
  name: string;
  lang?: string;
}

/** English first (the Wikipedia title, else Party Facts' English name), then the original-language names. */
function namesOf(rows: Row[], countryNames: ReadonlySet<string>, demonyms: ReadonlySet<string>): Name[] {
  const out: Name[] = [];
  const add = (text: string | undefined, lang: string | undefined) => {
    for (const part of (text ?? '').split(/\s+\/\s+/)) {
      const name = cleanName(part, countryNames);
      if (name && demonyms.has(name)) continue;
      if (name && !out.some((n) => n.name === name)) out.push({ name, ...(lang ? { lang } : {}) });
    }
  };
  for (const r of rows) add(r.wdName, 'en');
  for (const r of rows) add(r.english, 'en');
  for (const r of rows) add(r.name, undefined);
  for (const r of rows) add(r.wdNative, undefined);
  return out;
}

/**
 * Quotes are Party Facts' notes, and a country or a year in parentheses tells apart Wikipedia's
 * articles ("Liberal Party (Bulgaria)", "Federal Party (1973)"); other parentheses name a faction
 * ("Indian National Congress (Organisation)") and stay, or the faction would take the party's name.
 */
function cleanName(text: string, countryNames: ReadonlySet<string>): string | undefined {
  const name = text
    .replace(/\s*\(([^)]*)\)/g, (m, inner: string) => (/^\d{4}$/.test(inner) || countryNames.has(inner) ? '' : m))
    .replace(/["“”]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  // "Sunni Religious [no-party]" is a Party Facts category; "for Europe" a fragment of a longer name.
  return name.length >= 3 && /^[^\p{Ll}]/u.test(name) && /\p{L}/u.test(name) && !/[;:?[\]]/.test(name) ? name : undefined;
}

function acronymsOf(rows: Row[]): string[] {
  const all = rows.flatMap((r) => [r.short, r.wdShort ?? '']).map((s) => s.trim());
  return [...new Set(all.filter((s) => ACRONYM.test(s) && [...s.replace(/-/g, '')].length >= MIN_ACRONYM))];
}

/**
 * A full name links on its own unless another party or another entity of the dataset bears it too
 * ("Labour Party", "National Front": the article's country decides, so it is a short alias), it is
 * one word ("Unity", "Reform", "Focus", "Europeans", and also "Likud": one word is too often a word
 * or another thing's name), or it is made only of ordinary and party words ("National League").
 */
function nameAlias(n: Name, bearers: number, prov: Provenance): Alias {
  const words = n.name.toLowerCase().split(/[\s-]+/);
  const generic = words.every((w) => COMMON_WORDS.has(w) || PARTY_WORDS.has(w) || NAME_PARTICLES.has(w));
  // "The Homeland" is matched as "Homeland", "For Europe" as "for Europe" inside a sentence.
  const standalone = bearers <= 1 && words.length > 1 && !generic && !NAME_PARTICLES.has(words[0]!);
  return alias(n.name, prov, { ...(n.lang ? { lang: n.lang } : {}), script: detectScript(n.name), standalone, kind: standalone ? 'name' : 'short' });
}
