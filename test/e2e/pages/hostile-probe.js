// Loaded first by every hostile-*.html page, in the page's own world, before any other script.
// It watches the page from outside the extension, so a test can ask afterwards:
//
//  - hostileProbe.errors(): errors thrown in the page's world while it was open.
//
//  - hostileProbe.domChanges(): the page's DOM serialised now against the copy taken when the
//    page finished parsing, leaving out our own host element (<backstory-ui>, where all of our UI
//    lives) and the inside of what the page marks as its own moving parts (data-volatile).
//    Empty when nothing changed.
(() => {
  // Taken before any page script runs: hostile-prototypes.html breaks built-ins after this.
  const push = (list, item) => { list[list.length] = item; };
  const cloneNode = Node.prototype.cloneNode;
  const apply = Reflect.apply;

  const serialise = () => {
    const copy = apply(cloneNode, document.documentElement, [true]);
    for (const el of copy.querySelectorAll('backstory-ui')) el.remove();
    for (const el of copy.querySelectorAll('[data-volatile]')) el.replaceChildren();
    return copy.outerHTML;
  };
  // Errors thrown in the page's world: a content script that makes the page's own code throw
  // (by creating an element the page defined, say) shows up here, not in its own console.
  const errors = [];
  window.addEventListener('error', (e) => push(errors, String(e.message)));
  window.addEventListener('unhandledrejection', (e) => push(errors, String(e.reason)));
  let before;
  document.addEventListener('DOMContentLoaded', () => { before = serialise(); });
  const diff = (a, b) => {
    if (a === b) return [];
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    return [{ at: i, before: a.slice(Math.max(0, i - 80), i + 120), after: b.slice(Math.max(0, i - 80), i + 120) }];
  };
  window.hostileProbe = { errors: () => errors, domChanges: () => diff(before, serialise()) };
})();
