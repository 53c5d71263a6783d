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
