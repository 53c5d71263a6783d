// @vitest-environment jsdom
// The toolbar popup against the fake extension APIs: it shows the active tab's cast with
// summaries, goes to a name, switches the site off, and forces a page detection missed.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../../src/popup/PopupApp';
import { BACKGROUND, CONTENT, backgroundMethods, contentMethods, type CastView } from '../../../src/shared/messages';
import { createServer } from '../../../src/shared/rpc';
import { loadSettings, saveSettings } from '../../../src/shared/settings-store';
import { fakeBrowser } from '../fake-browser';

const lavrov = { id: 'Q7996', name: 'Sergei Lavrov', type: 'person' as const };
const taliban = { id: 'Q42418', name: 'Taliban', type: 'organization' as const };
const ready: CastView = {
  state: 'ready',
  site: 'news.example',
  headline: 'Kremlin urges Taliban to improve rights',
  published: '2021-10-20',
  entries: [{ entity: lavrov, count: 3, firstStart: 10 }, { entity: taliban, count: 15, firstStart: 2 }],
  unknown: [{ text: 'Ahmad Example', kind: 'person', count: 1 }],
};

let root: HTMLElement;
let page: CastView;
const asked: string[] = [];
const real = { ...fakeBrowser.runtime, tabs: { ...fakeBrowser.tabs } };

beforeEach(() => {
  page = ready;
  asked.length = 0;
  const content = createServer(CONTENT, contentMethods, {
    getCast: async () => page,
    showEntity: async ({ id }) => (asked.push(`show ${id}`), { shown: true }),
    stepMention: async () => ({ shown: false }),
    treatAsArticle: async () => (asked.push('force'), (page = ready)),
  });
  const background = createServer(BACKGROUND, backgroundMethods, {
    ping: async () => ({ version: '0' }),
    getDatasetInfo: async () => ({ entities: 15036, sources: [] }),
    findMentions: async () => ({ entities: [], mentions: [], unknown: [] }),
    setBadge: async () => ({}),
    getEntity: async ({ id }: { id: string }) => ({ id, name: id, type: 'person', facts: [], since: [], sources: [], summary: { label: 'Summary', value: `summary of ${id}`, source: 's', asOf: '2022' } }),
  } as never);
  fakeBrowser.tabs.query = async () => [{ id: 7 }] as never;
  fakeBrowser.tabs.sendMessage = ((_tab: number, message: unknown) => content(message, undefined)) as never;
  fakeBrowser.runtime.sendMessage = (message: unknown) => background(message, {});
  vi.stubGlobal('close', () => undefined);
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  Object.assign(fakeBrowser.runtime, real);
  Object.assign(fakeBrowser.tabs, real.tabs);
  vi.unstubAllGlobals();
});

const siteSwitch = () => root.querySelector<HTMLInputElement>('input[type=checkbox]')!;
/** Sets the site switch as a reader clicking it would, after checking where it stood. */
function flipSwitch(from: boolean): void {
  const box = siteSwitch();
  expect(box.checked).toBe(from);
  box.checked = !from;
  box.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Waits until the popup shows `text` (its answers arrive over several async messages). */
const shows = (text: string) => vi.waitFor(() => expect(root.textContent).toContain(text));

describe('popup', () => {
  it('lists the cast by type with counts, summaries and names not in the dataset', async () => {
    render(<PopupApp />, root);
    await shows('summary of Q42418');
    const text = root.textContent!;
    expect(text).toContain('Kremlin urges Taliban to improve rights');
    expect(text).toMatch(/People.*Sergei Lavrov.*3×.*summary of Q7996.*Organisations.*Taliban.*15×/);
    expect(text).toMatch(/Not in the dataset.*Ahmad Example/);
    expect(text).toContain('15,036');
  });

  it('goes to a name in the page', async () => {
    render(<PopupApp />, root);
    await shows('Taliban');
    [...root.querySelectorAll<HTMLButtonElement>('.cast-item')].find((b) => b.textContent?.includes('Taliban'))!.click();
    await vi.waitFor(() => expect(asked).toEqual(['show Q42418']));
  });

  it('switches the site off and on', async () => {
    render(<PopupApp />, root);
    await shows('On for news.example');
    flipSwitch(true);
    await vi.waitFor(async () => expect((await loadSettings()).denySites).toContain('news.example'));
  });

  it('offers to switch a site back on from a page where it is off', async () => {
    await saveSettings({ denySites: ['news.example'] });
    page = { state: 'inactive', site: 'news.example', entries: [], unknown: [] };
    render(<PopupApp />, root);
    await shows('Backstory is switched off for this site.');
    flipSwitch(false);
    await vi.waitFor(async () => expect((await loadSettings()).denySites).toEqual([]));
    await shows('Switched on.');
  });

  it('shows the site off where only listed sites run, and switching it on lists the site', async () => {
    await saveSettings({ scope: 'listed-sites', allowSites: ['other.example'], denySites: [] });
    render(<PopupApp />, root);
    await shows('On for news.example');
    expect(siteSwitch().disabled).toBe(false);
    flipSwitch(false);
    await vi.waitFor(async () => expect((await loadSettings()).allowSites).toEqual(['other.example', 'news.example']));
  });

  it('shows the site off, and says why, where a parent domain is switched off', async () => {
    await saveSettings({ scope: 'all-articles', allowSites: [], denySites: ['example'] });
    render(<PopupApp />, root);
    await shows('Off for every site under example.');
    const box = siteSwitch();
    expect(box.checked).toBe(false);
    expect(box.disabled).toBe(true);
    expect(root.querySelector(`#${box.getAttribute('aria-describedby')}`)?.textContent).toContain('example');
  });

  it('refuses a card whose source address is not a web address, and links nothing', async () => {
    const hostile = { id: 'x', name: 'Hostile source', licence: 'CC0', retrieved: '2022', url: 'javascript:alert(1)' };
    // The background answers without its own contract check, as a compromised or buggy one would.
    fakeBrowser.runtime.sendMessage = async (message: unknown) => {
      const { method, params } = message as { method: string; params: { id: string } };
      if (method === 'getEntity') return { ok: true, value: { id: params.id, name: params.id, type: 'person', facts: [], since: [], sources: [hostile], summary: { label: 'Summary', value: `summary of ${params.id}`, source: 'x', asOf: '2022' } } };
      if (method === 'getDatasetInfo') return { ok: true, value: { entities: 1, sources: [hostile] } };
      return { ok: true, value: {} };
    };
    render(<PopupApp />, root);
    await shows('Taliban');
    await new Promise((r) => setTimeout(r, 50));
    expect(root.textContent).not.toContain('summary of');
    expect([...root.querySelectorAll('[href]')].map((a) => a.getAttribute('href'))).toEqual([]);
  });

  it('offers to treat a missed page as an article', async () => {
    page = { state: 'not-article', entries: [], unknown: [] };
    render(<PopupApp />, root);
    await shows('Treat this page as an article');
    const force = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Treat this page as an article')!;
    force.click();
    await shows('Sergei Lavrov');
    expect(asked).toEqual(['force']);
  });
});
