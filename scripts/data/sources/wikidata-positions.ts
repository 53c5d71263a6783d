// Members of legislatures from the every-politician-scrapers Wikidata query results (CC0), which
// wikidata.ts does not read: each repository's html/legislators.csv (the person's own "position
// held" statements, dates already cut to their Wikidata precision) and the Lok Sabha scraper's
// current members. Every row is the person's own term; no row here describes someone else's.
// Titles and jurisdictions go through wikidata.ts's addRole, so "Member of the National Assembly
// of Angola" is "Member of the National Assembly" of Angola as everywhere else.
import type { Provenance } from '../../../src/core/dataset/schema.js';
import { withPrecision } from '../lib/dates.js';
import { alias, type SourceRecord } from '../model.js';
import { closeAtOwnNextTerm } from '../lib/offices.js';
import { closeAtNextLegislature, closeAtNextNumberedLegislature } from './legislatures.js';
import { scraperRepos, type ScraperMeta } from './scraper-repos.js';
import { addRole, type Ctx } from './wikidata.js';

/**
 * `partyIds`: party entities of the dataset; a current member's party is linked only to one of them
 * (a party the dataset does not know would be a dangling reference).
 */
export function importWikidataPositions(shared: string, countryIds: Set<string>, partyIds: Set<string>): SourceRecord[] {
  const ctx: Ctx = { countryIds, people: new Map() };
  for (const { prov, meta, read } of scraperRepos(shared)) {
    for (const r of read('html/legislators.csv')) {
      addRole(ctx, r['personID'], r['person'], { title: r['position'], start: r['start'], end: r['end'] }, meta.jurisdiction, prov);
    }
    const term = meta.legislature?.term && read('wikidata/results/all-terms.csv').find((t) => t['item'] === meta.legislature!.term!.id)?.['itemLabel'];
    if (term) for (const r of read('wikidata/results/current-members.csv')) addMember(ctx, r, `Member of the ${term}`, meta.jurisdiction, partyIds, prov);
  }
  closeAtNextLegislature([...ctx.people.values()]);
  closeAtNextNumberedLegislature([...ctx.people.values()]);
  closeAtOwnNextTerm([...ctx.people.values()]);
  for (const p of ctx.people.values()) {
    if (ONE_LATIN_WORD.test(p.name)) p.aliases.push(alias(p.name, p.sources[0]!, { script: 'Latn', standalone: false, kind: 'name' }));
  }
  return [...ctx.people.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([qid, entity]) => ({ key: `wd:${qid}:legislator`, entity, rank: 1 }));
}

/**
 * Members listed by one Latin word are a surname (Cameroon's "Hamidou", "Ndam") or a nickname
 * (Brazil's "Tiririca", "Vermelho"): shared or ordinary words, linked only after a fuller mention.
 * Korean and Chinese labels are whole names in one word and stay as they are.
 */
const ONE_LATIN_WORD = /^[\p{Script=Latin}'’.-]+$/u;

/**
 * A current member: the term is the person's own seat, undated (the list says who sits now, as of
 * the scraper's commit), with the birth date at its Wikidata precision and the party of the seat.
 */
function addMember(ctx: Ctx, r: Record<string, string>, title: string, jurisdiction: ScraperMeta['jurisdiction'], partyIds: Set<string>, prov: Provenance): void {
  const qid = r['item'];
  addRole(ctx, qid, r['name'], { title }, jurisdiction, prov);
  const p = qid ? ctx.people.get(qid) : undefined;
  if (!p) return;
  const born = r['dob'] ? withPrecision(r['dob'], r['dobPrecision']) : undefined;
  if (born && !p.born) p.born = { value: born, ...prov };
  const party = r['group'];
  if (party && partyIds.has(party)) p.affiliations.push({ relation: 'member-of', target: party, ...prov });
}
