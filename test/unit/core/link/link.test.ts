import { describe, expect, it } from 'vitest';
import { linkText } from '../../../../src/core/link/index';
import { reasonText } from '../../../../src/core/resolve/basis';
import { compileMatcher } from '../../../../src/core/match/compile';
import { loadMatcher } from '../../../../src/core/match/load';
import { TEST_ENTITIES, testEntity } from '../../../fixtures/link/entities';

const matcher = loadMatcher(compileMatcher(TEST_ENTITIES));
const link = (text: string, date = '2021-10-20', language?: string) =>
  linkText({ text, date, ...(language ? { language } : {}) }, { matcher, entity: testEntity });
const linked = (text: string, date?: string) => link(text, date).mentions.map((m) => [m.text, m.entityId]);

describe('linkText', () => {
  it('links full names, metonyms and acronyms with the reason and offsets into the text', () => {
    const text = "The Kremlin's envoy met AFP and Sergei Lavrov.";
    const { mentions } = link(text);
    expect(mentions.map((m) => [m.text, m.entityId, reasonText(m.basis, m.chosenOver)])).toEqual([
      ['Kremlin', 'bs:kremlin', 'metonym'],
      ['AFP', 'Q40', 'acronym'],
      ['Sergei Lavrov', 'Q1', 'alias'],
    ]);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('links a surname only after the full name, saying where the full name was', () => {
    expect(linked('Lavrov spoke. Then Sergei Lavrov spoke.')).toEqual([['Sergei Lavrov', 'Q1']]);
    const { mentions } = link('Zamir Kabulov met them. Kabulov said no.');
    expect(mentions[1]).toMatchObject({ text: 'Kabulov', entityId: 'bs:zamir-kabulov' });
    expect(reasonText(mentions[1]!.basis, mentions[1]!.chosenOver)).toBe('surname after the full name at offset 0');
  });

  it('uses a title before a name as evidence, checked against the roles held at the article date', () => {
    const lavrov = link('Foreign Minister Sergei Lavrov said.').mentions[0]!;
    expect(reasonText(lavrov.basis, lavrov.chosenOver)).toBe('title + name (Minister of Foreign Affairs)');
    expect(linked('President Bush said.', '1990-05-01')).toEqual([['Bush', 'Q23505']]);
    expect(linked('President Bush said.', '2005-05-01')).toEqual([['Bush', 'Q207']]);
    expect(linked('President Bush said.', '2021-10-20')).toEqual([]);
    expect(linked('Prime Minister May said.', '2017-01-01')).toEqual([['May', 'Q90']]);
  });

  it('does not take a title across a sentence end', () => {
    expect(linked('He met the president. Bush said.', '2005-05-01')).toEqual([]);
  });

  it('never links an everyday word alone', () => {
    expect(linked('May said it may rain on Wednesday. Reform is needed.')).toEqual([]);
    expect(linked('Theresa May spoke. May said so.').map(([t]) => t)).toEqual(['Theresa May', 'May']);
  });

  it('leaves an acronym unlinked in an article that spells it out as something else', () => {
    expect(linked('The World Health Organisation (WHO) said so. WHO experts agreed.')).toEqual([['World Health Organisation', 'Q80'], ['WHO', 'Q80'], ['WHO', 'Q80']]);
    expect(linked('The Wellington Hockey Organisation (WHO) met. Later WHO said so.')).toEqual([]);
    // A dateline in brackets spells nothing out.
    expect(linked('MOSCOW, Russia (AFP) - talks began.').filter(([t]) => t === 'AFP')).toEqual([['AFP', 'Q40']]);
  });

  it('matches acronyms only as written, and not as words of an all-capitals line', () => {
    expect(linked('the US said; it is up to us; Us and them')).toEqual([['US', 'Q30']]);
    expect(linked('PLEASE HELP US NOW.')).toEqual([]);
    expect(linked('Nato and NATO and nato')).toEqual([['Nato', 'Q70'], ['NATO', 'Q70']]);
    expect(linked('WHO said so. Who knows?')).toEqual([['WHO', 'Q80']]);
  });

  it('requires capitals for names in running text', () => {
    expect(linked('the taliban and the kremlin')).toEqual([]);
    expect(linked('al-Qaida and al Qaeda')).toEqual([['al-Qaida', 'Q60'], ['al Qaeda', 'Q60']]);
  });

  it('leaves a surname shared by two people of the article unlinked', () => {
    const text = 'Sirajuddin Haqqani and Jalaluddin Haqqani were named. Haqqani said.';
    expect(linked(text).map(([t]) => t)).toEqual(['Sirajuddin Haqqani', 'Jalaluddin Haqqani']);
  });

  it('decides a name two entities share by the other entities of the article, or leaves it', () => {
    const { mentions } = link('The Taliban said Abdul Ghani would go.');
    expect(mentions.map((m) => [m.text, m.entityId])).toEqual([['Taliban', 'Q50'], ['Abdul Ghani', 'bs:abdul-ghani-a']]);
    // "Abdul" is a name millions bear: the Abdul Ghani related to nothing the article names is no candidate.
    expect(reasonText(mentions[1]!.basis, mentions[1]!.chosenOver)).toBe('alias');
    expect(linked('Abdul Ghani would go.')).toEqual([]);
  });

  it('does not link a shorter part of a longer name', () => {
    expect(linked('The Haqqani Network grew.')).toEqual([['Haqqani Network', 'Q111']]);
  });

  it('reports person- and organisation-like names the dataset lacks, without linking them', () => {
    const { mentions, unknown } = link('Mr. John Smith of the Ministry of Magic met Sergei Lavrov and Acme Corporation.');
    expect(mentions.map((m) => m.text)).toEqual(['Sergei Lavrov']);
    expect(unknown.map((u) => [u.text, u.kind])).toEqual([
      ['John Smith', 'person'],
      ['Ministry of Magic', 'organization'],
      ['Acme Corporation', 'organization'],
    ]);
  });

  it('reports unknown names only for languages whose capitals it can read', () => {
    expect(link('Die Acme Corporation meldet', undefined, 'de').unknown).toEqual([]);
  });
});
