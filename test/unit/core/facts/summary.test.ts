import { describe, expect, it } from 'vitest';
import { Entity } from '../../../../src/core/dataset/schema';
import { summarise } from '../../../../src/core/facts/summary';

const p = { source: 's', asOf: '2022-08-03' };
const ctx = { name: (id: string) => ({ Q159: 'Russia', Q889: 'Afghanistan' })[id], demonym: (id: string) => ({ Q159: 'Russian', Q889: 'Afghan' })[id] };

describe('summarise', () => {
  it('describes a person by the ongoing office, with its source', () => {
    const e = Entity.parse({ id: 'Q7747', type: 'person', name: 'Vladimir Putin', roles: [
      { title: 'President', of: 'Q159', start: '2000-05-07', end: '2008-05-07', ...p },
      { title: 'Prime Minister', of: 'Q159', start: '2008-05-08', end: '2012-05-07', ...p },
      { title: 'President', of: 'Q159', start: '2012-05-07', ...p },
    ], sources: [p] });
    expect(summarise(e, ctx)).toEqual({ value: 'President of Russia (since 2012)', ...p });
  });
  it('describes a listed person without offices by nationality and list', () => {
    const e = Entity.parse({ id: 'bs:a', type: 'person', name: 'A', designations: [{ regime: 'UN-1988', reference: 'TAi.001', ...p }], country: { value: 'Q889', ...p }, sources: [p] });
    expect(summarise(e, ctx)?.value).toBe("Afghan national on the UN Security Council's Taliban sanctions list (resolution 1988)");
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
});
