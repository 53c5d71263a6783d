import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../../src/core/match/compile';
import { loadMatcher } from '../../../../src/core/match/load';
import { findUnknown } from '../../../../src/core/resolve/unknown';
import { TEST_ENTITIES } from '../../../fixtures/link/entities';

const matcher = loadMatcher(compileMatcher(TEST_ENTITIES));
const unknown = (text: string) => findUnknown(matcher.scan(text).tokens, [], matcher).map((u) => [u.text, u.kind]);

describe('findUnknown', () => {
  it('reports people by title, honorific, speech verb and a surname named before', () => {
    expect(unknown('Labour Minister Thulas Nxesi spoke.')).toEqual([['Thulas Nxesi', 'person']]);
    expect(unknown('They met Mr. Urey there.')).toEqual([['Urey', 'person']]);
    expect(unknown('“It works,” Marandi said.')).toEqual([['Marandi', 'person']]);
    expect(unknown('Dr Badaku Marandi came. Later Marandi left.')).toEqual([['Badaku Marandi', 'person'], ['Marandi', 'person']]);
  });

  it('reports organisations by an organisation word or as an acronym', () => {
    expect(unknown('the Bharatiya Janata Party won')).toEqual([['Bharatiya Janata Party', 'organization']]);
    expect(unknown('a branch of CIBC in town')).toEqual([['CIBC', 'organization']]);
  });

  it('leaves out units, codes, headline words and plain capitalised phrases', () => {
    expect(unknown('GDP grew while the CEO spoke about COP26.')).toEqual([]);
    expect(unknown('SOCCER - LEEDS WIN AT HOME')).toEqual([]);
    expect(unknown('They walked down Lal Chowk at night.')).toEqual([]);
  });

  it('does not take "of South Africa" after a title for a person', () => {
    expect(unknown('the President of South Africa arrived')).toEqual([]);
  });
});
