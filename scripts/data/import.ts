// npm run data:import — rebuilds data/entities/*.jsonl and data/sources.json from ../shared/data
// and the hand entries in data/hand/. Deterministic: the same inputs give byte-identical files.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Entity, EntityType, Source } from '../../src/core/dataset/schema.js';
import { canonicalLine, ENTITY_FILES } from './canonical.js';
import { mergeRecords, type MergeReport } from './merge.js';
import type { SourceRecord } from './model.js';
import { holdBackListOnlyNames } from './list-only-names.js';
import { closeAtPromotion, closeOpenTermsAcrossSources } from './lib/offices.js';
import { normaliseName } from './lib/text.js';
import { REPO_ROOT } from './read.js';
import { importAppendixB, importAppendixT } from './sources/appendix.js';
import { importCountries } from './sources/countries.js';
import { importFactbookLeaders, joinLeadersToLegislators } from './sources/factbook-leaders.js';
import { importHand, readHandSources } from './sources/hand.js';
import { importOfac } from './sources/ofac.js';
import { SOURCES } from './sources/registry.js';
import { importUn } from './sources/un-sanctions.js';
import { cabinetKeys, importInstitutions } from './sources/institutions.js';
import { importPartyFacts } from './sources/partyfacts.js';
import { importWikidata } from './sources/wikidata.js';
import { importWikidataBodies } from './sources/wikidata-bodies.js';
import { importWikidataPositions } from './sources/wikidata-positions.js';
import { importMinistries2019, importWorldLeaders2019, joinOfficials, readDirectory, withoutKnownMinistries, withoutNamesakes } from './sources/world-leaders-2019.js';

export function buildDataset(repoRoot: string, shared: string, report: MergeReport): { entities: Entity[]; sources: Source[] } {
  const countries = importCountries(shared);
  const countryIds = new Set(countries.index.idByIso.values());
  const wikidata = importWikidata(shared, countryIds);
  const institutions = importInstitutions(countries.index.factbook2021, countries.index.factbook2026);
  const isoByCountryId = new Map([...countries.index.idByIso].map(([iso, id]) => [id, iso]));
  const leaders = importFactbookLeaders(countries.index, wikidata);
  const listed = [
    ...countries.records,
    ...wikidata,
    ...leaders,
    ...importAppendixB(shared),
    ...importAppendixT(shared),
    ...importUn(shared, countries.index.isoByName),
    ...importOfac(shared, countries.index.isoByName),
    ...importHand(repoRoot),
    ...institutions,
    ...importWikidataBodies(shared, isoByCountryId, cabinetKeys(institutions)),
  ];
  const demonyms = new Set(countries.records.flatMap((r) => r.entity.aliases.filter((a) => a.kind === 'demonym').map((a) => a.name)));
  // A hand entry that carries a Wikidata id extends that entity (the Indian National Congress's press
  // names): its name is no other entity's.
  const extending = (r: SourceRecord) => r.key.startsWith('hand:') && r.entity.wikidata !== undefined;
  const parties = importPartyFacts(shared, standaloneSpellings(listed.filter((r) => !extending(r))), demonyms);
  const partyIds = new Set(parties.flatMap((r) => r.entity.id ?? []));
  const legislators = importWikidataPositions(shared, countryIds, partyIds);
  joinLeadersToLegislators(leaders, legislators);
  const directory = readDirectory(shared);
  const officials = importWorldLeaders2019(directory, countries.index);
  joinOfficials(officials, [[...wikidata, ...legislators], leaders.filter((l) => !l.sameAs)]);
  const known = new Set([...standaloneSpellings([...listed, ...legislators])].map(normaliseName));
  const records = [...listed, ...parties, ...legislators, ...withoutNamesakes(officials, known), ...withoutKnownMinistries(importMinistries2019(directory), listed)];
  // A person the extracts know only by name and birth date (bios of office holders outside the
  // extracted terms) would give a bare popover and only add ambiguous names to the matcher.
  const entities = mergeRecords(records, report)
    .filter((e) => e.type !== 'person' || e.roles.length || e.designations.length || e.affiliations.length || e.events.length || e.summary)
    .map(holdBackListOnlyNames);
  // Once merged, a successor from another source closes a term too: Wikidata's 2022 extract leaves
  // Liz Truss's premiership open, and only the Factbook's 2026 snapshot names the next holder.
  closeOpenTermsAcrossSources(entities.filter((e) => e.type === 'person'));
  closeAtPromotion(entities.filter((e) => e.type === 'person'));
  // No summary is stored for what the facts say: the card builds it at the article's date
  // (src/core/facts/summary.ts), so a term begun or a listing made later never shows in it.
  const sources = [...Object.values(SOURCES), ...readHandSources(repoRoot)].sort((a, b) => a.id.localeCompare(b.id));
  return { entities, sources };
}

/** Every spelling a record links by on its own: its primary name and standalone aliases. */
function standaloneSpellings(records: SourceRecord[]): Set<string> {
  return new Set(records.flatMap((r) => [r.entity.name, ...r.entity.aliases.filter((a) => a.standalone).map((a) => a.name)]));
}

export function writeDataset(repoRoot: string, dataset: { entities: Entity[]; sources: Source[] }): void {
  const dir = path.join(repoRoot, 'data', 'entities');
  mkdirSync(dir, { recursive: true });
  for (const [type, file] of Object.entries(ENTITY_FILES) as [EntityType, string][]) {
    const lines = dataset.entities.filter((e) => e.type === type).map(canonicalLine);
    writeFileSync(path.join(dir, file), lines.join('\n') + '\n');
  }
  writeFileSync(path.join(repoRoot, 'data', 'sources.json'), JSON.stringify(dataset.sources, null, 2) + '\n');
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(REPO_ROOT, 'scripts/data/import.ts');
if (isMain) {
  const shared = path.resolve(REPO_ROOT, '../shared/data');
  const report: MergeReport = { warnings: [], errors: [] };
  const dataset = buildDataset(REPO_ROOT, shared, report);
  if (report.errors.length) {
    for (const e of report.errors) console.error(`error: ${e}`);
    console.error(`${report.errors.length} errors: nothing written`);
    process.exit(1);
  }
  writeDataset(REPO_ROOT, dataset);
  for (const w of report.warnings.slice(0, 50)) console.warn(`warning: ${w}`);
  if (report.warnings.length > 50) console.warn(`… and ${report.warnings.length - 50} more warnings`);
  console.log(`wrote ${dataset.entities.length} entities and ${dataset.sources.length} sources`);
}
