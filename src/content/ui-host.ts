// The one element we add to a page: a host outside the article, with an open shadow root that
// holds every piece of our UI. Removing it removes all trace of us.
import { OVERLAY_CSS } from '../ui/overlay-styles';
import { isPageDark } from './page-theme';

export type UiHost = {
  root: ShadowRoot;
  /** Themed container: popover and cast panel render inside it. */
  theme: HTMLElement;
  /** Absolutely positioned layer for the no-Highlight-API fallback. */
  layer: HTMLElement;
  setDirection(dir: 'ltr' | 'rtl'): void;
  dispose(): void;
};

export const UI_ATTRIBUTE = 'data-backstory-ui';

export function createUiHost(doc: Document): UiHost {
  const host = doc.createElement('backstory-ui');
  host.setAttribute(UI_ATTRIBUTE, '');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  const layer = doc.createElement('div');
  layer.className = 'layer';
  const theme = doc.createElement('div');
  theme.className = 'theme';
  root.append(style, layer, theme);
  // After <body>, not inside it: the site's scripts that walk or re-render body never meet us.
  doc.documentElement.append(host);
  const media = doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)');
  const retheme = () => theme.classList.toggle('dark', isPageDark(doc));
  retheme();
  media?.addEventListener('change', retheme);
  return {
    root,
    theme,
    layer,
    setDirection: (dir) => theme.classList.toggle('rtl', dir === 'rtl'),
    dispose() {
      media?.removeEventListener('change', retheme);
      host.remove();
    },
  };
}
