import { describe, expect, it } from 'vitest';
import { caseForm, foldWord, hashKey, isAllCaps, isCapitalised, tokenize } from '../../../../src/core/match/tokenize';

const keys = (text: string) => tokenize(text).map((t) => t.key);

describe('tokenize', () => {
  it('gives the same words for the spellings of one hyphenated name', () => {
    expect(keys('Al-Qaeda')).toEqual(['al', 'qaeda']);
    expect(keys('al Qaeda')).toEqual(['al', 'qaeda']);
    expect(keys('AL-QAEDA')).toEqual(['al', 'qaeda']);
  });

  it('leaves a possessive ending out of the word and out of its span', () => {
    const [t] = tokenize("Kremlin's");
    expect([t!.start, t!.end, t!.key]).toEqual([0, 7, 'kremlin']);
    expect(keys('the Taliban’s leaders')).toEqual(['the', 'taliban', 'leaders']);
    expect(keys("the Haqqanis' network")).toEqual(['the', 'haqqanis', 'network']);
  });

  it('drops apostrophes inside a word, whichever apostrophe is used', () => {
    expect(keys("O'Brien")).toEqual(['obrien']);
    expect(keys('O’Brien')).toEqual(['obrien']);
    expect(keys('Mu`ammar')).toEqual(['muammar']);
  });

  it('folds case and diacritics, including letters NFD leaves alone', () => {
    expect(foldWord('Erdoğan')).toBe('erdogan');
    expect(foldWord('Łukasz')).toBe('lukasz');
    expect(foldWord('Søren')).toBe('soren');
    expect(foldWord('Лавров')).toBe('лавров');
  });

  it('folds Arabic hamza forms and tatweel so spellings of one name meet', () => {
    expect(foldWord('أسامة')).toBe(foldWord('اسامة'));
    expect(foldWord('طالـبان')).toBe(foldWord('طالبان'));
  });

  it('ends a word where the script changes', () => {
    expect(keys('Afghanistan.اضافة')).toEqual(['afghanistan', 'اضافة']);
    expect(keys('Afghanistanاضافة')).toEqual(['afghanistan', 'اضافة']);
  });

  it('makes each ideograph a word, since those scripts have no spaces', () => {
    expect(keys('习近平说')).toEqual(['习', '近', '平', '说']);
  });

  it('keeps offsets into the original text', () => {
    const text = 'Met Sergei Lavrov.';
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(['Met', 'Sergei', 'Lavrov']);
  });
});

describe('token keys', () => {
  it('hashes plain words as they are read exactly as hashKey hashes their keys', () => {
    for (const t of tokenize("Sergei LAVROV, al-Qaida's Erdoğan O'Brien 2021 طالبان")) expect(t.hash).toBe(hashKey(t.key));
  });

  it('compares a key without making it', () => {
    const [t] = tokenize('Lavrov');
    expect(t!.keyEquals('lavrov')).toBe(true);
    expect(t!.keyEquals('lavrova')).toBe(false);
    expect(t!.keyEquals('Lavrov')).toBe(false);
  });
});

describe('case helpers', () => {
  it('reads capitals and all-capitals words', () => {
    const text = 'US us Us طالبان';
    const [a, b, c, d] = tokenize(text);
    expect([isAllCaps(text, a!), isAllCaps(text, b!), isAllCaps(text, c!)]).toEqual([true, false, false]);
    expect([isCapitalised(text, b!), isCapitalised(text, c!), isCapitalised(text, d!)]).toEqual([false, true, true]);
  });

  it('compares acronyms by letters and case only', () => {
    expect(caseForm('U.S.')).toBe('US');
    expect(caseForm('A.F.P')).toBe('AFP');
  });
});
