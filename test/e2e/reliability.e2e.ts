// Reliability fixes of issue 13 in both browsers: "Treat this page as an article" marks a page
// detection turned away, asked the way the popup asks (the page contract, from an extension page).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightedTexts, sendToTab, waitFor } from './harness/page-probes';
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

  it('treats a page detection turned away as an article when the reader asks', async () => {
    const url = `${h.server.origin}/pages/rejected-notes.html`;
    const page = await h.browser.newTab();
    await page.goto(url);
    const id = await newestTabId(popup);
    // Turned away: the guard left no session (or detection said no), and nothing is marked.
    const before = await sendToTab<Reply<Cast>>(popup, id, 'getCast', {}).catch(() => null);
    expect(before?.value?.state ?? 'no answer').not.toBe('ready');
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

  it('no request left the machine, and our scripts logged no error', () => {
    expect(requestsOffMachine(h)).toEqual([]);
    expect(ourConsoleErrors(h)).toEqual([]);
  });
});
