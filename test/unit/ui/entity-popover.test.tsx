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
function show(state: Parameters<typeof EntityPopover>[0]['state']) {
  const el = document.createElement('div');
  render(<EntityPopover state={state} mention={{ text: 'Lavrov', reason: 'surname after the full name at offset 12', name: 'Sergei Lavrov', type: 'person' }} articleDate="2021-10-20" pinned={false} copied={false} titleId="t" onNotThis={noop} onPin={noop} onCopy={noop} onClose={noop} />, el);
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
  it('copies every fact with its provenance', () => {
    expect(cardAsText(card, '2021-10-20')).toContain('- Role: Minister of Foreign Affairs of Russia (since 2004) (Wikidata, as of 2022-10-01)');
  });
});
