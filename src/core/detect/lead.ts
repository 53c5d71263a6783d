// The lead (standfirst, summary, teaser text) that many sites set between the headline and the
// body, outside the body's container: the article's first paragraph for a reader, so it joins the
// roots. Found by position (after the headline, before the body), size and the absence of links.

import { commonAncestor, isBefore, isCaption } from './article-parts';
import { findElements } from './find-elements';
import { hasFurnitureName, linkDensity, nameParts } from '../text/boilerplate';
import { isNonProse } from '../text/elements';

/** Name parts sites give their lead paragraph ("article-summary", "c-standfirst", "art_synopsis"). */
const LEAD_WORDS: ReadonlySet<string> = new Set([
  'lead', 'intro', 'standfirst', 'summary', 'synopsis', 'dek', 'deck', 'teaser', 'abstract', 'excerpt', 'subtitle', 'description',
]);
/**
 * A lead is at least a full sentence (≈ 15 English words); bylines, datelines, kickers, credits
 * and "3 min read" between headline and body are shorter.
 */
const LEAD_MIN_CHARS = 80;
/** A lead is prose; a block this much linked is a breadcrumb, a tag row or a teaser link. */
const LEAD_MAX_LINK_DENSITY = 0.2;
/** Leads are one or two paragraphs; more blocks between headline and body are something else. */
const MAX_LEAD_BLOCKS = 2;
/** Furniture between headline and body that may hold long unlinked text (author bios, share dialogs). */
const NOT_LEAD_TAGS: ReadonlySet<string> = new Set(['NAV', 'ASIDE', 'FOOTER', 'FIGURE', 'FORM', 'BUTTON', 'LABEL', 'A']);

function mayBeLead(el: Element): boolean {
  return el.tagName === 'P' || nameParts(el).some((p) => LEAD_WORDS.has(p));
}

function isPicture(el: Element): boolean {
  if (el.tagName === 'IMG' || el.tagName === 'PICTURE') return true;
  // A wrapper holding a picture and no text of its own.
  return el.getElementsByTagName('img').length > 0 && (el.textContent ?? '').trim() === '';
}

/** A block next to a picture (a sibling that is one) is that picture's caption, however it is named. */
function isBesideImage(el: Element): boolean {
  const parent = el.parentElement;
  if (!parent) return false;
  for (const sibling of parent.children) if (sibling !== el && isPicture(sibling)) return true;
  return false;
}

/** No furniture, figure or hidden element between `el` and `scope`. */
function standsClear(el: Element, scope: Element): boolean {
  for (let e: Element | null = el; e && e !== scope; e = e.parentElement) {
    if (NOT_LEAD_TAGS.has(e.tagName) || isNonProse(e) || isCaption(e) || hasFurnitureName(e)) return false;
  }
  return true;
}

/** Lead paragraphs lying after the headline and before the first body root, outside both. */
export function findLead(headline: Element, bodyStart: Element): Element[] {
  if (!isBefore(headline, bodyStart) || headline.contains(bodyStart)) return [];
  const scope = commonAncestor(headline, bodyStart);
  const found: Element[] = [];
  const between = (el: Element): boolean =>
    isBefore(headline, el) && !headline.contains(el) && isBefore(el, bodyStart) && !el.contains(bodyStart);
  for (const el of findElements(scope, (e) => mayBeLead(e) && between(e))) {
    if (found.some((f) => f.contains(el)) || !standsClear(el, scope) || isBesideImage(el)) continue;
    const { chars, density } = linkDensity(el);
    if (chars < LEAD_MIN_CHARS || density > LEAD_MAX_LINK_DENSITY) continue;
    found.push(el);
    if (found.length >= MAX_LEAD_BLOCKS) break;
  }
  return found;
}
