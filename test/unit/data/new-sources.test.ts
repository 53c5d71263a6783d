// The importers of issue 12 on small extracts written here, so the rules are checked without ../shared.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { pressDepartmentName, pressMinistryName } from '../../../src/core/match/derive';
import type { FactbookProfile } from '../../../scripts/data/sources/factbook-files';
import { importInstitutions } from '../../../scripts/data/sources/institutions';
import { importPartyFacts } from '../../../scripts/data/sources/partyfacts';
import { importWikidataBodies } from '../../../scripts/data/sources/wikidata-bodies';
import { importWikidataPositions } from '../../../scripts/data/sources/wikidata-positions';
import { importMinistries2019, readDirectory, withoutKnownMinistries } from '../../../scripts/data/sources/world-leaders-2019';

function sharedDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bs-shared-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const COUNTRIES = {
  'npm-i18n-iso-countries/codes.json': JSON.stringify([['US', 'USA'], ['GB', 'GBR'], ['IN', 'IND'], ['IL', 'ISR'], ['BG', 'BGR'], ['CN', 'CHN'], ['TW', 'TWN'], ['XK', 'XKK'], ['AT', 'AUT'], ['CZ', 'CZE']]),
  'npm-i18n-iso-countries/langs/en.json': JSON.stringify({ locale: 'en', countries: { US: 'United States', GB: 'United Kingdom', IN: 'India', IL: 'Israel', BG: 'Bulgaria', CN: 'China', TW: 'Taiwan', XK: 'Kosovo', AT: 'Austria', CZ: 'Czechia' } }),
};

const CORE = `country,partyfacts_id,technical,name_short,name,name_english,name_other,year_first,year_last,share,share_year,new,wikipedia,description,comment,created,modified
USA,1,,DP,Democratic Party,Democratic Party,,1828,,,,,,,,,
GBR,2,,DP,Democratic Party,Democratic Party,,1969,1999,,,,,,,,
IND,3,,INC,Indian National Congress,Indian National Congress,,1885,,,,,,,,,
IND,4,,INC-O,Indian National Congress (Organisation),Indian National Congress (Organisation),,1969,1979,,,,,,,,
ISR,5,,,Likud,Likud,,1973,,,,,,,,,
ISR,6,,,HaBayit,The Homeland,,2001,,,,,,,,,
BGR,7,,LP,Liberalna partiya,Liberal Party (Bulgaria),,1887,1920,,,,,,,,
USA,8,7,oth,other,other,,1900,,,,,,,,,
IND,9,,BJP,Bharatiya Janata Party,Bharatiya Janata Party,,1980,,,,,,,,,
GBR,10,,CAR,Campaign Against Rates,Campaign Against Rates,,1990,,,,,,,,,
ISL,11,,F,Framsóknarflokkurinn,Progressive Party,,1942,,35.9,1931,,,,,,
CHN,12,,CPC,Communist Party of China,Communist Party of China,,1921,,,,,,,,,
CHN,13,,KMT,Kuomintang,Kuomintang of China,,1919,1949,,,,,,,,
TWN,14,,KMT,Kuomintang,Nationalist Party,,1919,,,,,,,,,
XKX,15,,LDK,Lidhja Demokratike e Kosovës,Democratic League of Kosovo,,1989,,,,,,,,,
TWN,16,,C/NP,Xin dang,Chinese / New Party,,1993,,,,,,,,,
GBR,17,,ILP,Independent Labour Party,Independent Labour Party,,1945,1945,,1935,,,,,,
USA,18,,PRES,Party of Unity and Accord,Party of Unity and Accord,,1993,1993,6.7,1993,,,,,,
AUT,19,,RSZML,Republican Agrarian Party,Czech Agrarian Party,,1899,,20.0,1899,,,,,,
CZE,20,,RSZML,Republican Agrarian Party,Republican Party of Farmers and Peasants,,1899,1938,14.3,1929,,,,,,
`;
const LINKS = `country,partyfacts_id,wikidata_id,name,name_short,name_native
USA,1,Q29552,Democratic Party,,
IND,3,Q10225,Indian National Congress,INC,भारतीय राष्ट्रीय कांग्रेस
IND,4,Q3523002,Indian National Congress (Organisation),,
IND,9,Q10230,Bharatiya Janata Party,BJP,
CHN,13,Q31113,Kuomintang,KMT,
TWN,14,Q31113,Kuomintang,KMT,
AUT,19,Q2568847,Republican Party of Agricultural and Smallholder People,,
CZE,20,Q2568847,Republican Party of Agricultural and Smallholder People,,
`;

describe('Party Facts parties', () => {
  const shared = sharedDir({ ...COUNTRIES, 'partyfacts/import__elecglob__partyfacts-core-parties.csv': CORE, 'partyfacts/import__wikipedia__wikidata.csv': LINKS });
  const records = importPartyFacts(shared, new Set(['CAR']), new Set(['Chinese']));
  const byName = (name: string) => records.find((r) => r.entity.name === name)!.entity;
  const standalone = (name: string, alias: string) => byName(name).aliases.find((a) => a.name === alias)?.standalone;

  it('keys parties by Wikidata id with their country and years, and drops technical entries', () => {
    const inc = byName('Indian National Congress');
    expect(inc.id).toBe('Q10225');
    expect(inc.orgKind).toBe('political-party');
    expect(inc.country?.value).toBe('IN');
    // Party Facts may give a first or last election for an unknown founding or dissolution: bounds.
    expect(inc.founded).toMatchObject({ value: '1885', bound: 'by' });
    expect(inc.dissolved).toBeUndefined();
    expect(byName('Liberal Party').dissolved).toMatchObject({ value: '1920', bound: 'or-later' });
    expect(records.some((r) => r.entity.name === 'other')).toBe(false);
  });

  it("gives a party listed in two countries the country of its open row, and Kosovo's parties theirs", () => {
    expect(byName('Kuomintang').country?.value).toBe('TW');
    expect(byName('Democratic League of Kosovo').country?.value).toBe('XK');
  });
  it('gives none when the open row is only an older vote, a former country left without an end', () => {
    expect(byName('Republican Party of Agricultural and Smallholder People').country).toBeUndefined();
  });

  it('does not take a demonym Party Facts lists beside the name for a name', () => {
    expect(byName('New Party').aliases.map((a) => a.name)).not.toContain('Chinese');
  });

  it('gives the name without its own country as a shared name', () => {
    expect(byName('Communist Party of China').aliases.find((a) => a.name === 'Communist Party')).toMatchObject({ standalone: false, kind: 'short' });
    expect(byName('Democratic League of Kosovo').aliases.find((a) => a.name === 'Democratic League')).toMatchObject({ standalone: false, kind: 'short' });
  });

  it('states no founding year its own row contradicts (a vote share before it)', () => {
    expect(byName('Progressive Party').founded).toBeUndefined();
  });
  it('states neither year of a party founded and dissolved in one year: the years of its one election', () => {
    for (const name of ['Independent Labour Party', 'Party of Unity and Accord']) {
      expect(byName(name).founded).toBeUndefined();
      expect(byName(name).dissolved).toBeUndefined();
    }
  });
  it('links a unique full name alone; a faction keeps its qualifier and does not take the party name', () => {
    expect(standalone('Indian National Congress', 'Indian National Congress')).toBe(true);
    expect(byName('Indian National Congress (Organisation)').id).toBe('Q3523002');
    expect(standalone('Bharatiya Janata Party', 'Bharatiya Janata Party')).toBe(true);
  });
  it('leaves to context a name two parties bear, one word, a leading article, and every acronym', () => {
    expect(records.filter((r) => r.entity.name === 'Democratic Party').every((r) => r.entity.aliases[0]!.standalone === false)).toBe(true);
    expect(standalone('Likud', 'Likud')).toBe(false);
    expect(standalone('The Homeland', 'The Homeland')).toBe(false);
    expect(standalone('Liberal Party', 'Liberal Party')).toBe(false);
    expect(byName('Bharatiya Janata Party').aliases.find((a) => a.name === 'BJP')).toMatchObject({ standalone: false, kind: 'acronym' });
    expect(byName('Indian National Congress').aliases.some((a) => a.name === 'DP')).toBe(false);
  });
  it('does not let a party take a name another source already links (CAR the country)', () => {
    expect(standalone('Campaign Against Rates', 'CAR')).toBe(false);
  });
});

describe('legislators from the every-politician scrapers', () => {
  const shared = sharedDir({
    'wikidata-everypolitician-scrapers/MANIFEST.csv': 'repo,commit,commit_date,files\nx/angola,c,2022-07-31,\nx/india-lok-sabha,c,2023-02-23,\n',
    'wikidata-everypolitician-scrapers/angola/meta.json': JSON.stringify({ jurisdiction: { name: 'Angola', id: 'Q916' } }),
    'wikidata-everypolitician-scrapers/angola/html/legislators.csv':
      'position,person,personID,start,end\nMember of the National Assembly of Angola,Ana Dias Lourenço,Q1,2017-09,2022\nMember of the National Assembly of Angola,Tchizé,Q2,,\n' +
      'Member of the National Assembly of Angola,Rui Falcão,Q4,2012-09,2017-09\nMember of the National Assembly of Angola,Rui Falcão,Q4,2017-09-28,\nMember of the National Assembly of Angola,Rui Falcão,Q4,2017-09-28,2012-09-27\n' +
      'Member of the National Assembly of Angola,Isaías Samakuva,Q5,2008,\nMember of the National Assembly of Angola,Isaías Samakuva,Q5,2017-09-28,\n',
    'wikidata-everypolitician-scrapers/india-lok-sabha/meta.json': JSON.stringify({ jurisdiction: { name: 'India', id: 'Q668' }, legislature: { term: { id: 'Q56064191' } } }),
    'wikidata-everypolitician-scrapers/india-lok-sabha/wikidata/results/all-terms.csv': 'ordinal,item,itemLabel\n17,Q56064191,17th Lok Sabha\n',
    'wikidata-everypolitician-scrapers/india-lok-sabha/wikidata/results/current-members.csv':
      'item,name,group,party,dob,dobPrecision\nQ10218,Rahul Gandhi,Q10225,Indian National Congress,1970-06-19,11\nQ3,Some Member,Q999,Other Party,1960-01-01,9\n',
  });
  const records = importWikidataPositions(shared, new Set(['Q916', 'Q668']), new Set(['Q10225']));
  const person = (qid: string) => records.find((r) => r.entity.id === qid)!;

  it("reads each member's own term with the country and the dates at their precision", () => {
    expect(person('Q1').key).toBe('wd:Q1:legislator');
    expect(person('Q1').entity.roles).toEqual([{ source: 'wikidata-everypolitician', asOf: '2022-07-31', title: 'Member of the National Assembly', of: 'Q916', start: '2017-09', end: '2022' }]);
  });
  it('does not read a term that ends before it starts, nor let it close the open term it would join', () => {
    expect(person('Q4').entity.roles.map((r) => [r.start, r.end])).toEqual([['2012-09', '2017-09'], ['2017-09-28', undefined]]);
  });
  it("ends a person's open term of an office by the start of their own later term of it", () => {
    expect(person('Q5').entity.roles.map((r) => [r.start, r.endedBy])).toEqual([['2008', '2017-09-28'], ['2017-09-28', undefined]]);
  });
  it('never links a one-word Latin name alone', () => {
    expect(person('Q2').entity.aliases).toMatchObject([{ name: 'Tchizé', standalone: false }]);
  });
  it("names the Lok Sabha term, the birth at its precision and only a party the dataset knows", () => {
    expect(person('Q10218').entity.roles[0]).toMatchObject({ title: 'Member of the 17th Lok Sabha', of: 'Q668' });
    expect(person('Q10218').entity.affiliations).toMatchObject([{ relation: 'member-of', target: 'Q10225' }]);
    expect(person('Q3').entity.born?.value).toBe('1960');
    expect(person('Q3').entity.affiliations).toEqual([]);
  });
});

describe('institutions from the Factbook', () => {
  const profile = (iso: string, government: Record<string, unknown>): FactbookProfile => ({ iso, gec: iso.toLowerCase(), data: { Government: government } });
  const br26 = profile('BR', {
    'Legislative branch': { 'legislature name': { text: 'National Congress (Congresso nacional)' } },
    'Executive branch': { cabinet: { text: 'Cabinet appointed by the president' } },
    'Judicial branch': { 'highest court(s)': { text: 'Supreme Federal Court or Supremo Tribunal Federal (consists of 11 justices)' } },
  });
  const br21 = profile('BR', {
    'Legislative branch': {
      description: { text: 'bicameral National Congress or Congresso Nacional consists of:<br>Federal Senate or Senado Federal (81 seats; members serve 8-year terms)<br>Chamber of Deputies or Camara dos Deputados (513 seats)' },
    },
  });
  const es26 = profile('ES', { 'Legislative branch': { 'legislature name': { text: 'The Cortes' } } });
  const kw26 = profile('KW', {
    'Executive branch': { cabinet: { text: 'Council of Ministers appointed by the prime minister' } },
    'Judicial branch': { 'highest court(s)': { text: 'Supreme Court of Justice (consists of 9 judges)' } },
  });
  const jp26 = profile('JP', { 'Legislative branch': { 'legislature name': { text: 'National Diet (Kokkai)' } } });
  const ir26 = profile('IR', { 'Legislative branch': { 'legislature name': { text: 'Islamic Parliament of Iran (Majles Shoraye Eslami)' } } });
  const sk26 = profile('SK', { 'Legislative branch': { 'legislature name': { text: 'National Council (Narodna rada)' } } });
  const records = importInstitutions([br21], [br26, es26, kw26, jp26, ir26, sk26]);
  const body = (id: string) => records.find((r) => r.entity.id === id)!.entity;

  it("gives each country's legislature, its chambers, cabinet and court, with the country", () => {
    expect(records.map((r) => r.entity.id).sort()).toEqual([
      'bs:cabinet-br-cabinet',
      'bs:cabinet-kw-council-of-ministers',
      'bs:chamber-br-chamber-of-deputies',
      'bs:chamber-br-federal-senate',
      'bs:court-br-supreme-federal-court',
      'bs:court-kw-supreme-court-of-justice',
      'bs:legislature-br-national-congress',
      'bs:legislature-es-the-cortes',
      'bs:legislature-ir-islamic-parliament-of-iran',
      'bs:legislature-jp-national-diet',
      'bs:legislature-sk-national-council',
    ]);
    expect(body('bs:chamber-br-federal-senate')).toMatchObject({ orgKind: 'government-body', country: { value: 'BR' }, affiliations: [{ relation: 'part-of', target: 'bs:legislature-br-national-congress' }] });
  });
  it('links a distinctive local name alone and keeps generic names as short aliases', () => {
    const senate = body('bs:chamber-br-federal-senate').aliases;
    expect(senate.find((a) => a.name === 'Senado Federal')?.standalone).toBe(true);
    expect(senate.find((a) => a.name === 'Senate')).toMatchObject({ standalone: false, kind: 'short' });
    expect(body('bs:cabinet-br-cabinet').aliases).toMatchObject([{ name: 'Cabinet', standalone: false, kind: 'short' }]);
    expect(body('bs:legislature-br-national-congress').aliases.find((a) => a.name === 'Congress')?.standalone).toBe(false);
    expect(body('bs:legislature-es-the-cortes').aliases[0]!.standalone).toBe(false);
  });
  it('calls every council of ministers "the Cabinet", as the press does', () => {
    expect(body('bs:cabinet-kw-council-of-ministers').aliases.find((a) => a.name === 'Cabinet')).toMatchObject({ standalone: false, kind: 'short' });
  });
  it('calls a legislature by the word its own name gives it, not by a word every council shares', () => {
    const short = (id: string) => body(id).aliases.filter((a) => a.kind === 'short').map((a) => a.name);
    expect(short('bs:legislature-jp-national-diet')).toContain('Diet');
    expect(short('bs:legislature-ir-islamic-parliament-of-iran')).toContain('Parliament');
    expect(short('bs:legislature-sk-national-council')).not.toContain('Council');
  });
  it('calls a body named "<generic name> of …" by the generic name', () => {
    expect(body('bs:court-kw-supreme-court-of-justice').aliases.find((a) => a.name === 'Supreme Court')).toMatchObject({ standalone: false, kind: 'short' });
  });
});

describe('ministries of the 2019 World Leaders directory', () => {
  const ONTOLOGY = 'http://williamrobertfunk.com/ontologies/';
  const countries = Object.fromEntries(['KW', 'JP', 'CA', 'SN'].map((iso) => [`c-${iso}`, { datatypeProperties: { [`${ONTOLOGY}country#countryCodeISO`]: iso.toLowerCase() } }]));
  const titles: Array<[string, string]> = [
    ['KW', 'Minister of Interior'], ['KW', 'Minister of Interior'], ['JP', 'Minister of Economy, Trade, & Industry'], ['JP', 'Minister for Okinawa'],
    ['JP', 'Minister of State'], ['CA', 'Minister of Finance'], ['SN', 'Minister of Communication & Government Spokesperson'], ['SN', 'Minister of Health & Social Action'],
  ];
  const offices = Object.fromEntries(
    titles.map(([iso, title], i) => [`o${i}`, { datatypeProperties: { [`${ONTOLOGY}world-leaders#title`]: title }, objectProperties: [{ [`${ONTOLOGY}country#hasCountry`]: { '@id': `c-${iso}` } }] }]),
  );
  const json = (v: unknown) => strToU8(JSON.stringify(v));
  const zip = zipSync({ 'dist/json/persons.json': json({}), 'dist/json/government-offices.json': json(offices), 'dist/json/countries.json': json(countries) });
  const dir = sharedDir({});
  mkdirSync(path.join(dir, 'cia-world-leaders-2019'));
  writeFileSync(path.join(dir, 'cia-world-leaders-2019/json.zip'), zip);
  const records = importMinistries2019(readDirectory(dir));

  it("makes one ministry of each minister's portfolio, of the minister's country, linked only by context", () => {
    expect(records.map((r) => [r.entity.id, r.entity.name]).sort()).toEqual([
      ['bs:ministry-jp-economy-trade-industry', 'Ministry of Economy, Trade and Industry'],
      ['bs:ministry-kw-interior', 'Ministry of Interior'],
      ['bs:ministry-sn-health-social-action', 'Ministry of Health and Social Action'],
    ]);
    expect(records.find((r) => r.entity.id === 'bs:ministry-kw-interior')!.entity).toMatchObject({
      orgKind: 'government-body',
      country: { value: 'KW', asOf: '2019-06-04' },
      aliases: [{ name: 'Ministry of Interior', standalone: false, kind: 'short' }],
    });
  });
  it("leaves out a country's ministry another source holds under the same press name", () => {
    const wikidata = { key: 'wdb:Q1', rank: 1, entity: { ...records[0]!.entity, id: 'Q1', name: 'Ministry of the Interior', aliases: [], country: { value: 'KW', source: 's', asOf: '2022' } } };
    expect(withoutKnownMinistries(records, [wikidata]).map((r) => r.entity.id)).not.toContain('bs:ministry-kw-interior');
  });
  it('gives the press name of one portfolio or the first of two', () => {
    expect(pressMinistryName('Ministry of the Interior')).toBe('Interior Ministry');
    expect(pressMinistryName('Ministry of Foreign Affairs and International Cooperation')).toBe('Foreign Ministry');
    expect(pressMinistryName('Ministry of Health and Social Action')).toBe('Health Ministry');
    expect(pressMinistryName('Ministry of Economy, Trade and Industry')).toBeUndefined();
    expect(pressDepartmentName('United States Department of Justice')).toBe('Justice Department');
    expect(pressDepartmentName('Department of the Treasury')).toBe('Treasury Department');
    expect(pressDepartmentName('Department of Homeland Security')).toBeUndefined();
  });
});

describe('governments and ministries from the every-politician scrapers', () => {
  const shared = sharedDir({
    'wikidata-everypolitician-scrapers/MANIFEST.csv': 'repo,commit,commit_date,files\nx/india-ministers,c,2022-07-23,\nx/current-governments-enwiki,c,2022-11-02,\n',
    'wikidata-everypolitician-scrapers/india-ministers/meta.json': JSON.stringify({ jurisdiction: { name: 'India', id: 'Q668' } }),
    'wikidata-everypolitician-scrapers/india-ministers/wikidata/results/all-cabinets.csv':
      'ordinal,item,itemLabel,inception,inceptionPrecision,startTime,startTimePrecision,abolished,abolishedPrecision,endTime,endTimePrecision\n,Q1,Second Modi ministry,2019-05-30T00:00:00Z,11,,,,,,\n,Q2,Q2,,,,,,,,\n,Q3,Premadasa cabinet,1989-01-01,9,,,,,,\n',
    'wikidata-everypolitician-scrapers/india-ministers/wikidata/results/ministries.csv':
      'item,itemLabel,minister,ministerLabel,began,ended\nQ4,Ministry of Finance,,,1946,\nQ5,Ministry of Railways of India,,,,\n',
    'wikidata-everypolitician-scrapers/current-governments-enwiki/data/wikidata.csv':
      'cabinet,cabinetLabel,start,startPrecision,end,endPrecision,jurisdiction,jurisdictionLabel\nQ6,Government of India,,,,,Q668,India\n',
  });
  const records = importWikidataBodies(shared, new Map([['Q668', 'IN']]), new Map([['IN', 'fbi:cabinet-in-union-council-of-ministers']]));
  const body = (qid: string) => records.find((r) => r.entity.id === qid);

  it('dates governments at their Wikidata precision and skips unlabelled items', () => {
    expect(body('Q1')!.entity).toMatchObject({ orgKind: 'government-body', country: { value: 'IN' }, founded: { value: '2019-05-30' } });
    expect(body('Q3')!.entity.founded?.value).toBe('1989');
    expect(body('Q2')).toBeUndefined();
  });
  it("links a ministry alone only when its name says the country", () => {
    expect(body('Q4')!.entity.aliases[0]).toMatchObject({ standalone: false, kind: 'short' });
    expect(body('Q4')!.entity.founded?.value).toBe('1946');
    expect(body('Q5')!.entity.aliases[0]!.standalone).toBe(true);
  });
  it("joins a country's standing government to the Factbook cabinet, not its numbered terms", () => {
    expect(body('Q6')!.sameAs).toEqual(['fbi:cabinet-in-union-council-of-ministers']);
    expect(body('Q1')!.sameAs).toBeUndefined();
  });
});
