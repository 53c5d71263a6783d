import { describe, expect, it } from 'vitest';
import { onOrAfter, onOrBefore, within } from '../../../../src/core/resolve/dates';

describe('partial ISO dates', () => {
  it('compares at the precision both sides have', () => {
    expect(onOrAfter('2021-10-20', '2021')).toBe(true);
    expect(onOrAfter('2021-10-20', '2021-11')).toBe(false);
    expect(onOrBefore('2021-10-20', '2021')).toBe(true);
    expect(onOrBefore('2021-10-20', '2021-09-30')).toBe(false);
    expect(onOrBefore('2021', '2021-09-30')).toBe(true);
  });

  it('treats a missing bound or date as open', () => {
    expect(within('2021-10-20', undefined, undefined)).toBe(true);
    expect(within(undefined, '2030', '2031')).toBe(true);
    expect(within('2021-10-20', '2004-03-09', undefined)).toBe(true);
    expect(within('2003-01-01', '2004-03-09', undefined)).toBe(false);
  });
});
