// A name whose given name runs on after a hyphen in lower case ("Yoon Suk-yeol") is written as the
// dataset writes it: the lower-case part is still part of a capitalised name.
import { expect, it } from 'vitest';
import { Entity } from '../../../../src/core/dataset/schema';
import { linkText } from '../../../../src/core/link/index';
import { compileMatcher } from '../../../../src/core/match/compile';
import { loadMatcher } from '../../../../src/core/match/load';

const at = { source: 'test', asOf: '2024-01-01' };
const people = [Entity.parse({ id: 'Q16090635', type: 'person', name: 'Yoon Suk-yeol', sources: [at], aliases: [{ name: 'Yoon', kind: 'surname', standalone: false, ...at }] })];
const matcher = loadMatcher(compileMatcher(people));
const linked = (text: string) => linkText({ text, date: '2024-01-01', language: 'en' }, { matcher, entity: (id) => people.find((p) => p.id === id) }).mentions.map((m) => m.text);

it('links a full name with a lower-case part after a hyphen, and the surname after it', () => {
  expect(linked('President Yoon Suk-yeol spoke. Yoon said the vote would pass.')).toEqual(['Yoon Suk-yeol', 'Yoon']);
});

it('still wants capitals where the name has no hyphen', () => {
  expect(linked('yoon suk-yeol spoke.')).toEqual([]);
});
