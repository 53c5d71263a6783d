import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src/core/match/tokenize';
import { LongerNames } from '../../../../src/core/resolve/longer-name';

const around = (text: string, word: string) => {
  const tokens = tokenize(text);
  const i = tokens.keys().findIndex((_, k) => tokens.raw(k) === word);
  return new LongerNames(tokens).continues(i, i + 1);
};

describe('LongerNames', () => {
  it('sees a word that runs on into other capitalised words', () => {
    expect(around('the title of Ulugh Khan was', 'Khan')).toEqual({ before: true, after: false });
    expect(around('at the Commonwealth Games in', 'Commonwealth')).toEqual({ before: false, after: true });
  });

  it('ignores titles, sentence-start words and punctuation', () => {
    expect(around('said Taliban Interior Minister Haqqani', 'Taliban')).toEqual({ before: false, after: false });
    expect(around('Yesterday Lavrov said', 'Lavrov')).toEqual({ before: false, after: false });
    expect(around('Before Levy arrived in Bonn', 'Levy')).toEqual({ before: false, after: false });
    expect(around('Though Arce was chosen', 'Arce')).toEqual({ before: false, after: false });
    expect(around('he met Alhaji Abubakar there', 'Abubakar')).toEqual({ before: false, after: false });
    expect(around('he said Admiral Tangsiri spoke', 'Tangsiri')).toEqual({ before: false, after: false });
    expect(around('said Google CEO Sundar Pichai', 'Google')).toEqual({ before: false, after: false });
    expect(around('Moscow, Lavrov said', 'Lavrov')).toEqual({ before: false, after: false });
  });

  it('takes a day or date after a name for the date it is', () => {
    expect(around('he told Parliament Tuesday that', 'Parliament')).toEqual({ before: false, after: false });
    expect(around('he told Parliament May 5 that', 'Parliament')).toEqual({ before: false, after: false });
    expect(around('he sat on the Parliament May Committee last year', 'Parliament')).toEqual({ before: false, after: true });
  });

  it("takes a leader's government after the name for the leader's", () => {
    expect(around('approval for the Kishida Cabinet rose', 'Kishida')).toEqual({ before: false, after: false });
    expect(around('under the Trump Administration, he', 'Trump')).toEqual({ before: false, after: false });
    expect(around('the Kishida Foundation said', 'Kishida')).toEqual({ before: false, after: true });
  });

  it('says nothing inside a title-case headline', () => {
    expect(around('Kremlin Urges Taliban To Improve Rights\nBody text here.', 'Taliban')).toEqual({ before: false, after: false });
  });
});
