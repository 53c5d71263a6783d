// Page furniture that sits inside an article's container but is not the article: share bars,
// related links, ad slots, newsletter boxes, comments. Decided from markup names and link density,
// never from layout, so it behaves the same in jsdom and in the browser.

import { BLOCK_TAGS } from './elements';
import { measureText } from './measure';

/**
 * Words that, as a whole part of a class or id (split at "-", "_" and camelCase), name furniture.
 * Whole parts, not substrings: "shared-content" or "header-ad" must not catch "readability" or "headline".
 */
const FURNITURE_WORDS: ReadonlySet<string> = new Set([
  'share', 'sharing', 'sharebar', 'social', 'socials', 'sociallinks', 'related', 'relatedlinks', 'recirc', 'recirculation',
  'recommended', 'recommendation', 'recommendations', 'newsletter', 'newsletters', 'subscribe', 'subscription',
  'signup', 'promo', 'adv', 'advt', 'anzeige', 'werbung', 'promotion', 'advert', 'advertisement', 'advertising', 'ad', 'ads', 'adslot', 'adunit',
  'dfp', 'gpt', 'sponsor', 'sponsored', 'outbrain', 'taboola', 'comment', 'comments', 'disqus', 'breadcrumb',
  'breadcrumbs', 'toolbar', 'popup', 'modal', 'cookie', 'cookies', 'consent', 'gdpr', 'banner', 'sidebar',
  'nav', 'navbar', 'navigation', 'menu', 'pagination', 'pager', 'tags', 'tagline', 'taglist',
  'keywords', 'topics', 'trending', 'popular', 'mostread', 'mostpopular', 'readmore', 'readnext', 'moreon',
  'skip', 'footer', 'masthead', 'byline', 'author',
  'authors', 'dateline', 'timestamp', 'meta', 'metadata', 'kicker', 'rating', 'ratings', 'feedback',
  'donate', 'donation', 'sronly', 'visuallyhidden', 'offscreen',
  // Photo galleries, embedded posts and videos, polls, shop widgets and calls to act sit inside
  // bodies but are captions, consent placeholders and offers, not the article's prose.
  'gallery', 'embed', 'embedded', 'poll', 'affiliate', 'cta',
  // Photo credits name the photographer or agency, not the story; a lightbox repeats a picture and
  // its caption in an overlay the reader opens on demand.
  'credit', 'credits', 'photocredit', 'imagecredit', 'copyright', 'lightbox',
  // Publication dates and reading times shown in the body's container, like bylines: about the article, not of it.
  'date', 'time', 'published', 'updated', 'readtime', 'readingtime',
]);

/** Two-word names whose parts are innocent alone ("most" + "read", "read" + "more"). */
const FURNITURE_PAIRS: ReadonlySet<string> = new Set([
  'most read', 'most popular', 'most viewed', 'read more', 'read also', 'see also', 'more stories', 'more from',
  'sr only', 'visually hidden', 'screen reader', 'related content', 'social media', 'print only', 'no print',
  'sign in', 'log in', 'up next', 'video player', 'audio player',
]);

/**
 * Whole class names that hide an element by a stylesheet (utility classes of common CSS kits).
 * jsdom has no layout, so the name is all there is; paywall and sign-in prompts hide this way.
 */
const HIDING_CLASSES: ReadonlySet<string> = new Set(['hidden', 'is-hidden', 'd-none', 'hide', 'invisible']);

function hasHidingClass(el: Element): boolean {
  const names = el.getAttribute('class');
  return names !== null && names.split(/\s+/).some((c) => HIDING_CLASSES.has(c.toLowerCase()));
}

/** ARIA landmarks and widgets that are never part of an article's prose. */
const FURNITURE_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'complementary', 'contentinfo', 'banner', 'search', 'menu', 'menubar', 'toolbar',
  'dialog', 'alertdialog', 'tablist', 'button',
]);

/** Sectioning tags that hold site chrome when they appear inside an article's container. */
const FURNITURE_TAGS: ReadonlySet<string> = new Set(['NAV', 'ASIDE', 'FOOTER']);

/**
 * Above this share of link text a block is a list of links (related stories, tag clouds), not prose.
 * Readability uses 0.5 for the same cut; prose paragraphs with a few inline links stay far below it.
 */
const LINK_LIST_DENSITY = 0.5;
/** A link-dense block longer than this is kept: long blocks are prose even with many inline links. */
const LINK_LIST_MAX_CHARS = 600;

/**
 * A short paragraph that is mostly one link is a "Read more: <headline>" pointer. Prose paragraphs
 * with auto-linked names stay well below this share (a third or so even when heavily tagged).
 */
const LINK_PARAGRAPH_DENSITY = 0.6;
const LINK_PARAGRAPH_MAX_CHARS = 300;

const SPLIT_NAME = /[-_\s:.]+|(?<=[a-z])(?=[A-Z])/;

/** Lower-cased parts of an element's class and id names. */
export function nameParts(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.id}`;
  return raw.split(SPLIT_NAME).filter(Boolean).map((p) => p.toLowerCase());
}

/** Prose paragraphs that make a furniture-named block content after all (see holdsProse). */
const PROSE_PARAGRAPHS_IN_CONTENT = 3;
const PROSE_PARAGRAPH_MIN_CHARS = 150;

/**
 * A block holding several long paragraphs is content whatever its name: sites wrap whole bodies
 * in "pmc-paywall", "comments-enabled" or "sidebar-layout". Counting stops at the third paragraph.
 */
export function holdsProse(el: Element): boolean {
  // Paragraphs of the <article> cards in a block listing several are the cards' teasers, not the
  // block's own prose: a "related stories" box of three summaries is still a related-stories box.
  const listsCards = el.getElementsByTagName('article').length >= MIN_CARDS_LISTED;
  let found = 0;
  for (const p of el.getElementsByTagName('p')) {
    if (listsCards && isInCard(p, el)) continue;
    if (measureText(p.textContent ?? '').chars >= PROSE_PARAGRAPH_MIN_CHARS && ++found >= PROSE_PARAGRAPHS_IN_CONTENT) return true;
  }
  return false;
}

/** <article> elements in a block that make it a list of story cards. */
const MIN_CARDS_LISTED = 2;

function isInCard(p: Element, block: Element): boolean {
  const card = p.closest('article');
  return card !== null && card !== block && block.contains(card);
}

/** A form with more text than this is a page wrapped in a <form> (ASP.NET does that), not a widget. */
const FORM_WIDGET_MAX_CHARS = 1000;

/** A comment, search or newsletter form is furniture; a whole page wrapped in a <form> is not. */
export function isFurnitureForm(form: Element): boolean {
  return measureText(form.textContent ?? '').chars <= FORM_WIDGET_MAX_CHARS;
}

/** True when a class or id part (or two adjacent parts) names page furniture. */
export function hasFurnitureName(el: Element): boolean {
  const parts = nameParts(el);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (FURNITURE_WORDS.has(part)) return true;
    const next = parts[i + 1];
    if (next !== undefined && FURNITURE_PAIRS.has(`${part} ${next}`)) return true;
  }
  return false;
}

/** Text length of an element and of the links inside it, whitespace ignored. */
export function linkDensity(el: Element): { chars: number; density: number } {
  const chars = compactLength(el.textContent ?? '');
  if (chars === 0) return { chars, density: 0 };
  let linkChars = 0;
  for (const a of el.getElementsByTagName('a')) linkChars += compactLength(a.textContent ?? '');
  return { chars, density: linkChars / chars };
}

function compactLength(s: string): number {
  return measureText(s).chars;
}

/**
 * A photo credit set as a line of its own ("Foto: Jane Roe/dpa", "Photo: AFP", "© Harbour Office"):
 * it names who took the picture, not what the story says. The labels in the languages we see most.
 */
const CREDIT_LINE = /^(?:©|\(c\)|(?:fotos?|photos?|images?|bild(?:er|rechte)?|pictures?|credits?|kuva|zdjęcie|foto\s?credit)\s*:)/iu;
/** Credits name a person or an agency or two; a longer block starting so is a caption or prose. */
const CREDIT_LINE_MAX_CHARS = 80;

function isCreditLine(el: Element): boolean {
  const text = (el.textContent ?? '').trim();
  return CREDIT_LINE.test(text) && measureText(text).chars <= CREDIT_LINE_MAX_CHARS;
}

/**
 * An <article> inside another is, by the HTML spec, content related to the outer one: a comment,
 * a teaser of another story. The body it sits in is the outer article's.
 */
function isInnerArticle(el: Element): boolean {
  return el.tagName === 'ARTICLE' && el.parentElement?.closest('article') != null;
}

/**
 * Furniture inside an article root: named as such, a chrome landmark, or a block that is mostly links.
 * Headings, figures and captions are never furniture: the headline and captions are part of the article.
 */
export function isBoilerplate(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'FIGURE' || tag === 'FIGCAPTION' || tag === 'H1') return false;
  if (FURNITURE_TAGS.has(tag)) return true;
  if (tag === 'FORM') return isFurnitureForm(el);
  const role = el.getAttribute('role');
  if (role !== null && FURNITURE_ROLES.has(role)) return true;
  if (hasFurnitureName(el) || hasHidingClass(el) || isInnerArticle(el)) return !holdsProse(el);
  if (!BLOCK_TAGS.has(tag)) return false;
  if (isCreditLine(el)) return true;
  const { chars, density } = linkDensity(el);
  if (tag === 'P') return chars > 0 && chars < LINK_PARAGRAPH_MAX_CHARS && density > LINK_PARAGRAPH_DENSITY;
  return chars > 0 && chars < LINK_LIST_MAX_CHARS && density > LINK_LIST_DENSITY;
}
