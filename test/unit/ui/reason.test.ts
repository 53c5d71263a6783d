import { describe, expect, it } from 'vitest';
import { explainReason } from '../../../src/ui/reason';

describe('explainReason', () => {
  it('puts each kind of evidence in plain words', () => {
    expect(explainReason('acronym', 'AFP', 'Agence France-Presse')).toBe('“AFP” is the abbreviation for Agence France-Presse.');
    expect(explainReason('acronym the article spells out', 'ICC', 'International Criminal Court')).toBe('“ICC” is the abbreviation the article itself gives for International Criminal Court.');
    expect(explainReason('metonym', 'Kremlin', 'Kremlin')).toContain('commonly used to mean');
    expect(explainReason('title + name (Minister of Interior)', 'Sirajuddin Haqqani', 'Sirajuddin Haqqani')).toBe("named with a title they held on the article's date: Minister of Interior.");
    expect(explainReason('given name after the full name at offset 3', 'Vladimir', 'Vladimir Putin')).toContain('refers back to Vladimir Putin');
  });
  it('says when namesakes were told apart by context, and passes unknown reasons through', () => {
    expect(explainReason('alias; chosen over 2 other(s) by context', 'Haqqani', 'Sirajuddin Haqqani')).toMatch(/^“Haqqani” is a name of Sirajuddin Haqqani in the dataset\. Several entries/);
    expect(explainReason('something new', 'x', 'y')).toBe('something new');
  });
});
