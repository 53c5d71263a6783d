// The article's text as the content script reads it: only what the browser draws, bounded in
// length, collected in slices so that no page, however large, holds the main thread for a long task.
import { collectTextInSlices, type CollectedText } from '../core/text/body-text';
import { nextTask } from './next-task';
import { createRenderingCheck } from './visibility';

/**
 * About 25,000 words, more than the longest long-read. Past it a page is a book, a log or a
 * hostile page; the rest is left unmarked rather than sent, matched and painted at any cost.
 */
export const MAX_ARTICLE_CHARS = 150_000;
/** One slice of the walk: well under the 50 ms of a long task, leaving the page room to paint. */
const SLICE_MS = 8;

export function collectArticleText(doc: Document, roots: Element[]): Promise<CollectedText> {
  let sliceStart = performance.now();
  return collectTextInSlices(roots, { rendering: createRenderingCheck(doc.defaultView!), maxChars: MAX_ARTICLE_CHARS }, {
    timeUp: () => performance.now() - sliceStart > SLICE_MS,
    async pause() {
      await nextTask();
      sliceStart = performance.now();
    },
  });
}
