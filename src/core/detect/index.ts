// Is this page an article, and which live elements hold it? The cheap guard first; then metadata,
// a read-only scoring pass over the DOM, and a weighed decision. Pure: reads the Document it is
// given, never changes it, so the content script can re-run it whenever the page mutates.

import { findBodyCaptions, findFactBoxes, findLeadCaptions, findVisibleDate, isBefore, normaliseRoots, type KindedRoot, type RootKind } from './article-parts';
import { scoreContentInSteps, type ContentCandidate } from './content-score';
import { runSteps } from './steps';
import { dateFromUrl } from './dates';
import { decide, MAX_BODY_LINK_DENSITY } from './decision';
import { measureBody } from './evidence';
import { isWorthALook } from './guard';
import { findHeadline } from './headline';
import { findLead } from './lead';
import { isRtlLanguage, primaryLanguage, readMetadata } from './metadata';
import { isLegalTitle, urlShape } from './url-shape';
import { holdsProse } from '../text/boilerplate';
import { measureText } from '../text/measure';

export type { RootKind };

export interface Detection {
  isArticle: boolean;
  confidence: number;
  reasons: string[];
  /** Live elements holding headline, captions and body, in document order. */
  roots: Element[];
  /**
   * What each of `roots` holds (same order and length): 'body'; or the 'headline', a 'caption' or
   * the 'lead' paragraph found between headline and body, outside the body, and added as a root of
   * its own. A headline, caption or lead inside a body root is part of that 'body' root.
   */
  rootKinds: RootKind[];
  /**
   * Photo captions inside the 'body' and 'lead' roots (<figcaption>, elements named as captions).
   * They stay in the text a reader sees; what is known of them lets a body-only measure leave them out.
   */
  captionElements: Element[];
  /** Fact and info boxes inside the 'body' and 'lead' roots: in the text a reader sees, set apart from the running text. */
  factBoxElements: Element[];
  /** The live element showing the headline, when one was found: a root of its own or inside a body root. */
  headlineElement?: Element;
  headline?: string;
  published?: string;
  modified?: string;
  language?: string;
  direction: 'ltr' | 'rtl';
  section?: string;
}

/**
 * Below this much unlinked body text, scoring again without skipping furniture-named blocks: some
 * sites name their whole content column "sidebar-layout" or "comments-enabled" (Readability
 * retries too), and then the first pass finds a link-heavy column or a blurb instead.
 */
const RETRY_BELOW_CHARS = 500;

/** All the text in the body roots, links included. */
export function bodyChars(c: ContentCandidate): number {
  return c.roots.reduce((sum, r) => sum + (c.stats.get(r)?.chars ?? 0), 0);
}

/** Unlinked text in the body roots, and the share of all their text that is links. */
function bodyProse(c: ContentCandidate): { prose: number; linkDensity: number } {
  let chars = 0;
  let links = 0;
  for (const r of c.roots) {
    const s = c.stats.get(r);
    if (s) {
      chars += s.chars;
      links += s.linkChars;
    }
  }
  return { prose: chars - links, linkDensity: chars > 0 ? links / chars : 0 };
}

/**
 * The retry wins when it finds more unlinked text and is not a list of links itself. Without
 * skipping furniture, a short body (a paywalled teaser, a brief) gains its related-stories and
 * subscribe boxes: many more characters, nearly all links, and a few words of labels.
 */
export function findBody(body: Element): ContentCandidate {
  return runSteps(findBodyInSteps(body));
}

/** findBody, pausing inside each walk (see Scorer.walk). */
export function* findBodyInSteps(body: Element): Generator<void, ContentCandidate, void> {
  const strict = yield* scoreContentInSteps(body, { skipNamedFurniture: true });
  const s = bodyProse(strict);
  if (s.prose >= RETRY_BELOW_CHARS) return strict;
  const loose = yield* scoreContentInSteps(body, { skipNamedFurniture: false });
  const l = bodyProse(loose);
  return l.prose > s.prose && l.linkDensity <= MAX_BODY_LINK_DENSITY ? loose : strict;
}

/**
 * Pages that append the next stories as the reader scrolls hold several <article>s with prose of
 * their own, and their common container (or a later story) can outscore the first. The story whose
 * <article> holds the page's headline is the page's: when the body found lies in, or spans, another
 * story's <article>, the body is looked for inside the headline's.
 */
function withinHeadlineStory(content: ContentCandidate, headline: Element | undefined): ContentCandidate {
  const story = headline?.closest('article');
  if (!story || !holdsProse(story)) return content;
  const isOtherStory = (a: Element | null): boolean => !!a && !a.contains(story) && !story.contains(a) && holdsProse(a);
  const strays = content.roots.some(
    (r) => isOtherStory(r.closest('article')) || (r.contains(story) && [...r.getElementsByTagName('article')].some(isOtherStory)),
  );
  if (!strays) return content;
  const inner = findBody(story);
  return inner.roots.length > 0 ? inner : content;
}

/** Article headlines are sentences; section and site names ("Politik", "World news") are one or two words. */
const MIN_HEADLINE_WORDS = 4;
/** CJK headlines have no spaces: count weighted characters instead (see measureText). */
const MIN_HEADLINE_CHARS = 24;

/** The headline opens the body or stands before it (a matching title further down is another story's teaser). */
function opensBody(headline: Element | undefined, bodyStart: Element | undefined): headline is Element {
  return !!headline && !!bodyStart && (bodyStart.contains(headline) || isBefore(headline, bodyStart));
}

function isSentenceLike(headline: Element): boolean {
  const text = headline.textContent ?? '';
  return text.trim().split(/\s+/).length >= MIN_HEADLINE_WORDS || measureText(text).chars >= MIN_HEADLINE_CHARS;
}

function pageUrl(doc: Document, url: string | undefined, canonical: string | undefined): string | undefined {
  if (url) return url;
  if (canonical) return canonical;
  return /^https?:/i.test(doc.URL) ? doc.URL : undefined;
}

export function detectArticle(doc: Document, url?: string): Detection {
  return runSteps(detectInSteps(doc, url));
}

/**
 * The same detection, in steps: each `yield` falls between two walks of the page, where a caller in
 * the browser lets the page run (a new task). On a page of 10,000 elements the walks together take
 * longer than a long task; each alone does not.
 */
export function* detectInSteps(doc: Document, url?: string): Generator<void, Detection, void> {
  const meta = readMetadata(doc);
  const base = {
    headline: meta.headline,
    published: meta.published,
    modified: meta.modified,
    language: meta.language,
    section: meta.section,
    direction: meta.dir ?? (isRtlLanguage(meta.language) ? 'rtl' : 'ltr'),
  } as const;
  const guard = isWorthALook(doc);
  if (!guard.worth || !doc.body) {
    return { ...base, isArticle: false, confidence: 0, reasons: [`guard: ${guard.reason}`], roots: [], rootKinds: [], captionElements: [], factBoxElements: [] };
  }
  yield;

  const found = yield* findBodyInSteps(doc.body);
  yield;
  const headline = findHeadline(doc, meta.headline, meta.title, found.roots[0]);
  const content = withinHeadlineStory(found, headline.element);
  const bodyStart = content.roots[0];
  const href = pageUrl(doc, url, meta.canonicalUrl);
  const decision = decide({
    meta,
    url: urlShape(href),
    legalTitle: isLegalTitle(headline.text ?? meta.title),
    headlineAboveBody: opensBody(headline.element, bodyStart) && isSentenceLike(headline.element),
    body: measureBody(content, href),
  });
  yield;

  const roots: KindedRoot[] = content.roots.map((el) => ({ el, kind: 'body' }));
  if (opensBody(headline.element, bodyStart) && !content.roots.some((r) => r.contains(headline.element!))) {
    roots.push({ el: headline.element, kind: 'headline' });
    for (const el of findLeadCaptions(headline.element, bodyStart!)) roots.push({ el, kind: 'caption' });
    for (const el of findLead(headline.element, bodyStart!)) roots.push({ el, kind: 'lead' });
  }
  const chosen = decision.isArticle ? normaliseRoots(roots) : [];
  const textRoots = chosen.filter((r) => r.kind === 'body' || r.kind === 'lead').map((r) => r.el);
  yield;
  const captionElements = findBodyCaptions(textRoots);
  yield;
  const factBoxElements = findFactBoxes(textRoots);
  const anchor = bodyStart ?? headline.element;
  const language = base.language ?? primaryLanguage(anchor?.closest('[lang]')?.getAttribute('lang'));
  const dirAttr = anchor?.closest('[dir]')?.getAttribute('dir')?.toLowerCase();
  return {
    isArticle: decision.isArticle,
    confidence: decision.confidence,
    reasons: [`guard: ${guard.reason}`, ...decision.reasons],
    roots: chosen.map((r) => r.el),
    rootKinds: chosen.map((r) => r.kind),
    captionElements,
    factBoxElements,
    headlineElement: headline.element,
    headline: headline.text ?? base.headline,
    published: base.published ?? findVisibleDate(headline.element, bodyStart) ?? dateFromUrl(href),
    modified: base.modified,
    language,
    section: base.section,
    direction: dirAttr === 'rtl' || dirAttr === 'ltr' ? dirAttr : isRtlLanguage(language) ? 'rtl' : base.direction,
  };
}
