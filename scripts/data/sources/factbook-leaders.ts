// Chiefs of state and heads of government with their "since" dates, from both Factbook snapshots
// (2021-10-21, the week of the example article, and 2026-01-22). The Factbook writes surnames in
// capitals: "President Vladimir Vladimirovich PUTIN (since 7 May 2012)". A leader is linked to the
// Wikidata person the evidence of person-match.ts points to (name and office of the same country);
// otherwise the leader becomes an entity of its own.
import type { Provenance, Role } from '../../../src/core/dataset/schema.js';
import { parseDayMonthYear } from '../lib/dates.js';
import { normaliseName, titleCase } from '../lib/text.js';
import { alias, emptyDraft, type SourceRecord } from '../model.js';
import { matchLeader } from '../person-match.js';
import { textOf, type FactbookProfile } from './factbook-files.js';
import type { CountryIndex } from './countries.js';
import { SOURCES } from './registry.js';

/**
 * Titles the Factbook puts before a leader's name. Only these are read: a segment with any other
 * lead-in ("CEO", "note - ...") is skipped rather than guessed at. One person can hold two offices
 * in one lead-in ("Vice President and Prime Minister", "Prime Minister Vice President").
 */
const ONE_TITLE = /(?:(?:First|Second|Third|Acting|Interim|Transitional|Executive|Deputy|Vice|Federal|Supreme|Overall|Taliban)\s+)*(?:President|Vice President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Amir|Sultan|Leader|Governor-General|Governor General|Grand Duke|Prince|Crown Prince|Chairman|Chief Executive|State Counsellor|Captain Regent|Pope|Co-prince|Emperor)/.source;
/** A second office is only ever an executive one: "Prince", "King" or "Leader" after a title may be a given name. */
const SECOND_TITLE = /(?:(?:First|Deputy|Vice)\s+)*(?:President|Prime Minister|Premier|Chancellor)/.source;
const TITLE = new RegExp(`^${ONE_TITLE}(?:\\s+(?:and\\s+)?${SECOND_TITLE})*$`);
const LEADER = /^(?<pre>.+?)\s+(?<surname>[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)*)(?<post>(?:\s+(?:Jr\.|Sr\.|II|III|[A-Z][a-z][\w'’-]*))*)(?:,\s*[^()]*)?\s*\(since (?<since>[^)]+)\)$/;

/** Honorifics the Factbook puts among the given names ("Premier Dr. Ellis WEBSTER"): not part of the name. */
export const HONORIFICS = new Set(['Dr.', 'Sir', 'Dame', 'Gen.', 'Lt.', 'Col.', 'Maj.', 'Capt.', 'Brig.', 'Adm.', 'Prof.', 'Rev.', 'Mr.', 'Mrs.', 'Ms.']);

interface Leader {
  title: string;
  name: string;
  surname: string;
  given: string;
  since: string;
}

export function parseLeaders(text: string): Leader[] {
  const out: Leader[] = [];
  for (const segment of text.split(/;\s*/)) {
    const m = LEADER.exec(segment.trim());
    if (!m?.groups) continue;
    const words = m.groups['pre']!.split(/\s+/);
    // The title is the longest lead-in the lexicon knows; the rest are given names.
    let cut = -1;
    for (let i = words.length; i > 0; i--) if (TITLE.test(words.slice(0, i).join(' '))) { cut = i; break; }
    if (cut < 0) continue;
    const given = words.slice(cut).filter((w) => !HONORIFICS.has(w));
    if (given.some((w) => !/^\p{Lu}/u.test(w))) continue;
    const since = parseDayMonthYear(m.groups['since']!);
    if (!since) continue;
    const surname = surnameReadingForm(m.groups['surname']!);
    const name = [...given, surname].join(' ') + (m.groups['post'] ?? '');
    out.push({ title: words.slice(0, cut).join(' '), name: name.trim(), surname, given: given.join(' '), since });
  }
  return out;
}

/**
 * "XI" opens a Chinese name, not a regnal number: numbers only follow a name ("CHARLES III"), so a
 * first word the title-casing kept in capitals is a name all the same.
 */
export function surnameReadingForm(caps: string): string {
  return titleCase(caps).replace(/^\p{Lu}{2,}(?=\s|$)/u, (w) => w[0] + w.slice(1).toLowerCase());
}

export function importFactbookLeaders(index: CountryIndex, wikidata: SourceRecord[]): SourceRecord[] {
  const records = new Map<string, SourceRecord>();
  const surnames = new Map<string, string>();
  const snapshots: [FactbookProfile[], Provenance][] = [
    [index.factbook2021, { source: SOURCES.factbook2021.id, asOf: SOURCES.factbook2021.retrieved }],
    [index.factbook2026, { source: SOURCES.factbook2026.id, asOf: SOURCES.factbook2026.retrieved }],
  ];
  const offices = new Map<Role, string>();
  const named2026 = new Map<string, Set<string>>();
  const named2021 = new Map<string, Set<string>>();
  for (const [profiles, prov] of snapshots) {
    for (const p of profiles) {
      const countryId = index.idByIso.get(p.iso);
      const exec = p.data['Government']?.['Executive branch'] as Record<string, unknown> | undefined;
      if (!countryId || !exec) continue;
      for (const field of fieldsOf(p)) {
        const office = `${countryId}|${field}`;
        for (const l of parseLeaders(textOf(exec[field]) ?? '')) {
          // One person can lead several territories (a monarch, the US president): one record per name.
          const key = `fb:${normaliseName(l.name)}`;
          let rec = records.get(key);
          if (!rec) {
            const draft = emptyDraft('person', l.name, [prov]);
            // A one-word name ("Pope FRANCIS") is a common given name in running text: never linked alone.
            draft.aliases.push(alias(l.name, prov, { lang: 'en', script: 'Latn', standalone: l.name.includes(' '), kind: 'name' }));
            rec = { key, entity: draft, rank: 2 };
            records.set(key, rec);
            surnames.set(key, l.surname);
          }
          // The word in capitals is the name the person goes by ("XI Jinping", "Nicolas MADURO Moros",
          // "ABIY Ahmed"): the surname alias, where the last word would be wrong. A name all in
          // capitals ("HUN MANET") is the whole name, not a surname needing context.
          if (l.surname !== l.name && !rec.entity.aliases.some((a) => a.kind === 'surname' && a.name === l.surname)) {
            rec.entity.aliases.push(alias(l.surname, prov, { lang: 'en', script: 'Latn', standalone: false, kind: 'surname' }));
          }
          const held = rec.entity.roles.find((r) => r.title === l.title && r.of === countryId && r.start === l.since);
          // The later snapshot still lists the term: it vouches for it up to its own date.
          if (held) Object.assign(held, prov);
          else {
            const role: Role = { title: l.title, of: countryId, start: l.since, ...prov };
            rec.entity.roles.push(role);
            offices.set(role, office);
          }
          const named = prov.source === SOURCES.factbook2026.id ? named2026 : named2021;
          named.set(office, (named.get(office) ?? new Set()).add(rec.key));
        }
      }
    }
  }
  // Matched once every term of both snapshots is known: a later term can be the one that overlaps.
  for (const rec of records.values()) {
    const match = matchLeader({ name: rec.entity.name, surname: surnames.get(rec.key)!, roles: rec.entity.roles }, wikidata);
    if (match) rec.sameAs = [match.key];
  }
  markEndedTerms(records, offices, named2026);
  dropImpossibleTerms(records, offices, named2021);
  return [...records.values()];
}

/**
 * Leaders no cabinet or office query knew, matched against the legislators (read after the parties,
 * so after the leaders): Javier Milei was a deputy in the extract and President by the 2026
 * Factbook, two records of one man until joined.
 */
export function joinLeadersToLegislators(leaders: SourceRecord[], legislators: SourceRecord[]): void {
  for (const rec of leaders) {
    if (rec.sameAs || rec.entity.type !== 'person') continue;
    const surname = rec.entity.aliases.find((a) => a.kind === 'surname')?.name ?? rec.entity.name;
    const match = matchLeader({ name: rec.entity.name, surname, roles: rec.entity.roles }, legislators);
    if (match) rec.sameAs = [match.key];
  }
}

/**
 * A dependency's chief of state is its sovereign's (the US president for American Samoa, the
 * French president for New Caledonia, the British king for Bermuda): not an office of the
 * territory. Its head of government is its own.
 */
function fieldsOf(p: FactbookProfile): string[] {
  return p.data['Government']?.['Dependency status'] ? ['head of government'] : ['chief of state', 'head of government'];
}

/**
 * A 2021 term whose office (the country's chief of state or head of government field) the 2026
 * snapshot fills without this person had ended by 2026-01-22, whatever the successor is called
 * ("Queen" then "King"). The Factbook never gives the end date itself, so the
 * end is a window: held on 2021-10-21, over by 2026-01-22. A field the 2026 snapshot leaves empty
 * (or that fails to parse) proves nothing.
 */
function markEndedTerms(records: Map<string, SourceRecord>, offices: Map<Role, string>, named2026: Map<string, Set<string>>): void {
  for (const rec of records.values()) {
    for (const role of rec.entity.roles) {
      if (role.source !== SOURCES.factbook2021.id) continue;
      const named = named2026.get(offices.get(role) ?? '');
      if (named && !named.has(rec.key)) {
        role.endedBy = SOURCES.factbook2026.retrieved;
        // The 2026 snapshot, naming someone else, is what says the term was over.
        role.endSource = { source: SOURCES.factbook2026.id, asOf: SOURCES.factbook2026.retrieved };
      }
    }
  }
}

/**
 * A 2026 term "since" a day before the 2021 snapshot, in an office that snapshot gives only to
 * others, cannot be: the holder would have been listed in 2021. The Factbook's own typo ("Prime
 * Minister Ilie BOLOJAN (since 23 June 2005)" for 2025) is dropped rather than shown.
 */
function dropImpossibleTerms(records: Map<string, SourceRecord>, offices: Map<Role, string>, named2021: Map<string, Set<string>>): void {
  for (const rec of records.values()) {
    rec.entity.roles = rec.entity.roles.filter((role) => {
      if (role.source !== SOURCES.factbook2026.id || !role.start || role.start >= SOURCES.factbook2021.retrieved) return true;
      const named = named2021.get(offices.get(role) ?? '');
      return !named || named.has(rec.key);
    });
  }
}
