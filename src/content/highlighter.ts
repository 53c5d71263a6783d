// Marks mentions without touching the page's DOM: one CSS Custom Highlight per category (styled
// by assets/content/highlights.css), plus one for the mention the keyboard is on. Where the API
// is missing, thin bars are drawn in our own shadow root instead.
import type { Category } from '../shared/cast';
import type { Settings } from '../shared/settings';

export type Marked = { range: Range; type: Category };

export interface Highlighter {
  show(marked: Marked[], style: Settings['highlightStyle']): void;
  focus(range: Range | undefined): void;
  clear(): void;
}

const TYPES: Category[] = ['person', 'organization', 'country'];
const STYLES: Settings['highlightStyle'][] = ['underline', 'tint'];
const FOCUS = 'backstory-focus';

type HighlightCtor = new (...ranges: Range[]) => Set<Range>;
type Registry = Map<string, Set<Range>>;

export function hasHighlightApi(win: Window): boolean {
  return typeof (win as unknown as { Highlight?: unknown }).Highlight === 'function' && !!(win as unknown as { CSS?: { highlights?: unknown } }).CSS?.highlights;
}

export function createHighlightApiHighlighter(win: Window): Highlighter {
  const registry = (win as unknown as { CSS: { highlights: Registry } }).CSS.highlights;
  const Highlight = (win as unknown as { Highlight: HighlightCtor }).Highlight;
  const names = [...STYLES.flatMap((s) => TYPES.map((t) => `backstory-${s}-${t}`)), FOCUS];
  return {
    show(marked, style) {
      for (const type of TYPES) {
        const ranges = marked.filter((m) => m.type === type).map((m) => m.range);
        for (const s of STYLES) registry.delete(`backstory-${s}-${type}`);
        if (ranges.length) registry.set(`backstory-${style}-${type}`, new Highlight(...ranges));
      }
    },
    focus(range) {
      if (range) registry.set(FOCUS, new Highlight(range));
      else registry.delete(FOCUS);
    },
    clear() {
      for (const name of names) registry.delete(name);
    },
  };
}

const COLORS: Record<Category, string> = { person: 'rgb(217 119 6)', organization: 'rgb(37 99 235)', country: 'rgb(5 150 105)' };

/**
 * For browsers without the Highlight API: bars under each line box of a mention, positioned in
 * document coordinates inside our shadow root and redrawn when the layout changes.
 */
export function createOverlayHighlighter(layer: HTMLElement, win: Window): Highlighter {
  let current: Marked[] = [];
  let focused: Range | undefined;
  const draw = () => {
    layer.replaceChildren();
    const { scrollX, scrollY } = win;
    const bar = (rect: DOMRect, color: string, focus: boolean) => {
      const el = layer.ownerDocument.createElement('div');
      el.className = focus ? 'mark focus' : 'mark';
      el.style.cssText = `left:${rect.left + scrollX}px;top:${(focus ? rect.top : rect.bottom - 2) + scrollY}px;width:${rect.width}px;height:${focus ? rect.height : 2}px;background:${color}`;
      layer.append(el);
    };
    for (const m of current) for (const rect of m.range.getClientRects()) bar(rect, COLORS[m.type], false);
    if (focused) for (const rect of focused.getClientRects()) bar(rect, 'rgb(250 204 21 / 0.45)', true);
  };
  const observer = new ResizeObserver(draw);
  observer.observe(layer.ownerDocument.documentElement);
  return {
    show(marked) {
      current = marked;
      draw();
    },
    focus(range) {
      focused = range;
      draw();
    },
    clear() {
      current = [];
      focused = undefined;
      observer.disconnect();
      layer.replaceChildren();
    },
  };
}
