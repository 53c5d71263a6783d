// The background's side of packs: stored in (fake) storage.local, laid over the bundle for linking,
// and managed by the options page's messages.
import { describe, expect, it } from 'vitest';
import { linkText } from '../../../../src/core/link/index';
import { compileMatcher } from '../../../../src/core/match/compile';
import { loadMatcher } from '../../../../src/core/match/load';
import { createHandlers } from '../../../../src/background/handlers';
import { mentionViews } from '../../../../src/shared/messages';
import { createPackHandlers, storagePackStore, withPacks } from '../../../../src/background/packs';
import { fakeBrowser } from '../../fake-browser';
import { BASE, GOOD_PACK } from './fixtures';

function setup() {
  const store = storagePackStore();
  const loadBundle = async () => ({ index: BASE, matcher: loadMatcher(compileMatcher([...BASE.entities])) });
  const load = withPacks(loadBundle, store);
  const handlers = createPackHandlers(load, store, () => '2026-03-04');
  const linked = async (text: string) => {
    const { index, matcher } = await load();
    return linkText({ text, language: 'en' }, { matcher, entity: (id) => index.get(id) }).mentions.map((m) => [m.text, m.entityId]);
  };
  return { store, load, handlers, linked };
}

const TEXT = 'Jane Placeholder met Sergey V. Lavrov in Russia.';

describe('packs in the background', () => {
  it('links what an imported pack adds or extends, and stops when it is disabled or deleted', async () => {
    const { handlers, linked } = setup();
    expect(await linked(TEXT)).toEqual([['Russia', 'Q100']]);
    const imported = await handlers.importPack({ fileName: 'newsroom.json', text: JSON.stringify(GOOD_PACK) }, undefined);
    expect(imported).toMatchObject({ replaced: false, issues: [], pack: { id: 'newsroom-pack', enabled: true, entities: 2, added: 1, extended: 1, sources: 1, importedAt: '2026-03-04', format: 'json' } });
    expect(await linked(TEXT)).toEqual([['Jane Placeholder', 'bs:pack-jane-placeholder'], ['Sergey V. Lavrov', 'Q1'], ['Russia', 'Q100']]);
    // The bundled alias of an extended entity still links once.
    expect(await linked('Sergei Lavrov spoke.')).toEqual([['Sergei Lavrov', 'Q1']]);

    expect((await handlers.setPackEnabled({ id: 'newsroom-pack', enabled: false }, undefined)).packs[0]!.enabled).toBe(false);
    expect(await linked(TEXT)).toEqual([['Russia', 'Q100']]);
    await handlers.setPackEnabled({ id: 'newsroom-pack', enabled: true }, undefined);
    expect(await linked(TEXT)).toHaveLength(3);
    expect(await handlers.deletePack({ id: 'newsroom-pack' }, undefined)).toEqual({ packs: [] });
    expect(await linked(TEXT)).toEqual([['Russia', 'Q100']]);
  });

  it('changes nothing when a pack is invalid', async () => {
    const { handlers, store } = setup();
    await handlers.importPack({ fileName: 'newsroom.json', text: JSON.stringify(GOOD_PACK) }, undefined);
    const before = await fakeBrowser.storage.local.get('packs');
    const broken = { ...GOOD_PACK, entities: [{ ...GOOD_PACK.entities[0], type: 'celebrity' }] };
    const r = await handlers.importPack({ fileName: 'newsroom.json', text: JSON.stringify(broken) }, undefined);
    expect(r).toEqual({ replaced: false, issues: [{ where: 'entities[0].type', expected: expect.stringContaining('"person"'), found: '"celebrity"' }] });
    expect(await fakeBrowser.storage.local.get('packs')).toEqual(before);
    expect((await store.list()).map((p) => p.id)).toEqual(['newsroom-pack']);
  });

  it('replaces a pack of the same name, keeping whether it was on', async () => {
    const { handlers } = setup();
    await handlers.importPack({ fileName: 'a.json', text: JSON.stringify(GOOD_PACK) }, undefined);
    await handlers.setPackEnabled({ id: 'newsroom-pack', enabled: false }, undefined);
    const again = await handlers.importPack({ fileName: 'b.json', text: JSON.stringify({ ...GOOD_PACK, version: '2.0' }) }, undefined);
    expect(again).toMatchObject({ replaced: true, pack: { version: '2.0', enabled: false, fileName: 'b.json' } });
    expect((await handlers.listPacks({}, undefined)).packs).toHaveLength(1);
  });

  it('exports a pack that imports again unchanged', async () => {
    const { handlers, store } = setup();
    await handlers.importPack({ fileName: 'list.csv', text: 'name,type,summary,source\nJane Placeholder,person,Spokesperson,Desk notes\n' }, undefined);
    const exported = await handlers.exportPack({ id: 'list' }, undefined);
    expect(exported.fileName).toBe('list.json');
    const before = await store.list();
    await handlers.deletePack({ id: 'list' }, undefined);
    await handlers.importPack({ fileName: exported.fileName, text: exported.text }, undefined);
    const after = await store.list();
    expect(after.map(({ format, fileName, ...rest }) => rest)).toEqual(before.map(({ format, fileName, ...rest }) => rest));
  });

  it('leaves out a stored pack that no longer parses or no longer fits the bundle', async () => {
    const { load, handlers } = setup();
    await handlers.importPack({ fileName: 'p.json', text: JSON.stringify(GOOD_PACK) }, undefined);
    const stored = (await fakeBrowser.storage.local.get('packs')).packs as Record<string, any>[];
    const unfit = { ...structuredClone(stored[0]!), id: 'unfit', name: 'Unfit', entities: [{ ...stored[0]!.entities[1], type: 'organization' }] };
    await fakeBrowser.storage.local.set({ packs: [...stored, unfit, { id: 'junk' }] });
    const { index } = await load();
    expect(index.get('bs:pack-jane-placeholder')?.name).toBe('Jane Placeholder');
    expect(index.get('Q1')!.type).toBe('person');
    expect((await handlers.listPacks({}, undefined)).packs.map((p) => p.id)).toEqual(['newsroom-pack', 'unfit']);
  });

  it('answers the content script with the packs laid over the bundle', async () => {
    const store = storagePackStore();
    const loadBundle = async () => ({ index: BASE, matcher: loadMatcher(compileMatcher([...BASE.entities])) });
    const handlers = createHandlers(loadBundle, '0.0.0', async () => undefined, store);
    const caller = {};
    const names = async () => mentionViews(await handlers.findMentions({ text: TEXT }, caller)).map((m) => m.entity.name);
    expect(await names()).toEqual(['Russia']);
    expect((await handlers.importPack({ fileName: 'p.json', text: JSON.stringify(GOOD_PACK) }, caller)).issues).toEqual([]);
    expect(await names()).toEqual(['Jane Placeholder', 'Sergey Lavrov', 'Russia']);
    const card = await handlers.getEntity({ id: 'bs:pack-jane-placeholder', asOf: '2026-02-01' }, caller);
    expect(card.summary).toMatchObject({ value: 'Spokesperson of the Example Ministry', source: 'my-notes', asOf: '2026-01-01' });
    expect(card.sources.map((s) => s.id)).toEqual(['my-notes']);
    expect((await handlers.getDatasetInfo({}, caller)).entities).toBe(3);
  });
});
