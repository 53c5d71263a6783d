// Beyond the body: the headline and the photo captions between headline and body are part of the
// article a reader reads, so they join the roots; and the visible date, for pages with no metadata.

import { normaliseDate, parseDateText } from './dates';
import { hasFurnitureName, holdsProse, nameParts } from '../text/boilerplate';
import { findElements } from './find-elements';

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without needing the Node global (jsdom, workers)
const CONTAINS = 16; // Node.DOCUMENT_POSITION_CONTAINED_BY

/** Captions examined at most between headline and body. */
const MAX_CAPTIONS = 10;
/** Elements after the headline searched for a visible date: bylines sit within a few blocks of it. */
const DATE_SEARCH_ELEMENTS = 40;

/** Name parts that mean "caption" in the languages we see most, beside the English word (matched inside names). */
const CAPTION_WORDS: ReadonlySet<string> = new Set(['bildunterschrift', 'bildtext', 'legende']);

/** A photo caption: <figcaption>, or an element whose class names it one ("figure__caption", "imageCaption", "bildunterschrift"). */
export function isCaption(el: Element): boolean {
  if (el.tagName === 'FIGCAPTION' || (el.getAttribute('class') ?? '').toLowerCase().includes('caption')) return true;
  return (el.hasAttribute('class') || el.id !== '') && nameParts(el).some((p) => CAPTION_WORDS.has(p));
}

/** Name parts of boxes set apart from the running text: fact and info boxes ("factbox", "infobox", "faktenbox"). */
const FACT_BOX_WORDS: ReadonlySet<string> = new Set(['factbox', 'factsbox', 'infobox', 'faktenbox', 'faktbox', 'faktaboks']);
/** The same names written as two parts ("fact-box", "info_box", "faktenBox"): the first part, before "box". */
const FACT_BOX_FIRST_PARTS: ReadonlySet<string> = new Set(['fact', 'facts', 'info', 'fakten', 'fakta']);

export function isFactBox(el: Element): boolean {
  if (!el.hasAttribute('class') && el.id === '') return false;
  const parts = nameParts(el);
  return parts.some((p, i) => FACT_BOX_WORDS.has(p) || (FACT_BOX_FIRST_PARTS.has(p) && parts[i + 1] === 'box'));
}

/** Elements inside `roots` that pass `test` and `keep`, outermost only. */
function findOutermost(roots: Element[], test: (el: Element) => boolean, keep: (el: Element) => boolean = () => true): Element[] {
  const found: Element[] = [];
  for (const root of roots) {
    for (const el of findElements(root, test)) {
      if (!found.some((f) => f.contains(el)) && keep(el)) found.push(el);
    }
  }
  return found;
}

/**
 * The captions inside the body roots. They are part of what a reader sees, so the body text keeps
 * them; a score against a body-only truth leaves them out, as it leaves out the headline. An
 * element holding several paragraphs of prose is a body some site named "caption-…", not a caption.
 */
export function findBodyCaptions(roots: Element[]): Element[] {
  return findOutermost(roots, isCaption, (el) => !holdsProse(el));
}

/**
 * Fact and info boxes inside the body roots: background set apart from the running text (figures,
 * a list of predecessors, a transcript). Kept in the body text like captions, and like them left
 * out of a score against a body-only truth.
 */
export function findFactBoxes(roots: Element[]): Element[] {
  return findOutermost(roots, isFactBox);
}

function mayHoldDate(el: Element): boolean {
  if (el.tagName === 'TIME' || el.getAttribute('itemprop') === 'datePublished') return true;
  const names = (el.getAttribute('class') ?? '').toLowerCase();
  return names.includes('date') || names.includes('time');
}

/** `b` follows `a` in document order (as it does when `a` contains it). */
export function isBefore(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & FOLLOWING) !== 0;
}

/** Closest element containing both. */
export function commonAncestor(a: Element, b: Element): Element {
  let e: Element | null = a;
  while (e && !e.contains(b)) e = e.parentElement;
  return e ?? a.ownerDocument.documentElement;
}

/** What a root holds: the article's body, its lead (standfirst) above the body, or the headline or a caption the detector added beside it. */
export type RootKind = 'body' | 'lead' | 'headline' | 'caption';

export interface KindedRoot {
  el: Element;
  kind: RootKind;
}

/** Put roots in document order and drop any root inside another (its container's kind stands). */
export function normaliseRoots(roots: KindedRoot[]): KindedRoot[] {
  const seen = new Set<Element>();
  const unique = roots.filter((r) => !seen.has(r.el) && seen.add(r.el));
  unique.sort((a, b) => (a.el === b.el ? 0 : isBefore(a.el, b.el) ? -1 : 1));
  return unique.filter((r) => !unique.some((o) => o !== r && (o.el.compareDocumentPosition(r.el) & CONTAINS) !== 0));
}

/** Captions lying between the headline and the first body root, outside the body itself. */
export function findLeadCaptions(headline: Element, bodyStart: Element): Element[] {
  if (!isBefore(headline, bodyStart)) return [];
  const scope = commonAncestor(headline, bodyStart);
  const found: Element[] = [];
  for (const el of findElements(scope, isCaption)) {
    if (!isBefore(headline, el) || !isBefore(el, bodyStart) || bodyStart.contains(el)) continue;
    if (hasFurnitureName(el) || found.some((f) => f.contains(el))) continue;
    found.push(el);
    if (found.length >= MAX_CAPTIONS) break;
  }
  return found;
}

/** The first machine- or human-readable date after the headline, within the article's container. */
export function findVisibleDate(headline: Element | undefined, bodyStart: Element | undefined): string | undefined {
  const anchor = headline ?? bodyStart;
  if (!anchor) return undefined;
  const scope = headline && bodyStart ? commonAncestor(headline, bodyStart) : anchor.parentElement ?? anchor;
  for (const el of findElements(scope, mayHoldDate, DATE_SEARCH_ELEMENTS)) {
    if (headline && !isBefore(headline, el)) continue;
    const datetime = el.getAttribute('datetime') ?? el.getAttribute('content');
    const date = normaliseDate(datetime) ?? parseDateText(el.textContent ?? '');
    if (date) return date;
  }
  return undefined;
}
