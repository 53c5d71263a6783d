// Element lookups by walking the element tree instead of attribute selectors. Browsers answer
// either way in microseconds, but jsdom (where the CLI, the evaluation and the tests run) takes
// 25–250 ms per attribute-selector query on a large page and seconds to iterate
// getElementsByTagName('*'), while following child and sibling links costs a few milliseconds.

/** Elements under `root` (document order) for which `test` holds, stopping after `limit`. */
export function findElements(root: ParentNode, test: (el: Element) => boolean, limit = Number.POSITIVE_INFINITY): Element[] {
  const out: Element[] = [];
  if (limit <= 0) return out;
  // Pre-order walk with an explicit stack (children pushed last-first), so document order holds.
  const stack: Element[] = [];
  const pushChildren = (parent: ParentNode): void => {
    for (let c = parent.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  };
  pushChildren(root);
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (test(el) && out.push(el) >= limit) break;
    pushChildren(el);
  }
  return out;
}

/** The first element under `root` for which `test` holds. */
export function findElement(root: ParentNode, test: (el: Element) => boolean): Element | undefined {
  return findElements(root, test, 1)[0];
}

/** Lower-cased class and id of an element, for substring tests ("headline", "caption", "date"). */
export function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id}`.toLowerCase();
}

export function isJsonLdScript(el: Element): boolean {
  return el.tagName === 'SCRIPT' && (el.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json';
}
