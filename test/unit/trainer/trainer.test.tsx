// @vitest-environment jsdom
// The trainer view's slide: the card's sources are listed under it, and only web addresses become
// links, whatever the card carries (the message contract refuses others too; this is the last guard).
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { SlideView } from '../../../src/trainer/TrainerApp';
import { slidesOf } from '../../../src/trainer/slides';
import { CARDS } from './cards';

describe('trainer slide', () => {
  it('links the sources with a web address and shows the others as plain names', () => {
    const hostile = ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x'];
    const lavrov = CARDS[0]!;
    const sources = [...lavrov.sources, ...hostile.map((url, i) => ({ id: `s${i}`, name: `Source ${i}`, licence: 'CC0', retrieved: '2025-10-01', url }))];
    const [slide] = slidesOf([{ ...lavrov, sources }]);
    const el = document.createElement('div');
    render(<SlideView slide={slide!} revealed={slide!.facts.length} published="2021-11-12" />, el);
    const items = [...el.querySelectorAll('.sources li')];
    expect(items.map((li) => li.textContent)).toEqual([
      'Wikidata (CC0-1.0, 1 Oct 2025)',
      ...hostile.map((_, i) => `Source ${i} (CC0, 1 Oct 2025)`),
    ]);
    expect([...el.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.getAttribute('rel')])).toEqual([['https://www.wikidata.org/', 'noopener noreferrer']]);
  });
});
