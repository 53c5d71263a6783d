import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../scripts/data/lib/csv';
import { parseDayMonthYear, withPrecision } from '../../../scripts/data/lib/dates';
import { isAcronym, normaliseName, titleCase } from '../../../scripts/data/lib/text';
import { parseLeaders } from '../../../scripts/data/sources/factbook-leaders';
import { personName } from '../../../scripts/data/sources/ofac';
import { splitParenthetical } from '../../../scripts/data/sources/org-names';

describe('source parsing helpers', () => {
  it('reads quoted CSV with commas and doubled quotes', () => {
    expect(parseCsv('1,"A, B","say ""hi"""\n2,x,\n')).toEqual([['1', 'A, B', 'say "hi"'], ['2', 'x', '']]);
  });
  it('turns source dates into ISO dates of the right precision', () => {
    expect(parseDayMonthYear('7 May 2012')).toBe('2012-05-07');
    expect(parseDayMonthYear('07 Oct 1952')).toBe('1952-10-07');
    expect(parseDayMonthYear('1977 to 1978')).toBeUndefined();
    expect(withPrecision('1921-01-01', '9')).toBe('1921');
  });
  it('normalises names and reading forms', () => {
    expect(normaliseName("AL QA'IDA")).toBe(normaliseName('al-Qa’ida'.replace('-', ' ')));
    expect(titleCase('ELIZABETH II')).toBe('Elizabeth II');
    expect(titleCase('ISLAMIC STATE OF IRAQ AND THE LEVANT')).toBe('Islamic State of Iraq and the Levant');
    expect(personName('LAVROV, Sergei Viktorovich')).toBe('Sergei Viktorovich Lavrov');
    expect(isAcronym('U.S.')).toBe(true);
    expect(isAcronym('Daesh')).toBe(false);
    expect(splitParenthetical('Islamic State in the Levant (ISIL)')).toEqual(['Islamic State in the Levant', 'ISIL']);
    expect(splitParenthetical('Qa’idat al-Jihad (The Base for Jihad)')).toEqual(['Qa’idat al-Jihad']);
  });
  it('reads Factbook leaders with their titles and since-dates, skipping what it cannot read', () => {
    expect(parseLeaders('President Vladimir Vladimirovich PUTIN (since 7 May 2012)')).toEqual([
      { title: 'President', name: 'Vladimir Vladimirovich Putin', surname: 'Putin', given: 'Vladimir Vladimirovich', since: '2012-05-07' },
    ]);
    expect(parseLeaders('President Joseph R. BIDEN Jr. (since 20 January 2021); Vice President Kamala D. HARRIS (since 20 January 2021)').map((l) => [l.title, l.name])).toEqual([
      ['President', 'Joseph R. Biden Jr.'],
      ['Vice President', 'Kamala D. Harris'],
    ]);
    expect(parseLeaders('Taliban Leader HAYBATULLAH Akhundzada (since 15 August 2021)')[0]).toMatchObject({ title: 'Taliban Leader', name: 'Haybatullah Akhundzada' });
    expect(parseLeaders('CEO Abdullah ABDULLAH, Dr. (since 29 September 2014)')).toEqual([]);
  });
});
