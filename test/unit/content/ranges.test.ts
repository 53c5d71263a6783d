// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collectText } from '../../../src/core/text/body-text';
import { rangeFor } from '../../../src/content/ranges';

describe('rangeFor', () => {
  it('maps text offsets back to the DOM, across element boundaries and collapsed whitespace', () => {
    document.body.innerHTML = '<article><h1>Talks   in Moscow</h1><p>Foreign Minister <b>Sergei</b>\n  Lavrov said so.</p></article>';
    const { text, segments } = collectText([document.querySelector('article')!]);
    const start = text.indexOf('Sergei Lavrov');
    const range = rangeFor(document, segments, start, start + 'Sergei Lavrov'.length)!;
    expect(range.toString().replace(/\s+/g, ' ')).toBe('Sergei Lavrov');
    const moscow = text.indexOf('Moscow');
    expect(rangeFor(document, segments, moscow, moscow + 6)!.toString()).toBe('Moscow');
  });
  it('gives nothing for offsets outside the text or for nodes no longer in the page', () => {
    document.body.innerHTML = '<p>Kabulov</p>';
    const { segments } = collectText([document.body]);
    expect(rangeFor(document, segments, 100, 105)).toBeUndefined();
    document.body.innerHTML = '';
    expect(rangeFor(document, segments, 0, 7)).toBeUndefined();
  });
});
