// The public-domain / CC0 / MIT extracts under ../shared/data that the importer reads, as Source
// entries for data/sources.json. Retrieval dates are the as-of dates PROVENANCE.md gives.
import type { Source } from '../../../src/core/dataset/schema.js';

export const SOURCES = {
  factbook2021: {
    id: 'cia-factbook-2021-10-21',
    name: 'CIA World Factbook (factbook.json snapshot, week 42 of 2021)',
    url: 'https://github.com/factbook/factbook.json',
    licence: 'Public domain',
    retrieved: '2021-10-21',
  },
  factbook2026: {
    id: 'cia-factbook-2026-01-22',
    name: 'CIA World Factbook (factbook.json, last update before the Factbook closed)',
    url: 'https://github.com/factbook/factbook.json',
    licence: 'Public domain',
    retrieved: '2026-01-22',
  },
  appendix: {
    id: 'cia-factbook-appendix-2020',
    name: 'CIA World Factbook appendices B (international organisations) and T (terrorist organisations), 2020 edition',
    url: 'https://github.com/upou-agpidlaoan/cia-factbook',
    licence: 'Public domain',
    retrieved: '2020',
  },
  un: {
    id: 'un-sc-consolidated-2025-04-19',
    name: 'UN Security Council Consolidated Sanctions List (XML)',
    url: 'https://www.un.org/securitycouncil/content/un-sc-consolidated-list',
    licence: 'UN terms of use: atomic facts only, cited; narrative fields not copied',
    retrieved: '2025-04-19',
  },
  ofac2022: {
    id: 'ofac-sdn-2022-01-31',
    name: 'US Treasury OFAC Specially Designated Nationals list (sdn.csv, alt.csv)',
    url: 'https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists',
    licence: 'Public domain (US government work)',
    retrieved: '2022-01-31',
  },
  ofac2024: {
    id: 'ofac-sdn-2024-05-03',
    name: 'US Treasury OFAC Specially Designated Nationals list (sdn.csv)',
    url: 'https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists',
    licence: 'Public domain (US government work)',
    retrieved: '2024-05-03',
  },
  ofacAlt2026: {
    id: 'ofac-alt-2026-06',
    name: 'US Treasury OFAC SDN aliases (alt.csv)',
    url: 'https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists',
    licence: 'Public domain (US government work)',
    retrieved: '2026-06',
  },
  wikidata: {
    id: 'wikidata-everypolitician',
    name: 'Wikidata office holders via every-politician-scrapers query results',
    url: 'https://github.com/every-politician-scrapers',
    licence: 'CC0 1.0',
    retrieved: '2023-01-12',
    note: 'Each fact is dated with the commit date of the scraper repository it came from (2022-07 to 2023-03).',
  },
  worldLeaders2019: {
    id: 'cia-world-leaders-2019-06-04',
    name: 'CIA Chiefs of State and Cabinet Members of Foreign Governments (World Leaders directory, as scraped 2019-06-04 by WilliamRADFunk/cia-world-leaders)',
    url: 'https://github.com/WilliamRADFunk/cia-world-leaders',
    licence: 'Public domain (US government work)',
    retrieved: '2019-06-04',
    note: 'A snapshot: who held each office on 2019-06-04, with no start or end dates.',
  },
  partyfacts: {
    id: 'partyfacts-2020-07-11',
    name: 'Party Facts core parties and their Wikidata links (Döring and Regel, Party Politics 25(2), 2019)',
    url: 'https://github.com/hdigital/partyfactsdata',
    licence: 'MIT (the repository); no separate data licence is stated, so facts are cited to Party Facts',
    retrieved: '2020-07-11',
    note: 'As of the latest modification date in the core-parties file. Founded and dissolved are Party Facts\' first and last year of the party.',
  },
  i18nCountries: {
    id: 'i18n-iso-countries-7-14-0',
    name: 'i18n-iso-countries 7.14.0 (country names in 78 languages)',
    url: 'https://www.npmjs.com/package/i18n-iso-countries',
    licence: 'MIT',
    retrieved: '2025',
  },
} as const satisfies Record<string, Source>;
