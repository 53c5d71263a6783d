import { describe, expect, it } from 'vitest';
import type { Provenance, Source } from '../../../src/core/dataset/schema';
import { checkDataset, undatedBesideOpenTerm } from '../../../scripts/data/check-dataset';
import { mergeRecords, personMergeKey, type MergeReport } from '../../../scripts/data/merge';
import { alias, emptyDraft, type SourceRecord } from '../../../scripts/data/model';

const wd: Provenance = { source: 'wikidata', asOf: '2022-08-03' };
const ofac: Provenance = { source: 'ofac', asOf: '2024-05-03' };
const un: Provenance = { source: 'un', asOf: '2025-04-19' };

function person(key: string, name: string, prov: Provenance, rank: number, extra: Partial<SourceRecord> & { born?: string; qid?: string } = {}): SourceRecord {
  const entity = emptyDraft('person', name, [prov]);
  entity.aliases.push(alias(name, prov, { kind: 'name' }));
  if (extra.born) entity.born = { value: extra.born, ...prov };
  if (extra.qid) Object.assign(entity, { id: extra.qid, wikidata: extra.qid });
  return { key, entity, rank, ...(extra.sameAs ? { sameAs: extra.sameAs } : {}), ...(extra.birthYears ? { birthYears: extra.birthYears } : {}) };
}

function org(key: string, name: string, aliases: string[], prov: Provenance, rank: number, sameAs?: string[]): SourceRecord {
  const entity = emptyDraft('organization', name, [prov]);
  entity.orgKind = 'armed-group';
  entity.aliases.push(...[name, ...aliases].map((a) => alias(a, prov, { kind: 'name' })));
  return { key, entity, rank, mergeOnName: true, ...(sameAs ? { sameAs } : {}) };
}

const sourcesNamed = (ids: string[]): Source[] => ids.map((id) => ({ id, name: id, licence: 'public domain', retrieved: '2025-04-19' }));

const merge = (records: SourceRecord[]) => {
  const report: MergeReport = { warnings: [], errors: [] };
  return { entities: mergeRecords(records, report), report };
};

describe('merge rules', () => {
  it('keeps a dated term alone where an undated record of the same office falls inside it', () => {
    const dir: Provenance = { source: 'directory', asOf: '2019-06-04' };
    const w = person('wd:Q1', 'Hirut Example', wd, 1, { qid: 'Q1' });
    w.entity.roles.push({ title: 'Minister of Culture and Tourism', of: 'Q115', start: '2018-10', end: '2021-10', ...wd });
    const d = person('wd:Q1:dir', 'Hirut Example', dir, 2, { qid: 'Q1' });
    d.entity.roles.push({ title: 'Minister of Culture & Tourism', of: 'Q115', ...dir }, { title: 'Minister of Defense', of: 'Q115', ...dir });
    w.entity.roles.push({ title: 'Minister of Defence', of: 'Q115', start: '2010', end: '2012', ...wd });
    w.entity.roles.push({ title: 'Minister of Foreign Affairs', of: 'Q115', start: '2019-01-01', end: '2020-01-01', ...wd });
    d.entity.roles.push({ title: 'Minister of External Relations', of: 'Q115', ...dir });
    const [e] = merge([w, d]).entities;
    // A foreign ministry by another of its names is the same office, inside the dated term.
    expect(e!.roles.some((r) => r.title === 'Minister of External Relations')).toBe(false);
    e!.roles = e!.roles.filter((r) => r.title !== 'Minister of Foreign Affairs');
    // The defence record is dated outside the 2010–2012 term: another term, kept.
    expect(e!.roles.map((r) => `${r.title} ${r.start ?? ''}`)).toEqual(['Minister of Defense ', 'Minister of Defence 2010', 'Minister of Culture and Tourism 2018-10']);
  });

  it('takes an open term and a closed one of the same office starting days apart for one term', () => {
    const fb: Provenance = { source: 'factbook', asOf: '2021-10-21' };
    const w = person('wd:Q3', 'Hadi Example', wd, 1, { qid: 'Q3' });
    w.entity.roles.push({ title: 'President', of: 'Q805', start: '2012-02-27', end: '2022-04-07', ...wd });
    w.entity.roles.push({ title: 'Minister of Defence', of: 'Q805', start: '2001-03-01', end: '2001-06-01', ...wd });
    const f = person('wd:Q3:fb', 'Hadi Example', fb, 2, { qid: 'Q3' });
    // Election day against inauguration: one term. A closed term that ended before the open one's
    // source still listed it is another term.
    f.entity.roles.push({ title: 'President', of: 'Q805', start: '2012-02-21', ...fb }, { title: 'Minister of Defence', of: 'Q805', start: '2001-03-05', ...fb });
    const [e] = merge([w, f]).entities;
    expect(e!.roles.map((r) => `${r.title} ${r.start}`)).toEqual(['Minister of Defence 2001-03-01', 'Minister of Defence 2001-03-05', 'President 2012-02-27']);
  });

  it('cites the latest source that lists an open term, so it reads as held up to that date', () => {
    const fb: Provenance = { source: 'factbook-2026', asOf: '2026-01-22' };
    const w = person('wd:Q4', 'Vladimir Example', wd, 1, { qid: 'Q4' });
    w.entity.roles.push({ title: 'President', of: 'Q159', start: '2012-05-07', ...wd });
    const f = person('wd:Q4:fb', 'Vladimir Example', fb, 2, { qid: 'Q4' });
    f.entity.roles.push({ title: 'President', of: 'Q159', start: '2012-05-07', ...fb });
    const [e] = merge([w, f]).entities;
    expect(e!.roles).toHaveLength(1);
    expect(e!.roles[0]).toMatchObject({ title: 'President', start: '2012-05-07', ...fb });
  });

  it('reads an open term as held up to its source\'s date, so the undated record inside it is that term', () => {
    const dir: Provenance = { source: 'directory', asOf: '2019-06-04' };
    const w = person('wd:Q2', 'Jair Example', { source: 'wd', asOf: '2022-07-23' }, 1, { qid: 'Q2' });
    w.entity.roles.push({ title: 'President', of: 'Q155', start: '2019-01-01', source: 'wd', asOf: '2022-07-23' });
    // Vouched only up to 2018: the directory's 2019 record may be a later term, kept.
    w.entity.roles.push({ title: 'Minister of Finance', of: 'Q155', start: '2015', source: 'wd', asOf: '2018-12-01' });
    const d = person('wd:Q2:dir', 'Jair Example', dir, 2, { qid: 'Q2' });
    d.entity.roles.push({ title: 'President', of: 'Q155', ...dir }, { title: 'Minister of Finance', of: 'Q155', ...dir });
    const [e] = merge([w, d]).entities;
    expect(e!.roles.map((r) => `${r.title} ${r.start ?? ''}`)).toEqual(['Minister of Finance ', 'Minister of Finance 2015', 'President 2019-01-01']);
  });

  it('joins a Wikidata person and a list entry on surname, first initial and exact birth date', () => {
    expect(personMergeKey('Sergei Viktorovich Lavrov', '1950-03-21')).toBe(personMergeKey('Sergey Lavrov', '1950-03-21'));
    expect(personMergeKey('Sergey Lavrov', '1950')).toBeUndefined();
    const { entities } = merge([
      person('wd:Q58217', 'Sergey Lavrov', wd, 1, { born: '1950-03-21', qid: 'Q58217' }),
      person('ofac:35233', 'Sergei Viktorovich Lavrov', ofac, 5, { born: '1950-03-21' }),
    ]);
    expect(entities).toHaveLength(1);
    const [e] = entities;
    expect(e?.id).toBe('Q58217');
    expect(e?.name).toBe('Sergey Lavrov');
    // The patronymic form yields the short form readers see; the surname is never standalone.
    expect(e?.aliases.find((a) => a.name === 'Sergei Lavrov')).toMatchObject({ standalone: true, source: 'ofac' });
    expect(e?.aliases.find((a) => a.name === 'Lavrov')).toMatchObject({ standalone: false, kind: 'surname' });
  });

  it('never joins two different Wikidata ids, even with the same name and birth date', () => {
    const { entities } = merge([
      person('wd:Q1', 'Igor Morozov', wd, 1, { born: '1956-10-21', qid: 'Q1' }),
      person('wd:Q2', 'Igor Morozov', wd, 1, { born: '1956-10-21', qid: 'Q2' }),
    ]);
    expect(entities.map((e) => e.id)).toEqual(['Q1', 'Q2']);
  });

  it('follows reviewed same-as links and takes the hand id and name', () => {
    const hand = org('hand:bs:islamic-state', 'Islamic State', [], { source: 'appendix', asOf: '2020' }, 0, ['ofac:8759']);
    hand.entity.id = 'bs:islamic-state';
    const { entities } = merge([hand, org('ofac:8759', 'Islamic State of Iraq and the Levant', ['Daesh'], ofac, 5)]);
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({ id: 'bs:islamic-state', name: 'Islamic State' });
    expect(entities[0]?.aliases.map((a) => a.name)).toContain('Daesh');
  });

  it('joins armed groups when one primary name is another list alias, not on shared aliases alone', () => {
    const { entities } = merge([
      org('fbt:al-qaida', "al-Qa'ida", ['al-Qaeda'], { source: 'appendix', asOf: '2020' }, 3),
      org('un:QDe.004', 'Al-Qaida', ['The Base'], un, 4),
      org('ofac:1', 'Group A', ['Islamic Army'], ofac, 5),
      org('ofac:2', 'Group B', ['Islamic Army'], ofac, 5),
    ]);
    expect(entities.map((e) => e.name).sort()).toEqual(['Group A', 'Group B', "al-Qa'ida"]);
  });

  it('never joins two entries of one list: a name they share stays on both, and is ambiguous', () => {
    const listed = (r: SourceRecord, reference: string) => {
      r.entity.designations.push({ regime: 'UN-1267', reference, ...un });
      return r;
    };
    // The Factbook names "Egyptian Islamic Jihad" among al-Qa'ida's names; the UN lists it apart (QDe.003).
    const { entities, report } = merge([
      org('fbt:al-qaida', "al-Qa'ida", ['Egyptian Islamic Jihad', 'al-Jihad'], { source: 'appendix', asOf: '2020' }, 3),
      listed(org('un:QDe.004', 'Al-Qaida', ['The Base'], un, 4), 'QDe.004'),
      listed(org('un:QDe.003', 'Egyptian Islamic Jihad', ['Al-Jihad'], un, 4), 'QDe.003'),
      org('ofac:6366', "Al Qa'Ida", ['Egyptian Islamic Jihad'], ofac, 5),
    ]);
    expect(report.warnings).toEqual([]);
    const refs = (name: string) => entities.find((e) => e.name === name)?.designations.map((d) => d.reference);
    expect(entities.map((e) => e.name).sort()).toEqual(['Egyptian Islamic Jihad', "al-Qa'ida"]);
    expect(refs("al-Qa'ida")).toEqual(['QDe.004']);
    expect(refs('Egyptian Islamic Jihad')).toEqual(['QDe.003']);
    const check = checkDataset(entities, sourcesNamed(['appendix', 'un', 'ofac']));
    expect(check.errors).toEqual([]);
    expect(check.ambiguous.map((a) => a.alias)).toContain('Egyptian Islamic Jihad');
  });

  it("joins an organisation OFAC lists outside its terrorism programmes to the UN entry of the very same name, and to nothing else", () => {
    const listedOnly = (r: SourceRecord) => ({ ...r, mergeOnName: false });
    const { entities } = merge([
      org('un:CFe.002', 'Lord’s Resistance Army', [], un, 4),
      listedOnly(org('ofac:19100', "Lord's Resistance Army", ['LRA'], ofac, 5)),
      listedOnly(org('ofac:8211', 'Al-Bashair Trading Company', [], ofac, 5)),
      { ...org('hand:al-bashair', 'Al-Bashair Trading Company', [], { source: 'web', asOf: '2026' }, 0), mergeOnName: false },
    ]);
    expect(entities.map((e) => e.name).sort()).toEqual(['Al-Bashair Trading Company', 'Al-Bashair Trading Company', 'Lord’s Resistance Army']);
    expect(entities.find((e) => e.name === 'Lord’s Resistance Army')!.aliases.map((a) => a.name)).toContain('LRA');
  });

  it('leaves a name borne by two entries of one list unjoined, and refuses a same-as link between them', () => {
    const { entities } = merge([
      org('fbt:x', 'Al-Aqsa Foundation', [], { source: 'appendix', asOf: '2020' }, 3),
      org('ofac:7637', 'Al-Aqsa Foundation', [], ofac, 5),
      org('ofac:7643', 'Al-Aqsa Foundation', [], ofac, 5),
    ]);
    // Nothing tells which OFAC entry the appendix means: a tie leaves all three apart.
    expect(entities).toHaveLength(3);
    const hand = org('hand:bs:g', 'Group', [], { source: 'appendix', asOf: '2020' }, 0, ['un:QDe.1', 'un:QDe.2']);
    hand.entity.id = 'bs:g';
    const linked = merge([hand, org('un:QDe.1', 'Group One', [], un, 4), org('un:QDe.2', 'Group Two', [], un, 4)]);
    expect(linked.entities).toHaveLength(2);
    expect(linked.report.warnings).toEqual(['hand:bs:g: same-as un:QDe.2 refused, different un identifiers']);
  });

  it('prefers an alias link both ways over a one-way one, and joins none of two entries an alias set points at', () => {
    const fb: Provenance = { source: 'appendix', asOf: '2020' };
    // The Factbook's ETA and OFAC's "Euzkadi Ta Askatasuna" both name the listed "Askatasuna" too;
    // only they name each other.
    const eta = merge([
      org('fbt:eta', 'Basque Fatherland and Liberty', ['Askatasuna', 'Euzkadi Ta Askatasuna'], fb, 3),
      org('ofac:4693', 'Euzkadi Ta Askatasuna', ['Basque Fatherland and Liberty', 'Askatasuna'], ofac, 5),
      org('ofac:7219', 'Askatasuna', [], ofac, 5),
    ]).entities;
    expect(eta.map((e) => e.aliases.map((a) => a.name)[0]).sort()).toEqual(['Askatasuna', 'Basque Fatherland and Liberty']);
    expect(eta.find((e) => e.name === 'Askatasuna')?.sources).toEqual([ofac]);
    const libya = merge([
      org('fbt:asl', "Ansar al-Shari'a groups in Libya", ["Ansar al-Shari'a in Benghazi", "Ansar al-Shari'a in Darnah"], fb, 3),
      org('ofac:16475', "Ansar al-Shari'a in Benghazi", [], ofac, 5),
      org('ofac:16476', "Ansar al-Shari'a in Darnah", [], ofac, 5),
    ]).entities;
    expect(libya).toHaveLength(3);
  });

  it('data:check names an entity carrying two references on one regime', () => {
    const [e] = merge([org('un:QDe.004', 'Al-Qaida', [], un, 4)]).entities;
    e!.designations.push({ regime: 'UN-1267', reference: 'QDe.004', ...un }, { regime: 'UN-1267', reference: 'QDe.003', ...un });
    expect(checkDataset([e!], sourcesNamed(['un'])).errors).toEqual([`${e!.id}: two UN-1267 entries (QDe.003, QDe.004) joined into one entity`]);
  });

  it('joins UN and OFAC entries of one person on full name and a shared birth year', () => {
    const { entities } = merge([
      person('un:TAi.1', 'Abdul Aziz Abbasin', un, 4, { birthYears: ['1969'] }),
      person('ofac:12924', 'Abdul Aziz Abbasin', ofac, 5, { birthYears: ['1969'] }),
      person('ofac:99', 'Abdul Aziz Abbasin', ofac, 5, { birthYears: ['1980'] }),
    ]);
    expect(entities).toHaveLength(2);
  });

  it('counts an alternative birth year on either list, one pair at a time, and never within one list', () => {
    // OFAC 16517 reads "DOB 1982; alt. DOB 11 Sep 1985"; UN TAi.170 gives 1982.
    const joined = merge([person('un:TAi.170', 'Saidullah Jan', un, 4, { birthYears: ['1982'] }), person('ofac:16517', 'Saidullah Jan', ofac, 5, { birthYears: ['1982', '1985'] })]);
    expect(joined.entities).toHaveLength(1);
    // Two OFAC namesakes that both fit the UN entry: nothing tells which one it is.
    const tied = merge([
      person('un:QDi.1', 'Ahmad Khan', un, 4, { birthYears: ['1970'] }),
      person('ofac:1', 'Ahmad Khan', ofac, 5, { birthYears: ['1970', '1971'] }),
      person('ofac:2', 'Ahmad Khan', ofac, 5, { birthYears: ['1970'] }),
    ]);
    expect(tied.entities).toHaveLength(3);
    const sameList = merge([person('ofac:3', 'Omar Ali', ofac, 5, { birthYears: ['1975'] }), person('ofac:4', 'Omar Ali', ofac, 5, { birthYears: ['1975'] })]);
    expect(sameList.entities).toHaveLength(2);
  });

  it("joins a listed official to the Wikidata holder of an office of the programme's country, never a namesake of another", () => {
    const country = (key: string, qid: string, name: string) => Object.assign(emptyDraft('country', name, [wd]), { id: qid });
    const countries: SourceRecord[] = [
      { key: 'countries:IR', entity: country('IR', 'Q794', 'Iran'), rank: 0 },
      { key: 'countries:NG', entity: country('NG', 'Q1033', 'Nigeria'), rank: 0 },
      { key: 'countries:SS', entity: country('SS', 'Q958', 'South Sudan'), rank: 0 },
    ];
    const listed = (key: string, name: string, regime: string, born?: string) => {
      const r = person(key, name, ofac, 5, born ? { born } : {});
      r.entity.designations.push({ regime, ...ofac });
      return r;
    };
    const holder = (key: string, name: string, of: string, born?: string) => {
      const r = person(key, name, wd, 1, { qid: key.slice(3), ...(born ? { born } : {}) });
      r.entity.roles.push({ title: 'Minister', of, start: '2013', ...wd });
      return r;
    };
    const zarif = merge([...countries, listed('ofac:26950', 'Mohammad Javad Zarif', 'US-IRAN-EO13876', '1960-01-08'), holder('wd:Q10296812', 'Mohammad Javad Zarif', 'Q794')]);
    expect(zarif.entities.filter((e) => e.type === 'person').map((e) => [e.id, e.designations.length, e.roles.length])).toEqual([['Q10296812', 1, 1]]);
    // The UN's "SouthSudan" names the country as well as OFAC's "SOUTH SUDAN".
    expect(merge([...countries, listed('un:SSi.1', 'Gabriel Jok Riak', 'UN-SouthSudan'), holder('wd:Q5', 'Gabriel Jok Riak', 'Q958')]).entities.filter((e) => e.type === 'person')).toHaveLength(1);
    // A Syrian programme's "Ibrahim Idris" is not Nigeria's governor; a programme for conduct names no country.
    expect(merge([...countries, listed('ofac:1', 'Ibrahim Idris', 'US-SYRIA'), holder('wd:Q6', 'Ibrahim Idris', 'Q1033')]).entities.filter((e) => e.type === 'person')).toHaveLength(2);
    expect(merge([...countries, listed('ofac:2', 'Mohammed Usman', 'US-SDGT'), holder('wd:Q7', 'Mohammed Usman', 'Q1033')]).entities.filter((e) => e.type === 'person')).toHaveLength(2);
    // Years of birth that disagree keep them apart; so do two holders of the name.
    expect(merge([...countries, listed('ofac:3', 'Reza Example', 'US-IRAN', '1945-07-11'), holder('wd:Q8', 'Reza Example', 'Q794', '1943-07-11')]).entities.filter((e) => e.type === 'person')).toHaveLength(2);
    expect(merge([...countries, listed('ofac:4', 'Ali Example', 'US-IRAN'), holder('wd:Q9', 'Ali Example', 'Q794'), holder('wd:Q10', 'Ali Example', 'Q794')]).entities.filter((e) => e.type === 'person')).toHaveLength(3);
  });

  it('joins list entries spelt apart through a shared alias of two words or more, never a one-word one', () => {
    const unEntry = person('un:QDi.006', 'Aiman Muhammed Rabi Al-Zawahiri', un, 4, { birthYears: ['1951'] });
    unEntry.entity.aliases.push(alias('Ahmad Fuad Salim', un, { kind: 'name' }), alias('Abu Muhammad', un, { kind: 'name' }));
    const ofacEntry = person('ofac:2676', 'Dr. Ayman Al Zawahiri', ofac, 5, { birthYears: ['1951'] });
    ofacEntry.entity.aliases.push(alias('Ahmad Fuad Salim', ofac, { kind: 'name' }));
    expect(merge([unEntry, ofacEntry]).entities.map((e) => e.name)).toEqual(['Aiman Muhammed Rabi Al-Zawahiri']);
    // "Zawahiri" alone is a single word: no join, even with the same birth year.
    const a = person('un:QDi.900', 'Abu Hafs', un, 4, { birthYears: ['1960'] });
    a.entity.aliases.push(alias('Zawahiri', un, { kind: 'name' }));
    const b = person('ofac:900', 'Omar Hafs Mansur', ofac, 5, { birthYears: ['1960'] });
    b.entity.aliases.push(alias('Zawahiri', ofac, { kind: 'name' }));
    expect(merge([a, b]).entities).toHaveLength(2);
  });

  it('gives Cyrillic names their script and the given name + surname form in either order', () => {
    const ru: Provenance = { source: 'wikidata', asOf: '2022-07-23' };
    const official = person('wd:Q108916802', 'Андрей Леонидович Камко', ru, 1, { qid: 'Q108916802' });
    official.entity.aliases = [];
    const listed = person('un:QDi.290', 'Doku Khamatovich Umarov', un, 4);
    listed.entity.aliases.push(alias('Умаров Доку Хаматович', un, { script: 'Cyrl', kind: 'name' }));
    const { entities } = merge([official, listed]);
    const names = (id: string) => entities.find((e) => e.id === id)?.aliases.map((a) => [a.name, a.script, a.standalone]);
    expect(names('Q108916802')).toEqual([
      ['Андрей Леонидович Камко', 'Cyrl', true],
      ['Андрей Камко', 'Cyrl', true],
    ]);
    expect(names('bs:doku-khamatovich-umarov')).toEqual(expect.arrayContaining([['Доку Умаров', 'Cyrl', true], ['Doku Umarov', 'Latn', true]]));
  });

  it('takes the surname a source names over the last word of the name', () => {
    const fb: Provenance = { source: 'cia-factbook-2021-10-21', asOf: '2021-10-21' };
    const xi = person('wd:Q15031', 'Xi Jinping', wd, 1, { qid: 'Q15031' });
    const leader = person('fb:xi jinping', 'Xi Jinping', fb, 2, { sameAs: ['wd:Q15031'] });
    leader.entity.aliases.push(alias('Xi', fb, { standalone: false, kind: 'surname' }));
    const surnames = (records: SourceRecord[]) => merge(records).entities[0]?.aliases.filter((a) => a.kind === 'surname').map((a) => a.name);
    expect(surnames([xi, leader])).toEqual(['Xi']);
    expect(surnames([person('wd:Q7747', 'Vladimir Putin', wd, 1, { qid: 'Q7747' })])).toEqual(['Putin']);
  });

  it('keeps one record of a term two sources date at different precision', () => {
    const fb: Provenance = { source: 'cia-factbook-2021-10-21', asOf: '2021-10-21' };
    const ethiopia = { key: 'iso:ET', entity: { ...emptyDraft('country', 'Ethiopia', [wd]), id: 'Q115' }, rank: 2 };
    const abiy = person('wd:Q50365049', 'Abiy Ahmed Ali', wd, 1, { qid: 'Q50365049' });
    abiy.entity.roles.push({ title: 'Prime Minister', of: 'Q115', start: '2018', ...wd });
    const leader = person('fb:abiy ahmed', 'Abiy Ahmed', fb, 2, { sameAs: ['wd:Q50365049'] });
    leader.entity.roles.push({ title: 'Prime Minister', of: 'Q115', start: '2018-04-02', ...fb });
    const roles = merge([abiy, leader, ethiopia]).entities.find((e) => e.id === 'Q50365049')?.roles;
    expect(roles).toEqual([{ title: 'Prime Minister', of: 'Q115', start: '2018-04-02', ...fb }]);
    // A term whose end one source knows keeps that source's record.
    const dondra = person('wd:Q1', 'Henri-Marie Dondra', wd, 1, { qid: 'Q1' });
    const car = { key: 'iso:CF', entity: { ...emptyDraft('country', 'Central African Republic', [wd]), id: 'Q929' }, rank: 2 };
    dondra.entity.roles.push({ title: 'Prime Minister', of: 'Q929', start: '2021', end: '2022', ...wd });
    const fbDondra = person('fb:henri marie dondra', 'Henri-Marie Dondra', fb, 2, { sameAs: ['wd:Q1'] });
    fbDondra.entity.roles.push({ title: 'Prime Minister', of: 'Q929', start: '2021-06-11', ...fb });
    expect(merge([dondra, fbDondra, car]).entities.find((e) => e.id === 'Q1')?.roles).toEqual([{ title: 'Prime Minister', of: 'Q929', start: '2021', end: '2022', ...wd }]);
  });

  it('gives a hand entry\'s end to the open term of that office, cited to its page, the start to the term\'s source', () => {
    const page: Provenance = { source: 'web-ap-rubio', asOf: '2025-01-21' };
    const w = person('wd:Q7821917', 'Antony Blinken', wd, 1, { qid: 'Q7821917' });
    w.entity.roles.push({ title: 'Deputy Secretary of State', of: 'Q30', start: '2015-01-09', end: '2017-01-20', ...wd });
    w.entity.roles.push({ title: 'Secretary of State', of: 'Q30', start: '2021-01-26', ...wd });
    const h = person('hand:Q7821917', 'Antony Blinken', page, 0, { qid: 'Q7821917' });
    // The press's spelling of the office is the same office.
    h.closes = [{ title: 'Secretary of State', of: 'Q30', end: '2025-01-20', ...page }];
    const us = { key: 'iso:US', entity: { ...emptyDraft('country', 'United States', [wd]), id: 'Q30' }, rank: 2 };
    const { entities, report } = merge([h, w, us]);
    expect(report.errors).toEqual([]);
    expect(entities.find((e) => e.id === 'Q7821917')!.roles).toEqual([
      { title: 'Deputy Secretary of State', of: 'Q30', start: '2015-01-09', end: '2017-01-20', ...wd },
      { title: 'Secretary of State', of: 'Q30', start: '2021-01-26', ...wd, end: '2025-01-20', endSource: page },
    ]);
  });

  it('closes the latest open term begun by the end, drops the extract\'s day-earlier record of it, and fails on an end that closes nothing', () => {
    const page: Provenance = { source: 'web-globaltimes', asOf: '2022-12-30' };
    const older: Provenance = { source: 'wikidata', asOf: '2023-01-10' };
    const w = person('wd:Q701801', 'Wang Yi', wd, 1, { qid: 'Q701801' });
    // The rule on a person's next term bounded the 16 March record by the 17 March one.
    w.entity.roles.push({ title: 'Foreign Minister', of: 'Q148', start: '2013-03-16', endedBy: '2013-03-17', ...older });
    w.entity.roles.push({ title: 'Minister of Foreign Affairs', of: 'Q148', start: '2013-03-17', ...wd });
    w.entity.roles.push({ title: 'Minister of Foreign Affairs', of: 'Q148', start: '2023-07-25', ...wd });
    const h = person('hand:Q701801', 'Wang Yi', page, 0, { qid: 'Q701801' });
    h.closes = [{ title: 'Foreign Minister', of: 'Q148', end: '2022-12-30', ...page }, { title: 'Minister of Defence', of: 'Q148', end: '2022-12-30', ...page }];
    const { entities, report } = merge([h, w]);
    expect(entities[0]!.roles.map((r) => `${r.start}–${r.end ?? ''} ${r.endSource?.source ?? ''}`)).toEqual(['2013-03-17–2022-12-30 web-globaltimes', '2023-07-25– ']);
    expect(report.errors).toEqual(['hand:Q701801: closes "Minister of Defence" of Q148 on 2022-12-30, but no open term of that office starts by then']);
  });

  it('keeps two offices one source dates from the same day, and never gives one the other\'s end', () => {
    const w = person('wd:Q3099714', 'Justin Trudeau', wd, 1, { qid: 'Q3099714' });
    w.entity.roles.push({ title: 'Prime Minister', of: 'Q16', start: '2015-11-04', ...wd });
    w.entity.roles.push({ title: 'Minister of Intergovernmental Affairs', of: 'Q16', start: '2015-11-04', end: '2018-07-18', ...wd });
    // The same office under a longer spelling of the same day is one term.
    w.entity.roles.push({ title: 'Minister of Foreign Affairs, Canada', of: 'Q16', start: '2013-01-01', ...wd }, { title: 'Minister of Foreign Affairs', of: 'Q16', start: '2013-01-01', ...wd });
    expect(merge([w]).entities[0]!.roles.map((r) => `${r.title} ${r.end ?? ''}`)).toEqual(['Minister of Foreign Affairs, Canada ', 'Minister of Intergovernmental Affairs 2018-07-18', 'Prime Minister ']);
  });

  it('drops undated list titles when dated offices are known, and resolves list links to ids', () => {
    const a = person('wd:Q7747', 'Vladimir Putin', wd, 1, { born: '1952-10-07', qid: 'Q7747' });
    a.entity.roles.push({ title: 'President', of: 'Q159', start: '2012-05-07', ...wd });
    const b = person('ofac:35096', 'Vladimir Vladimirovich Putin', ofac, 5, { born: '1952-10-07' });
    b.entity.roles.push({ title: 'President of the Russian Federation', ...ofac });
    const yacht = org('ofac:37444', 'Graceful', [], ofac, 5);
    yacht.entity.affiliations.push({ relation: 'linked-to', target: '@ofac:35096', ...ofac });
    const country = { key: 'iso:RU', entity: { ...emptyDraft('country', 'Russia', [wd]), id: 'Q159' }, rank: 2 };
    const { entities } = merge([a, b, yacht, country]);
    expect(entities.find((e) => e.id === 'Q7747')?.roles.map((r) => r.title)).toEqual(['President']);
    expect(entities.find((e) => e.name === 'Graceful')?.affiliations[0]?.target).toBe('Q7747');
  });
});

describe('family name first (issue #11)', () => {
  it('reads "Yoon Suk-yeol" and "Tsai Ing-wen" as family name first, not "Jean-Claude Juncker" or "Smith-Jones"', async () => {
    const { familyNameFirst } = await import('../../../src/core/match/family-name-first');
    expect(familyNameFirst(['Yoon', 'Suk-yeol'])).toBe(true);
    expect(familyNameFirst(['Tsai', 'Ing-wen'])).toBe(true);
    expect(familyNameFirst(['Jean-Claude', 'Juncker'])).toBe(false);
    expect(familyNameFirst(['Anna', 'Smith-Jones'])).toBe(false);
  });

  it('flags an office a page gave without dates beside an open term begun by that page\u2019s date', () => {
    const page = { source: 'web-governor', asOf: '2023-01-10' };
    const e = emptyDraft('person', 'Sarah Example', [page]);
    e.roles.push({ title: 'Governor of Arkansas', start: '2023-01-10', ...page }, { title: 'White House Press Secretary', ...page });
    expect(undatedBesideOpenTerm(e as never)).toEqual([`${e.id}: role "White House Press Secretary" from web-governor has no dates beside an open term begun by its page's date`]);
    // Dated, or from a page older than the term, it says what the page said at its date.
    e.roles[1] = { title: 'White House Press Secretary', start: '2017', end: '2019', ...page };
    expect(undatedBesideOpenTerm(e as never)).toEqual([]);
  });
});
