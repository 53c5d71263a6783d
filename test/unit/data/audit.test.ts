import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Entity, Source } from '../../../src/core/dataset/schema';
import { auditDataset, auditFixtures, repeatedStarts, STALE_CEILING, staleCurrentRoles, unbackedEnds } from '../../../scripts/data/audit';
import { emptyDraft, type SourceRecord } from '../../../scripts/data/model';
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

  it('asks a hand-entered end its start page is too old to know for an event citing a page written by then', () => {
    const start = { source: 'web-2016', asOf: '2016-01-04' };
    const later = { source: 'web-2025', asOf: '2025-12-19' };
    const hand = new Set(['web-2016', 'web-2025']);
    const grandi = (events: Entity['events']): Entity => ({
      id: 'bs:g', type: 'person', name: 'G', aliases: [], affiliations: [], designations: [], sources: [start], events,
      roles: [{ title: 'High Commissioner', start: '2016-01-01', end: '2025-12-31', ...start }],
    });
    expect(unbackedEnds(grandi([]), hand)).toHaveLength(1);
    // An event of another month, or one cited to the old page, does not back it.
    expect(unbackedEnds(grandi([{ date: '2024-05', text: 'x', ...later }, { date: '2025-12-31', text: 'x', ...start }]), hand)).toHaveLength(1);
    expect(unbackedEnds(grandi([{ date: '2025-12-31', text: 'Term ended', ...later }]), hand)).toEqual([]);
    // A page announcing a handover days ahead knows its day.
    const stock: Entity = { ...grandi([]), roles: [{ title: 'Secretary General', start: '2014', end: '2024-11-07', source: 'web-2025', asOf: '2024-11-05' }] };
    expect(unbackedEnds(stock, hand)).toEqual([]);
    // An end a hand entry closes is judged by its own page, not the term's source.
    const closed = (page: { source: string; asOf: string }): Entity => ({ ...grandi([]), roles: [{ title: 'High Commissioner', start: '2016-01-01', end: '2025-12-31', source: 'wd', asOf: '2022-08-03', endSource: page }] });
    expect(unbackedEnds(closed(later), hand)).toEqual([]);
    expect(unbackedEnds(closed(start), hand)).toHaveLength(1);
  });

  it('fails on a hand role that repeats the start of a Wikidata term of the same person and office', () => {
    const wd = { source: 'wikidata', asOf: '2022-08-03' };
    const page = { source: 'web-ap-rubio', asOf: '2025-01-21' };
    const record = (key: string, roles: Entity['roles'], id?: string): SourceRecord => ({ key, rank: 0, entity: { ...emptyDraft('person', 'Antony Blinken', [wd]), ...(id ? { id } : {}), roles } });
    const wikidata = [record('wd:Q7821917', [{ title: 'Secretary of State', of: 'Q30', start: '2021-01-26', ...wd }])];
    const whole = record('hand:Q7821917', [{ title: 'Secretary of State', of: 'Q30', start: '2021-01-26', end: '2025-01', ...page }], 'Q7821917');
    expect(repeatedStarts([whole], wikidata)).toEqual(['hand:Q7821917: "Secretary of State" from 2021-01-26 repeats a Wikidata term\'s start; give only its end (closes)']);
    // Given only its end, or another office's start, it passes.
    expect(repeatedStarts([{ ...whole, entity: { ...whole.entity, roles: [] }, closes: [{ title: 'Secretary of State', of: 'Q30', end: '2025-01', ...page }] }], wikidata)).toEqual([]);
    expect(repeatedStarts([record('hand:Q7821917', [{ title: 'Deputy Secretary of State', of: 'Q30', start: '2021-01-26', ...page }], 'Q7821917')], wikidata)).toEqual([]);
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
