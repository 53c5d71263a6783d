// Measurements of the chosen body (its core, before widening over a split body) that tell an article from a listing: how much prose it holds,
// how much of it is links, and whether it is built from teasers (linked headings, nested <article>s).

import { isBefore } from './article-parts';
import type { ContentCandidate } from './content-score';

export interface BodyEvidence {
  /** Weighted characters of non-link text in the body roots. */
  proseChars: number;
  /** Paragraphs in the body roots long enough and unlinked enough to be prose. */
  proseParagraphs: number;
  /** Paragraphs of at least a sentence (wire copy writes one-sentence paragraphs), barely linked. */
  sentenceParagraphs: number;
  /** Link text over all text in the body roots. */
  linkDensity: number;
  /** Headings inside the roots, before their last prose paragraph, that are mostly a link to another page: the mark of a teaser list. */
  linkedHeadings: number;
  /** <article> elements inside the roots, before their last prose paragraph: cards of a listing. */
  nestedArticles: number;
  /** The body is, or sits in, an <article>, [itemprop=articleBody] or <main>. */
  semanticContainer: boolean;
  /** Elements on the page named for prices, carts or checkout. */
  shopMarks: number;
}

/** A paragraph of at least this many (weighted) characters is prose rather than a teaser line or a caption. */
const PROSE_PARAGRAPH_CHARS = 150;
/** A paragraph of this many weighted characters holds at least one full sentence. */
const SENTENCE_PARAGRAPH_CHARS = 80;
/** Above this share of links a paragraph is navigation, not prose. */
const PROSE_MAX_LINK_DENSITY = 0.3;

/** A heading is a teaser when a link to elsewhere covers most of its text (a "¶" or "[edit]" anchor does not). */
const TEASER_HEADING_LINK_SHARE = 0.6;

/**
 * A link to another page. An anchor on this page is not one, nor is a permalink back to it: a
 * live blog links each update's heading to its own place on the page ("/live/pier-vote#post-3").
 */
function linksElsewhere(a: Element, page: URL | undefined): boolean {
  const href = a.getAttribute('href');
  if (href === null || href.startsWith('#')) return false;
  if (!page) return true;
  try {
    const target = new URL(href, page);
    return target.origin !== page.origin || target.pathname !== page.pathname;
  } catch {
    return true;
  }
}

function isTeaserHeading(h: Element, page: URL | undefined): boolean {
  const wrapping = h.closest('a[href]');
  if (wrapping) return linksElsewhere(wrapping, page);
  const total = (h.textContent ?? '').trim().length;
  if (total === 0) return false;
  let linked = 0;
  for (const a of h.getElementsByTagName('a')) if (linksElsewhere(a, page)) linked += (a.textContent ?? '').trim().length;
  return linked / total >= TEASER_HEADING_LINK_SHARE;
}

/**
 * An <article> inside the body is a card of a listing when it points to another page. A live
 * blog's updates are <article>s too, headed by a permalink to themselves or by plain text: the
 * page's own content.
 */
function isCard(article: Element, page: URL | undefined): boolean {
  for (const a of article.getElementsByTagName('a')) if (linksElsewhere(a, page)) return true;
  return false;
}

function parsePage(url: string | undefined): URL | undefined {
  try {
    return url ? new URL(url) : undefined;
  } catch {
    return undefined;
  }
}

/** `pageUrl`, when known, tells links back to this page (a live blog's permalinks) from links to other stories. */
export function measureBody(content: ContentCandidate, pageUrl?: string): BodyEvidence {
  const page = parsePage(pageUrl);
  const roots = content.core;
  let chars = 0;
  let linkChars = 0;
  for (const root of roots) {
    const s = content.stats.get(root);
    if (s) {
      chars += s.chars;
      linkChars += s.linkChars;
    }
  }
  const inRoots = (el: Element): boolean => roots.some((r) => r.contains(el));
  const sentences = content.paragraphs.filter(
    (p) => p.chars >= SENTENCE_PARAGRAPH_CHARS && p.linkChars / p.chars < PROSE_MAX_LINK_DENSITY && inRoots(p.el),
  );
  const proseParagraphs = sentences.filter((p) => p.chars >= PROSE_PARAGRAPH_CHARS).length;
  // Teasers after the last paragraph of prose are a "more stories" box closing an article; a
  // listing's teasers come among its text (each with its summary) or instead of it.
  const lastProse = sentences.reduce<Element | undefined>((last, p) => (!last || isBefore(last, p.el) ? p.el : last), undefined);
  const amongProse = (el: Element): boolean => !lastProse || isBefore(el, lastProse);
  let linkedHeadings = 0;
  let nestedArticles = 0;
  for (const root of roots) {
    for (const tag of ['h2', 'h3', 'h4']) for (const h of root.getElementsByTagName(tag)) if (isTeaserHeading(h, page) && amongProse(h)) linkedHeadings++;
    for (const a of root.getElementsByTagName('article')) if (amongProse(a) && isCard(a, page)) nestedArticles++;
  }
  const first = roots[0];
  return {
    proseChars: chars - linkChars,
    proseParagraphs,
    sentenceParagraphs: sentences.length,
    linkDensity: chars > 0 ? linkChars / chars : 0,
    linkedHeadings,
    nestedArticles,
    semanticContainer: first !== undefined && first.closest('article, [itemprop="articleBody"], main') !== null,
    shopMarks: content.shopMarks,
  };
}
