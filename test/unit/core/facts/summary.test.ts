import { describe, expect, it } from 'vitest';
import { Entity } from '../../../../src/core/dataset/schema';
import { summarise } from '../../../../src/core/facts/summary';

const p = { source: 's', asOf: '2022-08-03' };
const ctx = { name: (id: string) => ({ Q159: 'Russia', Q889: 'Afghanistan', Q145: 'United Kingdom', Q928: 'Philippines' })[id], demonym: (id: string) => ({ Q159: 'Russian', Q889: 'Afghan' })[id] };

describe('summarise', () => {
  it('describes a person by the ongoing office, with its source', () => {
    const e = Entity.parse({ id: 'Q7747', type: 'person', name: 'Vladimir Putin', roles: [
      { title: 'President', of: 'Q159', start: '2000-05-07', end: '2008-05-07', ...p },
      { title: 'Prime Minister', of: 'Q159', start: '2008-05-08', end: '2012-05-07', ...p },
      { title: 'President', of: 'Q159', start: '2012-05-07', ...p },
    ], sources: [p] });
    expect(summarise(e, ctx, '2021-10-20')).toEqual({ value: 'President of Russia (since 2012)', ...p });
    expect(summarise(e, ctx)?.value).toBe('President of Russia (since 2012; as of 3 August 2022)');
  });
  it("describes a head of government by that office, not a portfolio held beside it, begun later", () => {
    const e = Entity.parse({ id: 'Q43723', type: 'person', name: 'Benjamin Netanyahu', roles: [
      { title: 'Prime Minister', of: 'Q145', start: '2009-03-31', ...p },
      { title: 'Minister of Communications', of: 'Q145', start: '2014-12-02', ...p },
    ], sources: [p] });
    expect(summarise(e, ctx, '2015-03-18')?.value).toBe('Prime Minister of the United Kingdom (since 2009)');
  });
  it("names a diplomat's country before where they are sent", () => {
    const e = Entity.parse({ id: 'Q83', type: 'person', name: 'Sergey Lavrov', roles: [{ title: 'Permanent Representative to the United Nations', of: 'Q159', start: '1994', end: '2004', ...p }], sources: [p] });
    expect(summarise(e, ctx, '2000-01-01')?.value).toBe('Permanent Representative of Russia to the United Nations (since 1994)');
    const envoy = Entity.parse({ ...e, roles: [{ title: 'ambassador to France', of: 'Q145', start: '2019', ...p }] });
    expect(summarise(envoy, ctx, '2020-01-01')?.value).toBe('ambassador of the United Kingdom to France (since 2019)');
  });
  it('gives a country the article English gives it', () => {
    const e = Entity.parse({ id: 'Q457', type: 'person', name: 'Rodrigo Duterte', roles: [{ title: 'President', of: 'Q928', start: '2016-06-30', ...p }], sources: [p] });
    expect(summarise(e, ctx, '2020-01-01')?.value).toBe('President of the Philippines (since 2016)');
    expect(summarise(Entity.parse({ ...e, roles: [{ title: 'President', of: 'Q159', start: '2016-06-30', ...p }] }), ctx, '2020-01-01')?.value).toBe('President of Russia (since 2016)');
  });
  it('describes a person by a term known to have ended rather than an undated office listed before that end', () => {
    const dir = { source: 'directory', asOf: '2019-06-04' };
    const e = Entity.parse({ id: 'Q52183', type: 'person', name: 'Sheikh Hasina', roles: [
      { title: 'Minister of Defense', of: 'Q159', ...dir },
      { title: 'Prime Minister', of: 'Q159', start: '2009-01-06', end: '2024-08-05', source: 'web', asOf: '2024-08-05' },
    ], sources: [p] });
    expect(summarise(e, ctx, '2026-12-03')?.value).toBe('Prime Minister of Russia (2009–2024)');
    // While the term lasted the directory's office is still the latest word on it.
    expect(summarise(e, ctx, '2020-01-01')?.value).toBe('Prime Minister of Russia (since 2009)');
    const alone = Entity.parse({ ...e, roles: [e.roles[0]] });
    expect(summarise(alone, ctx, '2026-12-03')?.value).toBe('Minister of Defense of Russia (as of 4 June 2019)');
  });
  it("is built at the reader's date: an office begun later never describes the person", () => {
    const e = Entity.parse({ id: 'Q132345', type: 'person', name: 'Shinzo Abe', roles: [
      { title: 'Prime Minister', of: 'Q159', start: '2006-09-26', end: '2007-09-26', ...p },
      { title: 'Prime Minister', of: 'Q159', start: '2012-12-26', end: '2020-09-16', ...p },
      { title: 'Prime Minister', of: 'Q159', start: '2017-11-01', end: '2020-09-16', ...p },
    ], sources: [p] });
    expect(summarise(e, ctx, '2015-06-01')?.value).toBe('Prime Minister of Russia (since 2012)');
    expect(summarise(e, ctx, '2010-06-01')?.value).toBe('Prime Minister of Russia (2006–2007)');
  });
  it('summarises by a listing the list gives no date for only from the list\'s own date on', () => {
    const ofac = { source: 'ofac-2022', asOf: '2022-01-31' };
    const e = Entity.parse({ id: 'bs:o', type: 'person', name: 'O', country: { value: 'Q159', ...ofac }, designations: [{ regime: 'US-BURMA-EO14014', ...ofac }], sources: [ofac] });
    expect(summarise(e, ctx, '2020-06-10')).toBeUndefined();
    expect(summarise(e, ctx, '2022-01-31')?.value).toBe('Russian national on the US Treasury sanctions list (programme BURMA-EO14014)');
    // The list vouches for no later day.
    expect(summarise(e, ctx, '2022-06-01')?.value).toBe('Russian national on the US Treasury sanctions list (programme BURMA-EO14014) (as of 31 January 2022)');
  });
  it('never summarises a person by a list title or a listing made after the date', () => {
    const e = Entity.parse({ id: 'bs:m', type: 'person', name: 'M',
      roles: [{ title: 'Minister of Education', listing: true, ...p }],
      designations: [{ regime: 'UN-1988', reference: 'TAi.026', listed: '2001-01-31', ...p }],
      country: { value: 'Q889', ...p }, sources: [p] });
    expect(summarise(e, ctx, '2000-01-01')).toBeUndefined();
    expect(summarise(e, ctx, '2021-10-20')?.value).toMatch(/^Afghan national on the UN/);
  });
  it('describes a listed person without offices by nationality and list', () => {
    const e = Entity.parse({ id: 'bs:a', type: 'person', name: 'A', designations: [{ regime: 'UN-1988', reference: 'TAi.001', ...p }], country: { value: 'Q889', ...p }, sources: [p] });
    expect(summarise(e, ctx)?.value).toBe("Afghan national on the UN Security Council's Taliban sanctions list (resolution 1988) (as of 3 August 2022)");
  });
  it('never summarises an organisation by a lifted designation', () => {
    const e = Entity.parse({ id: 'bs:t', type: 'organization', orgKind: 'armed-group', name: 'T', designations: [{ regime: 'RU-TERRORIST', listed: '2003', delisted: '2025-04-17', ...p }], sources: [p] });
    expect(summarise(e, ctx)?.value).toBe('Armed group');
  });
  it('describes a news agency by founding and seat, and keeps a hand-written summary', () => {
    const afp = Entity.parse({ id: 'bs:afp', type: 'organization', orgKind: 'news-agency', name: 'AFP', founded: { value: '1944', ...p }, headquarters: { value: 'Paris', ...p }, sources: [p] });
    expect(summarise(afp, ctx)?.value).toBe('News agency founded in 1944, based in Paris');
    const hand = { value: 'Own words', source: 'h', asOf: '2021-10-21' };
    expect(summarise({ ...afp, summary: hand }, ctx)).toBe(hand);
  });
  it('says a founding year is a bound where the source may give a first election for it', () => {
    const party = Entity.parse({ id: 'bs:ikl', type: 'organization', orgKind: 'political-party', name: 'IKL', founded: { value: '1933', bound: 'by', ...p }, sources: [p] });
    expect(summarise(party, ctx)?.value).toBe('Political party founded in 1933 or earlier');
  });
});
