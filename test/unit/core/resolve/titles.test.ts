import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src/core/match/tokenize';
import { isHonorific, roleForTitle, titleBefore } from '../../../../src/core/resolve/titles';
import { testEntity } from '../../../fixtures/link/entities';

const at = (text: string, word: string) => {
  const tokens = tokenize(text);
  return { tokens, first: tokens.keys().findIndex((_, k) => tokens.raw(k) === word) };
};

describe('titleBefore', () => {
  it('reads a qualified title right before the name', () => {
    const text = 'Russian Foreign Minister Sergei Lavrov said';
    const { tokens, first } = at(text, 'Sergei');
    expect(titleBefore(tokens, first)?.words).toEqual(['foreign', 'minister']);
  });

  it('takes an abbreviation with its dot, but not a sentence end', () => {
    const a = 'Gen. Smith arrived';
    expect(titleBefore(tokenize(a), 1)?.words).toEqual(['gen']);
    const b = 'He met the president. Bush said';
    const { tokens, first } = at(b, 'Bush');
    expect(titleBefore(tokens, first)).toBeUndefined();
  });

  it('knows honorifics apart from titles', () => {
    const text = 'Mr. Lavrov said';
    expect(isHonorific(tokenize(text), 1)).toBe(true);
    expect(titleBefore(tokenize(text), 1)).toBeUndefined();
  });
});

describe('roleForTitle', () => {
  const lavrov = testEntity('Q1')!;
  const title = (text: string) => {
    const tokens = tokenize(`${text} X`);
    return titleBefore(tokens, tokens.length - 1)!;
  };

  it('matches press titles to the sources\u2019 role names, at the article date', () => {
    expect(roleForTitle(lavrov, title('Foreign Minister'), '2021-10-20')?.title).toBe('Minister of Foreign Affairs');
    expect(roleForTitle(lavrov, title('Foreign Minister'), '2001-01-01')).toBeUndefined();
    expect(roleForTitle(lavrov, title('Defence Minister'), '2021-10-20')).toBeUndefined();
  });

  it('does not take a deputy for the office itself', () => {
    const haqqani = testEntity('Q110')!;
    expect(roleForTitle(haqqani, title('Interior Minister'), '2021-10-20')?.title).toBe('Minister of Interior');
    expect(roleForTitle({ ...haqqani, roles: [{ ...haqqani.roles[0]!, title: 'Deputy Minister of Interior' }] }, title('Interior Minister'), '2021-10-20')).toBeUndefined();
    expect(roleForTitle({ ...haqqani, roles: [{ ...haqqani.roles[0]!, title: 'Alternate Minister of Interior' }] }, title('Interior Minister'), '2021-10-20')).toBeUndefined();
  });

  it('of several roles the title fits, takes the one the word before it names, else one still open', () => {
    const bowen = { ...lavrov, roles: [
      { title: 'Minister for Immigration and Border Protection', start: '2010-09-14', end: '2013-06-27' },
      { title: 'Minister for Climate Change and Energy', start: '2022-06-01' },
      { title: 'Minister for Health', start: '2014-01-01', end: '2015-01-01' },
    ] };
    expect(roleForTitle(bowen, title('Climate Minister'), undefined)?.title).toBe('Minister for Climate Change and Energy');
    expect(roleForTitle(bowen, title('Health Minister'), undefined)?.title).toBe('Minister for Health');
    expect(roleForTitle(bowen, title('Minister'), undefined)?.title).toBe('Minister for Climate Change and Energy');
    expect(title('The Minister').portfolio).toBeUndefined();
  });
});
