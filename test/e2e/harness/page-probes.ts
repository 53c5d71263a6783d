// Questions e2e tests and scripts ask a page, as expressions evaluated in its main world. The
// page sees the same CSS highlight registry as our content script, so this observes exactly
// what the reader sees marked, without any hook in the extension.
import type { Tab } from './types';

export type Marked = { category: string; text: string };

export function highlightedTexts(tab: Tab): Promise<Marked[]> {
  return tab.evaluate<Marked[]>(`(() => {
    if (!globalThis.CSS || !CSS.highlights) return [];
    const out = [];
    for (const [name, highlight] of CSS.highlights) {
      const m = /^backstory-(?:underline|tint)-(\\w+)$/.exec(name);
      if (m) for (const range of highlight) out.push({ category: m[1], text: range.toString() });
    }
    return out;
  })()`);
}

/** Centre of the first line box of the first occurrence of `text` in the page body. */
export function pointAtText(tab: Tab, text: string, occurrence = 0): Promise<{ x: number; y: number } | null> {
  return tab.evaluate(`(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      let at = node.data.indexOf(${JSON.stringify(text)});
      while (at >= 0) {
        if (seen++ === ${occurrence}) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + ${text.length});
          range.startContainer.parentElement.scrollIntoView({ block: 'center', behavior: 'instant' });
          const r = range.getClientRects()[0];
          return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
        }
        at = node.data.indexOf(${JSON.stringify(text)}, at + 1);
      }
    }
    return null;
  })()`);
}

/** Text of our popover, read through its open shadow root; null when none is open. */
export function popoverText(tab: Tab): Promise<string | null> {
  return tab.evaluate(`(() => {
    const host = document.querySelector('backstory-ui');
    const el = host && host.shadowRoot && host.shadowRoot.querySelector('.popover');
    return el && el.matches(':popover-open') ? el.textContent : null;
  })()`);
}

export { waitFor } from './wait';

export type ReadyTab = { id: number; entries: number; headline: string; badge: string };

/**
 * The tabs whose page answers with a ready cast, asked from an extension page the way the popup
 * does (tabs.query, then the page's own contract), with each tab's toolbar badge text.
 */
export function readyTabs(extensionPage: Tab): Promise<ReadyTab[]> {
  return extensionPage.evaluate<ReadyTab[]>(`(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const out = [];
    for (const tab of await api.tabs.query({})) {
      try {
        const r = await api.tabs.sendMessage(tab.id, { channel: 'backstory-page', method: 'getCast', params: {} });
        if (r && r.ok && r.value.state === 'ready') {
          out.push({ id: tab.id, entries: r.value.entries.length, headline: r.value.headline, badge: await api.action.getBadgeText({ tabId: tab.id }) });
        }
      } catch {}
    }
    return out;
  })()`);
}

/** Sends one message of the page contract to a tab from an extension page; the page's answer. */
export function sendToTab<T>(extensionPage: Tab, tabId: number, method: string, params: object): Promise<T> {
  return extensionPage.evaluate<T>(`(globalThis.browser ?? globalThis.chrome).tabs.sendMessage(${tabId}, ${JSON.stringify({ channel: 'backstory-page', method, params })})`);
}
