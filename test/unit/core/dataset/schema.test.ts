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
