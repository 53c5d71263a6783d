// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { EntityCard } from '../../../src/shared/messages';
import { cardAsText, EntityPopover } from '../../../src/ui/EntityPopover';

const card: EntityCard = {
  id: 'Q7996', name: 'Sergei Lavrov', type: 'person', wikidata: 'Q7996',
  summary: { label: 'Summary', value: 'Russian diplomat', source: 'wd', asOf: '2022-10-01' },
  facts: [{ label: 'Role', value: 'Minister of Foreign Affairs of Russia (since 2004)', start: '2004-03-09', source: 'wd', asOf: '2022-10-01' }],
  since: [],
  sources: [{ id: 'wd', name: 'Wikidata', licence: 'CC0', retrieved: '2022-10-01', url: 'https://www.wikidata.org/' }],
  asOf: '2021-10-20',
};

const noop = () => undefined;
type Props = Parameters<typeof EntityPopover>[0];
function show(state: Props['state'], more: Partial<Props> = {}) {
  const el = document.createElement('div');
  render(<EntityPopover state={state} mention={{ text: 'Lavrov', basis: { kind: 'earlier', part: 'surname', at: 12, headline: false }, name: 'Sergei Lavrov', type: 'person' }} articleDate="2021-10-20" pinned={false} copied={false} titleId="t" onNotThis={noop} onUndo={noop} onPin={noop} onCopy={noop} onClose={noop} {...more} />, el);
  return el;
}

describe('EntityPopover', () => {
  it('shows facts at the article date and since then, each with source and date', () => {
    const text = show({ kind: 'ready', card }).textContent!;
    expect(text).toContain('At the time of the article (20 Oct 2021)');
    expect(text).toContain('Minister of Foreign Affairs of Russia (since 2004)');
    expect(text).toContain('Wikidata, as of 1 Oct 2022');
    expect(text).toContain('Since then');
    expect(text).toContain('Why this is marked: “Lavrov” refers back to Sergei Lavrov, named in full earlier in the article.');
    expect(text).toContain('Not this person');
  });
  it('cites the end of a term to its own page, in the popover and the copied text', () => {
    const ap = { id: 'ap', name: 'AP: Rubio sworn in', licence: 'x', retrieved: '2026-12-03' };
    const ended = { label: 'Earlier role', value: 'Secretary of State of United States (2021–2025)', source: 'wd', asOf: '2022-08-03', endSource: { source: 'ap', asOf: '2025-01-21' } };
    const withEnd = { ...card, facts: [ended], sources: [...card.sources, ap] };
    expect(show({ kind: 'ready', card: withEnd }).textContent).toContain('Wikidata, as of 3 Aug 2022; end: AP: Rubio sworn in, as of 21 Jan 2025');
    expect(cardAsText(withEnd, '2026-01-01')).toContain('(Wikidata, as of 3 Aug 2022; end: AP: Rubio sworn in, as of 21 Jan 2025)');
  });
  it('says when it is loading and when it failed', () => {
    expect(show({ kind: 'loading' }).textContent).toContain('Looking up');
    expect(show({ kind: 'error' }).textContent).toContain('could not be loaded');
  });
  it('links only web addresses among the sources, whatever a card carries', () => {
    const hostile = ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'file:///etc/passwd'];
    const sources = [card.sources[0]!, ...hostile.map((url, i) => ({ id: `s${i}`, name: `Source ${i}`, licence: 'CC0', retrieved: '2022-10-01', url }))];
    const el = show({ kind: 'ready', card: { ...card, sources } });
    expect(el.querySelectorAll('.sources li')).toHaveLength(sources.length);
    expect([...el.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://www.wikidata.org/']);
    expect(el.querySelector('.sources')!.textContent).toContain('Source 0');
    // Sources without a web address among them: no list of links at all.
    expect(show({ kind: 'ready', card: { ...card, sources: sources.slice(1) } }).querySelector('.sources')).toBeNull();
  });
  it('after a correction, says what it did in a live region and offers Undo', () => {
    let undone = 0;
    const before = show({ kind: 'ready', card });
    // The live region is there, empty, before the correction, so its new text is announced.
    expect(before.querySelector('[role=status].notice')!.textContent).toBe('');
    const el = show({ kind: 'ready', card }, { correction: 'made', onUndo: () => void undone++ });
    expect(el.querySelector('[role=status].notice')!.textContent).toBe('“Lavrov” is no longer marked as Sergei Lavrov, here or on other pages.');
    expect(el.querySelector('.not-this')).toBeNull();
    el.querySelector<HTMLButtonElement>('button.undo')!.click();
    expect(undone).toBe(1);
    const again = show({ kind: 'ready', card }, { correction: 'undone' });
    expect(again.querySelector('[role=status].notice')!.textContent).toBe('“Lavrov” is marked as Sergei Lavrov again.');
    expect(again.querySelector('button.undo')).toBeNull();
    expect(again.querySelector('.not-this')).not.toBeNull();
  });
  it('copies every fact with its provenance', () => {
    expect(cardAsText(card, '2021-10-20')).toContain('- Role: Minister of Foreign Affairs of Russia (since 2004) (Wikidata, as of 1 Oct 2022)');
  });
});
