import { describe, expect, it } from 'vitest';
import type { Basis } from '../../../src/core/resolve/basis';
import { explainBasis } from '../../../src/ui/reason';

const explain = (basis: Basis, text: string, name: string, chosenOver?: number) => explainBasis(basis, chosenOver, text, name);

describe('explainBasis', () => {
  it('puts each kind of evidence in plain words', () => {
    expect(explain({ kind: 'acronym' }, 'AFP', 'Agence France-Presse')).toBe('“AFP” is the abbreviation for Agence France-Presse.');
    expect(explain({ kind: 'defined-acronym' }, 'ICC', 'International Criminal Court')).toBe('“ICC” is the abbreviation the article itself gives for International Criminal Court.');
    expect(explain({ kind: 'metonym' }, 'Kremlin', 'Kremlin')).toContain('commonly used to mean');
    expect(explain({ kind: 'title', title: 'Minister of Interior' }, 'Sirajuddin Haqqani', 'Sirajuddin Haqqani')).toBe("named with a title they held on the article's date: Minister of Interior.");
    expect(explain({ kind: 'earlier', part: 'given', at: 3, headline: false }, 'Vladimir', 'Vladimir Putin')).toContain('refers back to Vladimir Putin');
    expect(explain({ kind: 'earlier', part: 'surname', at: 80, headline: true }, 'Lavrov', 'Sergei Lavrov')).toBe('“Lavrov” in the headline refers to Sergei Lavrov, whom the article names in full.');
    const bases: Basis[] = [
      { kind: 'national-acronym', of: 'article', country: 'Q1033' },
      { kind: 'institution', of: 'article', country: 'Q114' },
      { kind: 'party', acronym: true, of: 'article', country: 'Q668' },
    ];
    for (const basis of bases) expect(explain(basis, 'EFCC', 'Economic and Financial Crimes Commission'), basis.kind).toBe('“EFCC” is taken to mean Economic and Financial Crimes Commission, as the article is about its country.');
    expect(explain({ kind: 'leader', title: 'President' }, 'Boric', 'Gabriel Boric')).toBe('“Boric” is taken to mean Gabriel Boric, who held the office of President in the country the article is about.');
    expect(explain({ kind: 'institution', of: 'owner', country: 'Q159' }, 'Defense Ministry', 'Ministry of Defense')).toBe('“Defense Ministry” is taken to mean Ministry of Defense, of the country named just before it.');
    expect(explain({ kind: 'party', acronym: true, of: 'member' }, 'BJP', 'Bharatiya Janata Party')).toBe('“BJP” is taken to mean Bharatiya Janata Party, the party of someone the article names.');
    expect(explain({ kind: 'credit' }, 'PTI', 'Press Trust of India')).toBe('“PTI” credits the news agency Press Trust of India as the source of the report.');
  });

  it('says when namesakes were told apart by context', () => {
    expect(explain({ kind: 'alias' }, 'Haqqani', 'Sirajuddin Haqqani', 2)).toMatch(/^“Haqqani” is a name of Sirajuddin Haqqani in the dataset\. Several entries/);
  });
});
