// The CIA's "Chiefs of State and Cabinet Members of Foreign Governments" as of 2019-06-04: every
// country's ministers, central-bank governor and envoys, which the Wikidata extracts hold for some
// countries only. A snapshot, so a role is "as of 2019-06-04" with no start or end. Names are written
// like the Factbook's ("Sergey Viktorovich LAVROV", "KIM Jong Un"): the word in capitals is the
// surname. An official whose name and country agree with exactly one person another source already
// holds is that person (see joinOfficials); otherwise a record of their own.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Role } from '../../../src/core/dataset/schema.js';
import { pressMinistryName } from '../../../src/core/match/derive.js';
import { normaliseName, slug } from '../lib/text.js';
import { alias, emptyDraft, type SourceRecord } from '../model.js';
import { matchOfficial } from '../person-match.js';
import type { CountryIndex } from './countries.js';
import { HONORIFICS, surnameReadingForm } from './factbook-leaders.js';
import { SOURCES } from './registry.js';

const PROV = { source: SOURCES.worldLeaders2019.id, asOf: SOURCES.worldLeaders2019.retrieved };
const ONTOLOGY = 'http://williamrobertfunk.com/ontologies/';
const LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';

/**
 * Given names, the surname in capitals, then words after it ("KIM Jong Un", "Idriss DEBY Itno",
 * "MUHAMMAD BIN SALMAN bin Abd al-Aziz Al Saud") and a suffix after a comma ("Teodoro LOCSIN, Jr.").
 */
const NAME = /^(?<given>(?:\S+\s+)*?)(?<surname>\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+)*)(?<post>(?:\s+\p{L}[\p{L}'’.-]*)*?)(?:,\s*(?<suffix>Jr\.|Sr\.|II|III))?$/u;
/** A nickname in quotes ("ABAS Abdullahi Sheikh "Siraji"") is not part of the name. */
const NICKNAME = /\s*["“][^"”]*["”]/g;

export interface OfficialName {
  name: string;
  surname: string;
}

/** The reading form of a directory name and its surname, or undefined when the name is not in that form. */
export function readOfficialName(label: string): OfficialName | undefined {
  const m = NAME.exec(label.replace(NICKNAME, '').trim());
  if (!m?.groups) return undefined;
  const given = m.groups['given']!.split(/\s+/).filter((w) => w && !HONORIFICS.has(w));
  if (given.some((w) => !/^\p{Lu}/u.test(w))) return undefined;
  const surname = surnameReadingForm(m.groups['surname']!);
  const suffix = m.groups['suffix'] ? ` ${m.groups['suffix']}` : '';
  return { name: `${[...given, surname].join(' ')}${m.groups['post'] ?? ''}${suffix}`.trim(), surname };
}

type Node = { datatypeProperties?: Record<string, string | null>; objectProperties?: Record<string, Node & { '@id': string }>[] } & Record<string, unknown>;

function linked(node: Node, property: string): string[] {
  return (node.objectProperties ?? []).flatMap((o) => (o[`${ONTOLOGY}${property}`]?.['@id'] ? [o[`${ONTOLOGY}${property}`]!['@id']] : []));
}

/** The directory as read from its zip: read once, for its officials and for its ministries. */
export interface Directory {
  persons: Record<string, Node>;
  offices: Record<string, Node>;
  /** The ISO code of a directory country node, upper case. */
  isoOf(id: string): string | undefined;
  /** The directory's name of a country node ("Bosnia and Herzegovina"). */
  nameOf(id: string): string | undefined;
}

export function readDirectory(shared: string): Directory {
  const files = unzipSync(readFileSync(path.join(shared, 'cia-world-leaders-2019/json.zip')));
  const read = (name: string) => JSON.parse(new TextDecoder().decode(files[`dist/json/${name}.json`])) as Record<string, Node>;
  const countries = read('countries');
  return {
    persons: read('persons'),
    offices: read('government-offices'),
    isoOf: (id) => countries[id]?.datatypeProperties?.[`${ONTOLOGY}country#countryCodeISO`]?.toUpperCase(),
    nameOf: (id) => (typeof countries[id]?.[LABEL] === 'string' ? (countries[id]![LABEL] as string) : undefined),
  };
}

const titleOf = (office: Node | undefined) => office?.datatypeProperties?.[`${ONTOLOGY}world-leaders#title`] ?? undefined;
const regionOf = (office: Node | undefined) => office?.datatypeProperties?.[`${ONTOLOGY}world-leaders#regionSpecific`] ?? undefined;

/**
 * Whose office a directory entry is. The directory files some governments under another country
 * and says so only in `regionSpecific`: Hong Kong's and Macau's secretaries under China ("Macau
 * (Special Administrative Region of the People's Republic of China)"), the two entities' ministers
 * under Bosnia and Herzegovina ("Republika Srpska Government", "Federation Government"). A region
 * that is a country of the dataset is that country; "National Government" is the country filed; any
 * other region is named (`ofName`) with the country filed, never given as the country's own office.
 */
export function officeJurisdiction(region: string | undefined, filed: { id: string; name: string }, idByName: (name: string) => string | undefined): { of: string } | { ofName: string } {
  if (!region || /^National Government$/i.test(region)) return { of: filed.id };
  const place = region.replace(/\s*\([^)]*\)\s*$/, '').replace(/\s+Government$/i, '').trim();
  const own = idByName(place);
  return own ? { of: own } : { ofName: `${place} (${filed.name})` };
}

export function importWorldLeaders2019({ persons, offices, isoOf, nameOf }: Directory, index: CountryIndex): SourceRecord[] {
  const countryOf = (id: string) => {
    const iso = isoOf(id);
    return iso ? index.idByIso.get(iso) : undefined;
  };
  const idByName = (name: string) => {
    const iso = index.isoByName.get(normaliseName(name));
    return iso ? index.idByIso.get(iso) : undefined;
  };
  const records = new Map<string, SourceRecord>();
  for (const person of Object.values(persons)) {
    const official = readOfficialName(String(person[LABEL] ?? ''));
    if (!official) continue;
    const roles: Role[] = linked(person, 'world-leaders#appointedGovernmentOffice').flatMap((id) => {
      const office = offices[id];
      const title = titleOf(office);
      const filed = office && linked(office, 'country#hasCountry').find((c) => countryOf(c));
      if (!title || !filed) return [];
      return [{ title, ...officeJurisdiction(regionOf(office), { id: countryOf(filed)!, name: nameOf(filed) ?? '' }, idByName), ...PROV }];
    });
    if (roles.length === 0) continue;
    // Namesakes in two countries are two people; one person's offices in one country, one record.
    const key = `wl:${roles[0]!.of ?? roles[0]!.ofName}:${normaliseName(official.name)}`;
    const rec = records.get(key);
    if (rec) {
      rec.entity.roles.push(...roles.filter((r) => !rec.entity.roles.some((o) => o.title === r.title && o.of === r.of && o.ofName === r.ofName)));
      continue;
    }
    const draft = emptyDraft('person', official.name, [PROV]);
    draft.aliases.push(alias(official.name, PROV, { lang: 'en', script: 'Latn', standalone: official.name.includes(' '), kind: 'name' }));
    // The word in capitals is the name the person goes by; a name all in capitals is the whole name.
    if (official.surname !== official.name) draft.aliases.push(alias(official.surname, PROV, { lang: 'en', script: 'Latn', standalone: false, kind: 'surname' }));
    draft.roles.push(...roles);
    records.set(key, { key, entity: draft, rank: 2 });
  }
  return [...records.values()];
}

/**
 * Each official is joined to the one person of the same country whose name agrees, looked for in the
 * tiers in order (Wikidata office holders and legislators, then Factbook leaders no Wikidata person
 * took): a person known to two tiers is one person, not two candidates.
 */
export function joinOfficials(officials: SourceRecord[], tiers: SourceRecord[][]): void {
  const byCountry = tiers.map((tier) => {
    const out = new Map<string, SourceRecord[]>();
    for (const c of tier) {
      if (c.entity.type !== 'person') continue;
      for (const of of new Set(c.entity.roles.flatMap((r) => (r.of ? [r.of] : [])))) out.set(of, [...(out.get(of) ?? []), c]);
    }
    return out;
  });
  for (const official of officials) {
    const countries = new Set(official.entity.roles.flatMap((r) => (r.of ? [r.of] : [])));
    for (const index of byCountry) {
      const candidates = [...new Set([...countries].flatMap((c) => index.get(c) ?? []))];
      const match = matchOfficial(official.entity.name, candidates);
      if (match === null) break;
      if (match) {
        official.sameAs = [match.key];
        break;
      }
    }
  }
}

/**
 * Officials joined to no one whose name another record already carries: a spelling apart ("Aleksandr
 * Lukashenko", Wikidata's "Alexander"), listed under another country (Hong Kong's under China) or a
 * namesake. Added, they would make a name that links today ambiguous; they are left out instead.
 */
export function withoutNamesakes(officials: SourceRecord[], knownNames: ReadonlySet<string>): SourceRecord[] {
  return officials.filter((o) => o.sameAs !== undefined || !knownNames.has(normaliseName(o.entity.name)));
}

/**
 * Countries whose ministers head departments, not ministries: "Minister of Finance" heads Canada's
 * Department of Finance and South Africa's National Treasury, so no "Ministry of Finance" is theirs.
 */
const DEPARTMENT_COUNTRIES = new Set(['AU', 'CA', 'GB', 'IE', 'NZ', 'PG', 'ZA']);
/**
 * "Minister of Interior", "Minister of Economy, Trade, & Industry": a minister of a portfolio heads
 * the ministry of that portfolio. "Minister for …" is left out: in Japan and elsewhere it is a
 * minister of state's special mission ("Minister for Okinawa"), with no ministry; so are ministers of
 * state, and titles that name an office or a second post ("… at the Prime Min.'s Office", "… & Government Spokesperson").
 */
const PORTFOLIO = /^Minister of (?!State\b)((?:the )?\p{Lu}[^.()]*)$/u;
const NOT_A_MINISTRY = /\b(?:Office|Presidency|Minister|Portfolio|Without|Spokesperson|Keeper)\b|\s(?:II|I)$/;

/**
 * Each country's ministries as the directory's ministers' titles name them, "as of 2019-06-04": the
 * news names them "the Interior Ministry", which every country has, so they link only in an article
 * about their country (see pressMinistryName in src/core/match/derive.ts). The directory writes
 * American spellings ("Defense", "Labor"); the matcher knows the other spelling.
 */
export function importMinistries2019({ offices, isoOf }: Directory): SourceRecord[] {
  const out = new Map<string, SourceRecord>();
  for (const office of Object.values(offices)) {
    const portfolio = PORTFOLIO.exec(titleOf(office) ?? '')?.[1];
    const iso = linked(office, 'country#hasCountry').map(isoOf).find(Boolean);
    if (!portfolio || !iso || DEPARTMENT_COUNTRIES.has(iso) || NOT_A_MINISTRY.test(portfolio)) continue;
    // A region's minister heads the region's ministry (Republika Srpska's Ministry of Finance), not the country's.
    if (!('of' in officeJurisdiction(regionOf(office), { id: iso, name: '' }, () => undefined))) continue;
    const name = `Ministry of ${portfolio.replace(/,? & /g, ' and ')}`;
    const key = `wlm:${iso}:${normaliseName(name)}`;
    if (out.has(key)) continue;
    const draft = emptyDraft('organization', name, [PROV]);
    draft.id = `bs:ministry-${iso.toLowerCase()}-${slug(portfolio)}`;
    draft.orgKind = 'government-body';
    draft.country = { value: iso, ...PROV };
    // Every country has a "Ministry of Health": the name alone says nothing of which.
    draft.aliases.push(alias(name, PROV, { lang: 'en', script: 'Latn', standalone: false, kind: 'short' }));
    out.set(key, { key, entity: draft, rank: 2 });
  }
  return [...out.values()];
}

/**
 * The directory's ministries less those another source already holds for the same country under the
 * same name or press name (Wikidata's "Ministry of Foreign Affairs" of Cuba): two bodies of one
 * country named alike would leave "the Foreign Ministry" undecided.
 */
export function withoutKnownMinistries(ministries: SourceRecord[], bodies: SourceRecord[]): SourceRecord[] {
  const keys = (r: SourceRecord) => {
    const iso = r.entity.country?.value;
    const names = [r.entity.name, ...r.entity.aliases.map((a) => a.name)];
    return names.flatMap((n) => [n, pressMinistryName(n)]).filter((n): n is string => !!n).map((n) => `${iso}:${normaliseName(n)}`);
  };
  const known = new Set(bodies.filter((b) => b.entity.orgKind === 'government-body' && b.entity.country).flatMap(keys));
  return ministries.filter((m) => !keys(m).some((k) => known.has(k)));
}
