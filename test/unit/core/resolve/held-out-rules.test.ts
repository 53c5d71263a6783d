// Wrong links a held-out audit found on real pages (the page corpora, never tuned on): a ministry
// given to the article's country when the text names another's, a son linked as his father, a
// service's name ("Disney+") and a unit ("°C") read as organisations.
import { describe, expect, it } from 'vitest';
import { Entity, type EntityInput } from '../../../../src/core/dataset/schema';
import { linkText } from '../../../../src/core/link/index';
import { compileMatcher } from '../../../../src/core/match/compile';
import { loadMatcher } from '../../../../src/core/match/load';

const at = { source: 'test', asOf: '2024-01-01' };
const alias = (name: string, extra: Record<string, unknown> = {}) => ({ name, standalone: true, ...at, ...extra });
const ministry = (id: string, country: string): EntityInput => ({
  id, type: 'organization', orgKind: 'government-body', name: 'Ministry of Defense', country: { value: country, ...at }, sources: [at], aliases: [alias('Defense Ministry', { kind: 'short', standalone: false })],
});

const raw: EntityInput[] = [
  { id: 'Q212', type: 'country', name: 'Ukraine', sources: [at], country: { value: 'UA', ...at }, aliases: [alias('Ukrainian', { kind: 'demonym', standalone: false })] },
  { id: 'Q159', type: 'country', name: 'Russia', sources: [at], country: { value: 'RU', ...at }, aliases: [alias('Russian', { kind: 'demonym', standalone: false })] },
  ministry('bs:defense-ua', 'Q212'),
  ministry('bs:defense-ru', 'Q159'),
  { id: 'Q6279', type: 'person', name: 'Joe Biden', sources: [at], aliases: [alias('Biden', { kind: 'surname', standalone: false })] },
  // Someone the dataset knows by the given name Hunter.
  { id: 'bs:hunter-x', type: 'person', name: 'Hunter Moore', sources: [at] },
  { id: 'bs:disney', type: 'organization', orgKind: 'company', name: 'Disney', sources: [at] },
  { id: 'bs:commonwealth', type: 'organization', orgKind: 'intergovernmental', name: 'Commonwealth', sources: [at], aliases: [alias('C', { kind: 'acronym' })] },
];
const entities = raw.map((e) => Entity.parse(e));
const matcher = loadMatcher(compileMatcher(entities));
const byId = new Map(entities.map((e) => [e.id, e]));
const linked = (text: string) => linkText({ text, language: 'en', date: '2024-01-01' }, { matcher, entity: (id) => byId.get(id) }).mentions.map((m) => [m.text, m.entityId]);

describe('a name every country gives its body, after a country named right before it', () => {
  it("is that country's body, whatever the article's country", () => {
    const text = "KYIV, Ukraine - Ukraine's Defense Ministry said so. Russia's Defense Ministry denied it. The Russian Defense Ministry repeated it.";
    expect(linked(text).filter(([t]) => t === 'Defense Ministry')).toEqual([['Defense Ministry', 'bs:defense-ua'], ['Defense Ministry', 'bs:defense-ru'], ['Defense Ministry', 'bs:defense-ru']]);
  });
});

describe('a capitalised word before a surname', () => {
  it("is someone's given name inside a sentence, so the surname is not the famous bearer's", () => {
    expect(linked('Joe Biden spoke. The board on which Hunter Biden sat met.')).toEqual([['Joe Biden', 'Q6279']]);
  });
  it('is the start of a sentence, or a month, where it opens one', () => {
    expect(linked('Joe Biden spoke. Hunter Biden sat. Later Biden left.')).toContainEqual(['Biden', 'Q6279']);
  });
});

describe('names that are parts of other things', () => {
  it('a plus sign makes a service of a name', () => {
    expect(linked('Disney said Disney+ grew.')).toEqual([['Disney', 'bs:disney']]);
  });
  it('one letter is an initial or a unit, never an acronym', () => {
    expect(linked('The Commonwealth met when it was 16 °C outside, said C. P. Lipo.')).toEqual([['Commonwealth', 'bs:commonwealth']]);
  });
});
