import { describe, expect, it } from 'vitest';
import { Entity } from '../../../../src/core/dataset/schema';

describe('Entity schema', () => {
  it('rejects an entity without a source', () => {
    const r = Entity.safeParse({ id: 'Q1', type: 'person', name: 'X', sources: [] });
    expect(r.success).toBe(false);
  });
  it('accepts a minimal sourced entity and fills empty lists', () => {
    const e = Entity.parse({ id: 'bs:afp', type: 'organization', orgKind: 'news-agency', name: 'Agence France-Presse', sources: [{ source: 'hand', asOf: '2026-11-27' }] });
    expect(e.aliases).toEqual([]);
  });
});

describe('a role whose end another page states', () => {
  const prov = { source: 'wikidata', asOf: '2022-08-03' };
  const blinken = (endSource: unknown) => ({ id: 'Q7821917', type: 'person', name: 'Antony Blinken', sources: [prov], roles: [{ title: 'Secretary of State', of: 'Q30', start: '2021-01-26', end: '2025-01', endSource, ...prov }] });
  it('keeps the end\'s own source and date, apart from the term\'s', () => {
    const e = Entity.parse(blinken({ source: 'web-ap-rubio', asOf: '2025-01-21' }));
    expect(e.roles[0]).toMatchObject({ source: 'wikidata', asOf: '2022-08-03', endSource: { source: 'web-ap-rubio', asOf: '2025-01-21' } });
  });
  it('refuses an end source without its date, or with a date that is not one', () => {
    expect(Entity.safeParse(blinken({ source: 'web-ap-rubio' })).success).toBe(false);
    expect(Entity.safeParse(blinken({ source: 'web-ap-rubio', asOf: '21 January 2025' })).success).toBe(false);
  });
});

describe('Entity schema extensions', () => {
  const prov = { source: 'hand', asOf: '2026-11-27' };
  it('accepts places and broadcasters', () => {
    expect(Entity.safeParse({ id: 'bs:city-moscow-ru', type: 'place', name: 'Moscow', sources: [prov] }).success).toBe(true);
    expect(Entity.safeParse({ id: 'bs:bbc', type: 'organization', orgKind: 'broadcaster', name: 'BBC', sources: [prov] }).success).toBe(true);
  });
  it('keeps a designation whose listing date is only bounded below', () => {
    const e = Entity.parse({ id: 'Q58217', type: 'person', name: 'Sergey Lavrov', designations: [{ regime: 'US-EO14024', listedAfter: '2022-01-31', ...prov }], sources: [prov] });
    expect(e.designations[0]?.listedAfter).toBe('2022-01-31');
  });
  it('rejects malformed dates and ids', () => {
    expect(Entity.safeParse({ id: 'Q1', type: 'person', name: 'X', born: { value: '1950', source: 'x', asOf: '21 Mar 1950' }, sources: [prov] }).success).toBe(false);
    expect(Entity.safeParse({ id: 'kremlin', type: 'organization', name: 'Kremlin', sources: [prov] }).success).toBe(false);
  });
});
