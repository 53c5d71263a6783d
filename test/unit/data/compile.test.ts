import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFactsShard, parseLinkBundle, shardOf } from '../../../src/core/dataset/bundle';
import { Entity } from '../../../src/core/dataset/schema';
import { bundleFiles, forDisplay, LINK_FILE, writeDatasetBundle } from '../../../scripts/data/compile';

const p = { source: 's', asOf: '2025' };
const sources = [{ id: 's', name: 'S', licence: 'MIT', retrieved: '2025' }];
const russia = Entity.parse({
  id: 'Q159',
  type: 'country',
  name: 'Russia',
  aliases: [
    { name: 'Russia', lang: 'en', standalone: true, ...p },
    { name: 'Россия', lang: 'ru', standalone: true, ...p },
  ],
  sources: [p],
});
const lavrov = Entity.parse({ id: 'Q58217', type: 'person', name: 'Sergey Lavrov', aliases: [{ name: 'Lavrov', kind: 'surname', standalone: false, ...p }], sources: [p] });

describe('dataset bundle', () => {
  it('keeps the names a popover shows and leaves matching-only aliases to the matcher', () => {
    expect(forDisplay(russia).aliases.map((a) => a.name)).toEqual(['Russia']);
    expect(forDisplay(lavrov).aliases).toEqual([]);
  });
  it('is compact, sorted and the same whatever the input order', () => {
    const a = bundleFiles({ entities: [russia, lavrov], sources });
    expect([...bundleFiles({ entities: [lavrov, russia], sources })]).toEqual([...a]);
    for (const json of a.values()) expect(json).not.toMatch(/\[\]|\n/);
    const { index, shards } = parseLinkBundle(JSON.parse(a.get(LINK_FILE)!));
    expect(index.entities.map((e) => e.id)).toEqual(['Q159', 'Q58217']);
    // The link index carries no provenance: the facts shards do.
    expect(a.get(LINK_FILE)).not.toMatch(/asOf/);
    expect(parseFactsShard(JSON.parse(a.get(`facts/${shardOf('Q58217', shards)}.json`)!), shardOf('Q58217', shards), shards, index).map((e) => e.id)).toContain('Q58217');
  });
  it('stores each role title once in the link index and gives the roles back whole', () => {
    const minister = Entity.parse({ id: 'Q1', type: 'person', name: 'A Minister', roles: [{ title: 'Minister', of: 'Q159', start: '2004', ...p }, { title: 'Minister', end: '2001', ...p }], sources: [p] });
    const json = bundleFiles({ entities: [russia, minister], sources }).get(LINK_FILE)!;
    expect(json.match(/"Minister"/g)).toHaveLength(1);
    expect(parseLinkBundle(JSON.parse(json)).index.get('Q1')!.roles).toEqual([{ title: 'Minister', of: 'Q159', start: '2004' }, { title: 'Minister', end: '2001' }]);
  });
  it('writes the link index and the facts shards and reports their raw and gzip sizes', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'bundle-test-'));
    const r = await writeDatasetBundle(dir, { entities: [russia], sources });
    expect(r.files).toEqual([path.join(dir, 'link.json'), path.join(dir, 'facts/0.json')]);
    expect(r.linkBytes).toBe((await readFile(r.files[0]!)).byteLength);
    expect(r.bytes).toBe(r.linkBytes + (await readFile(r.files[1]!)).byteLength);
    expect(r.gzipBytes).toBeGreaterThan(r.linkGzipBytes);
    await rm(dir, { recursive: true });
  });
  it('refuses to write a bundle the background would reject', () => {
    const dangling = { ...russia, affiliations: [{ relation: 'member-of' as const, target: 'bs:nowhere', ...p }] };
    expect(() => bundleFiles({ entities: [dangling], sources })).toThrow(/missing bs:nowhere/);
  });
});
