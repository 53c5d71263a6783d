// One read-only pass over the live DOM that scores every element by the paragraphs under it
// (after Readability's idea: commas and length make a paragraph, its score flows to its parent
// and, fading, to further ancestors). Nothing is cloned, nothing is changed.

import { BLOCK_TAGS, isNonProse } from '../text/elements';
import { hasFurnitureName, holdsProse, isFurnitureForm, nameParts } from '../text/boilerplate';
import { measureText } from '../text/measure';

export interface ElementStats {
  chars: number;
  linkChars: number;
  commas: number;
}

export interface Paragraph {
  /** The element holding the paragraph's text: a <p>, a text-only <div>, or a block with loose text. */
  el: Element;
  chars: number;
  linkChars: number;
}

/** Class or id parts that mark a shop: prices, carts, checkout and buy buttons ("cartbut", "buyBtn", "priceBox"). */
const SHOP_NAME = /^(?:price|cart(?!oon|ograph)|basket|checkout|addtocart|buy|sku|wishlist)/;

/** Shorter runs of text are labels, buttons and bylines, not paragraphs (Readability uses 25 too). */
const MIN_PARAGRAPH_CHARS = 25;
/** Each full 100 characters adds a point, up to this many: long paragraphs count, but not without end. */
const MAX_LENGTH_POINTS = 3;
/** How far up a paragraph's score flows: parent, grandparent and three more generations. */
const SCORED_ANCESTOR_LEVELS = 5;
/** A class or id naming the content ("article-body", "story") or furniture moves a candidate this much. */
const NAME_WEIGHT = 25;
export const PARAGRAPH_TAGS: ReadonlySet<string> = new Set(['P', 'TD', 'BLOCKQUOTE', 'DD']);
const CHROME_TAGS: ReadonlySet<string> = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER', 'MENU']);
const CHROME_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'complementary', 'contentinfo', 'banner', 'menu', 'menubar', 'dialog', 'alertdialog', 'search',
]);
/** Name parts that mark the content itself; they outvote furniture names on the same element ("article-related" is kept). */
const CONTENT_WORDS: ReadonlySet<string> = new Set([
  'article', 'articlebody', 'body', 'content', 'contents', 'entry', 'hentry', 'main', 'post', 'text', 'story',
  'blog', 'prose', 'richtext', 'column', 'page', 'detail', 'news', 'copy',
]);

const TAG_BASE: Readonly<Record<string, number>> = {
  DIV: 5, ARTICLE: 5, SECTION: 5, MAIN: 5,
  PRE: 3, TD: 3, BLOCKQUOTE: 3,
  ADDRESS: -3, OL: -3, UL: -3, DL: -3, DD: -3, DT: -3, LI: -3, FORM: -3,
  H1: -5, H2: -5, H3: -5, H4: -5, H5: -5, H6: -5, TH: -5,
};

function hasContentName(el: Element): boolean {
  return nameParts(el).some((p) => CONTENT_WORDS.has(p)) || el.getAttribute('itemprop') === 'articleBody';
}

/** Chrome that a reader never takes for the article: skipped while scoring, as Readability strips it. */
function isChrome(el: Element, skipNamedFurniture: boolean): boolean {
  if (CHROME_TAGS.has(el.tagName)) return true;
  if (el.tagName === 'FORM') return isFurnitureForm(el);
  const role = el.getAttribute('role');
  if (role !== null && CHROME_ROLES.has(role)) return true;
  return skipNamedFurniture && el.tagName !== 'ARTICLE' && hasFurnitureName(el) && !hasContentName(el) && !holdsProse(el);
}

/**
 * Below this much unlinked text an element is not the content whatever its name: a header block
 * named "conDetailHeader" or "article-top" that holds the headline and a date must not outscore
 * the paragraphs further down because of its name (news CMSes nest each paragraph so deep that
 * the body's own wrapper gets no score of its own).
 */
const CONTENT_NAME_MIN_CHARS = 250;

/** Elements scored between two pauses: about 10 ms of a 60 ms walk of 10,000 elements. */
const WALK_STEP = 1500;

interface Visited {
  stats: ElementStats;
  /** The subtree holds a block element: an inline wrapper around blocks breaks paragraphs too. */
  hasBlock: boolean;
}

export class Scorer {
  readonly stats = new Map<Element, ElementStats>();
  readonly scores = new Map<Element, number>();
  readonly paragraphs: Paragraph[] = [];
  shopMarks = 0;
  private readonly ancestors: Element[] = [];
  /** Candidates whose class or id names the content: their name weighs only once their text is known. */
  private readonly contentNamed = new Set<Element>();

  constructor(private readonly skipNamedFurniture: boolean) {}

  /** Credit a paragraph to the ancestors on the stack, from `skip` levels above its holder. */
  private addParagraph(el: Element, skip: number, chars: number, commas: number, linkChars: number): void {
    this.paragraphs.push({ el, chars, linkChars });
    const points = 1 + commas + Math.min(Math.floor(chars / 100), MAX_LENGTH_POINTS);
    const chain = this.ancestors;
    for (let level = 0; level < SCORED_ANCESTOR_LEVELS; level++) {
      const index = chain.length - 1 - skip - level;
      if (index < 0) break;
      const ancestor = chain[index]!;
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      const current = this.scores.get(ancestor) ?? this.initialScore(ancestor);
      this.scores.set(ancestor, current + points / divider);
    }
  }

  private initialScore(el: Element): number {
    if (hasContentName(el)) this.contentNamed.add(el);
    return (TAG_BASE[el.tagName] ?? 0) - (hasFurnitureName(el) ? NAME_WEIGHT : 0);
  }

  private visited = 0;

  /**
   * Scores the subtree, pausing (a `yield`) after every WALK_STEP elements so that a caller in the
   * browser can let the page run: on a page of 10,000 elements the whole walk is a long task.
   */
  *walk(el: Element): Generator<void, Visited, void> {
    if (++this.visited % WALK_STEP === 0) yield;
    if ((el.hasAttribute('class') || el.id) && nameParts(el).some((p) => SHOP_NAME.test(p))) this.shopMarks++;
    const stats: ElementStats = { chars: 0, linkChars: 0, commas: 0 };
    this.ancestors.push(el);
    const isParagraphTag = PARAGRAPH_TAGS.has(el.tagName);
    let run: ElementStats = { chars: 0, linkChars: 0, commas: 0 };
    let hasBlock = false;
    let looseRuns = 0;
    // Loose text in a block that also holds blocks (or <br>-separated text) forms paragraphs of
    // that block: the block is scored as their parent.
    const flushRun = (): void => {
      if (!isParagraphTag && run.chars >= MIN_PARAGRAPH_CHARS) {
        this.addParagraph(el, 0, run.chars, run.commas, run.linkChars);
        looseRuns++;
      }
      run = { chars: 0, linkChars: 0, commas: 0 };
    };
    for (let child = el.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const m = measureText((child as Text).data);
        stats.chars += m.chars;
        stats.commas += m.commas;
        run.chars += m.chars;
        run.commas += m.commas;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const c = child as Element;
      if (c.tagName === 'BR') {
        flushRun();
        hasBlock = true;
        continue;
      }
      if (isNonProse(c) || isChrome(c, this.skipNamedFurniture)) continue;
      const v = yield* this.walk(c);
      const links = c.tagName === 'A' ? v.stats.chars : v.stats.linkChars;
      stats.chars += v.stats.chars;
      stats.linkChars += links;
      stats.commas += v.stats.commas;
      if (v.hasBlock || BLOCK_TAGS.has(c.tagName)) {
        flushRun();
        hasBlock = true;
      } else {
        run.chars += v.stats.chars;
        run.commas += v.stats.commas;
        run.linkChars += links;
      }
    }
    this.ancestors.pop();
    const actsAsParagraph = isParagraphTag || (!hasBlock && BLOCK_TAGS.has(el.tagName));
    if (actsAsParagraph) {
      // A <p>, or a block holding nothing but inline text, is a paragraph of its parent.
      if (stats.chars >= MIN_PARAGRAPH_CHARS) this.addParagraph(el, 0, stats.chars, stats.commas, stats.linkChars);
    } else if (looseRuns > 0 || run.chars > 0) {
      flushRun();
    }
    this.stats.set(el, stats);
    return { stats, hasBlock };
  }

  linkDensity(el: Element): number {
    const s = this.stats.get(el);
    return s && s.chars > 0 ? s.linkChars / s.chars : 0;
  }

  finalScore(el: Element): number {
    const raw = this.scores.get(el);
    if (raw === undefined) return 0;
    const s = this.stats.get(el);
    const named = this.contentNamed.has(el) && s !== undefined && s.chars - s.linkChars >= CONTENT_NAME_MIN_CHARS ? NAME_WEIGHT : 0;
    return (raw + named) * (1 - this.linkDensity(el));
  }
}

