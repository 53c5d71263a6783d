import { describe, expect, it } from 'vitest';
import { initialsOf, mentionsOfDefinedAcronyms } from '../../../../src/core/resolve/acronyms-for-names';
import type { Mention } from '../../../../src/core/resolve/index';

/** A mention of `name` at its first occurrence after `from` in `text`. */
function mentionOf(text: string, name: string, entityId: string, from = 0): Mention {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length, text: name, entityId, confidence: 0.9, basis: { kind: 'alias' } };
}
const orgs = new Set(['icc', 'dpp', 'pa', 'other']);
const isOrg = (id: string) => orgs.has(id);

describe('acronyms an article spells out', () => {
  it('reads initials with or without the joining words', () => {
    expect(initialsOf('International Criminal Court', 'ICC')).toBe(true);
    expect(initialsOf('King Abdullah University of Science and Technology', 'KAUST')).toBe(true);
    expect(initialsOf('Coalition for Unity and Democracy', 'CUD')).toBe(true);
    expect(initialsOf('Non-Aligned Movement', 'NAM')).toBe(true);
    // A bracket after a name that is not its initials is another thing: a dateline's agency, a ticker.
    expect(initialsOf('Democratic Progressive Party', 'KMT')).toBe(false);
  });

  it('links the bracketed acronym and every later one to the body named before it', () => {
    const text = 'The ICC ruled. Later the International Criminal Court (ICC) set a date; the ICC’s judges and ICCs agreed.';
    const court = mentionOf(text, 'International Criminal Court', 'icc');
    const found = mentionsOfDefinedAcronyms(text, [court], isOrg);
    // Not the one before the definition, nor "ICCs", another word.
    expect(found.map((m) => [text.slice(m.start, m.end), m.start > court.end])).toEqual([['ICC', true], ['ICC', true]]);
    expect(found.every((m) => m.entityId === 'icc' && m.basis.kind === 'defined-acronym')).toBe(true);
  });

  it('adds nothing where another mention stands, for a person, or for an acronym given to two bodies', () => {
    const text = 'The Democratic Progressive Party (DPP) and the DPP. The Palestinian Authority (PA) met the Police Agency (PA). The PA spoke.';
    const dpp = mentionOf(text, 'Democratic Progressive Party', 'dpp');
    const taken = mentionOf(text, 'DPP', 'other', dpp.end + 3);
    const pa1 = mentionOf(text, 'Palestinian Authority', 'pa');
    const pa2 = mentionOf(text, 'Police Agency', 'other');
    expect(mentionsOfDefinedAcronyms(text, [dpp, taken, pa1, pa2], isOrg).map((m) => m.start)).toEqual([dpp.end + 2]);
    const person = 'Tony Blair (TB) spoke. TB left.';
    expect(mentionsOfDefinedAcronyms(person, [mentionOf(person, 'Tony Blair', 'q9545')], isOrg)).toEqual([]);
  });
});
