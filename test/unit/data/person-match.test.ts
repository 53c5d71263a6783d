import { describe, expect, it } from 'vitest';
import type { Provenance, Role } from '../../../src/core/dataset/schema';
import { alias, emptyDraft, type SourceRecord } from '../../../scripts/data/model';
import { matchLeader, matchOfficial, namesAgree, termsOverlap } from '../../../scripts/data/person-match';
import { joinLeadersToLegislators } from '../../../scripts/data/sources/factbook-leaders';

const wd: Provenance = { source: 'wikidata', asOf: '2022-08-03' };
const fb2021: Provenance = { source: 'cia-factbook-2021-10-21', asOf: '2021-10-21' };
const fb2026: Provenance = { source: 'cia-factbook-2026-01-22', asOf: '2026-01-22' };

const ETHIOPIA = 'Q115';
const PAKISTAN = 'Q843';
const USA = 'Q30';
const UK = 'Q145';
const COOK_ISLANDS = 'bs:country-ck';

function wikidataPerson(qid: string, name: string, roles: Omit<Role, 'source' | 'asOf'>[]): SourceRecord {
  const entity = emptyDraft('person', name, [wd]);
  Object.assign(entity, { id: qid, wikidata: qid });
  entity.aliases.push(alias(name, wd, { kind: 'name' }));
  entity.roles.push(...roles.map((r) => ({ ...r, ...wd })));
  return { key: `wd:${qid}`, entity, rank: 1 };
}

const leader = (name: string, surname: string, roles: Role[]) => ({ name, surname, roles });
const term = (title: string, of: string, start: string, prov: Provenance): Role => ({ title, of, start, ...prov });

describe('names that may be one person', () => {
  it('agree when equal but for spaces, hyphens, case and accents', () => {
    expect(namesAgree('Abdelfattah Elsisi', 'Abdel Fattah el-Sisi')).toBe(true);
    expect(namesAgree('XI Jinping', 'Xi Jinping')).toBe(true);
    expect(namesAgree('Victoire Tomegah Dogbe', 'Victoire Dogbé Tomegah')).toBe(true);
  });
  it('agree when every token of the shorter name is in the longer one, in any order', () => {
    expect(namesAgree('Abiy Ahmed', 'Abiy Ahmed Ali')).toBe(true);
    expect(namesAgree('Ukhnaa Khurelsukh', 'Khurelsukh Ukhnaa')).toBe(true);
    expect(namesAgree('Jose Daniel Ortega Saavedra', 'Daniel Ortega')).toBe(true);
  });
  it('do not agree on one shared token or on a different given name', () => {
    expect(namesAgree('Ahmed', 'Abiy Ahmed Ali')).toBe(false);
    expect(namesAgree('Muhammad Shehbaz Sharif', 'Muhammad Hamza Shahbaz Sharif')).toBe(false);
    expect(namesAgree('Joseph R. Biden Jr.', 'Joe Biden')).toBe(false);
  });
  it('agree on a whole name in another romanisation, not on a part of one', () => {
    expect(namesAgree('Moustafa Madbouly', 'Mostafa Madbouly')).toBe(true);
    expect(namesAgree('Mohammed bin Khalifa bin Ahmed', 'Ahmad bin Muhammad bin Hamad bin Abdallah Al Khalifa')).toBe(false);
  });
  it('count a word the shorter name repeats as often as it repeats', () => {
    expect(namesAgree('Makame Makame', 'Makame Mnyaa Mbwrawa')).toBe(false);
    expect(namesAgree('Wu Ming-ming', 'Wu Shiow-ming')).toBe(false);
  });
});

describe('overlapping terms', () => {
  it('runs a Factbook term from its since date to the snapshot and compares at the shared precision', () => {
    const abiy = term('Prime Minister', ETHIOPIA, '2018-04-02', fb2021);
    expect(termsOverlap(abiy, { title: 'Prime Minister', of: ETHIOPIA, start: '2018', ...wd })).toBe(true);
    expect(termsOverlap(abiy, { title: 'Minister of Foreign Affairs', of: ETHIOPIA, start: '2020-11-04', ...wd })).toBe(true);
    expect(termsOverlap(abiy, { title: 'Prime Minister', of: ETHIOPIA, start: '2012-09-21', end: '2018-04-02', ...wd })).toBe(true);
    expect(termsOverlap(abiy, { title: 'Prime Minister', of: ETHIOPIA, start: '2012-09-21', end: '2018-03', ...wd })).toBe(false);
    expect(termsOverlap(abiy, { title: 'Prime Minister', of: ETHIOPIA, start: '2022-01-01', ...wd })).toBe(false);
    expect(termsOverlap(abiy, { title: 'Prime Minister', of: 'Q1033', start: '2018', ...wd })).toBe(false);
  });
});

describe('matching a Factbook leader to a Wikidata person', () => {
  it('joins a shorter Factbook spelling holding the same office at the same time', () => {
    const abiy = wikidataPerson('Q50365049', 'Abiy Ahmed Ali', [{ title: 'Prime Minister', of: ETHIOPIA, start: '2018' }]);
    const other = wikidataPerson('Q16728486', 'Demeke Mekonnen', [{ title: 'Minister of Foreign Affairs', of: ETHIOPIA, start: '2020-11-04' }]);
    const found = matchLeader(leader('Abiy Ahmed', 'Ahmed', [term('Prime Minister', ETHIOPIA, '2018-04-02', fb2021)]), [other, abiy]);
    expect(found?.key).toBe('wd:Q50365049');
  });

  it('takes the office holder of the time, not a relative sharing first name and surname', () => {
    const hamza = wikidataPerson('Q5646510', 'Muhammad Hamza Shahbaz Sharif', [{ title: 'Chief Minister of Punjab', of: PAKISTAN, start: '2022-04-30', end: '2022-07-26' }]);
    const shehbaz = wikidataPerson('Q2096387', 'Shehbaz Sharif', [{ title: 'Prime Minister', of: PAKISTAN, start: '2022-04-11' }]);
    const found = matchLeader(leader('Muhammad Shehbaz Sharif', 'Sharif', [term('Prime Minister', PAKISTAN, '2024-03-03', fb2026)]), [hamza, shehbaz]);
    expect(found?.key).toBe('wd:Q2096387');
  });

  it('keeps a namesake apart when no office of the same country backs the name', () => {
    const lord = wikidataPerson('Q336213', 'Mark Malloch Brown, Baron Malloch-Brown', [{ title: 'Minister of State for Africa, Asia and the UN', of: UK, start: '2007-06-27', end: '2009-07-03' }]);
    expect(matchLeader(leader('Mark Brown', 'Brown', [term('Prime Minister', COOK_ISLANDS, '2020-10-01', fb2021)]), [lord])).toBeUndefined();
  });

  it('joins a romanisation of the same name (its consonants) only with an office held at the same time', () => {
    const YEMEN = 'Q805';
    const hadi = wikidataPerson('Q57480', 'Abdrabbuh Mansour Hadi', [{ title: 'President', of: YEMEN, start: '2012-02-27', end: '2022-04-07' }]);
    expect(matchLeader(leader('Abd Rabuh Mansur Hadi', 'Hadi', [term('President', YEMEN, '2012-02-21', fb2021)]), [hadi])?.key).toBe('wd:Q57480');
    const milo = wikidataPerson('Q200305', 'Milo Đukanović', [{ title: 'President', of: 'Q236', start: '2018' }]);
    expect(matchLeader(leader('Milo Djukanovic', 'Djukanovic', [term('President', 'Q236', '2018-05-20', fb2021)]), [milo])?.key).toBe('wd:Q200305');
    // The same consonants in another country's office, or at another time, are not evidence.
    expect(matchLeader(leader('Milo Djukanovic', 'Djukanovic', [term('President', 'Q403', '2018-05-20', fb2021)]), [milo])).toBeUndefined();
    // The same office at another time: Netanyahu's premiership again from 2022.
    const bibi = wikidataPerson('Q43723', 'Benjamin Netanyahu', [{ title: 'Prime Minister', of: 'Q801', start: '2009-03-31', end: '2021-06-13' }]);
    expect(matchLeader(leader('Benyamin Netanyahu', 'Netanyahu', [term('Prime Minister', 'Q801', '2022-12-29', fb2026)]), [bibi])?.key).toBe('wd:Q43723');
    const earlier = wikidataPerson('Q1', 'Abdrabbuh Mansour Hadi', [{ title: 'Vice President', of: YEMEN, start: '1994', end: '2011' }]);
    expect(matchLeader(leader('Abd Rabuh Mansur Hadi', 'Hadi', [term('President', YEMEN, '2012-02-21', fb2021)]), [earlier])).toBeUndefined();
  });

  it('joins on the Factbook surname and a term starting on the exact since date', () => {
    const biden = wikidataPerson('Q6279', 'Joe Biden', [{ title: 'President', of: USA, start: '2021-01-20' }]);
    expect(matchLeader(leader('Joseph R. Biden Jr.', 'Biden', [term('President', USA, '2021-01-20', fb2021)]), [biden])?.key).toBe('wd:Q6279');
  });

  it('joins a later term of the same name and first name when the office is in the same country', () => {
    const trump = wikidataPerson('Q22686', 'Donald Trump', [{ title: 'President', of: USA, start: '2017-01-20', end: '2021-01-20' }]);
    expect(matchLeader(leader('Donald J. Trump', 'Trump', [term('President', USA, '2025-01-20', fb2026)]), [trump])?.key).toBe('wd:Q22686');
  });

  it('gives up when two Wikidata people fit equally well', () => {
    const a = wikidataPerson('Q1', 'Ahmad Shah Ahmadzai', [{ title: 'Minister of Rural Rehabilitation', of: 'Q889', start: '2020' }]);
    const b = wikidataPerson('Q2', 'Ahmad Shah Ahmadzai', [{ title: 'Minister of Education', of: 'Q889', start: '2019' }]);
    expect(matchLeader(leader('Ahmad Shah Ahmadzai', 'Ahmadzai', [term('Second Vice President', 'Q889', '2020-03-09', fb2021)]), [a, b])).toBeUndefined();
  });
});

describe('leaders the issue #11 audit found split', () => {
  it('"Joseph R. BIDEN Jr." is Joe Biden, not Jill Biden, who started the same day as First Lady', () => {
    const joe = wikidataPerson('Q6279', 'Joe Biden', [{ title: 'President', of: USA, start: '2021-01-20' }]);
    const jill = wikidataPerson('Q235349', 'Jill Biden', [{ title: 'First Lady of the United States', of: USA, start: '2021-01-20' }]);
    const dunford = wikidataPerson('Q1', 'Joseph F. Dunford, Jr.', [{ title: 'Chairman of the Joint Chiefs of Staff', of: USA, start: '2015-10-01', end: '2019-09-30' }]);
    expect(matchLeader(leader('Joseph R. Biden Jr.', 'Biden', [term('President', USA, '2021-01-20', fb2021)]), [joe, jill, dunford])?.key).toBe('wd:Q6279');
  });
  it('matches a surname anywhere in the Wikidata name, and a start Wikidata knows only to the year for the same title', () => {
    const mongolia = 'Q711';
    const khurelsukh = wikidataPerson('Q27058418', 'Khurelsukh Ukhnaa', [{ title: 'President', of: mongolia, start: '2021-06-25' }]);
    expect(matchLeader(leader('Ukhnaagiin Khurelsukh', 'Khurelsukh', [term('President', mongolia, '2021-06-25', fb2021)]), [khurelsukh])?.key).toBe('wd:Q27058418');
    const botswana = 'Q963';
    const masisi = wikidataPerson('Q18618891', 'Mokgweetsi Masisi', [{ title: 'President', of: botswana, start: '2018' }]);
    expect(matchLeader(leader('Mokgweetse Eric Masisi', 'Masisi', [term('President', botswana, '2018-04-01', fb2021)]), [masisi])?.key).toBe('wd:Q18618891');
    expect(matchLeader(leader('Mokgweetse Eric Masisi', 'Masisi', [term('Vice President', botswana, '2018-04-01', fb2021)]), [masisi])).toBeUndefined();
  });
});

describe('leaders known to the extracts only as legislators', () => {
  it('joins a Factbook leader no office query knew to the legislator of the same name and country', () => {
    const ARGENTINA = 'Q414';
    const milei = wikidataPerson('Q52395487', 'Javier Milei', [{ title: 'member of the Argentine Chamber of Deputies', of: ARGENTINA, start: '2021-12-10' }]);
    const other = wikidataPerson('Q2', 'Javier Gonzalez', [{ title: 'member of the Argentine Chamber of Deputies', of: ARGENTINA, start: '2021-12-10' }]);
    const entity = emptyDraft('person', 'Javier Gerardo Milei', [fb2026]);
    entity.aliases.push(alias('Milei', fb2026, { kind: 'surname', standalone: false }));
    entity.roles.push(term('President', ARGENTINA, '2023-12-10', fb2026));
    const president: SourceRecord = { key: 'fb:javier gerardo milei', entity, rank: 2 };
    const joined: SourceRecord = { key: 'fb:joined', entity: emptyDraft('person', 'Joined Already', [fb2026]), rank: 2, sameAs: ['wd:Q9'] };
    joinLeadersToLegislators([president, joined], [milei, other]);
    expect(president.sameAs).toEqual(['wd:Q52395487']);
    expect(joined.sameAs).toEqual(['wd:Q9']);
  });
});

describe('officials of the 2019 World Leaders directory', () => {
  const KOREA = 'Q884';
  it('are the one person of their country whose name is the same, else agrees', () => {
    const lee = wikidataPerson('Q16091117', 'Lee Ju-yeol', [{ title: 'Governor of the Bank of Korea', of: KOREA, start: '2014-04-01' }]);
    const other = wikidataPerson('Q3', 'Lee Jae-yeol', [{ title: 'Member of National Assembly', of: KOREA, start: '2016-05-30' }]);
    expect(matchOfficial('Lee Ju-yeol', [lee, other])?.key).toBe('wd:Q16091117');
    // Syllables of hyphenated given names are not first and last names.
    expect(matchOfficial('Lee Jin-yeol', [lee, other])).toBeUndefined();
    const modi = wikidataPerson('Q1058', 'Narendra Modi', [{ title: 'Prime Minister', of: 'Q668', start: '2014-05-26' }]);
    const modiAsMember = { ...wikidataPerson('Q1058', 'Narendra Damodardas Modi', [{ title: 'Member of the 17th Lok Sabha', of: 'Q668' }]), key: 'wd:Q1058:legislator' };
    expect(matchOfficial('Narendra Modi', [modi, modiAsMember])?.key).toBe('wd:Q1058');
    const vardhan = wikidataPerson('Q14647783', 'Harsh Vardhan', [{ title: 'Member of the 17th Lok Sabha', of: 'Q668' }]);
    const shringla = wikidataPerson('Q23304224', 'Harsh Vardhan Shringla', [{ title: 'Foreign Secretary', of: 'Q668', start: '2020-01-29' }]);
    expect(matchOfficial('Harsh Vardhan', [vardhan, shringla])?.key).toBe('wd:Q14647783');
  });
});
