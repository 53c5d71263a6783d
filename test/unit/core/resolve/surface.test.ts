import { describe, expect, it } from 'vitest';
import type { AliasEntry } from '../../../../src/core/match/alias-kind';
import { tokenize } from '../../../../src/core/match/tokenize';
import { inAllCapsRun, Surface } from '../../../../src/core/resolve/surface';

const entry = (over: Partial<AliasEntry>): AliasEntry => ({
  entityId: 'Q1', kind: 'name', standalone: true, acronym: false, common: false, primary: true, foreign: false, caseForm: undefined, ...over,
});
const fits = (text: string, first: number, end: number, e: AliasEntry) => new Surface(tokenize(text), first, end).fits(e);

describe('Surface', () => {
  it('needs capitals on the words of a name, particles aside', () => {
    expect(fits('the european union', 1, 3, entry({}))).toBe(false);
    expect(fits('the European Union', 1, 3, entry({}))).toBe(true);
    expect(fits('the al-Qaeda group', 1, 3, entry({}))).toBe(true);
  });

  it('matches acronyms as written, or in title case from four letters', () => {
    const afp = entry({ acronym: true, caseForm: 'AFP' });
    expect(fits('by AFP today', 1, 2, afp)).toBe(true);
    expect(fits('by Afp today', 1, 2, afp)).toBe(false);
    expect(fits('the Nato summit', 1, 2, entry({ acronym: true, caseForm: 'NATO' }))).toBe(true);
  });

  it('reads an acronym written with full stops, but not initials', () => {
    const un = entry({ acronym: true, caseForm: 'UN' });
    expect(fits('the U.N. said', 1, 3, un)).toBe(true);
    expect(fits('met U. N. Smith', 1, 3, un)).toBe(false);
  });

  it('does not read capitals before a number as a name', () => {
    expect(fits('the BA.5 variant', 1, 2, entry({ acronym: true, caseForm: 'BA' }))).toBe(false);
  });

  it('tells an all-capitals line from running text', () => {
    const text = 'PLEASE HELP US NOW. Then US troops left';
    const tokens = tokenize(text);
    expect(inAllCapsRun(tokens, 2, 3)).toBe(true);
    expect(inAllCapsRun(tokens, 5, 6)).toBe(false);
  });
});
