import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Entity, Source } from '../../../src/core/dataset/schema';
import { auditDataset, auditFixtures, STALE_CEILING, staleCurrentRoles } from '../../../scripts/data/audit';
import { readCommittedDataset, REPO_ROOT } from '../../../scripts/data/read';

const SHARED = path.resolve(REPO_ROOT, '../shared/data');

describe('data:audit (issue #11)', () => {
  let entities: Entity[];
  let sources: Source[];
  beforeAll(async () => {
    ({ entities, sources } = await readCommittedDataset());
  });

  it('the importers and the card handle every class on real source records', () => {
    expect(auditFixtures(undefined, existsSync(SHARED) ? SHARED : undefined)).toEqual([]);
  });

  it('the committed dataset shows none of the classes', () => {
    expect(auditDataset(entities, sources)).toEqual([]);
  });

  it('shows no more roles as current after their holder left than the known source conflicts', () => {
    expect(staleCurrentRoles(entities).length).toBeLessThanOrEqual(STALE_CEILING);
  });

  it('counts an open term its source still vouches for after a successor took the office, not one over by then', () => {
    const p = { source: 'wd', asOf: '2022-08-03' };
    const person = (id: string, roles: Entity['roles']): Entity => ({ id, type: 'person', name: id, aliases: [], roles, affiliations: [], designations: [], events: [], sources: [p] });
    const stale = staleCurrentRoles([
      person('bs:a', [{ title: 'President', of: 'Q1', start: '2010-01-01', ...p }]),
      person('bs:b', [{ title: 'President', of: 'Q1', start: '2020-01-01', ...p }]),
      person('bs:c', [{ title: 'Queen', of: 'Q2', start: '1952-02-06', endedBy: '2026-01-22', source: 'fb', asOf: '2026-01-22' }]),
    ]);
    expect(stale.map((s) => s.id)).toEqual(['bs:a']);
  });
});
