// UN Security Council consolidated list (2025-04-19): individuals and entities of every list, the
// Taliban (1988) and ISIL/Al-Qaida (1267) lists by resolution, the others as "UN-<list type>".
// Atomic fields only: names, original-script name, aliases, titles, reference, listing date,
// exact birth date, nationality. COMMENTS1 (narrative) is never read.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Provenance } from '../../../src/core/dataset/schema.js';
import { readingName } from '../lib/person-name.js';
import { detectScript, normaliseName, titleCase } from '../lib/text.js';
import { alias, emptyDraft, type SourceRecord } from '../model.js';
import { decodeEntities } from './factbook-files.js';
import { orgAlias } from './org-names.js';
import { SOURCES } from './registry.js';

const NAMED_REGIMES: Record<string, string> = { Taliban: 'UN-1988', 'Al-Qaida': 'UN-1267' };
const regimeOf = (type: string | undefined): string | undefined => (type ? (NAMED_REGIMES[type] ?? `UN-${type}`) : undefined);
const PROV: Provenance = { source: SOURCES.un.id, asOf: SOURCES.un.retrieved };

const tag = (xml: string, name: string) => {
  const m = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml);
  return m ? decodeEntities(m[1]!).replace(/\s+/g, ' ').trim() : undefined;
};
const values = (xml: string, name: string) => {
  const block = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml)?.[1] ?? '';
  return [...block.matchAll(/<VALUE>([\s\S]*?)<\/VALUE>/g)].map((m) => decodeEntities(m[1]!).replace(/\s+/g, ' ').trim());
};
const blocks = (xml: string, name: string) => [...xml.matchAll(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`, 'g'))].map((m) => m[1]!);

/**
 * The original-script name (Arabic, Pashto, Dari, Russian) is a full name when the list splits the
 * Latin name into at least two parts and the original has at least two words. A one-part listing
 * ("HIDAYATULLAH", "DOST MOHAMMAD") is a single name even when its Arabic spelling has two words
 * ("هدايت الله"), and a single name is too common to link on its own.
 */
export function isFullName(latinParts: string[], original: string): boolean {
  return latinParts.length >= 2 && original.trim().split(/\s+/).length >= 2;
}

/** No letter of a script other than Latin: "Butaev", "previously listed as", "COMBAT NAME". */
const latinOnly = (text: string) => !/[^\p{Script=Latin}\P{L}]/u.test(text);

/**
 * One ALIAS_NAME can hold several names: a spelling in another script side by side or in
 * parentheses ("Agha Jan Alizai اغا جان عالیزی", "Jin Tiesan (金铁三)", "Amir Khazmat (original
 * script: Амир Хазмат)", "حسن غول (Hassan Ghul; Hassan Gul)"), or several spellings after semicolons
 * or the Arabic comma ("شيخ الفاتح ، الفاتح"). Each becomes an alias of its own script. A
 * parenthesis in the same script as the name is a note ("(birth name)", "(previously listed as)",
 * "(false identity related to …)"), and ", born …" starts one: neither is a name.
 */
export function aliasParts(raw: string): string[] {
  const inner = [...raw.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!);
  const outer = raw.replace(/\([^)]*\)/g, ' ').replace(/,\s*born\b.*$/i, '');
  const spellings = inner.filter((i) => latinOnly(i) !== latinOnly(outer)).map((i) => i.replace(/^original script:\s*/i, ''));
  const out: string[] = [];
  for (const piece of [outer, ...spellings].flatMap((t) => t.split(/[;،]/))) {
    // Consecutive words of one script form a name: split where the script changes.
    let run: string[] = [];
    let script: string | undefined;
    for (const word of piece.trim().split(/\s+/).filter(Boolean)) {
      const own = detectScript(word);
      if (own && script && own !== script) {
        out.push(run.join(' '));
        run = [];
      }
      run.push(word);
      script = own ?? script;
    }
    if (run.length) out.push(run.join(' '));
  }
  return out.map((n) => n.replace(/^[\s,.()-]+|[\s,()]+$/g, '')).filter((n) => n.length > 1);
}

/** A "between" birth date wider than this says too little about the person to join two lists on it. */
const MAX_BIRTH_YEAR_SPAN = 5;

/** The years one INDIVIDUAL_DATE_OF_BIRTH allows: its YEAR, its DATE's year, or a short FROM_YEAR–TO_YEAR range. */
export function birthYearsOf(dob: string): string[] {
  const single = tag(dob, 'YEAR') ?? tag(dob, 'DATE')?.slice(0, 4);
  if (single && /^\d{4}$/.test(single)) return [single];
  const [from, to] = [Number(tag(dob, 'FROM_YEAR')), Number(tag(dob, 'TO_YEAR'))];
  if (!from || !to || to < from || to - from > MAX_BIRTH_YEAR_SPAN) return [];
  return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
}

export function importUn(shared: string, isoByName: Map<string, string>): SourceRecord[] {
  const xml = readFileSync(path.join(shared, 'un-sc-consolidated/consolidated_2025-04-19.xml'), 'utf8');
  const out: SourceRecord[] = [];
  for (const kind of ['INDIVIDUAL', 'ENTITY'] as const) {
    for (const b of blocks(xml, kind)) {
      const regime = regimeOf(tag(b, 'UN_LIST_TYPE'));
      const ref = tag(b, 'REFERENCE_NUMBER');
      if (!regime || !ref) continue;
      const parts = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'].map((t) => tag(b, t)).filter(Boolean) as string[];
      const raw = parts.join(' ');
      if (!raw) continue;
      const isPerson = kind === 'INDIVIDUAL';
      const name = isPerson ? readingName(titleCase(raw)).name : raw;
      const draft = emptyDraft(isPerson ? 'person' : 'organization', isPerson ? name : titleCase(raw.replace(/\s*\([^)]*\)\s*$/, '')), [PROV]);
      // The lists also name charities, companies and exchange houses: not all are armed groups.
      if (!isPerson) draft.orgKind = 'other';
      // Some dates carry a time-zone suffix ("2015-03-27-04:00"): the calendar date is what matters.
      const listed = tag(b, 'LISTED_ON')?.slice(0, 10);
      draft.designations.push({ regime, reference: ref, ...(listed ? { listed } : {}), ...PROV });
      if (isPerson) {
        draft.aliases.push(alias(name, PROV, { script: 'Latn', standalone: true, kind: 'name' }));
        const original = tag(b, 'NAME_ORIGINAL_SCRIPT');
        if (original) draft.aliases.push(alias(original, PROV, { script: detectScript(original), standalone: isFullName(parts, original), kind: 'name' }));
        for (const a of blocks(b, 'INDIVIDUAL_ALIAS')) {
          // The list marks some aliases "Low" quality: too weak to link without other evidence.
          const strong = tag(a, 'QUALITY') !== 'Low';
          for (const n of aliasParts(tag(a, 'ALIAS_NAME') ?? '')) {
            const read = readingName(/\p{Ll}/u.test(n) ? n : titleCase(n)).name;
            draft.aliases.push(alias(read, PROV, { script: detectScript(n), standalone: strong && read.includes(' '), kind: 'name' }));
          }
        }
        for (const t of values(b, 'DESIGNATION')) {
          const title = t.replace(/^[a-z]\)\s*/, '');
          if (title && title !== 'na') draft.roles.push({ title, listing: true, ...PROV });
        }
        const dob = blocks(b, 'INDIVIDUAL_DATE_OF_BIRTH');
        // Only an exact, single birth date is a fact; approximate years and alternatives are not.
        const date = dob.length === 1 && tag(dob[0]!, 'TYPE_OF_DATE') === 'EXACT' ? tag(dob[0]!, 'DATE')?.slice(0, 10) : undefined;
        if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) draft.born = { value: date, ...PROV };
        const nat = values(b, 'NATIONALITY').map((n) => isoByName.get(normaliseName(n))).filter(Boolean);
        if (nat.length === 1) draft.country = { value: nat[0]!, ...PROV };
      } else {
        draft.aliases.push(...orgAlias(raw, PROV));
        for (const a of blocks(b, 'ENTITY_ALIAS')) {
          const n = tag(a, 'ALIAS_NAME');
          if (n) draft.aliases.push(...orgAlias(n, PROV, true));
        }
      }
      const years = isPerson ? blocks(b, 'INDIVIDUAL_DATE_OF_BIRTH').flatMap(birthYearsOf) : [];
      const birthYears = [...new Set(years)].sort();
      out.push({ key: `un:${ref}`, entity: draft, rank: 4, mergeOnName: !isPerson, ...(birthYears.length ? { birthYears } : {}) });
    }
  }
  return out;
}
