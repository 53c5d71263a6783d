// The overlay on pages the project wrote for the cases the seed fixtures do not cover: a dark
// site, a right-to-left Arabic site, and a single-page app that swaps its article in place.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightedTexts, pointAtText, popoverText, waitFor } from './harness/page-probes';
import { availableBrowsers, ourConsoleErrors, requestsOffMachine, startHarness, type Harness } from './harness/setup';

const themeClass = `document.querySelector('backstory-ui').shadowRoot.querySelector('.theme').className`;

describe.each(availableBrowsers())('%s', (name) => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(name); });
  afterAll(async () => h?.close());

  it('follows a dark page with a dark popover', async () => {
    const tab = await h.browser.newTab();
    await tab.goto(`${h.server.origin}/pages/dark-article.html`);
    await waitFor(() => highlightedTexts(tab), (m) => m.some((x) => x.text === 'Sergei Lavrov'), 20_000);
    expect(await tab.evaluate<string>(themeClass)).toContain('dark');
    const point = await pointAtText(tab, 'Lavrov', 1);
    await tab.mouseMove(point!.x, point!.y);
    await waitFor(() => popoverText(tab), (t) => !!t && !t.includes('Looking up'));
    await tab.screenshot(h.artifact('dark-popover.png'));
    await tab.close();
  });

  it('marks names on a right-to-left page and puts its own controls on the left', async () => {
    const tab = await h.browser.newTab();
    await tab.goto(`${h.server.origin}/pages/rtl-article.html`);
    const marked = await waitFor(() => highlightedTexts(tab), (m) => m.some((x) => x.text === 'أفغانستان'), 20_000);
    expect(marked.filter((m) => m.text === 'أفغانستان').every((m) => m.category === 'country')).toBe(true);
    expect(await tab.evaluate<string>(themeClass)).toContain('rtl');
    const left = await tab.evaluate<number>(`document.querySelector('backstory-ui').shadowRoot.querySelector('.cast-toggle').getBoundingClientRect().left`);
    expect(left).toBeLessThan(await tab.evaluate<number>('innerWidth / 2'));
    await tab.screenshot(h.artifact('rtl-article.png'));
    await tab.close();
  });

  it('re-reads the article after a single-page navigation', async () => {
    const tab = await h.browser.newTab();
    await tab.goto(`${h.server.origin}/pages/spa-article.html`);
    await waitFor(() => highlightedTexts(tab), (m) => m.some((x) => x.text === 'Sergei Lavrov'), 20_000);
    await tab.evaluate('window.nextStory()');
    const after = await waitFor(() => highlightedTexts(tab), (m) => m.some((x) => x.text === 'Vladimir Putin'), 20_000);
    expect(after.map((m) => m.text)).not.toContain('Sergei Lavrov');
    await tab.close();
  });

  it('no request left the machine, and our scripts logged no error', () => {
    expect(requestsOffMachine(h)).toEqual([]);
    expect(ourConsoleErrors(h)).toEqual([]);
  });
});
