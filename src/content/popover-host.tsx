// The shell around the popover view: a top-layer element in our shadow root, kept next to its
// mention by Floating UI, fed by an async lookup whose late answers are dropped.
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import type { EntityCard } from '../shared/messages';
import { cardAsText, EntityPopover, type Correction, type PopoverState } from '../ui/EntityPopover';
import { t } from '../ui/i18n';
import type { PageMention } from './page-mention';
import type { UiHost } from './ui-host';

export type PopoverDeps = {
  getCard(id: string): Promise<EntityCard | undefined>;
  articleDate?: string;
  onNotThis(mention: PageMention): void;
  onUndoNotThis(mention: PageMention): void;
  onClosed(): void;
};

export type PopoverHost = {
  open(mention: PageMention, opts: { focus: boolean }): void;
  close(opts?: { restoreFocus: boolean }): void;
  readonly mention: PageMention | undefined;
  readonly pinned: boolean;
  readonly element: HTMLElement;
  dispose(): void;
};

const GAP_PX = 6;

/** The focused element, looking inside shadow roots (document.activeElement stops at the host). */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
const VIEWPORT_PADDING_PX = 8;

export function createPopoverHost(ui: UiHost, deps: PopoverDeps): PopoverHost {
  const doc = ui.theme.ownerDocument;
  const el = doc.createElement('div');
  el.className = 'popover';
  el.setAttribute('popover', 'manual');
  el.setAttribute('role', 'dialog');
  el.tabIndex = -1;
  ui.theme.append(el);
  const titleId = 'backstory-popover-title';
  el.setAttribute('aria-labelledby', titleId);

  let mention: PageMention | undefined;
  let state: PopoverState = { kind: 'loading' };
  let pinned = false;
  let copied = false;
  let correction: Correction | undefined;
  let token = 0;
  let stopPositioning: (() => void) | undefined;
  let returnFocus: Element | null = null;

  const draw = () => {
    if (!mention) return render(null, el);
    const m = mention;
    render(
      <EntityPopover
        state={state}
        mention={{ text: m.text, basis: m.basis, chosenOver: m.chosenOver, name: m.entity.name, type: m.entity.type }}
        articleDate={deps.articleDate}
        pinned={pinned}
        copied={copied}
        titleId={titleId}
        correction={correction}
        onNotThis={() => {
          // Stays open (pinned, so moving the pointer away does not close it) to offer undo;
          // focus moves to Undo so a keyboard user can take the correction back at once.
          correction = 'made';
          pinned = true;
          draw();
          el.querySelector<HTMLElement>('button.undo')?.focus();
          deps.onNotThis(m);
        }}
        onUndo={() => {
          correction = 'undone';
          draw();
          el.focus();
          deps.onUndoNotThis(m);
        }}
        onPin={() => { pinned = !pinned; draw(); }}
        onCopy={() => {
          if (state.kind !== 'ready') return;
          void navigator.clipboard.writeText(cardAsText(state.card, deps.articleDate)).then(() => { copied = true; draw(); });
        }}
        onClose={() => host.close({ restoreFocus: true })}
      />,
      el,
    );
  };

  const place = (range: Range) => {
    const reference = { getBoundingClientRect: () => range.getBoundingClientRect(), getClientRects: () => range.getClientRects(), contextElement: range.startContainer.parentElement ?? undefined };
    const update = () =>
      void computePosition(reference, el, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [offset(GAP_PX), flip({ padding: VIEWPORT_PADDING_PX }), shift({ padding: VIEWPORT_PADDING_PX }), size({ padding: VIEWPORT_PADDING_PX, apply: ({ availableHeight }) => void (el.style.maxHeight = `${Math.max(160, availableHeight)}px`) })],
      }).then(({ x, y }) => Object.assign(el.style, { left: `${x}px`, top: `${y}px` }));
    stopPositioning = autoUpdate(reference, el, update);
  };

  const host: PopoverHost = {
    open(next, { focus }) {
      host.close({ restoreFocus: false });
      mention = next;
      state = { kind: 'loading' };
      copied = false;
      correction = undefined;
      const mine = ++token;
      el.setAttribute('aria-label', t('popoverLabel', next.entity.name));
      draw();
      // The popover API puts us in the top layer, above any z-index the site uses.
      el.showPopover();
      place(next.range);
      if (focus) {
        returnFocus = deepActiveElement(doc);
        el.focus();
      }
      deps.getCard(next.entity.id).then(
        (card) => { if (mine === token) { state = card ? { kind: 'ready', card } : { kind: 'error' }; draw(); } },
        () => { if (mine === token) { state = { kind: 'error' }; draw(); } },
      );
    },
    close({ restoreFocus } = { restoreFocus: false }) {
      if (!mention) return;
      token++;
      mention = undefined;
      pinned = false;
      correction = undefined;
      stopPositioning?.();
      stopPositioning = undefined;
      if (el.matches(':popover-open')) el.hidePopover();
      render(null, el);
      if (restoreFocus && returnFocus instanceof HTMLElement) returnFocus.focus();
      returnFocus = null;
      deps.onClosed();
    },
    get mention() { return mention; },
    get pinned() { return pinned; },
    element: el,
    dispose() {
      host.close();
      el.remove();
    },
  };
  return host;
}
