// Where the body of an article is: the best-scored candidate (see scorer.ts), refined as
// Readability does, widened over a body split into several containers, and joined by its
// paragraph-like siblings. Returns live elements; nothing is cloned, nothing is changed.

import { PARAGRAPH_TAGS, Scorer, type ElementStats, type Paragraph } from './scorer';

export interface ContentCandidate {
  /** The body: the best candidate, widened over a split body, with its paragraph-like siblings. */
  roots: Element[];
  /** The best candidate and its siblings before widening: what the page-type evidence is measured on. */
  core: Element[];
  score: number;
  stats: Map<Element, ElementStats>;
  paragraphs: Paragraph[];
  /** Elements anywhere on the page named for prices, carts or checkout. */
  shopMarks: number;
}

/** Near-top candidates (this share of the best) that share an ancestor mean the body is that ancestor. */
const ALTERNATIVE_SHARE = 0.75;
const MIN_ALTERNATIVES_SHARING = 3;
const TOP_CANDIDATES_KEPT = 5;
/** A sibling joins the body when it scores this share of the best candidate (and at least the floor). */
const SIBLING_SHARE = 0.2;
const SIBLING_MIN_SCORE = 10;
/** A plain paragraph sibling joins when long and barely linked, or short, unlinked and sentence-like. */
const SIBLING_PARAGRAPH_CHARS = 80;
const SIBLING_PARAGRAPH_MAX_LINK_DENSITY = 0.25;

function isScoredDescendantOf(el: Element, ancestor: Element): boolean {
  return el !== ancestor && ancestor.contains(el);
}

/** Readability's refinements: shared ancestor of near-top candidates, climbing while the parent scores better. */
function refineTop(scorer: Scorer, ranked: Element[], body: Element): Element {
  let top = ranked[0]!;
  const topScore = scorer.finalScore(top);
  const alternatives = ranked
    .slice(1, TOP_CANDIDATES_KEPT)
    .filter((c) => scorer.finalScore(c) / topScore >= ALTERNATIVE_SHARE && !top.contains(c));
  if (alternatives.length >= MIN_ALTERNATIVES_SHARING) {
    for (let parent = top.parentElement; parent && parent !== body; parent = parent.parentElement) {
      const sharing = alternatives.filter((a) => isScoredDescendantOf(a, parent!)).length;
      if (sharing >= MIN_ALTERNATIVES_SHARING) {
        top = parent;
        break;
      }
    }
  }
  let lastScore = scorer.finalScore(top);
  const floor = lastScore / 3;
  for (let parent = top.parentElement; parent && parent !== body; parent = parent.parentElement) {
    if (!scorer.scores.has(parent)) continue;
    const score = scorer.finalScore(parent);
    if (score < floor) break;
    if (score > lastScore) {
      top = parent;
      break;
    }
    lastScore = score;
  }
  while (top.parentElement && top.parentElement !== body && top.parentElement.childElementCount === 1) {
    top = top.parentElement;
  }
  return top;
}

/** A paragraph this long, and this little linked, is body prose rather than a teaser or a label. */
const BODY_PARAGRAPH_CHARS = 100;
const BODY_PARAGRAPH_MAX_LINK_DENSITY = 0.2;
/** Generations examined above the best candidate when gathering a body split into several containers. */
const MAX_GATHER_LEVELS = 6;
/**
 * Climbing one level must add at least this much body prose per character of other text it
 * brings in. Bodies split by ads and images into sibling wrappers add much prose and little else;
 * a page column adds teasers and widgets.
 */
const GATHER_MIN_PROSE_RATIO = 3;

/**
 * Widen the body to an ancestor when the article is split over several containers (body text
 * interrupted by ad or media wrappers at a deeper level than Readability's sibling search reaches).
 */
function gatherSplitBody(scorer: Scorer, top: Element, body: Element): Element {
  const prose = scorer.paragraphs.filter(
    (p) => p.chars >= BODY_PARAGRAPH_CHARS && p.linkChars / p.chars <= BODY_PARAGRAPH_MAX_LINK_DENSITY,
  );
  const proseIn = (el: Element): number => prose.reduce((sum, p) => (el.contains(p.el) ? sum + p.chars : sum), 0);
  const other = (el: Element, proseChars: number): number => (scorer.stats.get(el)?.chars ?? 0) - proseChars;
  let best = top;
  let bestProse = proseIn(top);
  let parent = top.parentElement;
  for (let level = 0; level < MAX_GATHER_LEVELS && parent && parent !== body; level++, parent = parent.parentElement) {
    const parentProse = proseIn(parent);
    const gained = parentProse - bestProse;
    const addedOther = other(parent, parentProse) - other(best, bestProse);
    if (gained > 0 && gained >= addedOther * GATHER_MIN_PROSE_RATIO) {
      best = parent;
      bestProse = parentProse;
    }
  }
  return best;
}

const SENTENCE_END = /[.!?。！？]["'”’»)]?\s*$/u;

/** The top candidate and the siblings that belong with it, in document order. */
function withSiblings(scorer: Scorer, top: Element): Element[] {
  const parent = top.parentElement;
  if (!parent) return [top];
  const topScore = scorer.finalScore(top);
  const threshold = Math.max(SIBLING_MIN_SCORE, topScore * SIBLING_SHARE);
  const topClass = top.getAttribute('class');
  const roots: Element[] = [];
  for (const sibling of parent.children) {
    if (sibling === top) { roots.push(sibling); continue; }
    const stats = scorer.stats.get(sibling);
    if (!stats || stats.chars === 0) continue; // skipped as chrome or empty
    const bonus = topClass && sibling.getAttribute('class') === topClass ? topScore * SIBLING_SHARE : 0;
    if (scorer.scores.has(sibling) && scorer.finalScore(sibling) + bonus >= threshold) {
      roots.push(sibling);
      continue;
    }
    if (!PARAGRAPH_TAGS.has(sibling.tagName)) continue;
    const density = scorer.linkDensity(sibling);
    const text = sibling.textContent ?? '';
    if (stats.chars > SIBLING_PARAGRAPH_CHARS && density < SIBLING_PARAGRAPH_MAX_LINK_DENSITY) roots.push(sibling);
    else if (stats.chars <= SIBLING_PARAGRAPH_CHARS && density === 0 && SENTENCE_END.test(text)) roots.push(sibling);
  }
  return roots;
}

/**
 * Score the live DOM under `body` and return the best body candidate (no roots when there is no
 * prose), pausing inside the walk (see Scorer.walk).
 */
export function* scoreContentInSteps(body: Element, opts: { skipNamedFurniture: boolean }): Generator<void, ContentCandidate, void> {
  const scorer = new Scorer(opts.skipNamedFurniture);
  yield* scorer.walk(body);
  const ranked = [...scorer.scores.keys()]
    .filter((el) => el !== body && el !== body.ownerDocument.documentElement)
    .sort((a, b) => scorer.finalScore(b) - scorer.finalScore(a));
  if (ranked.length === 0) {
    return { roots: [], core: [], score: 0, stats: scorer.stats, paragraphs: scorer.paragraphs, shopMarks: scorer.shopMarks };
  }
  const top = refineTop(scorer, ranked, body);
  const gathered = gatherSplitBody(scorer, top, body);
  const core = withSiblings(scorer, top);
  return {
    roots: gathered === top ? core : withSiblings(scorer, gathered),
    core,
    score: scorer.finalScore(top),
    stats: scorer.stats,
    paragraphs: scorer.paragraphs,
    shopMarks: scorer.shopMarks,
  };
}
