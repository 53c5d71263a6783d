// The extension's parts run and talk in both browsers: the content script on a local page, the
// popup and options pages, the background's typed messages — and nothing leaves the machine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightedTexts, waitFor } from './harness/page-probes';
import { availableBrowsers, requestsOffMachine, startHarness, type Harness } from './harness/setup';
import type { Tab } from './harness/types';

const send = (tab: Tab, message: unknown) =>
  tab.evaluate<{ ok: boolean; value?: { version?: string }; error?: { code: string } }>(
    `(globalThis.browser ?? globalThis.chrome).runtime.sendMessage(${JSON.stringify(message)})`,
  );

describe.each(availableBrowsers())('%s', (name) => {
  let h: Harness;
  let page: Tab;
  beforeAll(async () => {
    h = await startHarness(name);
    page = await h.browser.newTab();
  });
  afterAll(async () => h?.close());

  it('the options page opens and shows its settings', async () => {
    await page.goto(h.browser.extensionUrl('options.html'));
    const heading = await waitFor(() => page.evaluate<string | null>(`document.querySelector('h1')?.textContent ?? null`), (t) => !!t);
    expect(heading).toBe('Backstory settings');
    expect(await page.evaluate<number>(`document.querySelectorAll('input[type=checkbox]').length`)).toBeGreaterThan(0);
  });

  it('the background answers a typed message and refuses invalid ones', async () => {
    const pong = await send(page, { channel: 'backstory', method: 'ping', params: {} });
    expect(pong.ok).toBe(true);
    expect(pong.value?.version).toMatch(/^\d+\.\d+\.\d+$/);
    const unknownMethod = await send(page, { channel: 'backstory', method: 'deleteEverything', params: {} });
    expect(unknownMethod).toMatchObject({ ok: false, error: { code: 'bad-envelope' } });
    const badParams = await send(page, { channel: 'backstory', method: 'getEntity', params: { id: '<script>' } });
    expect(badParams).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('the popup page opens', async () => {
    await page.goto(h.browser.extensionUrl('popup.html'));
    const heading = await waitFor(() => page.evaluate<string | null>(`document.querySelector('h1')?.textContent ?? null`), (t) => !!t);
    expect(heading).toBe('Backstory');
  });

  it('the content script runs on a local page and marks the demo article', async () => {
    const tab = await h.browser.newTab();
    await tab.goto(`${h.server.origin}/demo/article.html`);
    const marked = await waitFor(() => highlightedTexts(tab), (m) => m.length > 0, 20_000);
    expect(marked.map((m) => m.text)).toContain('Sergei Lavrov');
    await tab.screenshot(h.artifact('demo-article.png'));
    await tab.close();
  });

  it('no request left the machine', () => {
    expect(requestsOffMachine(h)).toEqual([]);
  });
});
