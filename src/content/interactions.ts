// Pointer, touch and keyboard ways to open and close a popover. Listeners are passive where they
// can be and never cancel the page's own handling: selection, links and the site's scripts keep
// working as before.
import type { Settings } from '../shared/settings';
import type { PageMention } from './page-mention';
import type { PopoverHost } from './popover-host';

type Deps = {
  mentionAt(x: number, y: number): PageMention | undefined;
  popover: PopoverHost;
  settings(): Settings;
  /** True when the event happened inside our own UI. */
  isOurs(event: Event): boolean;
};

/** Time to move the pointer from a mention into its popover before it closes. */
const CLOSE_GRACE_MS = 300;

export function bindInteractions(doc: Document, deps: Deps): () => void {
  const { popover } = deps;
  const win = doc.defaultView!;
  let openTimer: number | undefined;
  let closeTimer: number | undefined;
  let pending: PageMention | undefined;
  let frame = 0;
  let last: PointerEvent | undefined;

  const cancelOpen = () => { win.clearTimeout(openTimer); pending = undefined; };
  const cancelClose = () => win.clearTimeout(closeTimer);
  const scheduleClose = () => {
    if (!popover.mention || popover.pinned) return;
    cancelClose();
    closeTimer = win.setTimeout(() => popover.close(), CLOSE_GRACE_MS);
  };

  const onPointerFrame = () => {
    frame = 0;
    const e = last;
    if (!e) return;
    if (deps.isOurs(e)) { cancelClose(); return; }
    const { popoverTrigger, hoverDelayMs } = deps.settings();
    const hoverAllowed = popoverTrigger === 'hover' || (popoverTrigger === 'modifier-hover' && e.altKey);
    const m = hoverAllowed ? deps.mentionAt(e.clientX, e.clientY) : undefined;
    if (m && m === popover.mention) { cancelClose(); return; }
    if (m) {
      cancelClose();
      if (pending !== m) {
        cancelOpen();
        pending = m;
        openTimer = win.setTimeout(() => { pending = undefined; popover.open(m, { focus: false }); }, hoverDelayMs);
      }
      return;
    }
    cancelOpen();
    scheduleClose();
  };

  const onPointerMove = (e: PointerEvent) => {
    // Touch has no hover; a tap arrives as a click.
    if (e.pointerType === 'touch') return;
    last = e;
    if (!frame) frame = win.requestAnimationFrame(onPointerFrame);
  };

  const onClick = (e: MouseEvent) => {
    if (deps.isOurs(e)) return;
    const selection = doc.getSelection();
    if (selection && !selection.isCollapsed) return; // the reader is selecting text, not asking
    const m = deps.mentionAt(e.clientX, e.clientY);
    if (m) {
      cancelOpen();
      if (m !== popover.mention) popover.open(m, { focus: false });
    } else if (popover.mention && !popover.pinned) popover.close();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && popover.mention) {
      popover.close({ restoreFocus: true });
    }
  };

  doc.addEventListener('pointermove', onPointerMove, { passive: true });
  doc.addEventListener('click', onClick, { passive: true });
  doc.addEventListener('keydown', onKeyDown);
  return () => {
    cancelOpen();
    cancelClose();
    if (frame) win.cancelAnimationFrame(frame);
    doc.removeEventListener('pointermove', onPointerMove);
    doc.removeEventListener('click', onClick);
    doc.removeEventListener('keydown', onKeyDown);
  };
}
