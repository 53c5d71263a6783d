// "Treat this page as an article": the reader overrides a rejection. A rejected detection holds no
// roots, so the body is looked for again without the verdict: the best prose container the scorer
// finds, however weak its evidence, or the whole page when even that holds too little text.
import { findBodyCaptions, findFactBoxes } from './article-parts';
import { bodyChars, findBody, type Detection } from './index';

/**
 * Below this much text the scorer's best container is a caption, a teaser or a form label rather
 * than what the reader is looking at; the whole page is the better guess then.
 */
const MIN_FORCED_BODY_CHARS = 200;

/** The detection as the reader wants it: an article, with roots. An accepted detection is kept as it is. */
export function forceArticle(doc: Document, detection: Detection): Detection {
  if (detection.isArticle || !doc.body) return detection;
  const found = findBody(doc.body);
  const container = found.roots.length > 0 && bodyChars(found) >= MIN_FORCED_BODY_CHARS;
  const roots = container ? found.roots : [doc.body];
  return {
    ...detection,
    isArticle: true,
    reasons: [...detection.reasons, `forced by the reader: ${container ? 'densest prose container' : 'whole page'}`],
    roots,
    rootKinds: roots.map(() => 'body'),
    captionElements: findBodyCaptions(roots),
    factBoxElements: findFactBoxes(roots),
  };
}
