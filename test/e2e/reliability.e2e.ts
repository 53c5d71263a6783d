// Reliability fixes of issue 13 in both browsers: "Treat this page as an article" marks a page
// detection turned away, asked the way the popup asks (the page contract, from an extension page);
// a "not this person" correction can be undone from the popover, by keyboard; a page where the
// site is off still names its site, so the popup can offer to switch it on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightedTexts, pointAtText, popoverText, sendToTab, waitFor } from './harness/page-probes';
import { availableBrowsers, ourConsoleErrors, requestsOffMachine, startHarness, type Harness } from './harness/setup';
import type { Tab } from './harness/types';

type Reply<T> = { ok: boolean; value: T };
type Cast = { state: string; entries: { entity: { name: string } }[] };

/**
 * The id of the tab opened last, asked from an extension page. Without the `tabs` permission
 * Chromium does not tell an extension a tab's address; ids only grow, so the newest is the highest.
 */
const newestTabId = (extensionPage: Tab) =>
  extensionPage.evaluate<number>(`(async () => Math.max(...(await (globalThis.browser ?? globalThis.chrome).tabs.query({})).map((t) => t.id)))()`);

describe.each(availableBrowsers())('%s', (name) => {
  let h: Harness;
  let popup: Tab;
  beforeAll(async () => {
    h = await startHarness(name);
    popup = await h.browser.newTab();
    await popup.goto(h.browser.extensionUrl('popup.html'));
  });
  afterAll(async () => h?.close());

  // Turned away by the guard (no session yet: the guard's own listener takes the message) and by
  // the decision (a running session is asked again).
  it.each([
    ['the guard', 'rejected-notes.html', 'no answer'],
    ['the decision', 'rejected-digest.html', 'not-article'],
  ])('treats a page %s turned away as an article when the reader asks', async (_by, file, verdict) => {
    const page = await h.browser.newTab();
    await page.goto(`${h.server.origin}/pages/${file}`);
    const id = await newestTabId(popup);
    const state = async () => (await sendToTab<Reply<Cast>>(popup, id, 'getCast', {}).catch(() => null))?.value?.state ?? 'no answer';
    // The content script loads in stages after the page: its verdict is awaited, not raced.
    await waitFor(state, (s) => s === verdict);
    expect(await highlightedTexts(page)).toEqual([]);

    const forced = await sendToTab<Reply<Cast>>(popup, id, 'treatAsArticle', {});
    expect(forced.ok).toBe(true);
    const marked = await waitFor(() => highlightedTexts(page), (m) => m.some((x) => x.text === 'Sergei Lavrov'), 20_000);
    expect(marked.filter((m) => m.text.includes('Lavrov')).map((m) => m.category)).toEqual(['person', 'person']);
    expect(marked.map((m) => m.text)).toContain('Afghanistan');
    const cast = await waitFor(() => sendToTab<Reply<Cast>>(popup, id, 'getCast', {}), (r) => r.value.state === 'ready');
    expect(cast.value.entries.map((e) => e.entity.name)).toEqual(expect.arrayContaining([expect.stringMatching(/Lavrov/), 'Afghanistan']));
    await page.close();
  });

  it('undoes a "not this person" correction from the popover, by keyboard', async () => {
    const tab = await h.browser.newTab();
    await tab.goto(`${h.server.origin}/demo/article.html`);
    const texts = async () => (await highlightedTexts(tab)).map((m) => m.text);
    await waitFor(texts, (t) => t.includes('Lavrov') && t.includes('Sergei Lavrov'), 20_000);
    // The second "Lavrov" on the page is the bare surname, a mention of its own.
    const point = await pointAtText(tab, 'Lavrov', 1);
    await tab.click(point!.x, point!.y);
    await waitFor(() => popoverText(tab), (t) => !!t && !t.includes('Looking up'));
    const shadow = `document.querySelector('backstory-ui').shadowRoot`;
    await tab.evaluate(`${shadow}.querySelector('button.not-this').click()`);

    const state = () => tab.evaluate<{ notice: string; focused: string }>(`({ notice: ${shadow}.querySelector('.notice')?.textContent ?? '', focused: ${shadow}.activeElement?.className ?? '' })`);
    const made = await waitFor(state, (s) => s.focused === 'undo');
    expect(made.notice).toMatch(/^“Lavrov” is no longer marked as .*Lavrov/);
    expect(await tab.evaluate<string | null>(`${shadow}.querySelector('.notice').getAttribute('role')`)).toBe('status');
    const unlinked = await waitFor(texts, (t) => !t.includes('Lavrov'));
    expect(unlinked).toContain('Sergei Lavrov');

    await tab.press('Enter');
    await waitFor(texts, (t) => t.includes('Lavrov'));
    const undone = await state();
    expect(undone.notice).toMatch(/^“Lavrov” is marked as .*Lavrov again\.$/);
    expect(undone.focused).toBe('popover');
    await tab.close();
  });

  it('names its site to the popup where Backstory is off, so it can be switched on there', async () => {
    const tab = await h.browser.newTab();
    await tab.goto(`${h.server.origin}/demo/article.html`);
    await waitFor(() => highlightedTexts(tab), (m) => m.length > 0, 20_000);
    const id = await newestTabId(popup);
    const setSettings = (settings: object) => popup.evaluate<null>(`(globalThis.browser ?? globalThis.chrome).storage.sync.set({ settings: ${JSON.stringify(settings)} }).then(() => null)`);
    try {
      await setSettings({ version: 2, scope: 'listed-sites', allowSites: ['example.org'] });
      await waitFor(() => highlightedTexts(tab), (m) => m.length === 0);
      const cast = await sendToTab<Reply<Cast & { site?: string }>>(popup, id, 'getCast', {});
      expect(cast.value).toMatchObject({ state: 'inactive', site: '127.0.0.1' });
    } finally {
      await setSettings({ version: 2 });
    }
    await waitFor(() => highlightedTexts(tab), (m) => m.length > 0, 20_000);
    await tab.close();
  });

  it('no request left the machine, and our scripts logged no error', () => {
    expect(requestsOffMachine(h)).toEqual([]);
    expect(ourConsoleErrors(h)).toEqual([]);
  });
});
