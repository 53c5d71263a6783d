import { describe, expect, it } from 'vitest';
import { applyPacks, packCounts } from '../../../../src/core/packs/apply';
import { checkPack } from '../../../../src/core/packs/check';
import { PackFile } from '../../../../src/core/packs/schema';
import { readPack } from '../../../../src/core/packs/read';
import { BASE, baseLookup, GOOD_PACK } from './fixtures';

const good = () => PackFile.parse(structuredClone(GOOD_PACK));

describe('pack checks', () => {
  it('accepts facts citing its own or bundled sources and pointing at known entities', () => {
    expect(checkPack(good(), baseLookup, [])).toEqual([]);
  });
  it('refuses unknown sources and targets, a changed type, and clashes with the bundle or another pack', () => {
    const pack = good();
    pack.entities[0]!.roles[0]!.source = 'nowhere';
    pack.entities[0]!.affiliations.push({ relation: 'member-of', target: 'Q999', source: 'my-notes', asOf: '2026-01-01' });
    pack.entities[1]!.type = 'organization';
    pack.sources.push({ id: 'base-src', name: 'Something else', licence: 'x', retrieved: '2020' });
    const other = { ...good(), name: 'Other pack', sources: [] };
    expect(checkPack(pack, baseLookup, [other])).toEqual([
      { where: 'sources[1].id', expected: 'an id the bundled dataset does not use (or its source, unchanged)', found: '"base-src"' },
      { where: 'entities[0].id', expected: 'an id no other pack adds (pack "Other pack" adds it)', found: '"bs:pack-jane-placeholder"' },
      { where: 'entities[0].roles[0].source', expected: "the id of one of the pack's sources or of a bundled source", found: '"nowhere"' },
      { where: 'entities[0].affiliations[0].target', expected: 'the id of an entity in this pack or in the bundled dataset', found: '"Q999"' },
      { where: 'entities[1].type', expected: '"person", the type of the bundled Q1 (Sergey Lavrov) this extends', found: '"organization"' },
    ]);
  });
  it('checks the source a role\'s end cites like any other', () => {
    const pack = good();
    pack.entities[0]!.roles[0] = { ...pack.entities[0]!.roles[0]!, end: '2025-01', endSource: { source: 'nowhere', asOf: '2025-01-21' } };
    expect(checkPack(pack, baseLookup, [])).toEqual([{ where: 'entities[0].roles[0].endSource.source', expected: "the id of one of the pack's sources or of a bundled source", found: '"nowhere"' }]);
  });
  it('refuses an id used twice in one pack', () => {
    const pack = good();
    pack.entities.push(pack.entities[0]!);
    expect(checkPack(pack, baseLookup, [])).toEqual([{ where: 'entities[2].id', expected: 'an id not used by entities[0]', found: '"bs:pack-jane-placeholder"' }]);
  });
});

describe('applying packs', () => {
  it('adds new entities and extends bundled ones, leaving the bundle itself untouched', () => {
    const { index, changed } = applyPacks(BASE, [good()]);
    expect(index.entities.map((e) => e.id)).toEqual(['Q1', 'Q100', 'bs:pack-jane-placeholder']);
    expect(index.get('Q1')!.aliases.map((a) => a.name)).toEqual(['Sergei Lavrov', 'Sergey V. Lavrov']);
    expect(index.get('Q1')!.sources.map((s) => s.source)).toEqual(['base-src', 'my-notes']);
    expect(BASE.get('Q1')!.aliases).toHaveLength(1);
    expect(index.source('my-notes')?.name).toBe('My notes');
    expect(index.sources.map((s) => s.id)).toEqual(['base-src', 'my-notes']);
    expect(changed.map((e) => e.id).sort()).toEqual(['Q1', 'bs:pack-jane-placeholder']);
    expect(index.name('bs:pack-jane-placeholder')).toBe('Jane Placeholder');
  });
  it('is the bundle itself with no packs', () => {
    expect(applyPacks(BASE, []).index).toBe(BASE);
  });
  it('counts what a pack adds and extends', () => {
    expect(packCounts(good(), BASE)).toEqual({ entities: 2, added: 1, extended: 1, sources: 1 });
  });
});

describe('reading a picked file', () => {
  const today = '2026-03-04';
  it('tells the format from the file name and ids the pack by its name', () => {
    const r = readPack({ fileName: 'pack.JSON', text: JSON.stringify(GOOD_PACK), today }, baseLookup, []);
    expect(r.ok && { id: r.value.id, format: r.value.format }).toEqual({ id: 'newsroom-pack', format: 'json' });
    const csv = readPack({ fileName: 'list.csv', text: 'name,type,summary,source\nX Y,person,z,w\n', today }, baseLookup, []);
    expect(csv.ok && csv.value.id).toBe('list');
  });
  it('refuses other files, and checks against the stored packs except the one it replaces', () => {
    expect(readPack({ fileName: 'pack.xml', text: '<x/>', today }, baseLookup, [])).toMatchObject({ ok: false, issues: [{ where: 'the file name', found: '"pack.xml"' }] });
    const stored = { ...good(), id: 'newsroom-pack' };
    expect(readPack({ fileName: 'p.json', text: JSON.stringify(GOOD_PACK), today }, baseLookup, [stored]).ok).toBe(true);
    expect(readPack({ fileName: 'p.json', text: JSON.stringify({ ...GOOD_PACK, name: 'Renamed' }), today }, baseLookup, [stored]).ok).toBe(false);
  });
});
