import { describe, expect, it } from 'vitest';
import { isPartialName, reasonText } from '../../../../src/core/resolve/basis';

describe('reasonText', () => {
  it('writes each basis as the line evaluations print', () => {
    expect(reasonText({ kind: 'earlier', part: 'surname', at: 55, headline: false })).toBe('surname after the full name at offset 55');
    expect(reasonText({ kind: 'earlier', part: 'given', at: 80, headline: true })).toBe('given name in the headline, full name at offset 80');
    expect(reasonText({ kind: 'party', acronym: false, of: 'owner', country: 'Q159' })).toBe('shared name of a party of the country named right before it (Q159)');
    expect(reasonText({ kind: 'alias' }, 2)).toBe('alias; chosen over 2 other(s) by context');
  });

  it('counts surnames and given names, not short names, as parts of a name given in full', () => {
    expect(isPartialName({ kind: 'earlier', part: 'given', at: 0, headline: true })).toBe(true);
    expect(isPartialName({ kind: 'earlier', part: 'short', at: 0, headline: false })).toBe(false);
    expect(isPartialName({ kind: 'alias' })).toBe(false);
  });
});
