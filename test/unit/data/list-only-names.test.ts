import { describe, expect, it } from 'vitest';
import { holdBackListOnlyNames } from '../../../scripts/data/list-only-names';
import { Entity } from '../../../src/core/dataset/schema';
import { deriveAliases } from '../../../src/core/match/derive';

const ofac = { source: 'ofac-sdn-2024-05-03', asOf: '2024-05-03' };
const charity = (sources = [ofac], orgKind: 'other' | 'armed-group' = 'other') =>
  Entity.parse({
    id: 'bs:al-aqsa', type: 'organization', orgKind, name: 'Al-Aqsa', sources,
    aliases: [
      { name: 'Al-Aqsa', standalone: true, kind: 'name', ...ofac },
      { name: 'Al-Aqsa Foundation', standalone: true, kind: 'name', ...ofac },
    ],
  });
const standalone = (e: Entity) => Object.fromEntries(deriveAliases(e).map((d) => [d.name, d.entry.standalone]));

describe('one-word names of list-only charities and companies', () => {
  it('need the rest of the name to link, the primary name included', () => {
    expect(standalone(holdBackListOnlyNames(charity()))).toEqual({ 'Al-Aqsa': false, 'Al-Aqsa Foundation': true });
  });
  it('stay linkable for armed groups and for entities another source knows', () => {
    expect(standalone(holdBackListOnlyNames(charity([ofac], 'armed-group')))['Al-Aqsa']).toBe(true);
    expect(standalone(holdBackListOnlyNames(charity([ofac, { source: 'hand', asOf: '2026-11-28' }])))['Al-Aqsa']).toBe(true);
  });
});
