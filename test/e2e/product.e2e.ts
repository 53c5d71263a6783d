// Settings, dataset packs and the trainer view in both browsers: packs imported through the options
// page (a good one links, a broken one shows its errors and changes nothing), a site switched off
// loses its highlights, the trainer view steps by keyboard and exports a self-contained context
// sheet, the pages work by keyboard alone, and axe-core finds no serious accessibility violation.
import { writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, serious } from './harness/axe';
import { highlightedTexts, pointAtText, popoverText, readyTabs, waitFor } from './harness/page-probes';
import { availableBrowsers, requestsOffMachine, startHarness, type Harness } from './harness/setup';
import type { Tab } from './harness/types';

type Reply<T> = { ok: boolean; value: T; error?: { code: string; message: string } };

const send = <T>(tab: Tab, method: string, params: unknown) =>
  tab.evaluate<Reply<T>>(`(globalThis.browser ?? globalThis.chrome).runtime.sendMessage(${JSON.stringify({ channel: 'backstory', method, params })})`);

const linkedIds = async (tab: Tab, text: string) => {
  const { entities, mentions } = (await send<{ entities: { id: string }[]; mentions: { entity: number }[] }>(tab, 'findMentions', { text, language: 'en' })).value;
  return mentions.map((m) => entities[m.entity]!.id);
};

/** Picks a file in the options page's file input, as a reader choosing it would. */
const importFile = (tab: Tab, fileName: string, text: string) =>
  tab.evaluate<null>(`(() => {
    const input = document.querySelector('#pack-file');
    const files = new DataTransfer();
    files.items.add(new File([${JSON.stringify(text)}], ${JSON.stringify(fileName)}));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    return null;
  })()`);

const text = (tab: Tab, selector: string) => tab.evaluate<string | null>(`document.querySelector(${JSON.stringify(selector)})?.textContent ?? null`);
const packNames = (tab: Tab) => tab.evaluate<string[]>(`[...document.querySelectorAll('.pack strong')].map((e) => e.textContent)`);

/** The next file the page saves through a blob link, captured as text instead of downloaded. */
const captureDownloads = (tab: Tab) =>
  tab.evaluate<null>(`(() => {
    window.__saved = [];
    URL.createObjectURL = (blob) => { blob.text().then((text) => window.__saved.push(text)); return 'about:blank'; };
    HTMLAnchorElement.prototype.click = function () { window.__savedName = this.download; };
    return null;
  })()`);
async function savedFile(tab: Tab): Promise<{ name: string; text: string }> {
  const file = await waitFor(() => tab.evaluate<{ name: string; text: string } | null>(`window.__saved.length ? { name: window.__savedName, text: window.__saved[0] } : null`), (f) => f !== null);
  return file!;
}

/** The article's tab, found the way the popup would: the tab whose page answers with a ready cast. */
const articleTab = async (extensionPage: Tab) => (await readyTabs(extensionPage))[0] ?? null;

async function openOptions(tab: Tab, h: Harness) {
  await tab.goto(h.browser.extensionUrl('options.html'));
  await waitFor(() => text(tab, 'h1'), (t) => t === 'Backstory settings');
  // The pack list arrives from the background a moment later.
  await waitFor(() => tab.evaluate<boolean>(`!!document.querySelector('.pack-list') || document.querySelector('.packs').textContent.includes('No packs imported.')`), (ready) => ready);
}

const CSV_PACK = 'name,type,summary,source\nJane Placeholder,person,Spokesperson of the Example Ministry (invented for a test),Test desk notes\n';
const BROKEN_PACK = JSON.stringify({
  name: 'Broken pack',
  version: '1',
  sources: [{ id: 'notes', name: 'Notes', licence: 'CC0-1.0', retrieved: '2026-01-01' }],
  entities: [{ id: 'bs:someone', type: 'person', name: 'Some One', sources: [{ source: 'notes', asOf: '2026-01-01' }], roles: [{ title: 'Envoy', start: 'last spring', source: 'notes', asOf: '2026-01-01' }] }],
});
const PACK_TEXT = 'Jane Placeholder met Sergey V. Lavrov and a reporter of The Backstory Gazette.';

describe.each(availableBrowsers())('%s', (name) => {
  let h: Harness;
  let options: Tab;
  let article: Tab;
  beforeAll(async () => {
    h = await startHarness(name);
    options = await h.browser.newTab();
    article = await h.browser.newTab();
    await article.goto(`${h.server.origin}/demo/article.html`);
  });
  afterAll(async () => h?.close());

  /**
   * Tabs through a freshly loaded page up to its last control (`last`, which is not passed: in
   * Firefox, focus that leaves the page for the browser's UI does not come back to it); describes
   * each focused element and whether a focus ring shows.
   */
  async function tabWalk(tab: Tab, last: string, maxSteps = 60) {
    const seen: { what: string; visible: boolean }[] = [];
    while (seen.length < maxSteps && !seen.at(-1)?.what.startsWith(last)) {
      await tab.press('Tab');
      seen.push(await tab.evaluate<{ what: string; visible: boolean }>(`(() => {
        const el = document.activeElement;
        if (!el || el === document.body || !document.hasFocus()) return { what: 'outside the page', visible: false };
        const style = getComputedStyle(el);
        const label = el.getAttribute('aria-label') || (el.labels && el.labels[0] && el.labels[0].textContent) || el.textContent;
        return { what: el.tagName.toLowerCase() + (el.type ? '[' + el.type + ']' : '') + ' ' + (label || '').trim().slice(0, 60), visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 };
      })()`));
    }
    return seen;
  }

  it('the options page and the popup work by keyboard alone, with visible focus', async () => {
    // A new tab is the focused one: Firefox shows focus rings only in the window's active tab.
    const page = await h.browser.newTab();
    await openOptions(page, h);
    // A file chooser is the system's, not the page's: the pack to walk past is picked by script.
    const sample = await page.evaluate<string>(`fetch('packs/sample-pack.json').then((r) => r.text())`);
    await importFile(page, 'sample-pack.json', sample);
    await waitFor(() => packNames(page), (n) => n.length === 1);
    await openOptions(page, h);
    const controls = await tabWalk(page, 'button[button] Delete Backstory sample pack');
    for (const expected of ['input[checkbox] Mark people', 'input[radio] Every page detected', 'input[text] Site to add', 'button[submit] Add', 'input[checkbox] Organisations', 'input[radio] Every mention', 'input[number] Delay before', 'a Sample pack (JSON)', 'input[file]', 'input[checkbox] Use this pack', 'button[button] Export Backstory sample pack', 'button[button] Delete Backstory sample pack']) {
      expect(controls.some((s) => s.what.startsWith(expected)), `${expected} reached by Tab in ${JSON.stringify(controls.map((c) => c.what))}`).toBe(true);
    }
    expect(controls.filter((s) => !s.visible).map((s) => s.what)).toEqual([]);

    // Operated by keyboard: the walk ended on the pack's Delete button; Enter presses it.
    await page.press('Enter');
    await waitFor(() => text(page, '.packs'), (t) => !!t && t.includes('No packs imported.'));
    expect(await text(page, '.packs [role=status]')).toBe('Deleted “Backstory sample pack”.');

    // Operated by keyboard: Space on the master switch saves at once and says so.
    await openOptions(page, h);
    await page.press('Tab');
    expect(await page.evaluate<string>(`document.activeElement.parentElement.textContent`)).toBe('Mark people and organisations in news articles');
    await page.press('Space');
    await waitFor(() => text(page, '[role=status]'), (t) => t === 'Saved');
    const stored = await page.evaluate<{ enabled?: boolean }>(`(globalThis.browser ?? globalThis.chrome).storage.sync.get('settings').then((s) => s.settings)`);
    expect(stored.enabled).toBe(false);
    await page.press('Space');
    await waitFor(() => page.evaluate<boolean | undefined>(`(globalThis.browser ?? globalThis.chrome).storage.sync.get('settings').then((s) => s.settings.enabled)`), (e) => e === true);

    const popup = await h.browser.newTab();
    await popup.goto(h.browser.extensionUrl('popup.html'));
    await waitFor(() => text(popup, 'nav.links'), (t) => !!t);
    const popupWalk = await tabWalk(popup, 'button[button] Settings');
    for (const expected of ['button[button] Open the demo article', 'button[button] Settings']) {
      expect(popupWalk.some((s) => s.what.startsWith(expected)), `${expected} in ${JSON.stringify(popupWalk)}`).toBe(true);
    }
    expect(popupWalk.filter((s) => !s.visible)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('imports a good pack and a broken one: the errors are shown and nothing is lost', async () => {
    await openOptions(options, h);
    expect(await linkedIds(options, PACK_TEXT)).not.toContain('bs:backstory-gazette');

    const sample = await options.evaluate<string>(`fetch('packs/sample-pack.json').then((r) => r.text())`);
    await importFile(options, 'sample-pack.json', sample);
    await waitFor(() => packNames(options), (n) => n.includes('Backstory sample pack'));
    expect(await text(options, '.packs [role=status]')).toBe('Imported “Backstory sample pack”: 2 entities.');
    await importFile(options, 'desk.csv', CSV_PACK);
    await waitFor(() => packNames(options), (n) => n.length === 2);
    expect(await text(options, '.pack:last-child')).toContain('1 entities: 1 new, 0 extending bundled ones; 1 sources');

    const linked = await linkedIds(options, PACK_TEXT);
    expect(linked).toEqual(expect.arrayContaining(['bs:pack-jane-placeholder', 'Q58217', 'bs:backstory-gazette']));
    const card = await send<{ summary?: { value: string; source: string; asOf: string } }>(options, 'getEntity', { id: 'bs:pack-jane-placeholder' });
    expect(card.value.summary).toMatchObject({ value: 'Spokesperson of the Example Ministry (invented for a test)', source: 'pack-test-desk-notes' });

    await importFile(options, 'broken.json', BROKEN_PACK);
    await waitFor(() => text(options, '.issues'), (t) => t !== null);
    expect(await text(options, '.issues p')).toBe('“broken.json” was not imported and nothing changed. Fix these and import it again:');
    const rows = await options.evaluate<string[][]>(`[...document.querySelectorAll('.issues tbody tr')].map((tr) => [...tr.cells].map((c) => c.textContent))`);
    expect(rows).toEqual([['entities[0].roles[0].start', 'an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)', '"last spring"']]);
    expect(await packNames(options)).toEqual(['Backstory sample pack', 'desk']);
    expect(await linkedIds(options, PACK_TEXT)).toEqual(linked);
    await options.screenshot(h.artifact('options-pack-errors.png'));

    // Off, the pack's entities stop linking; on again, they are back.
    const toggle = `document.querySelectorAll('.pack input[type=checkbox]')[1]`;
    await options.evaluate<null>(`(${toggle}.click(), null)`);
    await waitFor(() => linkedIds(options, PACK_TEXT), (ids) => !ids.includes('bs:pack-jane-placeholder'));
    await options.evaluate<null>(`(${toggle}.click(), null)`);
    await waitFor(() => linkedIds(options, PACK_TEXT), (ids) => ids.includes('bs:pack-jane-placeholder'));

    await captureDownloads(options);
    await options.evaluate<null>(`(document.querySelector('button[aria-label="Export desk"]').click(), null)`);
    const exported = await savedFile(options);
    expect(exported.name).toBe('desk.json');
    expect(JSON.parse(exported.text)).toMatchObject({ name: 'desk', entities: [{ id: 'bs:pack-jane-placeholder', name: 'Jane Placeholder' }] });

    await options.evaluate<null>(`(document.querySelector('button[aria-label="Delete desk"]').click(), null)`);
    await waitFor(() => packNames(options), (n) => n.length === 1);
    expect(await linkedIds(options, PACK_TEXT)).not.toContain('bs:pack-jane-placeholder');
  });

  it('a site turned off loses its highlights, and gets them back when turned on', async () => {
    await waitFor(() => highlightedTexts(article), (m) => m.length > 5, 20_000);
    await openOptions(options, h);
    // Typed with the keyboard into the exceptions list.
    await options.evaluate<null>(`(document.querySelector('#deny-input').focus(), null)`);
    for (const key of '127.0.0.1') await options.press(key);
    await options.press('Enter');
    await waitFor(() => options.evaluate<string[]>(`[...document.querySelectorAll('.site-list bdi')].map((e) => e.textContent)`), (s) => s.includes('127.0.0.1'));
    await waitFor(() => highlightedTexts(article), (m) => m.length === 0);
    expect(await article.evaluate<boolean>(`!!document.querySelector('backstory-ui')`)).toBe(false);

    await options.evaluate<null>(`(document.querySelector('button[aria-label="Remove 127.0.0.1"]').click(), null)`);
    await waitFor(() => highlightedTexts(article), (m) => m.length > 5, 20_000);
  });

  it('the trainer view steps through the cast by keyboard and exports a context sheet', async () => {
    const found = await articleTab(options);
    expect(found).not.toBeNull();
    const trainer = await h.browser.newTab();
    try {
      await trainer.goto(h.browser.extensionUrl(`trainer.html?tab=${found!.id}`));
      const progress = () => text(trainer, 'footer p');
      const firstName = await waitFor(() => text(trainer, '#slide-name'), (t) => !!t);
      expect(await progress()).toMatch(new RegExp(`^Actor 1 of ${found!.entries} · 0 of \\d+ facts shown$`));

      await trainer.press('ArrowRight');
      await waitFor(progress, (p) => /· 1 of \d+ facts shown$/.test(p ?? ''));
      expect(await trainer.evaluate<number>(`document.querySelectorAll('.facts li').length`)).toBe(1);
      await trainer.press('ArrowLeft');
      await waitFor(progress, (p) => /· 0 of/.test(p ?? ''));
      await trainer.press('End');
      await waitFor(progress, (p) => (p ?? '').startsWith(`Actor ${found!.entries} of`));
      await trainer.press('Home');
      await waitFor(() => text(trainer, '#slide-name'), (t) => t === firstName);
      await trainer.screenshot(h.artifact('trainer.png'));

      await captureDownloads(trainer);
      await trainer.evaluate<null>(`([...document.querySelectorAll('button')].find((b) => b.textContent === 'Export context sheet').click(), null)`);
      const sheet = await savedFile(trainer);
      await writeFile(h.artifact('context-sheet.html'), sheet.text);
      expect(sheet.name).toMatch(/^context-sheet-envoys-weigh-aid-for-afghanistan[a-z-]*\.html$/);
      const holds = await trainer.evaluate<{ h1: string; meta: string; actors: string[]; lavrov: string; sources: number; external: number; inline: number }>(`(() => {
        const doc = new DOMParser().parseFromString(${JSON.stringify(sheet.text)}, 'text/html');
        return {
          h1: doc.querySelector('h1').textContent,
          meta: doc.querySelector('.meta').textContent,
          actors: [...doc.querySelectorAll('section.actor')].map((s) => s.dataset.id),
          lavrov: doc.querySelector('section.actor[data-id="Q58217"]')?.textContent ?? '',
          sources: doc.querySelectorAll('.sources li').length,
          external: doc.querySelectorAll('script, link, img, iframe, object, embed, [src]').length,
          inline: doc.querySelectorAll('style').length,
        };
      })()`);
      expect(holds.h1).toBe(found!.headline);
      expect(holds.meta).toContain('Published 12 Nov 2021');
      expect(holds.actors).toHaveLength(found!.entries);
      expect(holds.lavrov).toContain('At the time of the article (12 Nov 2021)');
      expect(holds.lavrov).toMatch(/Minister of Foreign Affairs/);
      expect(holds.lavrov).toMatch(/, as of \d/);
      expect(holds.sources).toBeGreaterThan(0);
      expect(holds.external).toBe(0);
      expect(holds.inline).toBe(1);
      expect(sheet.text).not.toMatch(/<script|@import|url\(/i);
    } finally {
      await trainer.close();
    }
  });

  it('axe-core finds no serious violation in the options page, popup, trainer view and popover', async () => {
    await openOptions(options, h);
    await importFile(options, 'broken.json', BROKEN_PACK); // the errors table is part of the page to check
    await waitFor(() => text(options, '.issues'), (t) => t !== null);
    const results: Record<string, Awaited<ReturnType<typeof axeViolations>>> = {};
    results.options = await axeViolations(options);

    const popup = await h.browser.newTab();
    await popup.goto(h.browser.extensionUrl('popup.html'));
    await waitFor(() => text(popup, 'nav.links'), (t) => !!t);
    results.popup = await axeViolations(popup);
    await popup.close();

    const tabId = (await articleTab(options))?.id;
    const trainer = await h.browser.newTab();
    await trainer.goto(h.browser.extensionUrl(`trainer.html?tab=${tabId}`));
    await waitFor(() => text(trainer, '#slide-name'), (t) => !!t);
    await trainer.press('ArrowRight');
    await trainer.press('ArrowRight');
    results.trainer = await axeViolations(trainer);
    await trainer.close();

    const at = await pointAtText(article, 'Sergei Lavrov');
    expect(at).not.toBeNull();
    await article.click(at!.x, at!.y);
    await waitFor(() => popoverText(article), (t) => !!t && t.includes('Lavrov') && !t.includes('Looking up'));
    results.popover = await axeViolations(article, { include: [{ fromShadowDom: ['backstory-ui', '.popover'] }] });

    await writeFile(h.artifact('axe.json'), JSON.stringify(results, null, 2));
    for (const [page, violations] of Object.entries(results)) expect(serious(violations), page).toEqual([]);
  });

  it('no request left the machine', () => {
    expect(requestsOffMachine(h)).toEqual([]);
  });
});
