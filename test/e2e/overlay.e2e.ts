// The overlay on real pages in both browsers: the seed article in its three layouts is marked as
// ../shared/fixtures expects, the section front is left alone, popovers open by pointer and by
// keyboard, and the page's own DOM is exactly what the site sent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightedTexts, pointAtText, popoverText, readyTabs, sendToTab, waitFor, type Marked } from './harness/page-probes';
import { availableBrowsers, ourConsoleErrors, requestsOffMachine, hasSharedFixtures, SHARED_FIXTURES, startHarness, type Harness } from './harness/setup';
import type { Tab } from './harness/types';

type Expected = { surface: string; count: number; type: string };
const expected = hasSharedFixtures ? JSON.parse(readFileSync(join(SHARED_FIXTURES, 'seed-article.expected.json'), 'utf8')) : undefined;
const must: Expected[] = expected ? [...expected.mentions.must, ...expected.mentions.countries] : [];
const mustNot: string[] = expected?.mentions.mustNot ?? [];
if (!hasSharedFixtures) console.warn('e2e: ../shared/fixtures is absent; the seed-article cases are skipped');

/** A mention's text as marked, without a possessive ending the matcher may include. */
const surfaceOf = (text: string) => text.replace(/['’]s$/, '');
const CATEGORY: Record<string, string> = { person: 'person', organization: 'organization', country: 'country' };

/**
 * The dynamic layout renders no photo, so its caption's mentions are not on that page. They are
 * counted from the semantic layout's <figcaption>, not written down here.
 */
const captionText = hasSharedFixtures ? (/<figcaption>([\s\S]*?)<\/figcaption>/.exec(readFileSync(join(SHARED_FIXTURES, 'seed-article.html'), 'utf8'))?.[1] ?? '') : '';
const occurrences = (text: string, surface: string) => text.split(new RegExp(`\\b${surface}\\b`)).length - 1;
const WITHOUT_CAPTION = new Set(['seed-article-dynamic.html']);

function checkAgainstExpected(marked: Marked[], file: string) {
  for (const e of must) {
    const hits = marked.filter((m) => surfaceOf(m.text) === e.surface);
    const count = WITHOUT_CAPTION.has(file) ? e.count - occurrences(captionText, e.surface) : e.count;
    expect(hits.length, `"${e.surface}" marks`).toBe(count);
    for (const h of hits) expect(h.category, `"${e.surface}" category`).toBe(CATEGORY[e.type]);
  }
  for (const text of mustNot) expect(marked.filter((m) => m.text.includes(text)), `"${text}" must not be marked`).toEqual([]);
}

/**
 * The marks have settled when the expected count is reached, or when nothing changed for a while
 * (then the comparison below says what is missing). The dynamic page adds its text in two batches.
 */
async function settled(tab: Tab, expected: number): Promise<Marked[]> {
  const QUIET_MS = 2000;
  const end = Date.now() + 20_000;
  let last = await highlightedTexts(tab);
  let changedAt = Date.now();
  while (last.length < expected && Date.now() < end && (last.length === 0 || Date.now() - changedAt < QUIET_MS)) {
    await new Promise((r) => setTimeout(r, 200));
    const next = await highlightedTexts(tab);
    if (next.length !== last.length) changedAt = Date.now();
    last = next;
  }
  return last;
}
const expectedTotal = (file: string) => must.reduce((n, e) => n + e.count - (WITHOUT_CAPTION.has(file) ? occurrences(captionText, e.surface) : 0), 0);

describe.each(availableBrowsers())('%s', (name) => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(name); });
  afterAll(async () => h?.close());

  describe.skipIf(!hasSharedFixtures).each(['seed-article.html', 'seed-article-divsoup.html', 'seed-article-dynamic.html'])('%s', (file) => {
    it('marks every expected mention and nothing it must not', async () => {
      const tab = await h.browser.newTab();
      await tab.goto(`${h.server.origin}/shared/${file}`);
      const marked = await settled(tab, expectedTotal(file));
      await new Promise((r) => setTimeout(r, 500)); // let a late batch or rescan land
      checkAgainstExpected(await highlightedTexts(tab), file);
      expect(marked.length).toBeGreaterThan(0);
      await tab.screenshot(h.artifact(`${file}.png`));
      await tab.close();
    });
  });

  it.skipIf(!hasSharedFixtures)('leaves the section front unmarked', async () => {
    const tab = await h.browser.newTab();
    await tab.goto(`${h.server.origin}/shared/section-front.html`);
    await new Promise((r) => setTimeout(r, 2500));
    expect(await highlightedTexts(tab)).toEqual([]);
    expect(await tab.evaluate<boolean>(`!!document.querySelector('backstory-ui')`)).toBe(false);
    await tab.close();
  });

  describe.skipIf(!hasSharedFixtures)('on the seed article', () => {
    let tab: Tab;
    beforeAll(async () => {
      tab = await h.browser.newTab();
      await tab.goto(`${h.server.origin}/shared/seed-article.html`);
      await settled(tab, expectedTotal('seed-article.html'));
    });

    it('opens a popover on hover over "Lavrov" saying he was Russia\'s foreign minister, with source and date', async () => {
      const point = await pointAtText(tab, 'Lavrov', 1); // the surname alone, after the full name
      expect(point).not.toBeNull();
      await tab.mouseMove(point!.x, point!.y);
      const text = await waitFor(() => popoverText(tab), (t) => !!t && !t.includes('Looking up'));
      expect(text).toMatch(/Foreign/);
      expect(text).toMatch(/Russia/);
      expect(text).toMatch(/At the time of the article \(20 Oct 2021\)/);
      expect(text).toMatch(/as of \d{1,2} \w+ \d{4}/);
      await tab.screenshot(h.artifact('seed-popover-lavrov.png'));
      await tab.mouseMove(5, 5);
      await waitFor(() => popoverText(tab), (t) => t === null);
    });

    it('reaches every name by keyboard through the cast list, and Escape returns focus', async () => {
      await tab.evaluate(`document.activeElement && document.activeElement.blur(), window.scrollTo(0, 0)`);
      const focusToggle = `(() => { const b = document.querySelector('backstory-ui').shadowRoot.querySelector('.cast-toggle'); b.focus(); return document.activeElement.tagName; })()`;
      expect(await tab.evaluate<string>(focusToggle)).toBe('BACKSTORY-UI');
      await tab.press('Enter');
      const focused = `(() => { const a = document.querySelector('backstory-ui').shadowRoot.activeElement; return a && a.classList.contains('cast-item') ? a.textContent : null; })()`;
      // Firefox stops first on the scrollable panel itself; Chromium goes straight to the first name.
      for (let i = 0; i < 3 && !(await tab.evaluate<string | null>(focused)); i++) await tab.press('Tab');
      expect(await tab.evaluate<string>(focused)).toMatch(/×/);
      await tab.press('Enter');
      const text = await waitFor(() => popoverText(tab), (t) => !!t && !t.includes('Looking up'));
      expect(text).toContain('At the time of the article');
      expect(await tab.evaluate<string>(`document.querySelector('backstory-ui').shadowRoot.activeElement?.className ?? ''`)).toBe('popover');
      await tab.press('Escape');
      await waitFor(() => popoverText(tab), (t) => t === null);
      expect(await tab.evaluate<string>(focused)).toMatch(/×/);
    });

    it('goes to the next mention and opens its popover when the keyboard command arrives', async () => {
      // The background relays the next-mention shortcut as this message to the active tab; an
      // extension page sends the same message, since tests cannot press browser-level shortcuts.
      const page = await h.browser.newTab();
      await page.goto(h.browser.extensionUrl('options.html'));
      const [article] = await readyTabs(page);
      const answer = await sendToTab<{ ok: boolean; value: { shown: boolean } }>(page, article!.id, 'stepMention', { direction: 'next' });
      const shown = answer.ok && answer.value.shown;
      await page.close();
      expect(shown).toBe(true);
      const text = await waitFor(() => popoverText(tab), (t) => !!t && !t.includes('Looking up'));
      expect(text).toContain('At the time of the article');
      await tab.press('Escape');
      await waitFor(() => popoverText(tab), (t) => t === null);
    });

    it('shows on the toolbar badge how many are named', async () => {
      const page = await h.browser.newTab();
      await page.goto(h.browser.extensionUrl('options.html'));
      const badges = await readyTabs(page);
      await page.close();
      expect(badges.length).toBeGreaterThan(0);
      for (const b of badges) expect(b.badge).toBe(String(b.entries));
    });

    it('keeps the article DOM exactly as the site sent it, and selection and find working', async () => {
      const same = await tab.evaluate<boolean>(`(async () => {
        const sent = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
        return sent.querySelector('article').outerHTML === document.querySelector('article').outerHTML;
      })()`);
      expect(same).toBe(true);
      const selected = await tab.evaluate<string>(`(() => {
        const p = [...document.querySelectorAll('article p')].find((e) => e.textContent.includes('Lavrov'));
        const range = document.createRange(); range.selectNodeContents(p);
        const sel = getSelection(); sel.removeAllRanges(); sel.addRange(range);
        const text = sel.toString(); sel.removeAllRanges(); return text;
      })()`);
      expect(selected).toContain('Lavrov');
      expect(await tab.evaluate<boolean>(`window.find('Kabulov')`)).toBe(true);
    });
  });

  it('marks the demo article', async () => {
    const tab = await h.browser.newTab();
    await tab.goto(`${h.server.origin}/demo/article.html`);
    const marked = await waitFor(() => highlightedTexts(tab), (m) => m.length > 5, 20_000);
    const texts = marked.map((m) => m.text);
    for (const name of ['Sergei Lavrov', 'Taliban', 'European Union', 'Afghanistan']) expect(texts).toContain(name);
    await tab.screenshot(h.artifact('demo-article-marked.png'));
    await tab.close();
  });

  it('no request left the machine, and our scripts logged no error', () => {
    expect(requestsOffMachine(h)).toEqual([]);
    expect(ourConsoleErrors(h)).toEqual([]);
  });
});
