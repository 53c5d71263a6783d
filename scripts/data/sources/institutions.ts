// Each country's legislature, its chambers, its cabinet and its highest courts, as the Factbook
// names them (public domain): the 2026 profile's "legislature name", "cabinet" and "highest
// court(s)", and the chambers from the 2021 profile's description of the same legislature. News
// calls them "Parliament", "the Senate", "the Supreme Court": such generic names are short aliases
// that never link alone; a resolver may link them to the body of the article's country.
import type { Alias, Provenance } from '../../../src/core/dataset/schema.js';
import { COMMON_WORDS, NAME_PARTICLES } from '../../../src/core/match/common-words.js';
import { detectScript, isAcronym, normaliseName, slug } from '../lib/text.js';
import { alias, emptyDraft, type SourceRecord } from '../model.js';
import { decodeEntities, fieldAt, textOf, type FactbookProfile } from './factbook-files.js';
import { SOURCES } from './registry.js';

/**
 * What news calls a body of any country, longest first. A body whose name ends in one of these
 * ("Federal Senate", "Union Council of Ministers") or begins with one before "of" ("Supreme Court of
 * Justice") is also called by it; the phrase alone names a body in every country, so it is a short
 * alias, never standalone.
 */
const GENERIC_NAMES = [
  'House of Representatives', 'Chamber of Deputies', 'House of Commons', 'National Assembly',
  'Legislative Assembly', 'Council of Ministers', 'Constitutional Court', 'Supreme Court', 'High Court', 'Court of Appeal',
  'Parliament', 'Congress', 'Senate', 'Cabinet',
];

/** "The Assembly" is how the press names a National or Legislative Assembly after the first mention. */
const ASSEMBLY = /\b(?:National|Legislative) Assembly$/;

/** A legislature's generic word inside its name, before "of" and the country: "Islamic Parliament of Iran". */
const INNER_GENERIC = /\b(Parliament|Congress) of\b/;
/** "National Diet": a one-word body name after "National" is what the press calls it ("Council" is every council's). */
const NATIONAL_ONE_WORD = /^National (\p{Lu}\p{Ll}+)$/u;

/** Where a cabinet's name ends in the Factbook's sentence: "Cabinet appointed by the president". */
const CABINET_NAME = /^(.+?)\s+(?:appointed|recommended|named|nominated|selected|chosen|composed|consists|elected|headed|proposed|led|formed|responsible|approved)\b/;

interface Body {
  kind: 'legislature' | 'chamber' | 'cabinet' | 'court';
  iso: string;
  /** The English name, then the local names the Factbook gives after "or" or in parentheses. */
  names: string[];
  prov: Provenance;
  partOf?: string;
}

export function importInstitutions(fb2021: FactbookProfile[], fb2026: FactbookProfile[]): SourceRecord[] {
  const p21: Provenance = { source: SOURCES.factbook2021.id, asOf: SOURCES.factbook2021.retrieved };
  const p26: Provenance = { source: SOURCES.factbook2026.id, asOf: SOURCES.factbook2026.retrieved };
  const bodies: Body[] = [];
  for (const p of fb2026) {
    const old = fb2021.find((o) => o.iso === p.iso);
    const described = old && describedLegislature(old);
    const named = parseName(textOf(fieldAt(p, 'Government', 'Legislative branch', 'legislature name')));
    // The chambers are the 2021 ones only while the legislature is the same (UK Parliament = Parliament).
    const same = named && described && (named[0]!.endsWith(described.names[0]!) || described.names[0]!.endsWith(named[0]!));
    const legislature = named ? { names: named, prov: p26 } : described ? { names: described.names, prov: p21 } : undefined;
    if (legislature) {
      bodies.push({ kind: 'legislature', iso: p.iso, ...legislature });
      if (described && (same || !named)) for (const c of described.chambers) bodies.push({ kind: 'chamber', iso: p.iso, names: c, prov: p21, partOf: legislature.names[0] });
    }
    const cabinet = CABINET_NAME.exec(textOf(fieldAt(p, 'Government', 'Executive branch', 'cabinet')) ?? '')?.[1];
    // "Cabinet or Bundesminister (Federal Ministers)": what follows "or" names the members, not the body.
    const cabinetName = cabinet && parseName(cabinet.replace(/\s*\([^)]*\)/g, ''))?.[0];
    if (cabinetName) bodies.push({ kind: 'cabinet', iso: p.iso, names: [cabinetName], prov: p26 });
    for (const court of courts(textOf(fieldAt(p, 'Government', 'Judicial branch', 'highest court(s)')))) bodies.push({ kind: 'court', iso: p.iso, names: court, prov: p26 });
  }
  // A name two countries' bodies share ("National Assembly", "Federal Council") needs the country.
  const countries = new Map<string, Set<string>>();
  for (const b of bodies) for (const n of b.names) countries.set(normaliseName(n), (countries.get(normaliseName(n)) ?? new Set()).add(b.iso));
  const seen = new Set<string>();
  return bodies.flatMap((b) => {
    const id = `bs:${b.kind}-${b.iso.toLowerCase()}-${slug(b.names[0]!)}`;
    if (seen.has(id)) return [];
    seen.add(id);
    const draft = emptyDraft('organization', b.names[0]!, [b.prov]);
    draft.id = id;
    draft.orgKind = 'government-body';
    draft.country = { value: b.iso, ...b.prov };
    draft.aliases = aliasesOf(b, (n) => countries.get(normaliseName(n))!.size === 1);
    if (b.partOf) draft.affiliations.push({ relation: 'part-of', target: `bs:legislature-${b.iso.toLowerCase()}-${slug(b.partOf)}`, ...b.prov });
    return [{ key: `fbi:${id.slice(3)}`, entity: draft, rank: 2 }];
  });
}

/** The Factbook cabinet record of each country, by ISO code: a Wikidata cabinet of that country joins it. */
export function cabinetKeys(records: SourceRecord[]): Map<string, string> {
  return new Map(records.filter((r) => r.key.startsWith(`fbi:cabinet-`)).map((r) => [r.entity.country!.value, r.key]));
}

function aliasesOf(b: Body, unique: (name: string) => boolean): Alias[] {
  const out: Alias[] = [];
  const add = (name: string, standalone: boolean, kind: Alias['kind']) => {
    if (!out.some((a) => a.name === name)) out.push(alias(name, b.prov, { script: detectScript(name), standalone, kind, ...(kind === 'short' ? { lang: 'en' } : {}) }));
  };
  for (const n of b.names) {
    // "FSC", "SCU": the Factbook's abbreviations in parentheses, linked only after the full name.
    if (isAcronym(n)) add(n, false, 'acronym');
    else add(n, unique(n) && distinctive(n), unique(n) && distinctive(n) ? 'name' : 'short');
  }
  for (const n of b.names) {
    // "Supreme Court of Pakistan", "Congress of the Republic": the press says "the Supreme Court".
    const generic = GENERIC_NAMES.find((g) => n === g || n.endsWith(` ${g}`) || n.startsWith(`${g} of `));
    if (generic) add(generic, false, 'short');
    if (ASSEMBLY.test(n) && (b.kind === 'legislature' || b.kind === 'chamber')) add('Assembly', false, 'short');
    // "Islamic Parliament of Iran" is "Parliament" in its country's news, "National Diet" "the Diet".
    const inner = INNER_GENERIC.exec(n);
    if (inner && b.kind === 'legislature') add(inner[1]!, false, 'short');
    const national = NATIONAL_ONE_WORD.exec(n);
    if (national && b.kind === 'legislature' && !GENERIC_WORDS.has(national[1]!.toLowerCase())) add(national[1]!, false, 'short');
  }
  // The press calls every country's council of ministers "the Cabinet", whatever its own name.
  if (b.kind === 'cabinet') add('Cabinet', false, 'short');
  return out;
}

/**
 * Not a generic name, not made only of the words every country's bodies are named with ("Federal
 * Council", "Administrative Court", "House of Elders"), and, if one word, not short or a local word
 * for parliament ("Diet", "Landtag", "Parlamento", "Bunge"); "Knesset", "Bundestag" are distinctive.
 */
export function distinctive(name: string): boolean {
  if (GENERIC_NAMES.includes(name)) return false;
  const words = name.toLowerCase().split(/\s+/).filter((w) => !NAME_PARTICLES.has(w));
  // "The Cortes" is matched as "Cortes", a surname: the article does not make a name of one word.
  if (words.length === 1) return words[0]!.length >= MIN_ONE_WORD_NAME && !LOCAL_GENERIC.test(words[0]!) && !COMMON_WORDS.has(words[0]!);
  return !words.every((w) => COMMON_WORDS.has(w) || GENERIC_WORDS.has(w));
}

/** One-word names shorter than this ("Diet", "Tsets", "Bunge") are words or abbreviations too often. */
const MIN_ONE_WORD_NAME = 6;
/** Local words for a parliament, assembly, senate, congress or court, in any country's tongue. */
const LOCAL_GENERIC = /^(parl|congr|kongr|majl|majles|mejl|sobran|senat|assembl|landtag|staten|cortes|hural|hluttaw|gericht)/i;

const GENERIC_WORDS = new Set(
  `federal assembly assemblies council chamber deputies representatives senate parliament congress cabinet ministers constitutional
  legislative legislature executive tribunal justice appeal appeals cassation consultative advisory federation parliamentary
  provisional transitional upper lower administrative court courts assizes island territorial criminal sharia houses house
  people's peoples national supreme high general state states civil electoral judiciary judicial superior community regional
  shire municipal commission organ elders delegates nationalities councillors councilors twelve government ministry ministries
  fourth sixth seventh eighth ninth tenth`.split(/\s+/),
);

/** "National Congress (Congresso nacional)", "Parliament or Sansad" → the English name, then the local ones. */
function parseName(text: string | undefined): string[] | undefined {
  if (!text) return undefined;
  const m = /^([^()]+?)\s*(?:\(([^()]*)\))?[.,]?$/.exec(text.trim());
  if (!m) return undefined;
  // "Grondwettelijk Hof and Cour Constitutionelle": two languages' names in one, of no use as either.
  const names = [...m[1]!.split(/\s+or\s+/), ...(m[2] ? m[2].split(/\s+or\s+|;\s*/) : [])].map((n) => n.trim()).filter((n) => !/\sand\s/.test(n));
  if (!names.length || !isName(names[0]!)) return undefined;
  return names.every(isName) ? names : [names[0]!];
}

/** Capitalised words with particles between ("House of the People"), at most a few words: a name, not a sentence. */
function isName(text: string): boolean {
  const words = text.split(/\s+/);
  // A comma lists bodies or their divisions ("Court of Appeal, High Court"): not one name.
  return words.length <= MAX_NAME_WORDS && !text.includes(',') && /^\p{Lu}/u.test(text) && words.every((w) => /^[\p{Lu}\p{Lo}]/u.test(w) || NAME_PARTICLES.has(w.toLowerCase()) || /^(des|du|de|del|della|dos|das|der|die|y|e|et|i|na|al-)/.test(w));
}
/** Longer than this, the Factbook is describing, not naming ("Supreme Court judges appointed by…"). */
const MAX_NAME_WORDS = 7;

/** "Supreme Court or Tribunal Supremo (consists of …); Constitutional Court or Tribunal Constitucional (…)" */
function courts(text: string | undefined): string[][] {
  if (!text) return [];
  let flat = text;
  // Nested parentheses ("(consists of … (9 judges))"): remove the innermost until none are left.
  while (/\([^()]*\)/.test(flat)) flat = flat.replace(/\s*\([^()]*\)/g, '');
  return flat
    .split(/;\s*/)
    .map((part) => part.replace(/^note\b.*$/i, '').replace(/[.,\s]+$/, '').trim())
    .filter(Boolean)
    .map((part) => parseName(part))
    .filter((c): c is string[] => !!c);
}

/** The 2021 description: "bicameral National Congress or Congresso Nacional consists of:<br>Federal Senate or Senado Federal (81 seats; …)<br>…". */
function describedLegislature(p: FactbookProfile): { names: string[]; chambers: string[][] } | undefined {
  const raw = (fieldAt(p, 'Government', 'Legislative branch', 'description') as { text?: unknown } | undefined)?.text;
  if (typeof raw !== 'string') return undefined;
  const lines = decodeEntities(raw).split(/<br\s*\/?>/i).map((l) => l.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim());
  // The name ends at "consists of" or at the seat count: "(Keeling)" in "Cocos (Keeling) Islands" is part of it.
  const head = /^(?:bicameral|unicameral)\s+(.+?)(?:\s+consists of:?|\s*\(\d|$)/i.exec(lines[0] ?? '');
  const names = head && parseName(head[1]!);
  if (!names) return undefined;
  const chambers = lines
    .slice(1)
    .map((l) => /^([^(;]+?)\s*\(/.exec(l)?.[1])
    .map((l) => (l ? parseName(l) : undefined))
    .filter((c): c is string[] => !!c);
  return { names, chambers };
}
