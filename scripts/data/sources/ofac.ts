// US Treasury OFAC SDN list: individuals and organisations of every programme (no vessels or
// aircraft), each programme a regime: Foreign Terrorist Organizations, Specially Designated Global
// Terrorists, the Russia EO 14024 programme by name, the others as "US-<program tag>". The
// 2024-05-03 list is the main one; the 2022-01-31 list, taken three months after the example
// article, tells which designations already stood then. From the remarks only atomic
// items are parsed (a single exact date of birth, nationality, "Linked To" targets); nothing is copied.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Designation, Provenance } from '../../../src/core/dataset/schema.js';
import { blank, parseCsv } from '../lib/csv.js';
import { parseDayMonthYear } from '../lib/dates.js';
import { readingName } from '../lib/person-name.js';
import { detectScript, normaliseName, titleCase } from '../lib/text.js';
import { alias, emptyDraft, type SourceRecord } from '../model.js';
import { orgAlias } from './org-names.js';
import { SOURCES } from './registry.js';

const NAMED_REGIMES: Record<string, string> = { FTO: 'US-FTO', SDGT: 'US-SDGT', 'RUSSIA-EO14024': 'US-EO14024' };
const regimeOf = (program: string): string | undefined => (program ? (NAMED_REGIMES[program] ?? `US-${program}`) : undefined);
const P2022: Provenance = { source: SOURCES.ofac2022.id, asOf: SOURCES.ofac2022.retrieved };
const P2024: Provenance = { source: SOURCES.ofac2024.id, asOf: SOURCES.ofac2024.retrieved };
const PALT: Provenance = { source: SOURCES.ofacAlt2026.id, asOf: SOURCES.ofacAlt2026.retrieved };

interface Row {
  ent: string;
  name: string;
  type: string | undefined;
  programs: string[];
  title: string | undefined;
  remarks: string;
}

function readSdn(file: string): Map<string, Row> {
  const out = new Map<string, Row>();
  for (const r of parseCsv(readFileSync(file, 'utf8'))) {
    if (r.length < 12 || !/^\d+$/.test(r[0]!.trim())) continue;
    out.set(r[0]!.trim(), {
      ent: r[0]!.trim(),
      name: r[1]!.trim(),
      type: blank(r[2]),
      programs: (blank(r[3]) ?? '').split(/\]\s*\[/).map((p) => p.trim()),
      title: blank(r[4]),
      remarks: blank(r[11]) ?? '',
    });
  }
  return out;
}

function readAlt(file: string): Map<string, { type: string; name: string }[]> {
  const out = new Map<string, { type: string; name: string }[]>();
  for (const r of parseCsv(readFileSync(file, 'utf8'))) {
    if (r.length < 4) continue;
    const list = out.get(r[0]!.trim()) ?? [];
    list.push({ type: r[2]!.trim(), name: r[3]!.trim() });
    out.set(r[0]!.trim(), list);
  }
  return out;
}

/** "LAVROV, Sergei Viktorovich" → "Sergei Viktorovich Lavrov". */
export function personName(listName: string): string {
  return titleCase(readingName(listName).name);
}

export function importOfac(shared: string, isoByName: Map<string, string>): SourceRecord[] {
  const dir = path.join(shared, 'ofac-sdn');
  const sdn2022 = readSdn(path.join(dir, '2022-01-31/sdn.csv'));
  const sdn2024 = readSdn(path.join(dir, '2024-05-03/sdn.csv'));
  const alt2022 = readAlt(path.join(dir, '2022-01-31/alt.csv'));
  const alt2026 = readAlt(path.join(dir, '2026-06-alt-add/alt.csv'));
  const wanted = (r: Row | undefined) => !!r && (r.type === undefined || r.type === 'individual') && r.programs.some((p) => regimeOf(p));
  const ents = [...new Set([...sdn2022.keys(), ...sdn2024.keys()])].filter((e) => wanted(sdn2024.get(e)) || wanted(sdn2022.get(e)));
  const keyByName = new Map<string, string | null>();
  const records: SourceRecord[] = [];
  for (const ent of ents.sort((a, b) => Number(a) - Number(b))) {
    const row = sdn2024.get(ent) ?? sdn2022.get(ent)!;
    const prov = sdn2024.has(ent) ? P2024 : P2022;
    const isPerson = row.type === 'individual';
    const draft = emptyDraft(isPerson ? 'person' : 'organization', isPerson ? personName(row.name) : titleCase(row.name), [prov]);
    // Only the FTO list is a list of armed groups; SDGT and EO 14024 also name companies and charities.
    if (!isPerson) draft.orgKind = row.programs.includes('FTO') ? 'armed-group' : 'other';
    if (isPerson) draft.aliases.push(alias(draft.name, prov, { script: 'Latn', standalone: true, kind: 'name' }));
    else draft.aliases.push(...orgAlias(row.name, prov));
    draft.designations.push(...designations(ent, sdn2022, sdn2024));
    if (row.title) draft.roles.push({ title: row.title, listing: true, ...prov });
    const altProv = sdn2024.has(ent) ? PALT : P2022;
    for (const a of (sdn2024.has(ent) ? alt2026 : alt2022).get(ent) ?? []) {
      if (isPerson) {
        const n = personName(a.name);
        draft.aliases.push(alias(n, altProv, { script: detectScript(n), standalone: n.includes(' '), kind: 'name' }));
      } else draft.aliases.push(...orgAlias(a.name, altProv, true));
    }
    const dobs = [...row.remarks.matchAll(/\bDOB ([^;.]+)/g)].map((m) => m[1]!.trim());
    const born = dobs.length === 1 ? parseDayMonthYear(dobs[0]!) : undefined;
    if (born && born.length === 10) draft.born = { value: born, ...prov };
    const nat = [...row.remarks.matchAll(/\bnationality ([^;.]+)/g)].map((m) => isoByName.get(normaliseName(m[1]!)));
    if (nat.length === 1 && nat[0]) draft.country = { value: nat[0], ...prov };
    for (const m of row.remarks.matchAll(/Linked To: ([^;]+?)(?:;|\.$)/g)) {
      draft.affiliations.push({ relation: 'linked-to', target: `@name:${m[1]!.trim()}`, ...prov });
    }
    const key = `ofac:${ent}`;
    keyByName.set(row.name, keyByName.has(row.name) ? null : key);
    const birthYears = [...new Set(dobs.flatMap((d) => d.match(/\b\d{4}\b/g) ?? []))].sort();
    const terrorism = row.programs.some((p) => p === 'FTO' || p === 'SDGT');
    records.push({ key, entity: draft, rank: 5, mergeOnName: !isPerson && terrorism, ...(isPerson && birthYears.length ? { birthYears } : {}) });
  }
  // "Linked To" names another SDN entry by its list name: link only when that name is unique.
  for (const r of records) {
    r.entity.affiliations = r.entity.affiliations.flatMap((a) => {
      const target = keyByName.get(a.target.slice('@name:'.length));
      return target && target !== r.key ? [{ ...a, target: `@${target}` }] : [];
    });
  }
  return records;
}

/**
 * Designations on either list: absent from the 2022 list, added after 2022-01-31; absent from the
 * 2024 list (the whole ZIMBABWE programme, lifted in between), off it by 2024-05-03.
 */
function designations(ent: string, sdn2022: Map<string, Row>, sdn2024: Map<string, Row>): Designation[] {
  const out: Designation[] = [];
  const now = sdn2024.get(ent)?.programs ?? [];
  const then = sdn2022.get(ent)?.programs ?? [];
  for (const p of [...new Set([...then, ...now])]) {
    const regime = regimeOf(p);
    if (!regime) continue;
    if (then.includes(p)) out.push({ regime, ...(now.includes(p) ? {} : { delistedBy: SOURCES.ofac2024.retrieved }), ...P2022 });
    else out.push({ regime, listedAfter: SOURCES.ofac2022.retrieved, ...P2024 });
  }
  return out;
}
