// Weighing the signals. Each signal adds or removes points and says why; the page is an article
// when the sum reaches ARTICLE_THRESHOLD. Metadata alone is not enough (legal pages and section
// fronts declare NewsArticle too) and prose alone is not enough (product descriptions, privacy
// policies), so the weights make an article need both, or a great deal of one.

import type { BodyEvidence } from './evidence';
import type { PageMetadata } from './metadata';
import type { UrlShape } from './url-shape';

export interface DecisionInput {
  meta: PageMetadata;
  url: UrlShape;
  legalTitle: boolean;
  /** A visible headline of several words precedes (or opens) the body. */
  headlineAboveBody: boolean;
  body: BodyEvidence;
}

export interface Decision {
  isArticle: boolean;
  confidence: number;
  reasons: string[];
}

/** Points needed to call a page an article. */
export const ARTICLE_THRESHOLD = 3;
/** Points from the threshold at which confidence reaches about 0.73 / 0.27 (logistic scale). */
const CONFIDENCE_SCALE = 1;

/** Listing and media types: the page is about many things, or about a thing that is not text. */
const LISTING_TYPES: ReadonlySet<string> = new Set([
  'CollectionPage', 'ItemList', 'SearchResultsPage', 'ProfilePage', 'VideoObject', 'QAPage', 'FAQPage',
]);

/** Below this much prose (≈ 60 English words) there is little to read. */
const MIN_PROSE_CHARS = 350;
/**
 * Below this (a sentence or two) there is nothing to read, whatever the metadata says. Between the
 * two is a teaser: a paywalled story shows its standfirst and first paragraph, and a page that
 * declares an article type, has a story URL and a headline above that text is still the story.
 */
const TEASER_PROSE_CHARS = 150;
/** A short article: a few paragraphs of news. */
const SHORT_PROSE_CHARS = 900;
/** A full article: long enough that only real writing (or a legal page) gets there. */
const LONG_PROSE_CHARS = 2500;
/**
 * Teaser lists repeat a linked heading (or an <article> card) per item. Three or more, and at least
 * one per three prose paragraphs, make a listing; an article with a related-stories box has far
 * more paragraphs than cards.
 */
const LISTING_MIN_ITEMS = 3;
const LISTING_PARAGRAPHS_PER_ITEM = 3;

/**
 * Paragraphs are counted from a sentence up: wire copy and tabloids write one-sentence paragraphs,
 * and an article with a few "read more" headings among twenty of them is no listing. A listing's
 * teasers carry a summary each, so it does not escape this way: one summary per item.
 */
function isListing(items: number, body: BodyEvidence): boolean {
  return items >= LISTING_MIN_ITEMS && items * LISTING_PARAGRAPHS_PER_ITEM >= body.sentenceParagraphs;
}
/**
 * Shops name their price, cart and checkout elements; an article may show one price box (a
 * product review, a market report) but rarely several.
 */
const MIN_SHOP_MARKS = 4;
/** Above this share of link text the "body" is a link list. */
export const MAX_BODY_LINK_DENSITY = 0.33;

function hasLittleProse(body: BodyEvidence): boolean {
  return body.proseChars >= MIN_PROSE_CHARS && (body.proseChars < SHORT_PROSE_CHARS || body.sentenceParagraphs < 3);
}

type Rule = [points: number, reason: string, applies: (i: DecisionInput) => boolean];

const RULES: Rule[] = [
  [3, 'declares an article type (JSON-LD or microdata)', (i) => i.meta.articleTypes.length > 0],
  [2, 'og:type=article', (i) => i.meta.ogType === 'article' && i.meta.articleTypes.length === 0],
  [1, 'has a publication date', (i) => i.meta.published !== undefined],
  [-4, 'sells something (product, offer or price metadata)', (i) => i.meta.sellsSomething],
  [-2, 'declares a listing or media page type', (i) => i.meta.nonArticleTypes.some((t) => LISTING_TYPES.has(t))],
  [-1, 'og:type is a non-article type', (i) => i.meta.ogType !== undefined && i.meta.ogType !== 'article' && i.meta.articleTypes.length === 0],
  // A headline slug, a story id or a date in the path is how news CMSes address one story.
  [2, 'URL has an article slug, id or date', (i) => i.url === 'article'],
  // No article lives at a site's root; a section path is only a hint (some sites file stories there).
  [-4, 'URL is a home page', (i) => i.url === 'home'],
  [-2, 'URL looks like a section front', (i) => i.url === 'front'],
  [-3, 'URL looks like a shop item', (i) => i.url === 'shop'],
  [-5, 'page has shop markup (prices, cart, checkout)', (i) => i.body.shopMarks >= MIN_SHOP_MARKS],
  [-3, 'URL looks like a discussion thread', (i) => i.url === 'forum'],
  // Legal pages are long, clean prose and often declare NewsArticle: their name must outweigh everything.
  [-10, 'URL names a legal or service page', (i) => i.url === 'legal'],
  [-10, 'headline names a legal page', (i) => i.legalTitle],
  [-6, 'almost no prose in the body', (i) => i.body.proseChars < TEASER_PROSE_CHARS],
  [-4, "only a teaser's worth of prose in the body", (i) => i.body.proseChars >= TEASER_PROSE_CHARS && i.body.proseChars < MIN_PROSE_CHARS],
  // Articles are written in paragraphs; product specs, tweets and galleries are not. Short text and
  // few paragraphs are two views of one weakness, so they cost once.
  // On a story URL, short text is a short story (a news brief, a wire item) rather than a sign of
  // a non-article: no penalty there, so URL and a headline above the body carry it (the body still
  // needs MIN_PROSE_CHARS; below that the -6 above applies).
  [-2, 'little prose in the body (short, or fewer than three paragraphs of a sentence)', (i) => hasLittleProse(i.body) && i.url !== 'article'],
  [1, 'body has a few paragraphs of prose', (i) => i.body.proseParagraphs >= 3],
  [1, 'body has many paragraphs of prose', (i) => i.body.proseParagraphs >= 6],
  [1, 'long body text', (i) => i.body.proseChars >= LONG_PROSE_CHARS],
  [-3, 'body is mostly links', (i) => i.body.linkDensity > MAX_BODY_LINK_DENSITY],
  // Linked headings and <article> cards are two marks of the same thing: counted once.
  [-3, 'body is a list of teasers (linked headings or <article> cards)', (i) => isListing(Math.max(i.body.linkedHeadings, i.body.nestedArticles), i.body)],
  [1, 'a headline of several words stands above the body', (i) => i.headlineAboveBody],
  [1, 'body sits in <article>, <main> or itemprop=articleBody', (i) => i.body.semanticContainer],
];

export function decide(input: DecisionInput): Decision {
  let points = 0;
  const reasons: string[] = [];
  for (const [weight, reason, applies] of RULES) {
    if (!applies(input)) continue;
    points += weight;
    reasons.push(`${weight > 0 ? '+' : ''}${weight} ${reason}`);
  }
  const confidence = 1 / (1 + Math.exp(-(points - ARTICLE_THRESHOLD + 0.5) / CONFIDENCE_SCALE));
  return { isArticle: points >= ARTICLE_THRESHOLD, confidence: Math.round(confidence * 1000) / 1000, reasons };
}
