// Joins source records into entities. Rules, in order (a later rule never splits an earlier join):
// 1. the same id (a Wikidata id, a hand id);  2. reviewed same-as links (hand entries, Factbook
// leaders matched to Wikidata office holders);  3. people: normalised name (surname and first
// initial) plus an exact date of birth;  4. armed groups from the lists: one record's primary name
// is another's primary name or standalone alias (links both ways first);  5. people from two
// different sources (Wikidata, UN, OFAC): a shared name of two words or more (primary or standalone
// alias) and the same birth (equal exact dates, or a shared year where a list gives only years),
// one record on each side;  6. a list person and a Wikidata office holder: a shared name and an
// office of the country the sanctions programme is about, one on each side.
// Two different Wikidata ids never join, nor two entries of one list (see EXCLUSIVE_LISTS).
import type { Alias, Affiliation, Designation, Entity, Provenance, Role } from '../../src/core/dataset/schema.js';
import { detectScript, normaliseName, slug } from './lib/text.js';
import type { EntityDraft, SourceRecord } from './model.js';
import { officeKey, officeTitle } from './lib/offices.js';
import { compareAt } from '../../src/core/facts/term.js';
import { familyNameFirst } from '../../src/core/match/family-name-first.js';
import { namesAKindOfGroup } from './sources/org-names.js';

export interface MergeReport {
  warnings: string[];
  /** What the import must not write past: a hand entry's term end that closes no term (a typo in its office or dates). */
  errors: string[];
}

/**
 * Lists whose every entry is one entity under its own reference (UN reference number, OFAC
 * ent_num, appendix-T and appendix-B entry): two entries of one list are two entities by the
 * list's own word. Egyptian Islamic Jihad (UN QDe.003) is listed apart from Al-Qaida (QDe.004)
 * although the Factbook gives "Egyptian Islamic Jihad" among al-Qa'ida's names; branches an OFAC
 * or UN entry lists apart stay apart too. A name they share stays on each, and is ambiguous.
 */
const EXCLUSIVE_LISTS = new Set(['un', 'ofac', 'fbt', 'fbb']);

/** The identifiers of a record that no other entity may share: its Wikidata id and its list entry, by namespace. */
function exclusiveIds(r: SourceRecord): [string, string][] {
  const out: [string, string][] = [];
  const q = r.entity.wikidata ?? (/^Q\d+$/.test(r.entity.id ?? '') ? r.entity.id : undefined);
  if (q) out.push(['wd', q]);
  const list = sourceOf(r);
  if (EXCLUSIVE_LISTS.has(list)) out.push([list, r.key]);
  return out;
}

/**
 * Union-find over record keys that refuses to join two different Wikidata ids or two entries of
 * one list: the identifier is stronger evidence than any name or date.
 */
class UnionFind {
  private parent = new Map<string, string>();
  /** Per root: namespace ("wd", "un", "ofac", …) -> the one identifier the joined records carry in it. */
  private ids = new Map<string, Map<string, string>>();
  constructor(records: SourceRecord[]) {
    for (const r of records) {
      const ids = exclusiveIds(r);
      if (ids.length) this.ids.set(r.key, new Map(ids));
    }
  }
  find(k: string): string {
    let p = this.parent.get(k) ?? k;
    if (p !== k) {
      p = this.find(p);
      this.parent.set(k, p);
    }
    return p;
  }
  /** The namespace in which the two sides carry different identifiers, if any. */
  conflict(a: string, b: string): string | undefined {
    const [ia, ib] = [this.ids.get(this.find(a)), this.ids.get(this.find(b))];
    if (!ia || !ib) return undefined;
    for (const [ns, v] of ia) if (ib.has(ns) && ib.get(ns) !== v) return ns;
    return undefined;
  }
  /** False when the two sides carry different identifiers in one namespace (nothing is joined then). */
  union(a: string, b: string): boolean {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return true;
    if (this.conflict(ra, rb)) return false;
    // Keep the smaller key as root so the result does not depend on the order of unions.
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent.set(child, root);
    const merged = new Map([...(this.ids.get(ra) ?? []), ...(this.ids.get(rb) ?? [])]);
    if (merged.size) this.ids.set(root, merged);
    this.ids.delete(child);
    return true;
  }
  /**
   * Joins records that share one piece of evidence (a name, a name and birth). Members that carry
   * an identifier another member contradicts (two OFAC entries of one name) are left out: the
   * evidence cannot tell which of them the others are, and a tie leaves them apart.
   */
  joinShared(keys: string[]): void {
    const members = [...new Set(keys)];
    const clear = members.filter((a) => members.every((b) => !this.conflict(a, b)));
    for (const k of clear.slice(1)) this.union(clear[0]!, k);
  }
}
/** "Sergei Viktorovich Lavrov" and "Sergey Lavrov" share "lavrov|s": with the same birth date they are one person. */
export function personMergeKey(name: string, born: string | undefined): string | undefined {
  if (!born || born.length !== 10) return undefined;
  const tokens = normaliseName(name).split(' ').filter(Boolean);
  if (tokens.length < 2) return undefined;
  return `${tokens[tokens.length - 1]}|${tokens[0]![0]}|${born}`;
}

/** The source a record comes from: the key's prefix ("wd", "un", "ofac"). */
const sourceOf = (r: SourceRecord) => r.key.slice(0, r.key.indexOf(':'));

/** A shared name shorter than this ("Abu Anas", one kunya) is borne by too many people to join on. */
const MIN_SHARED_NAME_TOKENS = 2;

/** The names a record links a person by: the primary name and its standalone aliases of two words or more. */
function linkedNames(r: SourceRecord): Set<string> {
  const full = [r.entity.name, ...r.entity.aliases.filter((a) => a.standalone).map((a) => a.name)];
  const names = [...full, ...full.flatMap((n) => patronymicShortForm(n)?.name ?? [])].map(normaliseName);
  return new Set(names.filter((n) => n.split(' ').length >= MIN_SHARED_NAME_TOKENS));
}

const exactBirth = (r: SourceRecord) => (r.entity.born?.value.length === 10 ? r.entity.born.value : undefined);

/**
 * Births that agree. Two lists compare years of birth, alternatives included ("DOB 1982; alt. DOB
 * 11 Sep 1985"), since they often disagree on the day of the same person (UN 1968-04-11, OFAC
 * 04 Jan 1968). Wikidata gives one date: it must equal the list's exact date.
 */
function birthsAgree(a: SourceRecord, b: SourceRecord): boolean {
  if (a.birthYears?.length && b.birthYears?.length) return a.birthYears.some((y) => b.birthYears!.includes(y));
  const [da, db] = [exactBirth(a), exactBirth(b)];
  return !!da && da === db;
}

/**
 * Rule 5. Sources spell one person differently but share a name among their aliases ("Ahmad Fuad
 * Salim" for both the UN's "Aiman Muhammed Rabi Al-Zawahiri" and OFAC's "Dr. Ayman Al Zawahiri";
 * OFAC's alias "Alexey Texler" for Wikidata's "Alexey Texler", listed as "Aleksey Leonidovich
 * Teksler"). Two records join when they come from different sources, share a name and agree on the
 * birth, and neither has another such partner: a tie leaves all of them apart.
 */
function joinOnNameAndBirth(records: SourceRecord[], uf: UnionFind): void {
  const dated = records.filter((r) => r.entity.type === 'person' && (r.birthYears?.length || exactBirth(r)));
  const names = new Map(dated.map((r) => [r, linkedNames(r)]));
  const byName = new Map<string, SourceRecord[]>();
  for (const r of dated) for (const n of names.get(r)!) byName.set(n, [...(byName.get(n) ?? []), r]);
  const partners = (a: SourceRecord) => {
    const seen = new Set([...names.get(a)!].flatMap((n) => byName.get(n)!));
    return [...seen].filter((b) => sourceOf(a) !== sourceOf(b) && birthsAgree(a, b));
  };
  for (const a of dated) {
    const fits = partners(a);
    if (fits.length === 1 && partners(fits[0]!).length === 1) uf.union(a.key, fits[0]!.key);
  }
}

/** Every English name of a country the records give (its aliases too) → the country's id. */
function countryIdsByName(records: SourceRecord[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of records) {
    if (r.entity.type !== 'country' || !r.entity.id) continue;
    for (const n of [r.entity.name, ...r.entity.aliases.filter((a) => a.script === 'Latn').map((a) => a.name)]) out.set(normaliseName(n), r.entity.id);
  }
  return out;
}

/** Years of birth a record gives: a list's (alternatives included) or its one date's year. */
const birthYearsOf = (r: SourceRecord): string[] => r.birthYears ?? (r.entity.born ? [r.entity.born.value.slice(0, 4)] : []);

/**
 * The country a sanctions programme is about, by its name: OFAC's "IRAN-EO13876", "SOUTH SUDAN",
 * "IRAQ2", the UN's "SouthSudan". Programmes named for a kind of conduct (SDGT, NPWMD) name none.
 */
function programmeCountry(regime: string, countryByName: Map<string, string>): string | undefined {
  const words = regime.replace(/^(?:US|UN)-/, '').split('-')[0]!.replace(/\d+$/, '').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  return countryByName.get(normaliseName(words));
}

/**
 * Rule 6. A sanctions list names a country's officials under that country's programme (OFAC's
 * IRAN, ZIMBABWE, SOUTH SUDAN, UKRAINE-EO13660) where Wikidata's office holders carry no birth date
 * to join on: Zarif, Medvedchuk and Myint Swe were each two entities, one with the offices, one with
 * the sanctions. A list person and a Wikidata office holder join when they share a name, one of the
 * holder's offices is of the programme's country, their years of birth do not disagree, and neither
 * has another such partner. A namesake of another country stays apart (OFAC's Syrian "Ibrahim Idris"
 * is not Kogi State's governor).
 */
function joinOnNameAndProgramme(records: SourceRecord[], uf: UnionFind, countryByName: Map<string, string>): void {
  const people = records.filter((r) => r.entity.type === 'person');
  const listed = people.filter((r) => r.entity.designations.length > 0);
  const holders = people.filter((r) => r.entity.designations.length === 0 && r.entity.roles.some((role) => role.of));
  const byName = new Map<string, SourceRecord[]>();
  for (const r of holders) for (const n of linkedNames(r)) byName.set(n, [...(byName.get(n) ?? []), r]);
  // Births are compared across what the earlier rules joined: a holder's year may come from
  // another extract of the same Wikidata id.
  const years = new Map<string, Set<string>>();
  for (const r of people) {
    const root = uf.find(r.key);
    for (const y of birthYearsOf(r)) years.set(root, (years.get(root) ?? new Set()).add(y));
  }
  const yearsDisagree = (a: string, b: string) => {
    const [ya, yb] = [years.get(a), years.get(b)];
    return !!ya && !!yb && ![...ya].some((y) => yb.has(y));
  };
  const pairs = new Map<string, Set<string>>();
  const note = (a: string, b: string) => pairs.set(a, (pairs.get(a) ?? new Set()).add(b));
  for (const l of listed) {
    const countries = new Set(l.entity.designations.flatMap((d) => programmeCountry(d.regime, countryByName) ?? []));
    if (!countries.size) continue;
    for (const n of linkedNames(l)) {
      for (const h of byName.get(n) ?? []) {
        if (!h.entity.roles.some((role) => role.of && countries.has(role.of))) continue;
        const [rl, rh] = [uf.find(l.key), uf.find(h.key)];
        if (rl === rh || yearsDisagree(rl, rh)) continue;
        note(rl, rh);
        note(rh, rl);
      }
    }
  }
  for (const [a, partners] of pairs) {
    const [b] = partners;
    if (partners.size === 1 && pairs.get(b!)!.size === 1) uf.union(a, b!);
  }
}

/**
 * Rule 4, aliases: a record whose standalone alias is another's primary name joins it. A record
 * whose aliases point at entries that cannot be one entity (the Factbook's "Ansar al-Shari'a groups
 * in Libya" at OFAC's Benghazi and Darnah entries) joins none of them. Links both ways come first:
 * the Factbook's ETA and OFAC's "Euzkadi Ta Askatasuna" name each other, and both also name OFAC's
 * "Askatasuna", a listing of its own, which alone would leave each of them tied.
 */
function joinOnAliases(orgs: SourceRecord[], byPrimary: Map<string, string[]>, uf: UnionFind): void {
  const targets = new Map<string, Set<string>>();
  for (const r of orgs) {
    // A list's other name that only says what kind of group it is links nothing on its own, but
    // still says which other listing is the same group (the UN's "Islamic Jihad Group" is the
    // Factbook's Islamic Jihad Union).
    const named = r.entity.aliases
      .filter((a) => a.kind !== 'acronym' && (a.standalone || (a.kind === 'name' && namesAKindOfGroup(a.name))))
      .flatMap((a) => byPrimary.get(normaliseName(a.name)) ?? []);
    targets.set(r.key, new Set(named.filter((k) => k !== r.key)));
  }
  const mutual = (r: string) => [...targets.get(r)!].filter((k) => targets.get(k)!.has(r));
  for (const r of orgs) uf.joinShared([r.key, ...mutual(r.key)]);
  for (const r of orgs) uf.joinShared([r.key, ...targets.get(r.key)!]);
}

/**
 * The US lists what the UN Security Council lists: an organisation OFAC lists under a UN programme
 * (North Korean banks and shippers, the FDLR, the Lord's Resistance Army) under the very name the UN
 * list gives is that UN listing, not a namesake. OFAC's other organisations join on name only when
 * listed for terrorism (see ofac.ts): its companies' names repeat.
 */
function joinUnListingsOnOfac(records: SourceRecord[], uf: UnionFind): void {
  const unOrgs = new Map<string, string[]>();
  for (const r of records) {
    if (!r.key.startsWith('un:') || r.entity.type !== 'organization') continue;
    const name = normaliseName(r.entity.name);
    unOrgs.set(name, [...(unOrgs.get(name) ?? []), r.key]);
  }
  for (const r of records) {
    const un = r.key.startsWith('ofac:') && r.entity.type === 'organization' ? unOrgs.get(normaliseName(r.entity.name)) : undefined;
    if (un?.length === 1) uf.joinShared([r.key, un[0]!]);
  }
}

export function groupRecords(records: SourceRecord[], report: MergeReport): SourceRecord[][] {
  const uf = new UnionFind(records);
  const byKey = new Map(records.map((r) => [r.key, r]));
  const buckets = (index: (r: SourceRecord) => string[]) => {
    const out = new Map<string, string[]>();
    for (const r of records) for (const i of index(r)) out.set(i, [...(out.get(i) ?? []), r.key]);
    return [...out.values()];
  };
  for (const keys of buckets((r) => (r.entity.id ? [r.entity.id] : []))) uf.joinShared(keys);
  for (const r of records) {
    for (const other of r.sameAs ?? []) {
      if (!byKey.has(other)) report.warnings.push(`${r.key}: same-as target ${other} not found`);
      else if (!uf.union(r.key, other)) report.warnings.push(`${r.key}: same-as ${other} refused, different ${uf.conflict(r.key, other)} identifiers`);
    }
  }
  for (const keys of buckets((r) => {
    const k = r.entity.type === 'person' ? personMergeKey(r.entity.name, r.entity.born?.value) : undefined;
    return k ? [k] : [];
  })) uf.joinShared(keys);
  joinOnNameAndBirth(records, uf);
  joinOnNameAndProgramme(records, uf, countryIdsByName(records));
  const orgs = records.filter((r) => r.mergeOnName);
  const byPrimary = new Map<string, string[]>();
  for (const r of orgs) byPrimary.set(normaliseName(r.entity.name), [...(byPrimary.get(normaliseName(r.entity.name)) ?? []), r.key]);
  for (const keys of byPrimary.values()) uf.joinShared(keys);
  joinOnAliases(orgs, byPrimary, uf);
  joinUnListingsOnOfac(records, uf);
  const groups = new Map<string, SourceRecord[]>();
  for (const r of records) {
    const root = uf.find(r.key);
    groups.set(root, [...(groups.get(root) ?? []), r]);
  }
  return [...groups.values()].map((g) => g.sort((a, b) => a.rank - b.rank || a.key.localeCompare(b.key)));
}

export function mergeRecords(records: SourceRecord[], report: MergeReport): Entity[] {
  const groups = groupRecords(records, report).sort((a, b) => a[0]!.rank - b[0]!.rank || a[0]!.key.localeCompare(b[0]!.key));
  const idOfKey = new Map<string, string>();
  const taken = new Set<string>();
  const ids = groups.map((g) => {
    const qids = [...new Set(g.map((r) => r.entity.wikidata ?? (/^Q\d+$/.test(r.entity.id ?? '') ? r.entity.id : undefined)).filter(Boolean))];
    if (qids.length > 1) report.warnings.push(`${g.map((r) => r.key).join(' + ')}: joined records carry different Wikidata ids ${qids.join(', ')}`);
    let id = qids[0] ?? g.find((r) => r.entity.id)?.entity.id;
    if (!id || taken.has(id)) {
      id = `bs:${slug(g[0]!.entity.name)}`;
      if (taken.has(id)) id = `bs:${slug(g[0]!.entity.name)}-${slug(g[0]!.key)}`;
    }
    taken.add(id);
    for (const r of g) idOfKey.set(r.key, id);
    return id;
  });
  const entities = groups.map((g, i) => combine(ids[i]!, g, report));
  const known = new Set(entities.map((e) => e.id));
  const countryIdByIso = new Map(entities.filter((e) => e.type === 'country' && e.country).map((e) => [e.country!.value, e.id]));
  for (const e of entities) resolveReferences(e, idOfKey, known, countryIdByIso, report);
  return entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function combine(id: string, group: SourceRecord[], report: MergeReport): Entity {
  const drafts = group.map((r) => r.entity);
  const first = <K extends keyof EntityDraft>(k: K) => drafts.find((d) => d[k] !== undefined)?.[k];
  const head = drafts[0]!;
  const wikidata = /^Q\d+$/.test(id) ? id : undefined;
  const entity: Entity = {
    id,
    type: head.type,
    ...(first('orgKind') ? { orgKind: first('orgKind')! } : {}),
    ...(wikidata ? { wikidata } : {}),
    name: head.name,
    aliases: mergeAliases(head, drafts),
    ...(first('summary') ? { summary: first('summary')! } : {}),
    roles: closeTerms(mergeRoles(group), group, report),
    affiliations: dedupe(drafts.flatMap((d) => d.affiliations), (a: Affiliation) => `${a.relation}|${a.target}|${a.start ?? ''}`),
    designations: mergeDesignations(drafts.flatMap((d) => d.designations)),
    events: dedupe(drafts.flatMap((d) => d.events), (e) => `${e.date}|${e.text}`).sort((a, b) => a.date.localeCompare(b.date)),
    sources: dedupe(drafts.flatMap((d) => d.sources), (p: Provenance) => p.source),
  };
  for (const k of ['born', 'died', 'founded', 'dissolved', 'headquarters', 'country'] as const) {
    const v = first(k);
    if (v) entity[k] = v;
  }
  return entity;
}

function dedupe<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function mergeAliases(head: EntityDraft, drafts: EntityDraft[]): Alias[] {
  const all = drafts.flatMap((d) => d.aliases);
  const own = all.find((a) => a.name === head.name);
  const prov = head.sources[0]!;
  const script = detectScript(head.name);
  const primary: Alias = own ?? { name: head.name, standalone: true, ...(script ? { script } : {}), kind: 'name', source: prov.source, asOf: prov.asOf };
  const out: Alias[] = [primary, ...all.filter((a) => a !== own)];
  if (head.type === 'person') out.push(...derivedPersonAliases(primary, [...out]));
  // One entry per spelling; a spelling that is standalone in any source stays standalone only if
  // every source agrees (the most cautious reading wins).
  const bySpelling = new Map<string, Alias>();
  for (const a of out) {
    const prev = bySpelling.get(a.name);
    if (!prev) bySpelling.set(a.name, a);
    else if (prev.standalone && !a.standalone) bySpelling.set(a.name, { ...prev, standalone: false, kind: a.kind ?? prev.kind });
  }
  return [...bySpelling.values()];
}

/**
 * Readers meet "Sergei Lavrov" and "Lavrov", not the list form "Sergei Viktorovich Lavrov". The
 * given-name + surname form is derived only across an East Slavic patronymic, where dropping the
 * middle name is how the name is used; for other naming systems (Arabic, Pashto) it would invent a
 * name. Cyrillic names come in both orders: "Андрей Леонидович Камко" and the official
 * "Умаров Доку Хаматович" (surname first) both give given name + surname. The bare surname is the
 * one a source names, else the last word of the primary name, and is never standalone.
 */
function derivedPersonAliases(primary: Alias, aliases: Alias[]): Alias[] {
  const out: Alias[] = [];
  for (const a of aliases) {
    const short = a.standalone ? patronymicShortForm(a.name) : undefined;
    if (short) out.push({ source: a.source, asOf: a.asOf, name: short.name, script: short.script, standalone: true, kind: 'short' });
  }
  const tokens = primary.name.split(/\s+/).filter((t) => !/^(Jr\.?|Sr\.?|II|III)$/.test(t));
  const surname = familyNameFirst(tokens) ? tokens[0]! : tokens[tokens.length - 1]!;
  // A source that names the surname (the Factbook's capitals) knows better than the last word.
  const named = aliases.some((a) => a.kind === 'surname');
  if (!named && LATIN_NAME.test(primary.name) && tokens.length >= 2 && surname.length > 2) {
    out.push({ source: primary.source, asOf: primary.asOf, name: surname, script: 'Latn', standalone: false, kind: 'surname' });
  }
  return out;
}

/** The given name + surname form of an East Slavic name with a patronymic, in either script and order. */
function patronymicShortForm(name: string): { name: string; script: string } | undefined {
  const tokens = name.split(/\s+/);
  if (tokens.length !== 3) return undefined;
  if (LATIN_NAME.test(name) && PATRONYMIC.test(tokens[1]!)) return { name: `${tokens[0]} ${tokens[2]}`, script: 'Latn' };
  if (!CYRILLIC_NAME.test(name)) return undefined;
  if (CYRILLIC_PATRONYMIC.test(tokens[1]!)) return { name: `${tokens[0]} ${tokens[2]}`, script: 'Cyrl' };
  if (CYRILLIC_PATRONYMIC.test(tokens[2]!)) return { name: `${tokens[1]} ${tokens[0]}`, script: 'Cyrl' };
  return undefined;
}

const LATIN_NAME = /^[\p{Script=Latin} .'’-]+$/u;
const CYRILLIC_NAME = /^[\p{Script=Cyrillic} '’-]+$/u;
/** East Slavic patronymics: Viktorovich, Sergeyevich, Ilyich, Petrovna. */
const PATRONYMIC = /^\p{Lu}\p{Ll}+(ovich|evich|yevich|ich|ovna|evna|yevna|ichna)$/u;
/** The same in Russian, Ukrainian and Belarusian spelling: Леонидович, Олександрович, Іванавіч, Петровна, Іванівна, Сяргееўна. */
const CYRILLIC_PATRONYMIC = /^\p{Lu}\p{Ll}+(ич|іч|овна|евна|ёвна|ична|івна|ївна|аўна|еўна|оўна)$/u;

/**
 * Official titles on the sanctions lists (rank 4-5) carry no dates; when dated offices are known they
 * only repeat them less precisely, so they are dropped. A Factbook term that starts the same day in
 * the same country as a Wikidata term is the same office under another name ("Premier" / "Prime Minister");
 * two terms one source dates from the same day are one office only when one title's words are
 * all in the other's: Trudeau's premiership and his intergovernmental affairs portfolio, both from
 * 4 November 2015, are two (taken for one, the premiership would end with the portfolio in 2018).
 */
function mergeRoles(group: SourceRecord[]): Role[] {
  const tagged = group.flatMap((r) => r.entity.roles.map((role) => ({ role, rank: r.rank })));
  const hasDated = tagged.some((t) => t.role.start || t.role.end);
  const kept = tagged.filter((t) => !(hasDated && t.rank >= 4 && !t.role.start && !t.role.end));
  const out: Role[] = [];
  for (const { role } of kept) {
    const dup = out.find(
      (o) => o.of === role.of && o.ofName === role.ofName && ((o.title === role.title && (o.start ?? '') === (role.start ?? '')) || (!!o.start && o.start.length === 10 && o.start === role.start && !!o.of && (o.source !== role.source || titleWithin(o, role)))),
    );
    const other = dup ? -1 : out.findIndex((o) => sameTermAtOtherPrecision(o, role));
    if (dup) {
      if (!dup.end && role.end) {
        dup.end = role.end;
        if (role.source !== dup.source || role.asOf !== dup.asOf) dup.endSource = { source: role.source, asOf: role.asOf };
      }
      // A later source listing the same open term vouches for it up to its own date (Putin's
      // presidency in the Factbook's 2026 snapshot beside Wikidata's 2022 extract): its record stands for the term.
      else if (!dup.end && !role.end && dup.title === role.title && role.asOf > dup.asOf) out[out.indexOf(dup)] = { ...role, ...(dup.endedBy ? { endedBy: dup.endedBy } : {}) };
    } else if (other >= 0) out[other] = betterDated(out[other]!, role);
    else out.push(role);
  }
  return withoutCoveredUndated(out).sort((a, b) => (a.start ?? '').localeCompare(b.start ?? '') || a.title.localeCompare(b.title));
}

/** One title's words are all in the other's ("Minister Delegate in charge of Investment" in "Minister Delegate to the Head of Government in charge of Investment"). */
function titleWithin(a: Role, b: Role): boolean {
  const [wa, wb] = [a, b].map((r) => new Set(officeTitle(r.title).split(/[\s,]+/)));
  const within = (x: Set<string>, y: Set<string>) => [...x].every((w) => y.has(w));
  return within(wa!, wb!) || within(wb!, wa!);
}

/**
 * A hand entry's `closes`: the end of a term another source holds open, read on a page that reports
 * the handover and rarely the start (Blinken's State Department, 2021– in Wikidata, over on 20
 * January 2025 by an AP report on Rubio's swearing-in). The end goes to the person's open term of
 * that office (by `officeKey`) whose start is the latest before it, cited to its page (`endSource`);
 * the start stays cited to the term's own source. A bound a rule drew from a successor's start
 * (`endedBy`) gives way to the page's end. An end that finds no such term is an error: a typo in the
 * office or the dates would otherwise drop it unseen.
 */
function closeTerms(merged: Role[], group: SourceRecord[], report: MergeReport): Role[] {
  let roles = merged;
  for (const r of group) {
    for (const c of r.closes ?? []) {
      const office = officeKey(c);
      const open = roles
        .filter((o) => !o.end && !o.listing && o.start && compareAt(o.start, c.end) <= 0 && officeKey(o) === office)
        .sort((a, b) => b.start!.localeCompare(a.start!))[0];
      if (!open) {
        report.errors.push(`${r.key}: closes "${c.title}"${c.of ? ` of ${c.of}` : c.ofName ? ` of ${c.ofName}` : ''} on ${c.end}, but no open term of that office starts by then`);
        continue;
      }
      if (open.endedBy && compareAt(open.endedBy, c.end) < 0) report.warnings.push(`${r.key}: "${c.title}" ends ${c.end} by ${c.source}, after the bound ${open.endedBy} drawn from another holder's start`);
      open.end = c.end;
      open.endSource = { source: c.source, asOf: c.asOf };
      delete open.endedBy;
      roles = roles.filter((o) => !sameTermDaysBefore(o, open));
    }
  }
  return roles;
}

/**
 * An open record of the same office begun days before a term, and bounded by that term's start
 * (Wikidata's two extracts date Wang Yi's foreign ministry from 16 and from 17 March 2013, and the
 * rule on a person's next term closes the first on the 17th): the same term, which once closed
 * would read "over by 17 March 2013" beside "2013–2022".
 */
function sameTermDaysBefore(o: Role, term: Role): boolean {
  if (o === term || o.end || o.endedBy !== term.start || o.start?.length !== 10 || term.start!.length !== 10 || officeKey(o) !== officeKey(term)) return false;
  const apart = (Date.parse(term.start!) - Date.parse(o.start)) / 86_400_000;
  return apart > 0 && apart <= START_DAYS_APART;
}

/**
 * The 2019 directory lists offices undated ("Minister of Energy & Water", as of 4 June 2019); a dated
 * term of the same office that spans that day (Wikidata's "Minister of Energy and Water", 2018–2020)
 * is the same term. Beside it the undated record read as held after the term had ended, so the
 * dated one is kept alone. An open term spans the days its source vouches for, up to its own date
 * (Bolsonaro's presidency from 2019, as of 2022, is the directory's "President" of June 2019).
 */
function withoutCoveredUndated(roles: Role[]): Role[] {
  const spans = (d: Role, day: string) => {
    const last = d.end ?? d.asOf;
    return !!d.start && d.start <= day && day.slice(0, last.length) <= last;
  };
  const covered = (u: Role) => roles.some((d) => d !== u && sameOffice(d, u) && spans(d, u.asOf));
  return roles.filter((u) => u.start || u.end || u.endedBy || u.listing || !covered(u));
}

/** One office under two spellings (see `officeTitle`). */
function sameOffice(a: Role, b: Role): boolean {
  return officeKey(a) === officeKey(b);
}

/**
 * Days apart that two sources may date one term's start: the Factbook's election day and
 * Wikidata's inauguration (Hadi elected 21 February 2012, sworn in on the 25th, "27th" in Wikidata).
 */
const START_DAYS_APART = 10;

/**
 * "President" since 2019 (Wikidata, to the year) and since 2019-01-01 (Factbook) are one term; so
 * are an open term and a closed one starting days apart, when the closed one ends after the open
 * one's source last listed it.
 */
function sameTermAtOtherPrecision(a: Role, b: Role): boolean {
  if (a.of !== b.of || a.ofName !== b.ofName || a.title.toLowerCase() !== b.title.toLowerCase() || !a.start || !b.start) return false;
  if (a.start.length !== b.start.length) return a.start.startsWith(b.start) || b.start.startsWith(a.start);
  if (a.start.length !== 10 || !!a.end === !!b.end) return false;
  const [open, closed] = a.end ? [b, a] : [a, b];
  const apart = Math.abs(Date.parse(a.start) - Date.parse(b.start)) / 86_400_000;
  return apart > 0 && apart <= START_DAYS_APART && closed.end!.length === 10 && closed.end! >= open.asOf;
}

/** Of two records of one term, the one that knows the end, else the more precise start: each stays cited as a whole. */
function betterDated(a: Role, b: Role): Role {
  if (!!a.end !== !!b.end) return a.end ? a : b;
  return b.start!.length > a.start!.length ? b : a;
}

/** One designation per regime and reference; a dated one (appendix T's FTO date) beats an undated one. */
function mergeDesignations(items: Designation[]): Designation[] {
  const out: Designation[] = [];
  for (const d of items) {
    const i = out.findIndex((o) => o.regime === d.regime && (!o.reference || !d.reference || o.reference === d.reference));
    if (i < 0) out.push(d);
    else if (!out[i]!.listed && d.listed) out[i] = { ...d, reference: d.reference ?? out[i]!.reference };
    else if (!out[i]!.reference && d.reference) out[i] = { ...out[i]!, reference: d.reference };
  }
  return out;
}

function resolveReferences(e: Entity, idOfKey: Map<string, string>, known: Set<string>, countryIdByIso: Map<string, string>, report: MergeReport): void {
  e.affiliations = e.affiliations.flatMap((a) => {
    const target = a.target.startsWith('@') ? idOfKey.get(a.target.slice(1)) : a.target;
    if (!target || !known.has(target)) {
      report.warnings.push(`${e.id}: dropped ${a.relation} to unknown ${a.target}`);
      return [];
    }
    return target === e.id ? [] : [{ ...a, target }];
  });
  for (const r of e.roles) if (r.of && !known.has(r.of)) delete r.of;
  // Non-country entities name their country by entity id, so the popover can link and name it.
  if (e.country && e.type !== 'country') {
    const id = countryIdByIso.get(e.country.value);
    if (id) e.country = { ...e.country, value: id };
    else delete e.country;
  }
}
