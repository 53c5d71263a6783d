// Countries: ISO codes and names in 78 languages (i18n-iso-countries, MIT), Factbook name forms,
// abbreviations, demonyms and capitals (both snapshots, public domain), Wikidata ids of countries as
// the CC0 office-holder extracts give them. Capitals become place entities of their own.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Alias, Provenance } from '../../../src/core/dataset/schema.js';
import { parseCsvObjects } from '../lib/csv.js';
import { detectScript, isAcronym, normaliseName, slug } from '../lib/text.js';
import { alias, emptyDraft, type SourceRecord } from '../model.js';
import { fieldAt, readFactbook, textOf, type FactbookProfile } from './factbook-files.js';
import { SOURCES } from './registry.js';

/**
 * English country names that are also common words or given names, or that news uses for something
 * else (the US state of Georgia): linking them needs context, so they are not standalone.
 */
const AMBIGUOUS_COUNTRY_NAMES = new Set(['chad', 'jordan', 'georgia', 'guinea', 'congo', 'niger', 'dominica', 'samoa', 'micronesia']);
/** Capital names that are also common given names or other places' names. */
const AMBIGUOUS_PLACE_NAMES = new Set(['victoria', 'kingston', 'hamilton', 'georgetown', 'male', 'saint johns', 'castries', 'roseau', 'palikir', 'avarua', 'adamstown', 'the valley', 'road town', 'basseterre', 'plymouth', 'jamestown', 'stanley', 'douglas', 'saint helier', 'saint peter port']);
/** Names shorter than this, in languages other than English, are too word-like to link on their own. */
const MIN_FOREIGN_STANDALONE_LENGTH = 4;

export interface CountryIndex {
  /** ISO alpha-2 → entity id. */
  idByIso: Map<string, string>;
  /** Normalised country name (any English or Factbook form) → ISO alpha-2. */
  isoByName: Map<string, string>;
  /** Factbook profiles of each snapshot, for the leaders importer. */
  factbook2021: FactbookProfile[];
  factbook2026: FactbookProfile[];
}

type LangFile = { locale: string; countries: Record<string, string | string[]> };

export function importCountries(shared: string): { records: SourceRecord[]; index: CountryIndex } {
  const i18nDir = path.join(shared, 'npm-i18n-iso-countries');
  const codes = JSON.parse(readFileSync(path.join(i18nDir, 'codes.json'), 'utf8')) as string[][];
  const isoCodes = new Set(codes.map((c) => c[0]!));
  const langs = readdirSync(path.join(i18nDir, 'langs'))
    .sort((a, b) => (a === 'en.json' ? -1 : b === 'en.json' ? 1 : a.localeCompare(b)))
    .map((f) => JSON.parse(readFileSync(path.join(i18nDir, 'langs', f), 'utf8')) as LangFile);
  const fb21 = readFactbook(path.join(shared, 'cia-factbook-json/snapshot-2021-10-21'), isoCodes);
  const fb26 = readFactbook(path.join(shared, 'cia-factbook-json/latest-2026-01-22'), isoCodes);
  const i18nProv: Provenance = { source: SOURCES.i18nCountries.id, asOf: SOURCES.i18nCountries.retrieved };

  const isoByName = new Map<string, string>();
  const english = new Map<string, string[]>();
  for (const [iso, names] of Object.entries(langs[0]!.countries)) {
    const list = (Array.isArray(names) ? names : [names]).filter((n) => !n.includes(', '));
    english.set(iso, list);
    for (const n of list) if (!isoByName.has(normaliseName(n))) isoByName.set(normaliseName(n), iso);
  }
  const profile = (list: FactbookProfile[], iso: string) => list.find((p) => p.iso === iso);
  const qidByIso = countryQids(shared, isoByName, [...fb21, ...fb26]);

  const records: SourceRecord[] = [];
  const idByIso = new Map<string, string>();
  for (const iso of [...isoCodes].sort()) {
    const p21 = profile(fb21, iso);
    const p26 = profile(fb26, iso);
    const fbName = (p: FactbookProfile | undefined) => (p ? textOf(fieldAt(p, 'Government', 'Country name', 'conventional short form')) : undefined);
    const shortForm = [fbName(p21), fbName(p26)].find((n) => n && n !== 'none' && !/[(;]/.test(n));
    const name = shortForm ?? english.get(iso)?.[0];
    if (!name) continue;
    const fbProv: Provenance = p21
      ? { source: SOURCES.factbook2021.id, asOf: SOURCES.factbook2021.retrieved }
      : { source: SOURCES.factbook2026.id, asOf: SOURCES.factbook2026.retrieved };
    const draft = emptyDraft('country', name, [shortForm ? fbProv : i18nProv]);
    const qid = qidByIso.get(iso);
    if (qid) {
      draft.id = qid;
      draft.wikidata = qid;
    }
    draft.country = { value: iso, ...i18nProv };
    const seen = new Set<string>();
    const add = (a: Alias) => {
      const k = a.name;
      if (seen.has(k) || !a.name.trim()) return;
      seen.add(k);
      draft.aliases.push(a);
    };
    for (const n of english.get(iso) ?? []) add(countryAlias(n, 'en', i18nProv));
    // Name forms from the 2021 snapshot; the 2026 one only for countries the 2021 one lacks.
    const namesFrom = p21 ?? p26;
    if (namesFrom) factbookNames(namesFrom, fbProv).forEach(add);
    for (const lang of langs.slice(1)) {
      const names = lang.countries[iso];
      for (const n of Array.isArray(names) ? names : names ? [names] : []) {
        if (!n.includes(', ')) add(countryAlias(n, lang.locale, i18nProv));
      }
    }
    const capitalProfile = p26 ?? p21;
    const capital = capitalProfile && capitalName(capitalProfile);
    const capProv: Provenance = capitalProfile === p26 ? { source: SOURCES.factbook2026.id, asOf: SOURCES.factbook2026.retrieved } : fbProv;
    if (capital) draft.headquarters = { value: capital, ...capProv };
    const id = draft.id ?? `bs:country-${iso.toLowerCase()}`;
    draft.id = id;
    idByIso.set(iso, id);
    records.push({ key: `iso:${iso}`, entity: draft, rank: 2 });
    if (capital) records.push(capitalRecord(capital, iso, id, capProv));
  }
  for (const p of [...fb21, ...fb26]) {
    for (const n of [textOf(fieldAt(p, 'Government', 'Country name', 'conventional short form')), textOf(fieldAt(p, 'Government', 'Country name', 'conventional long form'))]) {
      if (n && !isoByName.has(normaliseName(n))) isoByName.set(normaliseName(n), p.iso);
    }
  }
  return { records, index: { idByIso, isoByName, factbook2021: fb21, factbook2026: fb26 } };
}

function countryAlias(name: string, lang: string, prov: Provenance): Alias {
  const acronym = isAcronym(name);
  const norm = normaliseName(name);
  const standalone = acronym || (lang === 'en' ? !AMBIGUOUS_COUNTRY_NAMES.has(norm) : name.length >= MIN_FOREIGN_STANDALONE_LENGTH && !AMBIGUOUS_COUNTRY_NAMES.has(norm));
  return alias(name, prov, { lang, script: detectScript(name), standalone, kind: acronym ? 'acronym' : 'name' });
}

/** Long and local forms, abbreviations ("US or USA") and the demonym adjective of a Factbook profile. */
function factbookNames(p: FactbookProfile, prov: Provenance): Alias[] {
  const cn = p.data['Government']?.['Country name'] as Record<string, unknown> | undefined;
  const out: Alias[] = [];
  const usable = (t: string | undefined) => t && t !== 'none' && !/[(;]/.test(t);
  for (const field of ['conventional long form', 'conventional short form']) {
    const t = textOf(cn?.[field]);
    if (usable(t)) out.push(alias(t!, prov, { lang: 'en', script: 'Latn', standalone: !AMBIGUOUS_COUNTRY_NAMES.has(normaliseName(t!)), kind: 'name' }));
  }
  for (const field of ['local long form', 'local short form']) {
    const t = textOf(cn?.[field]);
    if (usable(t)) out.push(alias(t!, prov, { script: detectScript(t!), standalone: !AMBIGUOUS_COUNTRY_NAMES.has(normaliseName(t!)), kind: 'transliteration' }));
  }
  for (const abbr of (textOf(cn?.['abbreviation']) ?? '').split(/\s+or\s+|,\s*/)) {
    if (isAcronym(abbr)) out.push(alias(abbr, prov, { lang: 'en', script: 'Latn', standalone: true, kind: 'acronym' }));
  }
  const adjective = textOf((p.data['People and Society']?.['Nationality'] as Record<string, unknown> | undefined)?.['adjective']);
  for (const adj of (adjective ?? '').split(/\s+or\s+|,\s*|;\s*/)) {
    // Demonyms name the people or the language as often as the state: never linked on their own.
    if (/^\p{Lu}[\p{L}'’ -]+$/u.test(adj)) out.push(alias(adj, prov, { lang: 'en', script: 'Latn', standalone: false, kind: 'demonym' }));
  }
  return out;
}

function capitalName(p: FactbookProfile): string | undefined {
  const t = textOf((p.data['Government']?.['Capital'] as Record<string, unknown> | undefined)?.['name']);
  // "Chisinau in Romanian (Kishinev in Russian)": the language a name is given in is not part of it.
  const first = t?.split(/[;(]/)[0]?.trim().replace(/\s+in\s+\p{Lu}\p{Ll}+$/u, '');
  return first && /^\p{Lu}[\p{L} .,'’-]+$/u.test(first) ? first : undefined;
}

function capitalRecord(capital: string, iso: string, countryId: string, prov: Provenance): SourceRecord {
  const draft = emptyDraft('place', capital, [prov]);
  draft.id = `bs:city-${slug(capital)}-${iso.toLowerCase()}`;
  draft.country = { value: iso, ...prov };
  draft.aliases.push(alias(capital, prov, { lang: 'en', script: detectScript(capital), standalone: !AMBIGUOUS_PLACE_NAMES.has(normaliseName(capital)), kind: 'name' }));
  draft.roles.push({ title: 'Capital', of: countryId, ...prov });
  return { key: `capital:${iso}`, entity: draft, rank: 2 };
}

/** Country QIDs from the Wikidata extracts (CC0): world leaders, foreign ministers and each scraper's jurisdiction. */
function countryQids(shared: string, isoByName: Map<string, string>, profiles: FactbookProfile[]): Map<string, string> {
  const wd = path.join(shared, 'wikidata-everypolitician-scrapers');
  const pairs: [string, string][] = [];
  for (const r of parseCsvObjects(readFileSync(path.join(wd, 'world-leaders-2021/data/wikidata.csv'), 'utf8'))) pairs.push([r['countryid']!, r['country']!]);
  for (const r of parseCsvObjects(readFileSync(path.join(wd, 'world/sources/foreign/wikidata.csv'), 'utf8'))) pairs.push([r['country']!, r['countryLabel']!]);
  for (const repo of readdirSync(wd).sort()) {
    try {
      const meta = JSON.parse(readFileSync(path.join(wd, repo, 'meta.json'), 'utf8')) as { jurisdiction?: { name: string; id: string } };
      if (meta.jurisdiction) pairs.push([meta.jurisdiction.id, meta.jurisdiction.name.replace(/^the /, '')]);
    } catch {
      // scrapers without a meta.json carry no jurisdiction
    }
  }
  const byName = new Map(isoByName);
  for (const p of profiles) {
    const cn = p.data['Government']?.['Country name'] as Record<string, unknown> | undefined;
    for (const f of ['conventional long form', 'conventional short form']) {
      const t = textOf(cn?.[f]);
      if (t && !byName.has(normaliseName(t))) byName.set(normaliseName(t), p.iso);
    }
  }
  const out = new Map<string, string>();
  for (const [qid, label] of pairs) {
    const iso = byName.get(normaliseName(label));
    if (iso && /^Q\d+$/.test(qid) && !out.has(iso)) out.set(iso, qid);
  }
  // Wikidata labels some states by a name neither list uses ("East Timor", "Republic of Ireland",
  // "Vatican City"). Only for a country still without a QID: its Factbook former names, either part
  // of a name with a parenthesis ("Holy See (Vatican City)"), or the label without a leading
  // "Republic of", when that names exactly one country.
  const fallback = new Map<string, string | null>();
  const offer = (name: string, iso: string) => {
    const k = normaliseName(name);
    fallback.set(k, fallback.has(k) && fallback.get(k) !== iso ? null : iso);
  };
  for (const p of profiles) {
    const former = textOf((p.data['Government']?.['Country name'] as Record<string, unknown> | undefined)?.['former']);
    for (const n of (former ?? '').split(/,\s*/)) if (/^\p{Lu}[\p{L} '’-]+$/u.test(n)) offer(n, p.iso);
    for (const f of ['conventional long form', 'conventional short form']) {
      const m = /^([^()]+?)\s*\(([^()]+)\)$/.exec(textOf((p.data['Government']?.['Country name'] as Record<string, unknown> | undefined)?.[f]) ?? '');
      if (m) [m[1]!, m[2]!].forEach((n) => offer(n, p.iso));
    }
  }
  for (const [qid, label] of pairs) {
    const iso = fallback.get(normaliseName(label)) ?? byName.get(normaliseName(label.replace(/^Republic of (the )?/, '')));
    if (iso && /^Q\d+$/.test(qid) && !out.has(iso) && ![...out.values()].includes(qid)) out.set(iso, qid);
  }
  return out;
}
