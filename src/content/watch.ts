// Keeps the marks true on pages that change: client-rendered bodies arriving late, live updates,
// and single-page navigations. Mutations are batched so a busy page costs one rescan per pause.
type Handlers = { onContentChange(): void; onNavigation(): void };

/** Long enough to let a render batch settle, short enough to feel immediate. */
const DEBOUNCE_MS = 250;

const SHOWING_ATTRIBUTES = ['class', 'style', 'hidden', 'open', 'aria-hidden'];

export function watchPage(doc: Document, roots: () => Element[], handlers: Handlers): () => void {
  const win = doc.defaultView!;
  let href = doc.location.href;
  let timer: number | undefined;
  const check = () => {
    timer = undefined;
    if (doc.location.href !== href) {
      href = doc.location.href;
      handlers.onNavigation();
    } else handlers.onContentChange();
  };
  const schedule = () => {
    win.clearTimeout(timer);
    timer = win.setTimeout(check, DEBOUNCE_MS);
  };
  const observer = new MutationObserver((records) => {
    // Before an article is found any change may complete it; after, only changes inside it or
    // a re-render that replaced it matter (tickers and ad rotations elsewhere cost nothing).
    // Our own UI sits outside <body>, so its changes never count.
    const current = roots();
    const relevant = current.length
      ? current.some((root) => !root.isConnected) || records.some((r) => current.some((root) => root.contains(r.target)))
      : records.some((r) => r.type === 'childList' && doc.body?.contains(r.target));
    if (relevant) schedule();
  });
  // Attributes that show or hide text ("read more" expanders, tabs, <details>) change what the
  // collector keeps (see visibility.ts) without any node being added.
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: SHOWING_ATTRIBUTES });
  win.addEventListener('popstate', schedule);
  return () => {
    observer.disconnect();
    win.clearTimeout(timer);
    win.removeEventListener('popstate', schedule);
  };
}
