// The trainer view's sequence: one slide per actor of the article, in the order of the cast (by
// type, then first mention), each opening on name, type and summary and then revealing its facts
// one at a time. Pure: positions in, positions out, so the keyboard logic is tested without a page.
import type { EntityCard, FactView } from '../shared/messages';

export type SlideFact = FactView & { when: 'at' | 'since' };
export type Slide = { card: EntityCard; facts: SlideFact[] };
/** `revealed` facts of slide `index` are shown. */
export type Position = { index: number; revealed: number };

export const START: Position = { index: 0, revealed: 0 };

/** Facts that held at the article's date come first, then what changed since. */
export function slidesOf(cards: readonly EntityCard[]): Slide[] {
  return cards.map((card) => ({
    card,
    facts: [...card.facts.map((f) => ({ ...f, when: 'at' as const })), ...card.since.map((f) => ({ ...f, when: 'since' as const }))],
  }));
}

/** Next fact, or the next actor once all facts are out; stays at the very end. */
export function next(slides: readonly Slide[], p: Position): Position {
  const slide = slides[p.index];
  if (!slide) return p;
  if (p.revealed < slide.facts.length) return { index: p.index, revealed: p.revealed + 1 };
  return p.index + 1 < slides.length ? { index: p.index + 1, revealed: 0 } : p;
}

/** One step back: hides the last fact, or returns to the previous actor as it was left, complete. */
export function previous(slides: readonly Slide[], p: Position): Position {
  if (p.revealed > 0) return { index: p.index, revealed: p.revealed - 1 };
  if (p.index === 0) return p;
  return { index: p.index - 1, revealed: slides[p.index - 1]!.facts.length };
}

export const first = (): Position => START;

/** The last actor with every fact out. */
export function last(slides: readonly Slide[]): Position {
  return slides.length ? { index: slides.length - 1, revealed: slides[slides.length - 1]!.facts.length } : START;
}

export type Step = 'next' | 'previous' | 'first' | 'last';

/** Presentation keys: arrows and Space like a slide deck, Page Up/Down for presenter remotes. */
export const KEY_STEPS: Record<string, Step> = {
  ArrowRight: 'next',
  ' ': 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
};

export function step(slides: readonly Slide[], p: Position, s: Step): Position {
  switch (s) {
    case 'next': return next(slides, p);
    case 'previous': return previous(slides, p);
    case 'first': return first();
    case 'last': return last(slides);
  }
}
