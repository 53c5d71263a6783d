import { describe, expect, it } from 'vitest';
import { dateFromUrl, normaliseDate, parseDateText } from '../../../../src/core/detect/dates';

describe('normaliseDate', () => {
  it('keeps the time and offset of machine-readable dates', () => {
    expect(normaliseDate('2021-10-20T18:42:00+03:00')).toBe('2021-10-20T18:42:00+03:00');
    expect(normaliseDate('2021-10-20 18:42')).toBe('2021-10-20T18:42:00');
    expect(normaliseDate('2021-10-20T18:42:00.123Z')).toBe('2021-10-20T18:42:00Z');
    expect(normaliseDate('20211020T184200+0300')).toBe('2021-10-20T18:42:00+03:00');
    expect(normaliseDate('2021-10-20')).toBe('2021-10-20');
  });
  it('reads epoch timestamps and written dates, and rejects nonsense', () => {
    expect(normaliseDate('1634744520')).toBe('2021-10-20T15:42:00Z');
    expect(normaliseDate('Wed, 20 Oct 2021 18:42:00 GMT')).toBe('2021-10-20');
    expect(normaliseDate('2021-13-40')).toBeUndefined();
    expect(normaliseDate('yesterday')).toBeUndefined();
    expect(normaliseDate('')).toBeUndefined();
  });
});

describe('parseDateText', () => {
  it.each([
    ['Oct 20,2021', '2021-10-20'],
    ['October 20th, 2021', '2021-10-20'],
    ['20 October 2021', '2021-10-20'],
    ['20. Oktober 2021', '2021-10-20'],
    ['20 de octubre de 2021', '2021-10-20'],
    ['Stand: 20.10.2021, 06:00 Uhr', '2021-10-20'],
    ['2021/10/20 09:00', '2021-10-20'],
  ])('%s → %s', (text, iso) => expect(parseDateText(text)).toBe(iso));
  it('ignores text without a valid date', () => expect(parseDateText('Page 31 of 2021 pages')).toBeUndefined());
});

describe('dateFromUrl', () => {
  it('finds dates in paths, not in ids', () => {
    expect(dateFromUrl('https://x.example/2021/10/20/slug')).toBe('2021-10-20');
    expect(dateFromUrl('https://x.example/news/20211020-slug')).toBe('2021-10-20');
    expect(dateFromUrl('https://x.example/a/30657941.html')).toBeUndefined();
  });
});
