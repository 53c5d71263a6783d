// Factbook appendix B (international organisations: name, abbreviation, date established) and
// appendix T (terrorist organisations: aliases and the date of US FTO designation). Only those
// atomic fields are read; the aims, histories and leadership paragraphs are not copied.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Provenance } from '../../../src/core/dataset/schema.js';
import { parseDayMonthYear } from '../lib/dates.js';
import { slug } from '../lib/text.js';
import { emptyDraft, type SourceRecord } from '../model.js';
import { decodeEntities } from './factbook-files.js';
import { orgAlias, splitParenthetical } from './org-names.js';
import { SOURCES } from './registry.js';

const ENTRY = /appendix-entry-name category'>\s*([\s\S]*?)\s*<\/div>\s*<div class='appendix-entry-text category_data'>([\s\S]*?)<\/div>/g;
const PROV: Provenance = { source: SOURCES.appendix.id, asOf: SOURCES.appendix.retrieved };

function entries(file: string): [string, string][] {
  const html = readFileSync(file, 'utf8');
  return [...html.matchAll(ENTRY)].map((m) => [clean(m[1]!), m[2]!]);
}

function clean(html: string): string {
  return decodeEntities(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** Appendix B: only entries with an abbreviation are organisations; the rest are terms ("advanced economies"). */
export function importAppendixB(shared: string): SourceRecord[] {
  const out: SourceRecord[] = [];
  for (const [title, body] of entries(path.join(shared, 'cia-factbook-appendix-2020/appendix-b.html'))) {
    const m = /^(.*?)\s*\(([^()]+)\)$/.exec(title);
    if (!m) continue;
    const [name, abbr] = [m[1]!.trim(), m[2]!.trim()];
    const draft = emptyDraft('organization', name, [PROV]);
    draft.orgKind = 'intergovernmental';
    draft.aliases.push(...orgAlias(name, PROV), ...abbr.split(/\s+or\s+/).flatMap((a) => orgAlias(a, PROV)));
    // The body opens with the founding date ("26 June 1945; effective - ..." or "established 23 October 1954; ...").
    const text = clean(body.replace(/<strong>note<\/strong>[\s\S]*?<br\s*\/?>/i, ''));
    const date = /^(?:established\s+)?(\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{4}|\d{4})\b/.exec(text)?.[1];
    const founded = date ? parseDayMonthYear(date) : undefined;
    if (founded) draft.founded = { value: founded, ...PROV };
    out.push({ key: `fbb:${slug(name)}`, entity: draft, rank: 3 });
  }
  return out;
}

/** Appendix T: names, aliases and the FTO listing date of each group. */
export function importAppendixT(shared: string): SourceRecord[] {
  const out: SourceRecord[] = [];
  for (const [title, body] of entries(path.join(shared, 'cia-factbook-appendix-2020/appendix-t.html'))) {
    // "Islamic State of Iraq and ash-Sham: self-proclaimed ISIS branches…" describes a set of groups, not one.
    if (title.includes(':')) continue;
    const [name, acronym] = splitParenthetical(title);
    const draft = emptyDraft('organization', name!, [PROV]);
    draft.orgKind = 'armed-group';
    draft.aliases.push(...orgAlias(name!, PROV), ...(acronym ? orgAlias(acronym, PROV) : []));
    const field = (label: string) => {
      const m = new RegExp(`<strong>\\s*${label}\\s*</strong>\\s*(?:&ndash;|-|–)\\s*([\\s\\S]*?)</p>`).exec(body);
      return m ? clean(m[1]!) : undefined;
    };
    for (const part of (field('aka') ?? '').split(/[;,]\s*/)) {
      const piece = part.replace(/^(formerly|previously|also)\s+/i, '').trim();
      for (const n of splitParenthetical(piece)) if (n.length > 1) draft.aliases.push(...orgAlias(n, PROV, true));
    }
    const listed = /Foreign Terrorist Organizations? on (\d{1,2} [A-Z][a-z]+ \d{4})/.exec(field('designation') ?? '')?.[1];
    if (listed) draft.designations.push({ regime: 'US-FTO', listed: parseDayMonthYear(listed), ...PROV });
    out.push({ key: `fbt:${slug(name!)}`, entity: draft, rank: 3, mergeOnName: true });
  }
  return out;
}
