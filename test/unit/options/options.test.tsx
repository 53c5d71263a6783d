// @vitest-environment jsdom
// The options page against the fake extension APIs: settings saved on change, site lists, and packs
// imported through the real background handlers (messages routed in memory).
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../src/background/handlers';
import { compileMatcher } from '../../../src/core/match/compile';
import { loadMatcher } from '../../../src/core/match/load';
import { OptionsApp } from '../../../src/options/OptionsApp';
import { BACKGROUND, backgroundMethods } from '../../../src/shared/messages';
import { listNotThis, notThisKey } from '../../../src/shared/not-this';
import { createServer } from '../../../src/shared/rpc';
import { fakeBrowser } from '../fake-browser';
import { BASE, GOOD_PACK } from '../core/packs/fixtures';

let root: HTMLElement;
const realSend = fakeBrowser.runtime.sendMessage;

beforeEach(() => {
  const handlers = createHandlers(async () => ({ index: BASE, matcher: loadMatcher(compileMatcher([...BASE.entities])) }), '0.0.0', async () => undefined);
  const serve = createServer(BACKGROUND, backgroundMethods, handlers);
  fakeBrowser.runtime.sendMessage = (message: unknown) => serve(message, {});
  root = document.createElement('div');
  document.body.append(root);
  render(<OptionsApp />, root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  fakeBrowser.runtime.sendMessage = realSend;
});

const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector);
const byLabel = (text: string) => [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === text)?.querySelector('input') ?? (root.querySelector(`#${[...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === text)?.htmlFor}`) as HTMLInputElement);
const stored = async () => (await fakeBrowser.storage.sync.get('settings')).settings as Record<string, unknown> | undefined;
/** Preact renders state changes on a later task. */
const rendered = () => new Promise((resolve) => setTimeout(resolve, 0));
const change = async (input: HTMLInputElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event(input.type === 'text' ? 'input' : 'change', { bubbles: true }));
  await rendered();
};
const pick = (file: File) => {
  const input = $<HTMLInputElement>('#pack-file')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
};

describe('options page', () => {
  it('saves each change at once and says so', async () => {
    await vi.waitFor(() => expect($('h1')?.textContent).toBe('Backstory settings'));
    byLabel('Mark people and organisations in news articles').click();
    await vi.waitFor(async () => expect((await stored())?.enabled).toBe(false));
    expect($('[role=status]')?.textContent).toBe('Saved');
    byLabel('Only the first mention of each name').click();
    byLabel('Tinted background').click();
    byLabel('Organisations').click();
    await vi.waitFor(async () => expect(await stored()).toMatchObject({ mentions: 'first', highlightStyle: 'tint', categories: { person: true, organization: false, country: true } }));
  });

  it('checks the hover delay and turns it off for click-only', async () => {
    await vi.waitFor(() => expect($('#hover-delay')).not.toBeNull());
    const delay = $<HTMLInputElement>('#hover-delay')!;
    await change(delay, '5000');
    expect($('#hover-delay-error')?.textContent).toBe('Enter a whole number from 0 to 3000.');
    expect(delay.getAttribute('aria-invalid')).toBe('true');
    await change(delay, '600');
    await vi.waitFor(async () => expect((await stored())?.hoverDelayMs).toBe(600));
    expect($('#hover-delay-error')).toBeNull();
    byLabel('Only when a name is clicked or tapped').click();
    await vi.waitFor(() => expect($<HTMLInputElement>('#hover-delay')!.disabled).toBe(true));
  });

  it('adds typed sites as site keys, refuses what is not a site, and removes them', async () => {
    await vi.waitFor(() => expect($('#deny-input')).not.toBeNull());
    await change($<HTMLInputElement>('#deny-input')!, 'https://www.Example.org/news');
    $<HTMLFormElement>('#deny-input')!.form!.requestSubmit();
    await vi.waitFor(async () => expect((await stored())?.denySites).toEqual(['example.org']));
    await change($<HTMLInputElement>('#deny-input')!, 'not a site');
    $<HTMLFormElement>('#deny-input')!.form!.requestSubmit();
    await vi.waitFor(() => expect($('#deny-error')?.textContent).toContain('“not a site” is not a site'));
    $<HTMLButtonElement>('button[aria-label="Remove example.org"]')!.click();
    await vi.waitFor(async () => expect((await stored())?.denySites).toEqual([]));
  });

  it('imports a pack, lists it with counts, and shows a broken one\'s errors without losing it', async () => {
    await vi.waitFor(() => expect($('.packs')?.textContent).toContain('No packs imported.'));
    pick(new File([JSON.stringify(GOOD_PACK)], 'newsroom.json', { type: 'application/json' }));
    await vi.waitFor(() => expect($('.pack-list')).not.toBeNull());
    expect($('.packs [role=status]')?.textContent).toBe('Imported “Newsroom pack”: 2 entities.');
    expect($('.pack')?.textContent).toContain('2 entities: 1 new, 1 extending bundled ones; 1 sources');

    pick(new File(['name,type,summary,source\nX Y,planet,z,w\n'], 'broken.csv', { type: 'text/csv' }));
    await vi.waitFor(() => expect($('.issues')).not.toBeNull());
    expect($('.issues p')?.textContent).toBe('“broken.csv” was not imported and nothing changed. Fix these and import it again:');
    expect([...root.querySelectorAll('.issues tbody td')].map((td) => td.textContent)).toEqual(['line 2, column type', 'one of person, organization, country', '"planet"']);
    expect(document.activeElement).toBe($('.issues p'));
    expect(root.querySelectorAll('.pack')).toHaveLength(1);

    byLabel('Use this pack').click();
    await vi.waitFor(() => expect($('.pack.off')).not.toBeNull());
    $<HTMLButtonElement>('button[aria-label="Delete Newsroom pack"]')!.click();
    await vi.waitFor(() => expect($('.packs')?.textContent).toContain('No packs imported.'));
    expect($('.packs [role=status]')?.textContent).toBe('Deleted “Newsroom pack”.');
  });

  it('lists the corrections newest first, with who they were linked to, and removes one', async () => {
    const others = Array.from({ length: 58 }, (_, i) => notThisKey(`Q${1000 + i}`, `Name ${i}`));
    await fakeBrowser.storage.local.set({ notThis: [notThisKey('Q100', 'Russian'), ...others, notThisKey('Q1', 'Lavrov')] });
    render(null, root);
    render(<OptionsApp />, root);
    await vi.waitFor(() => expect($('.correction-list li')?.textContent).toContain('“lavrov” is not Sergey Lavrov'));
    const rows = () => [...root.querySelectorAll('.correction-list li span')].map((el) => el.textContent);
    expect(rows()).toHaveLength(50);
    expect(rows()[1]).toBe('“name 57” is not Q1057');
    const more = [...root.querySelectorAll<HTMLButtonElement>('.corrections button')].find((b) => b.textContent === 'Show more (showing 50 of 60)')!;
    more.click();
    await vi.waitFor(() => expect(rows().at(-1)).toBe('“russian” is not Russia'));

    $<HTMLButtonElement>('button[aria-label="Remove the correction “lavrov” is not Sergey Lavrov"]')!.click();
    await vi.waitFor(() => expect(rows()).toHaveLength(59));
    expect(await listNotThis()).toEqual([notThisKey('Q100', 'Russian'), ...others]);
    expect($('.corrections [role=status]')?.textContent).toBe('Removed. “lavrov” will be marked again the next time a page is read.');
    expect(document.activeElement).toBe($('#corrections-heading'));
  });

  it('says when there is no correction', async () => {
    await vi.waitFor(() => expect($('.corrections')?.textContent).toContain('No corrections yet.'));
  });
});
