// The browser's answer to "is this element drawn?" for the text collector, which sees markup only
// and so misses whatever a stylesheet hides (a collapsed menu, a closed lightbox, an off-screen
// template). Asked once per element the collector visits, never per text node; the collector
// skips the whole subtree of an element that is not drawn, so a hidden block of any size costs
// one call. No cache across scans: a page shows and hides by toggling classes, and the next scan
// must see that.
import type { Rendering } from '../core/text/body-text';

type VisibilityCheck = (options?: { visibilityProperty?: boolean }) => boolean;

export function createRenderingCheck(win: Window): (el: Element) => Rendering {
  const computedStyle = win.getComputedStyle.bind(win);
  const checkVisibility = (win as unknown as { Element: { prototype: { checkVisibility?: VisibilityCheck } } }).Element.prototype.checkVisibility;
  const byStyle = (style: CSSStyleDeclaration): Rendering => {
    if (style.display === 'none' || style.contentVisibility === 'hidden') return 'none';
    return style.visibility === 'hidden' || style.visibility === 'collapse' ? 'invisible' : 'shown';
  };
  if (typeof checkVisibility !== 'function') return (el) => byStyle(computedStyle(el));
  // One native call answers for the element and its ancestors (display:none, content-visibility:
  // hidden), with no style object made. It reports display:contents (no box of its own, children
  // drawn) as not drawn, so that case is confirmed from the computed style.
  return (el) => {
    if (!checkVisibility.call(el)) {
      const style = computedStyle(el);
      return style.display === 'contents' ? byStyle(style) : 'none';
    }
    return checkVisibility.call(el, { visibilityProperty: true }) ? 'shown' : 'invisible';
  };
}
