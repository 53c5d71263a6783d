// The sample packs the options page offers import cleanly against the committed dataset, and the
// JSON one really extends a bundled entity.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPack } from '../../../../src/core/packs/read';
import { readCommittedDataset, REPO_ROOT } from '../../../../scripts/data/read';

describe('sample packs', async () => {
  const { entities, sources } = await readCommittedDataset();
  const byId = new Map(entities.map((e) => [e.id, e]));
  const base = { entity: (id: string) => byId.get(id), source: (id: string) => sources.find((s) => s.id === id) };
  const read = async (file: string) => readPack({ fileName: file, text: await readFile(join(REPO_ROOT, 'assets/packs', file), 'utf8'), today: '2026-11-28' }, base, []);

  it('the JSON sample adds one entity and extends a bundled one', async () => {
    const r = await read('sample-pack.json');
    if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 2));
    expect(r.value.pack.entities.map((e) => [e.id, byId.has(e.id)])).toEqual([['bs:backstory-gazette', false], ['Q58217', true]]);
  });
  it('the CSV sample reads', async () => {
    const r = await read('sample-pack.csv');
    if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 2));
    expect(r.value.pack.entities).toHaveLength(1);
  });
});
