import { describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT, parseBundle } from '../../../../src/core/dataset/bundle';

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
