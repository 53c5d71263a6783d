// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/ui/i18n';
import { contextSheetHtml } from '../../../src/trainer/sheet';
import { CARDS } from './cards';

const html = contextSheetHtml({ headline: 'Envoys weigh aid <for> Afghanistan', published: '2021-11-12', site: 'example.org', cards: CARDS, generated: '2026-11-28', lang: 'en' }, t);
const doc = new DOMParser().parseFromString(html, 'text/html');
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('context sheet', () => {
  it('has the headline, the article date and each actor with facts at the date and since', () => {
    expect(text(doc.querySelector('h1'))).toBe('Envoys weigh aid <for> Afghanistan');
    expect(doc.title).toBe('Context sheet: Envoys weigh aid <for> Afghanistan');
    expect(text(doc.querySelector('.meta'))).toBe('Published 12 Nov 2021 · Site: example.org');
    const [lavrov, taliban] = [...doc.querySelectorAll('section.actor')];
    expect(lavrov!.getAttribute('data-id')).toBe('Q58217');
    expect([...lavrov!.querySelectorAll('h3')].map(text)).toEqual(['At the time of the article (12 Nov 2021)', 'Since then']);
    expect(text(lavrov!.querySelector('.summary'))).toBe('Russian diplomatWikidata, as of 1 Oct 2025');
    expect([...lavrov!.querySelectorAll('li')].map(text)).toEqual([
      'Role: Minister of Foreign Affairs of Russia (since 2004)Wikidata, as of 1 Oct 2025',
      'Born: 21 Mar 1950Wikidata, as of 1 Oct 2025',
      'Sanctioned: EU, Feb 2022Wikidata, as of 1 Oct 2025',
    ]);
    expect(text(taliban!)).toContain('Designation: UN 1988 sanctions list <since 2011>UN <Security Council> list, as of 2 Oct 2025');
    expect(text(taliban!)).toContain('No later change in the dataset.');
  });
  it('lists every source with its licence and retrieval date, linking only web addresses', () => {
    const items = [...doc.querySelectorAll('.sources li')];
    expect(items.map((li) => li.getAttribute('data-source'))).toEqual(['un', 'wd']);
    expect(text(items[1]!)).toBe('Wikidata https://www.wikidata.org/CC0-1.0; retrieved 1 Oct 2025');
    expect(items[1]!.querySelector('a')?.getAttribute('href')).toBe('https://www.wikidata.org/');
    expect(items[0]!.querySelector('a')).toBeNull();
    // The refused address is not shown either: a reader could still copy it into the address bar.
    expect(text(items[0]!)).not.toContain('javascript');
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://www.wikidata.org/']);
  });
  it('is self-contained: inline style, no script, nothing loaded from elsewhere', () => {
    expect(doc.querySelectorAll('script, link, img, iframe, object, embed').length).toBe(0);
    expect(doc.querySelectorAll('style').length).toBe(1);
    expect(html).not.toMatch(/url\(|@import|\son\w+=/i);
  });
  it('says when the article has no date instead of inventing one', () => {
    const undated = new DOMParser().parseFromString(contextSheetHtml({ cards: CARDS, generated: '2026-11-28', lang: 'en' }, t), 'text/html');
    expect(text(undated.querySelector('.meta'))).toBe("No publication date found: facts are the dataset's latest.");
    expect([...undated.querySelectorAll('h3')].map(text)).toContain('Facts');
    expect(text(undated.body)).not.toContain('Since then');
  });
});
