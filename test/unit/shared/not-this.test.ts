// The reader's "not this person" corrections: a cap that evicts the oldest and keeps the rest, and
// a stored list that fails validation giving back its valid entries instead of wiping them all.
import browser from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { addNotThis, listNotThis, loadNotThis, MAX_NOT_THIS, notThisKey, recoverNotThis, removeNotThis, splitNotThisKey } from '../../../src/shared/not-this';

const keys = (n: number, from = 0) => Array.from({ length: n }, (_, i) => notThisKey(`Q${from + i}`, 'Lavrov'));
const stored = async () => (await browser.storage.local.get('notThis')).notThis as string[];

describe('not this person', () => {
  it('keeps the newest corrections past the cap, evicting the oldest first', async () => {
    await browser.storage.local.set({ notThis: keys(MAX_NOT_THIS) });
    await addNotThis(notThisKey('Q-new', 'Lavrov'));
    const list = await stored();
    expect(list).toHaveLength(MAX_NOT_THIS);
    expect(list[0]).toBe(notThisKey('Q1', 'Lavrov'));
    expect(list.at(-1)).toBe(notThisKey('Q-new', 'Lavrov'));
    // The next click still adds: nothing else goes.
    await addNotThis(notThisKey('Q-newer', 'Lavrov'));
    expect(await stored()).toEqual([...keys(MAX_NOT_THIS - 2, 2), notThisKey('Q-new', 'Lavrov'), notThisKey('Q-newer', 'Lavrov')]);
  });

  it('makes a repeated correction the newest instead of storing it twice', async () => {
    await browser.storage.local.set({ notThis: keys(3) });
    await addNotThis(keys(1)[0]!);
    expect(await stored()).toEqual([...keys(2, 1), keys(1)[0]]);
  });

  it('recovers the valid entries of a stored list that fails validation', async () => {
    // What the old code wrote past 10,000 entries, with junk from a hand edit mixed in.
    const old = [...keys(MAX_NOT_THIS + 500), 42, null, 'x'.repeat(700), 'no bar', keys(1)[0]];
    expect(recoverNotThis(old)).toEqual(keys(MAX_NOT_THIS, 500));
    await browser.storage.local.set({ notThis: old });
    expect((await loadNotThis()).has(notThisKey(`Q${MAX_NOT_THIS + 499}`, 'lavrov'))).toBe(true);
    await addNotThis(notThisKey('Q-new', 'Lavrov'));
    const list = await stored();
    expect(list).toHaveLength(MAX_NOT_THIS);
    expect(list.at(-1)).toBe(notThisKey('Q-new', 'Lavrov'));
    expect(list.at(-2)).toBe(notThisKey(`Q${MAX_NOT_THIS + 499}`, 'Lavrov'));
    expect(recoverNotThis('not a list')).toEqual([]);
    expect(recoverNotThis(undefined)).toEqual([]);
  });

  it('removes one correction and keeps the others', async () => {
    await browser.storage.local.set({ notThis: keys(3) });
    await removeNotThis(keys(2)[1]!);
    expect(await listNotThis()).toEqual([keys(1)[0], keys(3)[2]]);
  });

  it('splits a key back into the entity and the mention', () => {
    expect(splitNotThisKey(notThisKey('Q7996', 'Sergei LAVROV'))).toEqual({ entityId: 'Q7996', text: 'sergei lavrov' });
    expect(splitNotThisKey(notThisKey('bs:x', 'a|b'))).toEqual({ entityId: 'bs:x', text: 'a|b' });
  });
});
