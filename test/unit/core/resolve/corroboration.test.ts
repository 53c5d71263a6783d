// Evidence rules that keep a common name from being taken for someone the dataset lists.
import { describe, expect, it } from 'vitest';
import { Entity, type EntityInput } from '../../../../src/core/dataset/schema';
import { linkText } from '../../../../src/core/link/index';
import { compileMatcher } from '../../../../src/core/match/compile';
import { loadMatcher } from '../../../../src/core/match/load';

const dated = { source: 'test', asOf: '2022-01-01' };
const make = (e: Omit<EntityInput, 'sources'>) => Entity.parse({ sources: [dated], ...e });
const entities = [
  make({ id: 'bs:somalia', type: 'country', name: 'Somalia', aliases: [{ ...dated, name: 'Somalia', standalone: true }] }),
  make({ id: 'bs:jordan', type: 'country', name: 'Jordan', aliases: [{ ...dated, name: 'Jordan', standalone: true }] }),
  make({ id: 'bs:malaysia', type: 'country', name: 'Malaysia', aliases: [{ ...dated, name: 'Malaysia', standalone: true }] }),
  make({
    id: 'bs:listed', type: 'person', name: 'Abdirahman Mohamed Omar', country: { ...dated, value: 'bs:somalia' },
    aliases: [{ ...dated, name: 'Mohamed Omar', standalone: true }], designations: [{ ...dated, regime: 'US-SDGT' }],
  }),
  make({
    id: 'bs:sinwar', type: 'person', name: 'Yahya Sinwar', designations: [{ ...dated, regime: 'US-SDGT' }],
    roles: [{ ...dated, title: 'Leader of Hamas in Gaza', start: '2017' }],
  }),
  make({
    id: 'bs:opera', type: 'organization', orgKind: 'other', name: 'Opera', country: { ...dated, value: 'bs:somalia' },
    aliases: [{ ...dated, name: 'OPERA', kind: 'acronym', standalone: true }], designations: [{ ...dated, regime: 'US-GLOMAG' }],
  }),
  make({
    id: 'bs:bank', type: 'organization', orgKind: 'other', name: 'Bank of Somali Shipping', designations: [{ ...dated, regime: 'US-SDGT' }],
  }),
  make({
    id: 'bs:sultan', type: 'person', name: 'Sultan Abdullah Sultan Ahmad Shah', wikidata: 'Q1',
    aliases: [{ ...dated, name: 'Abdullah', standalone: false, kind: 'surname' }],
    roles: [{ ...dated, title: 'King', of: 'bs:malaysia', start: '2019-01-24' }],
  }),
  make({
    id: 'bs:abdallah-ii', type: 'person', name: 'Abdallah II', wikidata: 'Q3',
    roles: [{ ...dated, title: 'King', of: 'bs:jordan', start: '1999-02-07' }],
  }),
  make({ id: 'bs:amman', type: 'place', name: 'Amman', country: { ...dated, value: 'bs:jordan' }, roles: [{ ...dated, title: 'Capital', of: 'bs:jordan' }] }),
  make({
    id: 'bs:suleiman', type: 'person', name: 'Bahjat Suleiman', wikidata: 'Q2',
    roles: [{ ...dated, title: 'Head of General Intelligence', start: '2000' }],
  }),
];
const byId = new Map(entities.map((e) => [e.id, e]));
const matcher = loadMatcher(compileMatcher(entities));
const linked = (text: string) =>
  linkText({ text, date: '2022-06-01', language: 'en' }, { matcher, entity: (id) => byId.get(id) }).mentions.map((m) => [m.text, m.entityId]);

describe('corroboration', () => {
  it('links a person known only from a sanctions list by name only with their country or group in the article', () => {
    expect(linked('"The forest grew," said Dr. Mohamed Omar, a manager.')).toEqual([]);
    expect(linked('In Somalia, Mohamed Omar was seen.')).toEqual([['Somalia', 'bs:somalia'], ['Mohamed Omar', 'bs:listed']]);
  });

  it('links a listed person known for a dated office by name alone: the lists date none, a page read for them did', () => {
    expect(linked('Yahya Sinwar spoke on television.')).toEqual([['Yahya Sinwar', 'bs:sinwar']]);
  });

  it('links a one-word name or acronym of a company known only from a list only with its country in the article', () => {
    expect(linked('The Opera opened and OPERA sold out.')).toEqual([]);
    expect(linked('In Somalia, OPERA was fined.')).toEqual([['Somalia', 'bs:somalia'], ['OPERA', 'bs:opera']]);
    expect(linked('The Bank of Somali Shipping paid.')).toEqual([['Bank of Somali Shipping', 'bs:bank']]);
  });

  it('takes a title before a single given name as evidence only with the role\u2019s country named', () => {
    // Jordan's king, not Malaysia's.
    expect(linked('King Abdullah received the president in Jordan.')).toEqual([['Abdullah', 'bs:abdallah-ii'], ['Jordan', 'bs:jordan']]);
    expect(linked('In Malaysia, King Abdullah opened parliament.')).toEqual([['Malaysia', 'bs:malaysia'], ['Abdullah', 'bs:sultan']]);
  });

  it('reads a monarch\u2019s name without its number after a title, in a report from the role\u2019s country', () => {
    // The dateline is the only mention of Jordan: a place names no actor but says where the report is from.
    expect(linked('AMMAN \u2014 King Abdullah opened parliament.')).toEqual([['Abdullah', 'bs:abdallah-ii']]);
    expect(linked('AMMAN \u2014 Abdullah opened parliament.')).toEqual([]);
    expect(linked('CAIRO \u2014 King Abdullah opened parliament.')).toEqual([]);
  });

  it('reads a name particle after a name as the rest of a longer name', () => {
    expect(linked('Director General Suleiman al-Amr said.')).toEqual([]);
  });
});
