// @vitest-environment jsdom
// The rendering adapter over the browser's computed style: jsdom computes display and visibility
// from stylesheets, so a class-hidden element is caught here as in the browser.
import { afterEach, describe, expect, it } from 'vitest';
import { collectText } from '../../../src/core/text/body-text';
import { createRenderingCheck } from '../../../src/content/visibility';

const STYLE = '<style>.gone{display:none}.ghost{visibility:hidden}.back{visibility:visible}.flat{display:contents}</style>';

function article(body: string): Element {
  document.head.innerHTML = STYLE;
  document.body.innerHTML = `<article>${body}</article>`;
  return document.querySelector('article')!;
}

type Check = (options?: { visibilityProperty?: boolean }) => boolean;
const proto = Element.prototype as unknown as { checkVisibility?: Check };

afterEach(() => {
  delete proto.checkVisibility;
});

describe('createRenderingCheck', () => {
  it('leaves out text a stylesheet hides, keeps a child drawn again and a display:contents wrapper', () => {
    const root = article('<p>Shown <span class="gone">Gone</span></p><div class="ghost">Ghost <p class="back">Back</p></div><div class="flat"><p>Flat</p></div>');
    expect(collectText([root], { rendering: createRenderingCheck(window) }).text).toBe('Shown\nBack\nFlat');
  });

  it('uses checkVisibility where the browser has it, and asks the style only to confirm display:contents', () => {
    const root = article('<p>Shown <span class="gone">Gone</span></p><div class="ghost">Ghost</div><div class="flat"><p>Flat</p></div>');
    const calls: string[] = [];
    // What the browser answers: no box for display:none and display:contents, visibility on request.
    proto.checkVisibility = function (this: Element, options) {
      calls.push(this.className || this.tagName);
      const style = getComputedStyle(this);
      if (style.display === 'none' || style.display === 'contents') return false;
      return !options?.visibilityProperty || style.visibility !== 'hidden';
    };
    expect(collectText([root], { rendering: createRenderingCheck(window) }).text).toBe('Shown\nFlat');
    expect(calls).toContain('gone');
  });
});
