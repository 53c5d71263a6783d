// Pages that make the content script's life hard. Text a stylesheet hides is not marked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './harness/page-probes';
import { availableBrowsers, ourConsoleErrors, startHarness, type Harness } from './harness/setup';
import type { Tab } from './harness/types';

type Placed = { text: string; hiddenCase: string | null };

/** Every marked range with the data-case of the hidden block it sits in (null: in plain view). */
function placedHighlights(tab: Tab): Promise<Placed[]> {
  return tab.evaluate<Placed[]>(`(() => {
    const out = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('backstory-') || name === 'backstory-focus') continue;
      for (const range of highlight) {
        const holder = range.startContainer.parentElement.closest('[data-case]');
        out.push({ text: range.toString(), hiddenCase: holder && holder.getAttribute('data-case') });
      }
    }
    return out;
  })()`);
}

describe.each(availableBrowsers())('%s', (name) => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(name); });
  afterAll(async () => h?.close());

  it('marks a name in plain view but none in text a stylesheet hides, and marks it once shown', async () => {
    const tab = await h.browser.newTab();
    await tab.goto(`${h.server.origin}/pages/hostile-hidden.html`);
    const marked = await waitFor(() => placedHighlights(tab), (m) => m.some((x) => x.text === 'Sergei Lavrov'), 20_000);
    expect(marked.filter((m) => m.hiddenCase !== null && m.hiddenCase !== 'visibility-hidden-parent')).toEqual([]);
    // The child drawn again inside an invisible block is marked; its invisible sibling is not.
    expect(marked).toContainEqual({ text: 'European Union', hiddenCase: 'visibility-hidden-parent' });
    expect(marked.map((m) => m.text)).not.toContain('Vladimir Putin');
    await tab.evaluate('window.readMore()');
    const shown = await waitFor(() => placedHighlights(tab), (m) => m.some((x) => x.text === 'Vladimir Putin'), 20_000);
    expect(shown.filter((m) => m.text === 'Vladimir Putin')).toEqual([{ text: 'Vladimir Putin', hiddenCase: 'read-more' }]);
    await tab.close();
  });

  it('our scripts logged no error', () => {
    expect(ourConsoleErrors(h)).toEqual([]);
  });
});
