import { describe, expect, it } from 'vitest';
import { Entity } from '../../../../src/core/dataset/schema';
import { compareAt, factsAsOf } from '../../../../src/core/facts/as-of';
import { summarise } from '../../../../src/core/facts/summary';
import { entityCard } from '../../../../src/core/facts/card';

const names: Record<string, string> = { Q159: 'Russia', Q889: 'Afghanistan', 'bs:haqqani-network': 'Haqqani Network' };
const ctx = { name: (id: string) => names[id], source: () => undefined };
const p = (source: string, asOf: string) => ({ source, asOf });

const taliban = Entity.parse({
  id: 'bs:taliban',
  type: 'organization',
  orgKind: 'armed-group',
  name: 'Taliban',
  designations: [
    { regime: 'RU-TERRORIST', listed: '2003', delisted: '2025-04-17', ...p('asia-plus', '2025-04-18') },
    { regime: 'US-SDGT', ...p('ofac-2022', '2022-01-31') },
  ],
  events: [
    { date: '2021-08-15', text: 'Took control of Afghanistan', ...p('factbook', '2026-01-22') },
    { date: '2025-07-03', text: 'Russia formally recognised the Taliban government', ...p('lbc', '2025-07-03') },
  ],
  country: { value: 'Q889', ...p('factbook', '2026-01-22') },
  sources: [p('asia-plus', '2025-04-18')],
});

describe('a term whose end another page states', () => {
  const wd = p('wikidata', '2022-08-03');
  const ap = p('web-ap-rubio', '2025-01-21');
  const blinken = Entity.parse({
    id: 'Q7821917',
    type: 'person',
    name: 'Antony Blinken',
    roles: [{ title: 'Secretary of State', start: '2021-01-26', end: '2025-01-20', endSource: ap, ...wd }],
    sources: [wd],
  });
  const sources = { source: (id: string) => ({ id, name: id, licence: 'x', retrieved: '2026-12-03' }) };
  it('cites the start to the term\'s source and the end to its own page', () => {
    const { facts, since } = factsAsOf(blinken, '2022-05-12', ctx);
    // Held on the date: "since 2021" states no end, so it cites the term's source alone.
    expect(facts).toEqual([{ label: 'Role', value: 'Secretary of State (since 2021)', start: '2021-01-26', end: '2025-01-20', ...wd }]);
    expect(since).toEqual([{ label: 'Role ended', value: 'Secretary of State: ended 20 January 2025', start: '2021-01-26', end: '2025-01-20', ...ap }]);
  });
  it('gives both sources on a period that shows the end, in the facts, the summary and the card\'s source list', () => {
    const { facts } = factsAsOf(blinken, '2025-06-01', ctx);
    expect(facts[0]).toMatchObject({ label: 'Earlier role', value: 'Secretary of State (2021–2025)', ...wd, endSource: ap });
    expect(summarise(blinken, { ...ctx, demonym: () => undefined }, '2025-06-01')).toEqual({ value: 'Secretary of State (2021–2025)', ...wd, endSource: ap });
    const card = entityCard(blinken, '2022-05-12', { ...ctx, ...sources });
    expect(card.sources.map((s) => s.id)).toEqual(['wikidata', 'web-ap-rubio']);
    expect(entityCard(blinken, '2025-06-01', { ...ctx, ...sources }).summary).toMatchObject({ source: 'wikidata', endSource: ap });
  });
  it('cites an end drawn from a successor\'s start to that record', () => {
    const truss = Entity.parse({ id: 'Q1', type: 'person', name: 'Liz Truss', roles: [{ title: 'Prime Minister', start: '2022-09-06', endedBy: '2024-08-05', endSource: p('factbook', '2026-01-22'), ...wd }], sources: [wd] });
    expect(factsAsOf(truss, '2025-01-01', ctx).facts[0]).toMatchObject({ value: 'Prime Minister (from 2022; over by 5 August 2024)', ...wd, endSource: p('factbook', '2026-01-22') });
  });
});

const lavrov = Entity.parse({
  id: 'Q58217',
  type: 'person',
  name: 'Sergey Lavrov',
  roles: [
    { title: 'Permanent Representative to the United Nations', of: 'Q159', start: '1994-09-22', end: '2004-07-12', ...p('wd', '2022-08-03') },
    { title: 'Minister of Foreign Affairs', of: 'Q159', start: '2004-03-09', ...p('wd', '2022-08-03') },
  ],
  designations: [{ regime: 'US-EO14024', listedAfter: '2022-01-31', ...p('ofac-2024', '2024-05-03') }],
  born: { value: '1950-03-21', ...p('wd', '2022-08-03') },
  sources: [p('wd', '2022-08-03')],
});

describe('compareAt', () => {
  it('compares a partial date at its own precision', () => {
    expect(compareAt('2021', '2021-10-20')).toBe(0);
    expect(compareAt('2021-09', '2021-10-20')).toBe(-1);
    expect(compareAt('2025-04-17', '2021-10-20')).toBe(1);
  });
});

describe('factsAsOf', () => {
  it('Taliban on 2021-10-20: banned in Russia then; since, the ban was lifted and the government recognised', () => {
    const { facts, since } = factsAsOf(taliban, '2021-10-20', ctx);
    expect(facts.map((f) => f.value)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Russian list of terrorist organisations \(since 2003\)/), expect.stringMatching(/^Took control of Afghanistan \(15 August 2021\)/)]),
    );
    expect(since.map((f) => f.value)).toEqual([
      expect.stringMatching(/^Removed from the Russian list of terrorist organisations \(17 April 2025\)/),
      expect.stringMatching(/^Russia formally recognised the Taliban government \(3 July 2025\)/),
    ]);
    expect(facts.find((f) => f.label === 'Country')?.value).toBe('Afghanistan');
    for (const f of [...facts, ...since]) expect(f.source && f.asOf).toBeTruthy();
  });

  it('Taliban now: the Russian ban no longer holds and nothing is "since"', () => {
    const { facts, since } = factsAsOf(taliban, undefined, ctx);
    expect(facts.some((f) => f.value.includes('Russian list'))).toBe(false);
    expect(since).toEqual([]);
    expect(facts.some((f) => f.value.startsWith('Russia formally recognised'))).toBe(true);
  });

  it('Lavrov in 2021: foreign minister since 2004, the 2022 US designation comes after', () => {
    const { facts, since } = factsAsOf(lavrov, '2021-10-20', ctx);
    const role = facts.find((f) => f.label === 'Role');
    expect(role?.value).toBe('Minister of Foreign Affairs of Russia (since 2004)');
    expect(role?.start).toBe('2004-03-09');
    expect(facts.find((f) => f.label === 'Earlier role')?.value).toBe('Permanent Representative of Russia to the United Nations (1994–2004)');
    expect(facts.find((f) => f.label === 'Born')?.value).toBe('21 March 1950');
    expect(since).toEqual([expect.objectContaining({ label: 'Designation added', value: expect.stringMatching(/Executive Order 14024\) between 31 January 2022 and 3 May 2024/) })]);
  });

  it('a role that starts after the date is news, and one that ends after it is both held and news', () => {
    const e = Entity.parse({
      id: 'bs:x',
      type: 'person',
      name: 'X',
      roles: [
        { title: 'Interior Minister', start: '2021-09-07', ...p('s', '2021-09-07') },
        { title: 'Governor', start: '2010', end: '2023-01', ...p('s', '2023-02-01') },
      ],
      sources: [p('s', '2021-09-07')],
    });
    const before = factsAsOf(e, '2021-01-01', ctx);
    expect(before.since.map((f) => f.label)).toEqual(['New role', 'Role ended']);
    // Held on the day: its later end is news, given apart, not read into the period.
    expect(before.facts.map((f) => f.value)).toEqual(['Governor (since 2010)']);
    const after = factsAsOf(e, '2021-10-20', ctx);
    expect(after.facts.map((f) => f.value)).toContain('Interior Minister (since 2021; as of 7 September 2021)');
  });

  it('an undated role says when its source stated it', () => {
    const e = Entity.parse({ id: 'bs:k', type: 'person', name: 'K', roles: [{ title: 'Special Envoy for Afghanistan', ...p('s', '2021-10-21') }], sources: [p('s', '2021-10-21')] });
    expect(factsAsOf(e, '2021-10-20', ctx).facts[0]?.value).toBe('Special Envoy for Afghanistan (as of 21 October 2021)');
  });

  it('shows a founding or dissolution year its source may have from an election as the bound it is', () => {
    const party = Entity.parse({ id: 'bs:ikl', type: 'organization', name: 'IKL', founded: { value: '1933', bound: 'by', ...p('pf', '2024') }, dissolved: { value: '1939', bound: 'or-later', ...p('pf', '2024') }, sources: [p('pf', '2024')] });
    const shown = factsAsOf(party, '1950-01-01', ctx).facts.map((f) => [f.label, f.value]);
    expect(shown).toEqual([['Founded', '1933 or earlier'], ['Dissolved', '1939 or later']]);
  });
});

describe('open terms read after their source date', () => {
  const pm = (extra: object) =>
    Entity.parse({ id: 'bs:c', type: 'person', name: 'C', roles: [{ title: 'Prime Minister', of: 'Q159', start: '2020-12-23', ...p('factbook-2021', '2021-10-21'), ...extra }], sources: [p('s', '2021-10-21')] });
  it('says "as of" the source date when asked about a later day', () => {
    expect(factsAsOf(pm({}), '2021-10-20', ctx).facts[0]?.value).toBe('Prime Minister of Russia (since 2020)');
    expect(factsAsOf(pm({}), undefined, ctx).facts[0]?.value).toBe('Prime Minister of Russia (since 2020; as of 21 October 2021)');
  });
  it('moves a term a later snapshot no longer lists to the earlier roles once it is over', () => {
    const e = pm({ endedBy: '2026-01-22' });
    expect(factsAsOf(e, '2021-10-20', ctx).facts[0]).toMatchObject({ label: 'Role', value: 'Prime Minister of Russia (since 2020)' });
    expect(factsAsOf(e, undefined, ctx).facts[0]).toMatchObject({ label: 'Earlier role', value: 'Prime Minister of Russia (from 2020; over by 22 January 2026)' });
  });
  it('reads "over by" as a window: between the two snapshots the term is never current', () => {
    const e = pm({ endedBy: '2026-01-22' });
    expect(factsAsOf(e, '2023-05-01', ctx).facts[0]).toMatchObject({ label: 'Last known role', value: 'Prime Minister of Russia (since 2020; as of 21 October 2021; over by 22 January 2026)' });
  });
  it('trusts an open term only up to its source date: a year later it is the last known, not the current one', () => {
    const johnson = pm({ asOf: '2022-03-01' });
    expect(factsAsOf(johnson, '2022-02-01', ctx).facts[0]).toMatchObject({ label: 'Role' });
    expect(factsAsOf(johnson, '2023-01-15', ctx).facts[0]).toMatchObject({ label: 'Last known role', value: 'Prime Minister of Russia (since 2020; as of 1 March 2022)' });
  });
  it('never shows a term ending in the date\'s own year (year-only end) as held, and ends it at a successor\'s start', () => {
    const truss = pm({ start: '2022-09-06', end: '2022', asOf: '2023-01-10' });
    expect(factsAsOf(truss, '2022-11-20', ctx).facts[0]).toMatchObject({ label: 'Last known role', value: 'Prime Minister of Russia (2022)' });
    const closed = pm({ start: '2022-09-06', end: '2022', endedBy: '2022-10-25', asOf: '2023-01-10' });
    expect(factsAsOf(closed, '2022-11-20', ctx).facts[0]).toMatchObject({ label: 'Earlier role' });
    expect(factsAsOf(closed, '2022-10-01', ctx).facts[0]).toMatchObject({ label: 'Last known role' });
  });
  it('reads an "over by" known only to the year as possibly held on a day of that year, and over after it', () => {
    const granger = pm({ start: '2015', endedBy: '2020', asOf: '2022-10-09' });
    expect(factsAsOf(granger, '2020-05-01', ctx).facts[0]).toMatchObject({ label: 'Last known role' });
    expect(factsAsOf(granger, '2021-04-04', ctx).facts[0]).toMatchObject({ label: 'Earlier role', value: 'Prime Minister of Russia (from 2015; over by 2020)' });
  });
});

describe('a listing a later list no longer has', () => {
  const e = Entity.parse({ id: 'bs:z', type: 'person', name: 'Z', designations: [{ regime: 'US-ZIMBABWE', delistedBy: '2024-05-03', ...p('ofac-2022', '2022-01-31') }], sources: [p('ofac-2022', '2022-01-31')] });
  it('is on the list at the list date, and its removal is news after it', () => {
    const { facts, since } = factsAsOf(e, '2022-01-31', ctx);
    expect(facts.map((f) => f.value)).toContain('On the US Treasury sanctions list (programme ZIMBABWE) (on the list as of 31 January 2022)');
    expect(since.map((f) => f.value)).toContain('No longer on the US Treasury sanctions list (programme ZIMBABWE) by 3 May 2024 (on it as of 31 January 2022)');
  });
  it('is off it after the later list', () => {
    const { facts } = factsAsOf(e, '2025-05-04', ctx);
    expect(facts.map((f) => f.value)).toEqual(['No longer on the US Treasury sanctions list (programme ZIMBABWE) by 3 May 2024 (on it as of 31 January 2022)']);
    expect(summarise(e, { name: () => undefined, demonym: () => undefined }, '2025-05-04')).toBeUndefined();
  });
});

describe('a listing known only to a window', () => {
  it('is never shown as standing on a date inside the window', () => {
    const e = Entity.parse({ id: 'bs:k', type: 'person', name: 'K', designations: [{ regime: 'US-EO14024', listedAfter: '2022-01-31', ...p('ofac-2024', '2024-05-03') }], sources: [p('ofac-2024', '2024-05-03')] });
    const inside = factsAsOf(e, '2022-02-12', ctx);
    expect(inside.facts.filter((f) => f.label === 'Designation')).toEqual([]);
    expect(inside.since.map((f) => f.value)).toEqual(['Added to the US sanctions list for Russia (Executive Order 14024) between 31 January 2022 and 3 May 2024']);
    expect(factsAsOf(e, '2024-06-01', ctx).facts.map((f) => f.label)).toContain('Designation');
  });
});

describe('sanctions-list titles', () => {
  const baradar = Entity.parse({
    id: 'bs:b', type: 'person', name: 'B',
    roles: [{ title: 'Deputy Minister of Defence under the Taliban regime', listing: true, ...p('un', '2025-04-19') }],
    designations: [{ regime: 'UN-1988', reference: 'TAi.024', listed: '2001-02-23', ...p('un', '2025-04-19') }],
    sources: [p('un', '2025-04-19')],
  });
  it('are shown as what the list says, never as a role', () => {
    const { facts } = factsAsOf(baradar, '2021-10-20', ctx);
    expect(facts.filter((f) => f.label === 'Role' || f.label === 'Last known role')).toEqual([]);
    expect(facts.find((f) => f.label === 'Listed as')?.value).toBe('Deputy Minister of Defence under the Taliban regime (list entry as of 19 April 2025)');
  });
  it('come with the listing: among the news when the listing is later than the date', () => {
    expect(factsAsOf(baradar, '1999-01-01', ctx).since.map((f) => f.label)).toContain('Listed as');
  });
});
