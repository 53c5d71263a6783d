// The visible headline: the element a reader reads as the article's title. Metadata says what the
// headline is; the page says where. Without metadata the <title> (minus the site name) is matched.

import { isNonProse } from '../text/elements';
import { isBefore } from './article-parts';
import { classAndId, findElements } from './find-elements';

/** Candidate elements examined at most, so a page of a thousand teaser headings stays cheap. */
const MAX_CANDIDATES = 60;
/** Share of the longer text's words the two must share to be the same headline (titles get reworded a little). */
const MIN_SIMILARITY = 0.7;
/** Headlines are one line; a longer element is a paragraph that merely starts like one. */
const MAX_HEADLINE_CHARS = 300;

function isCandidate(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'H1' || tag === 'H2' || el.getAttribute('itemprop') === 'headline') return true;
  if (tag === 'A' || tag === 'LI' || tag === 'BODY') return false;
  const names = classAndId(el);
  return names.includes('title') || names.includes('headline');
}

function normalise(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Shared distinct words over the larger distinct word count (0–1). */
export function titleSimilarity(a: string, b: string): number {
  const wa = new Set(words(a));
  const wb = new Set(words(b));
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.max(wa.size, wb.size);
}

/** Split "Headline | Site" / "Headline - Site" and keep the part that reads as the headline. */
export function stripSiteName(title: string): string {
  const parts = title.split(/\s+[|–—·»:-]\s+/);
  if (parts.length < 2) return title;
  return parts.reduce((best, p) => (words(p).length > words(best).length ? p : best));
}

function isVisibleText(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (isNonProse(e)) return false;
  return true;
}

export interface HeadlineFound {
  element?: Element;
  text?: string;
}

/**
 * Find the headline element: the candidate whose text best matches the declared headline (or the
 * page title), preferring <h1> and elements before the body. Falls back to the only <h1>.
 */
export function findHeadline(doc: Document, declared: string | undefined, title: string | undefined, bodyStart?: Element): HeadlineFound {
  const targets = [declared, title && stripSiteName(title)].filter((t): t is string => !!t);
  let best: { el: Element; score: number } | undefined;
  const candidates = doc.body ? findElements(doc.body, isCandidate, MAX_CANDIDATES) : [];
  for (const el of candidates) {
    const text = normalise(el.textContent ?? '');
    if (!text || text.length > MAX_HEADLINE_CHARS) continue;
    const similarity = Math.max(0, ...targets.map((t) => titleSimilarity(text, t)));
    if (similarity < MIN_SIMILARITY) continue;
    let score = similarity;
    if (el.tagName === 'H1') score += 0.5;
    if (el.getAttribute('itemprop') === 'headline') score += 0.5;
    // Headlines sit above the body; a matching teaser further down the page is another story's link.
    if (bodyStart && isBefore(bodyStart, el)) score -= 0.5;
    if (el.closest('a')) score -= 0.5;
    if (!best || score > best.score) best = { el, score };
  }
  if (best && isVisibleText(best.el)) {
    return { element: best.el, text: normalise(best.el.textContent ?? '') };
  }
  const h1s = doc.body ? doc.body.getElementsByTagName('h1') : [];
  if (h1s.length === 1 && isVisibleText(h1s[0]!)) {
    const text = normalise(h1s[0]!.textContent ?? '');
    if (text && text.length <= MAX_HEADLINE_CHARS) return { element: h1s[0]!, text };
  }
  return { text: declared ?? (title ? stripSiteName(title) : undefined) };
}
