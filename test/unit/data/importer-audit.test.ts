// Importer misreadings found by the December audit of sources not audited before, each on a small
// synthetic record shaped like the raw one (the raw extracts are read by data:audit, not here).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/core/dataset/schema';
import { seatsPastNextLegislature, titlesNamingTheirCountry } from '../../../scripts/data/audit';
import { emptyDraft, type EntityDraft } from '../../../scripts/data/model';
import { closeAtNextNumberedLegislature } from '../../../scripts/data/sources/legislatures';
import type { CountryIndex } from '../../../scripts/data/sources/countries';
import { headTitle, importWikidata, queryDate, titleWithin } from '../../../scripts/data/sources/wikidata';
import { importMinistries2019, importWorldLeaders2019, officeJurisdiction, readDirectory } from '../../../scripts/data/sources/world-leaders-2019';

function sharedDir(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bs-audit-'));
  for (const [rel, data] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), data);
  }
  return dir;
}

describe('2019 World Leaders directory: offices of a region filed under a country', () => {
  const ON = 'http://williamrobertfunk.com/ontologies/';
  const LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';
  const countries = {
    'c-CN': { [LABEL]: 'China', datatypeProperties: { [`${ON}country#countryCodeISO`]: 'cn' } },
    'c-BA': { [LABEL]: 'Bosnia and Herzegovina', datatypeProperties: { [`${ON}country#countryCodeISO`]: 'ba' } },
  };
  // As the directory has them: Macau's secretary and Republika Srpska's minister under China and Bosnia.
  const offices: Record<string, unknown> = {
    'o-mo': { datatypeProperties: { [`${ON}world-leaders#title`]: 'Secretary for Economics & Finance', [`${ON}world-leaders#regionSpecific`]: "Macau (Special Administrative Region of the People's Republic of China)" }, objectProperties: [{ [`${ON}country#hasCountry`]: { '@id': 'c-CN' } }] },
    'o-rs': { datatypeProperties: { [`${ON}world-leaders#title`]: 'Minister of Finance', [`${ON}world-leaders#regionSpecific`]: 'Republika Srpska Government' }, objectProperties: [{ [`${ON}country#hasCountry`]: { '@id': 'c-BA' } }] },
    'o-ba': { datatypeProperties: { [`${ON}world-leaders#title`]: 'Minister of Civil Affairs', [`${ON}world-leaders#regionSpecific`]: 'National Government' }, objectProperties: [{ [`${ON}country#hasCountry`]: { '@id': 'c-BA' } }] },
  };
  const person = (label: string, office: string) => ({ [LABEL]: label, objectProperties: [{ [`${ON}world-leaders#appointedGovernmentOffice`]: { '@id': office } }] });
  const persons = { p1: person('Francis TAM Pak-yuen', 'o-mo'), p2: person('Zoran TEGELTIJA', 'o-rs'), p3: person('Adil OSMANOVIC', 'o-ba') };
  const json = (v: unknown) => strToU8(JSON.stringify(v));
  const dir = sharedDir({ 'cia-world-leaders-2019/json.zip': zipSync({ 'dist/json/persons.json': json(persons), 'dist/json/government-offices.json': json(offices), 'dist/json/countries.json': json(countries) }) });
  const index: CountryIndex = { idByIso: new Map([['CN', 'Q148'], ['BA', 'Q225'], ['MO', 'bs:country-mo']]), isoByName: new Map([['macau', 'MO'], ['china', 'CN']]), factbook2021: [], factbook2026: [] };
  const roles = Object.fromEntries(importWorldLeaders2019(readDirectory(dir), index).map((r) => [r.entity.name, r.entity.roles.map(({ title, of, ofName }) => ({ title, of, ofName }))]));

  it("gives a region that is a country of the dataset (Macau) its own office, not China's", () => {
    expect(roles['Francis Tam Pak-yuen']).toEqual([{ title: 'Secretary for Economics & Finance', of: 'bs:country-mo', ofName: undefined }]);
  });
  it("names any other region with the country it was filed under, and keeps the national government the country's", () => {
    expect(roles['Zoran Tegeltija']).toEqual([{ title: 'Minister of Finance', of: undefined, ofName: 'Republika Srpska (Bosnia and Herzegovina)' }]);
    expect(roles['Adil Osmanovic']).toEqual([{ title: 'Minister of Civil Affairs', of: 'Q225', ofName: undefined }]);
  });
  it("makes no ministry of the country from a region's minister", () => {
    expect(importMinistries2019(readDirectory(dir)).map((r) => r.entity.name)).toEqual(['Ministry of Civil Affairs']);
  });
  it('reads the region from the directory’s wording', () => {
    const filed = { id: 'Q225', name: 'Bosnia and Herzegovina' };
    expect(officeJurisdiction(undefined, filed, () => undefined)).toEqual({ of: 'Q225' });
    expect(officeJurisdiction('Federation Government', filed, () => undefined)).toEqual({ ofName: 'Federation (Bosnia and Herzegovina)' });
  });
});

describe('Wikidata query results without a precision', () => {
  it('reads a first of January as the year and a first of the month as the month, and keeps other days', () => {
    expect(queryDate('2017-01-01')).toBe('2017');
    expect(queryDate('2020-10-01')).toBe('2020-10');
    expect(queryDate('2015-11-11')).toBe('2015-11-11');
    expect(queryDate(undefined)).toBeUndefined();
  });
  it("joins the cabinet query's start to the same term in holders21.csv instead of making it more precise, or a second term", () => {
    const dir = sharedDir({
      'wikidata-everypolitician-scrapers/MANIFEST.csv': 'repo,commit,commit_date,files\nevery-politician-scrapers/ghana-ministers,x,2022-07-22,\n',
      'wikidata-everypolitician-scrapers/ghana-ministers/meta.json': JSON.stringify({ jurisdiction: { id: 'Q117', name: 'Ghana' } }),
      'wikidata-everypolitician-scrapers/ghana-ministers/html/holders21.csv': 'position,person,personID,start,end\nMinister for Communications,Ursula Owusu,Q21063772,2017,\n',
      'wikidata-everypolitician-scrapers/ghana-ministers/wikidata/results/current-cabinet.csv': 'item,itemLabel,position,positionLabel,start,psid\nQ21063772,Ursula Owusu,Q15378819,Minister for Communications,2017-01-01,x\n',
    });
    const owusu = importWikidata(dir, new Set(['Q117'])).find((r) => r.key === 'wd:Q21063772')!.entity;
    expect(owusu.roles.map((r) => r.start)).toEqual(['2017']);
  });
});

describe('numbered legislatures', () => {
  const p = { source: 'wd', asOf: '2022-07-22' };
  const seat = (n: string, start: string, end?: string): EntityDraft =>
    Object.assign(emptyDraft('person', 'M', [p]), { roles: [{ title: `Member of the ${n} Parliament of the 4th Republic`, of: 'Q117', start, ...(end ? { end } : {}), ...p }] });
  const cohort = (n: string, k: number, start: string, end?: string) => Array.from({ length: k }, () => seat(n, start, end));

  it('ends an open seat of the 7th Parliament when the 8th first sits, and leaves the last one and stated ends alone', () => {
    const people = [...cohort('6th', 6, '2013-01-07', '2017-01-06'), ...cohort('7th', 6, '2017-01-07'), ...cohort('8th', 6, '2021-01-07')];
    closeAtNextNumberedLegislature(people);
    expect(people[6]!.roles[0]!.endedBy).toBe('2021-01-07');
    expect(people[0]!.roles[0]!.endedBy).toBeUndefined();
    expect(people[12]!.roles[0]!.endedBy).toBeUndefined();
    const entities = people.map((d, i) => ({ ...d, id: `Q${i}` }) as unknown as Entity);
    expect(seatsPastNextLegislature(entities)).toEqual([]);
  });
  it('takes the day most members of the next one start, not a stray earlier date, and needs several', () => {
    const people = [...cohort('7th', 6, '2017-01-07'), ...cohort('8th', 2, '2020-01-07'), ...cohort('8th', 6, '2021-01-07')];
    closeAtNextNumberedLegislature(people);
    expect(people[0]!.roles[0]!.endedBy).toBe('2021-01-07');
    const few = [...cohort('7th', 6, '2017-01-07'), ...cohort('8th', 4, '2021-01-07')];
    closeAtNextNumberedLegislature(few);
    expect(few[0]!.roles[0]!.endedBy).toBeUndefined();
  });
  it('the audit finds an open seat read as held after the next legislature sat', () => {
    const open = [...cohort('7th', 1, '2017-01-07'), ...cohort('8th', 6, '2021-01-07')].map((d, i) => ({ ...d, id: `Q${i}` }) as unknown as Entity);
    expect(seatsPastNextLegislature(open)).toHaveLength(1);
  });
});

describe('titles of the Wikidata extracts that name their own country', () => {
  it('strips the country in its long form or in the form the jurisdiction is not named by', () => {
    expect(titleWithin('President of the Republic of Poland', { name: 'Poland' })).toBe('President');
    expect(titleWithin('Prime Minister of the Netherlands', { name: 'Kingdom of the Netherlands' })).toBe('Prime Minister');
    expect(titleWithin('President of the United States', { name: 'United States of America' })).toBe('President');
    expect(titleWithin('Prime Minister of St Kitts and Nevis', { name: 'Saint Kitts and Nevis' })).toBe('Prime Minister');
    expect(titleWithin('President of Northern Cyprus', { name: 'Turkish Republic of Northern Cyprus' })).toBe('President');
  });
  it('keeps an office that only sounds like the country: a state, a Secretary of State, an organ', () => {
    expect(titleWithin('Governor of the State of Mexico', { name: 'Mexico' })).toBe('Governor of the State');
    expect(titleWithin('Secretary of State of Puerto Rico', { name: 'Puerto Rico' })).toBe('Secretary of State');
    expect(titleWithin('President of the Executive Yuan', { name: 'Taiwan' })).toBe('President of the Executive Yuan');
    expect(titleWithin('Head of the Chechen Republic', { name: 'Russia' })).toBe('Head of the Chechen Republic');
  });
  it("reads a world leader's republic as the country's own office", () => {
    expect(headTitle('President of the French Republic')).toBe('President');
    expect(headTitle('President of the Republic of China')).toBe('President');
    expect(headTitle('President of the Pontifical Commission for the Vatican City State')).toBe('President of the Pontifical Commission for the Vatican City State');
  });
  it('the audit finds a head of state whose title still names the country', () => {
    const poland = { id: 'Q36', type: 'country', name: 'Poland', aliases: [{ name: 'Republic of Poland' }], roles: [] } as unknown as Entity;
    const duda = (title: string) => ({ id: 'Q9151911', type: 'person', name: 'Andrzej Duda', aliases: [], roles: [{ title, of: 'Q36', start: '2015', source: 'wikidata-everypolitician', asOf: '2022-10-09' }] }) as unknown as Entity;
    expect(titlesNamingTheirCountry([poland, duda('President of the Republic')])).toHaveLength(1);
    expect(titlesNamingTheirCountry([poland, duda('President of the Republic of Poland')])).toHaveLength(1);
    expect(titlesNamingTheirCountry([poland, duda('President')])).toEqual([]);
  });
});
