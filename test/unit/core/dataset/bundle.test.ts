import { describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT, parseBundle, parseLinkBundle } from '../../../../src/core/dataset/bundle';

const prov = { source: 's', asOf: '2021-10-21' };
const source = { id: 's', name: 'A source', licence: 'Public domain', retrieved: '2021-10-21' };
const bundle = (entities: unknown[], sources: unknown[] = [source], format: unknown = BUNDLE_FORMAT) => ({ format, sources, entities });
const russia = { id: 'Q159', type: 'country', name: 'Russia', sources: [prov] };
const kremlin = { id: 'bs:kremlin', type: 'organization', name: 'Kremlin', affiliations: [{ relation: 'part-of', target: 'Q159', ...prov }], sources: [prov] };

describe('parseBundle', () => {
  it('indexes entities and sources', () => {
    const index = parseBundle(bundle([russia, kremlin]));
    expect(index.name('Q159')).toBe('Russia');
    expect(index.get('bs:kremlin')?.affiliations[0]?.target).toBe('Q159');
    expect(index.get('bs:kremlin')?.roles).toEqual([]);
    expect(index.source('s')?.name).toBe('A source');
    expect(index.entities).toHaveLength(2);
  });
  it('fails closed on schema errors, duplicates, unknown sources and dangling links', () => {
    expect(() => parseBundle(bundle([{ ...russia, id: 'russia' }]))).toThrow(/rejected/);
    expect(() => parseBundle(bundle([russia, russia]))).toThrow(/duplicate id Q159/);
    expect(() => parseBundle(bundle([russia], []))).toThrow(/unknown source s/);
    expect(() => parseBundle(bundle([kremlin]))).toThrow(/missing Q159/);
    expect(() => parseBundle(bundle([russia], [source], 99))).toThrow(/rejected/);
  });
});

describe('parseLinkBundle', () => {
  const link = (records: unknown[], shards: unknown = 1) => ({ format: BUNDLE_FORMAT, shards, sources: [source], records });
  it('validates a record and its references when it is first read, failing closed', () => {
    const { index } = parseLinkBundle(link([russia, { ...kremlin, affiliations: [{ target: 'Q159' }] }, { id: 'Q1', type: 'person', name: '' }, { id: 'Q2', type: 'person', name: 'X', affiliations: [{ target: 'Q404' }] }]));
    expect(index.get('bs:kremlin')?.affiliations).toEqual([{ target: 'Q159' }]);
    expect(index.get('Q3')).toBeUndefined();
    expect(() => index.get('Q1')).toThrow(/record Q1/);
    expect(() => index.get('Q2')).toThrow(/missing Q404/);
    expect(() => index.entities).toThrow(/rejected/);
  });
  it('rejects the whole index for a bad layout, a record without an id or a duplicate id', () => {
    expect(() => parseLinkBundle(link([russia], 0))).toThrow(/rejected/);
    expect(() => parseLinkBundle(link([{ name: 'x' }]))).toThrow(/without an id/);
    expect(() => parseLinkBundle(link([russia, russia]))).toThrow(/duplicate id Q159/);
  });
});
