import { describe, expect, it } from 'vitest';
import { explainReason } from '../../../src/ui/reason';

describe('explainReason', () => {
  it('puts each kind of evidence in plain words', () => {
    expect(explainReason('acronym', 'AFP', 'Agence France-Presse')).toBe('“AFP” is the abbreviation for Agence France-Presse.');
    expect(explainReason('acronym the article spells out', 'ICC', 'International Criminal Court')).toBe('“ICC” is the abbreviation the article itself gives for International Criminal Court.');
    expect(explainReason('metonym', 'Kremlin', 'Kremlin')).toContain('commonly used to mean');
    expect(explainReason('title + name (Minister of Interior)', 'Sirajuddin Haqqani', 'Sirajuddin Haqqani')).toBe("named with a title they held on the article's date: Minister of Interior.");
    expect(explainReason('given name after the full name at offset 3', 'Vladimir', 'Vladimir Putin')).toContain('refers back to Vladimir Putin');
    expect(explainReason('surname in the headline, full name at offset 80', 'Lavrov', 'Sergei Lavrov')).toBe('“Lavrov” in the headline refers to Sergei Lavrov, whom the article names in full.');
    for (const reason of ["acronym of an organisation of the article's country (Q1033)", "short name of a body of the article's country (Q114)", "acronym of a party of the article's country (Q668)"]) {
      expect(explainReason(reason, 'EFCC', 'Economic and Financial Crimes Commission'), reason).toBe('“EFCC” is taken to mean Economic and Financial Crimes Commission, as the article is about its country.');
    }
    expect(explainReason("surname of a leader of the article's country (President)", 'Boric', 'Gabriel Boric')).toBe('“Boric” is taken to mean Gabriel Boric, who held the office of President in the country the article is about.');
    expect(explainReason('short name of a body of the country named right before it (Q159)', 'Defense Ministry', 'Ministry of Defense')).toBe('“Defense Ministry” is taken to mean Ministry of Defense, of the country named just before it.');
    expect(explainReason('acronym of the party of someone the article names in full', 'BJP', 'Bharatiya Janata Party')).toBe('“BJP” is taken to mean Bharatiya Janata Party, the party of someone the article names.');
    expect(explainReason('a news agency credited as the source ("(PTI)", "told IPS")', 'PTI', 'Press Trust of India')).toBe('“PTI” credits the news agency Press Trust of India as the source of the report.');
  });
  it('says when namesakes were told apart by context, and passes unknown reasons through', () => {
    expect(explainReason('alias; chosen over 2 other(s) by context', 'Haqqani', 'Sirajuddin Haqqani')).toMatch(/^“Haqqani” is a name of Sirajuddin Haqqani in the dataset\. Several entries/);
    expect(explainReason('something new', 'x', 'y')).toBe('something new');
  });
});
