// Governments and ministries from the every-politician-scrapers Wikidata query results (CC0): each
// scraper's cabinets ("Second Modi ministry", founded and dissolved at their Wikidata precision)
// and ministries, and the current government of each country (current-governments-enwiki). A
// country's standing cabinet ("Cabinet of Morocco") is the Factbook's cabinet of that country:
// the two records join, so "the Cabinet" resolves to one body.
import type { Provenance } from '../../../src/core/dataset/schema.js';
import { withPrecision } from '../lib/dates.js';
import { detectScript, normaliseName } from '../lib/text.js';
import { alias, emptyDraft, type SourceRecord } from '../model.js';
import { distinctive } from './institutions.js';
import { scraperRepos } from './scraper-repos.js';

interface Body {
  qid: string;
  label: string;
  iso: string | undefined;
  country: string | undefined;
  founded?: string;
  dissolved?: string;
  ministry: boolean;
  prov: Provenance;
}

/**
 * `isoByCountryId`: ISO code of each country entity, to state the body's country.
 * `cabinets`: the Factbook cabinet record of each country (ISO code → record key).
 */
export function importWikidataBodies(shared: string, isoByCountryId: Map<string, string>, cabinets: Map<string, string>): SourceRecord[] {
  const bodies: Body[] = [];
  for (const { prov, meta, read } of scraperRepos(shared)) {
    const where = { iso: meta.jurisdiction && isoByCountryId.get(meta.jurisdiction.id), country: meta.jurisdiction?.name };
    for (const r of read('wikidata/results/all-cabinets.csv')) {
      const founded = dated(r['inception'], r['inceptionPrecision']) ?? dated(r['startTime'], r['startTimePrecision']);
      const dissolved = dated(r['abolished'], r['abolishedPrecision']) ?? dated(r['endTime'], r['endTimePrecision']);
      bodies.push({ qid: r['item']!, label: r['itemLabel']!, ...where, ...optional({ founded, dissolved }), ministry: false, prov });
    }
    // Ministries give the year they began, when Wikidata knows it.
    for (const r of read('wikidata/results/ministries.csv')) {
      bodies.push({ qid: r['item']!, label: r['itemLabel']!, ...where, ...optional({ founded: dated(r['began'], '9'), dissolved: dated(r['ended'], '9') }), ministry: true, prov });
    }
    for (const r of read('data/wikidata.csv')) {
      if (!r['cabinet'] || !r['jurisdiction']) continue;
      const founded = dated(r['start'], r['startPrecision']);
      const dissolved = dated(r['end'], r['endPrecision']);
      bodies.push({ qid: r['cabinet'], label: r['cabinetLabel']!, iso: isoByCountryId.get(r['jurisdiction']), country: r['jurisdictionLabel'], ...optional({ founded, dissolved }), ministry: false, prov });
    }
  }
  const named = bodies.filter((b) => /^Q\d+$/.test(b.qid) && b.label && !/^Q\d+$/.test(b.label));
  // A label several bodies bear ("Bhattarai cabinet" twice, "Ministry of Finance") needs the country.
  const bearers = new Map<string, Set<string>>();
  for (const b of named) bearers.set(normaliseName(b.label), (bearers.get(normaliseName(b.label)) ?? new Set()).add(b.qid));
  const seen = new Set<string>();
  return named.flatMap((b) => {
    if (seen.has(b.qid)) return [];
    seen.add(b.qid);
    const draft = emptyDraft('organization', b.label, [b.prov]);
    draft.id = b.qid;
    draft.wikidata = b.qid;
    draft.orgKind = 'government-body';
    if (b.iso) draft.country = { value: b.iso, ...b.prov };
    if (b.founded) draft.founded = { value: b.founded, ...b.prov };
    if (b.dissolved) draft.dissolved = { value: b.dissolved, ...b.prov };
    // A ministry's name is the same in every country ("Ministry of Education") unless it names its own.
    const standalone = bearers.get(normaliseName(b.label))!.size === 1 && (b.ministry ? namesCountry(b) : distinctive(b.label));
    draft.aliases.push(alias(b.label, b.prov, { script: detectScript(b.label), standalone, kind: standalone ? 'name' : 'short' }));
    const cabinet = b.iso && isStandingCabinet(b) ? cabinets.get(b.iso) : undefined;
    return [{ key: `wdb:${b.qid}`, entity: draft, rank: 1, ...(cabinet ? { sameAs: [cabinet] } : {}) }];
  });
}

/** "Cabinet of Morocco", not "Second Cabinet of President Muhammadu Buhari": the body, not one of its terms. */
function isStandingCabinet(b: Body): boolean {
  const country = b.country?.replace(/^the /, '');
  return !!country && ['Cabinet', 'Government', 'Council of Ministers'].some((h) => b.label === `${h} of ${country}` || b.label === `${h} of the ${country}`);
}

function namesCountry(b: Body): boolean {
  return !!b.country && b.label.includes(b.country.replace(/^the /, ''));
}

/** Query results write days as "2019-08-21" or "1952-04-17T00:00:00Z"; the precision says how much of it holds. */
function dated(value: string | undefined, precision: string | undefined): string | undefined {
  return value ? withPrecision(value.slice(0, 10), precision) : undefined;
}

function optional(v: { founded: string | undefined; dissolved: string | undefined }): { founded?: string; dissolved?: string } {
  return { ...(v.founded ? { founded: v.founded } : {}), ...(v.dissolved ? { dissolved: v.dissolved } : {}) };
}
