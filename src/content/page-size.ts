// A bound on the pages the content script reads on its own. Detecting an article is one pass over
// the whole page, in one task (src/core/detect); on a page of 80,000 elements it took 260–620 ms
// in Chromium on a two-core machine. Such pages are left alone unless the reader asks.

/**
 * About twice the largest page in ../shared/corpora (12,815 elements, postlight), articles or not;
 * counting them is one native call (3 ms at 80,000 elements, well under 1 ms on an article).
 */
export const MAX_PAGE_ELEMENTS = 25_000;

export function isTooLargeToRead(doc: Document): boolean {
  return doc.getElementsByTagName('*').length > MAX_PAGE_ELEMENTS;
}
