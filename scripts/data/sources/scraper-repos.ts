// The every-politician-scrapers repositories under ../shared/data that MANIFEST.csv lists, each with
// its facts' provenance (dated with the repository's commit date), its meta.json and a CSV reader.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Provenance } from '../../../src/core/dataset/schema.js';
import { parseCsvObjects } from '../lib/csv.js';
import { SOURCES } from './registry.js';

export interface ScraperMeta {
  jurisdiction?: { id: string; name: string };
  /** The Lok Sabha scraper: the term whose members current-members.csv lists. */
  legislature?: { term?: { id: string } };
}

export interface ScraperRepo {
  prov: Provenance;
  meta: ScraperMeta;
  /** Rows of a CSV file of the repository; none when the repository does not hold it. */
  read(rel: string): Record<string, string>[];
}

export function scraperRepos(shared: string): ScraperRepo[] {
  const dir = path.join(shared, 'wikidata-everypolitician-scrapers');
  const commitDates = new Map(parseCsvObjects(readFileSync(path.join(dir, 'MANIFEST.csv'), 'utf8')).map((r) => [r['repo']!.split('/')[1]!, r['commit_date']!]));
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const asOf = commitDates.get(name);
      if (!asOf) return [];
      const file = (rel: string) => path.join(dir, name, rel);
      const meta = existsSync(file('meta.json')) ? (JSON.parse(readFileSync(file('meta.json'), 'utf8')) as ScraperMeta) : {};
      const read = (rel: string) => (existsSync(file(rel)) ? parseCsvObjects(readFileSync(file(rel), 'utf8')) : []);
      return [{ prov: { source: SOURCES.wikidata.id, asOf }, meta, read }];
    });
}
