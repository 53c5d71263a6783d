import { describe, expect, it } from 'vitest';
import { last, next, previous, slidesOf, START, step } from '../../../src/trainer/slides';
import { CARDS } from './cards';

const slides = slidesOf(CARDS);

describe('trainer slides', () => {
  it('puts the facts at the article date before those since', () => {
    expect(slides[0]!.facts.map((f) => [f.label, f.when])).toEqual([['Role', 'at'], ['Born', 'at'], ['Sanctioned', 'since']]);
  });
  it('reveals facts one at a time, then moves to the next actor, and stops at the end', () => {
    const seen = [START];
    for (let i = 0; i < 6; i++) seen.push(next(slides, seen[seen.length - 1]!));
    expect(seen).toEqual([
      { index: 0, revealed: 0 }, { index: 0, revealed: 1 }, { index: 0, revealed: 2 }, { index: 0, revealed: 3 },
      { index: 1, revealed: 0 }, { index: 1, revealed: 1 }, { index: 1, revealed: 1 },
    ]);
  });
  it('steps back one fact, or to the previous actor as it was left', () => {
    expect(previous(slides, { index: 1, revealed: 1 })).toEqual({ index: 1, revealed: 0 });
    expect(previous(slides, { index: 1, revealed: 0 })).toEqual({ index: 0, revealed: 3 });
    expect(previous(slides, START)).toEqual(START);
  });
  it('jumps to the first and to the last actor fully revealed', () => {
    expect(step(slides, { index: 1, revealed: 1 }, 'first')).toEqual(START);
    expect(step(slides, START, 'last')).toEqual({ index: 1, revealed: 1 });
    expect(last([])).toEqual(START);
    expect(next([], START)).toEqual(START);
  });
});
