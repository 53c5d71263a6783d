// Runs on every http(s) page, so it does only the cheap guard and loads the rest of the content
// script (detection, linking client, overlay) as a module when the page is worth a look. On other
// pages it waits, doing nothing, in case the reader asks to treat the page as an article.
import { isWorthALook } from '../core/detect/guard';
import { CONTENT } from '../shared/channels';
import { isTooLargeToRead } from './page-size';

type Listener = (message: unknown, sender: unknown, respond: (answer: unknown) => void) => boolean | undefined;
declare const chrome: { runtime: { getURL(path: string): string; onMessage: { addListener(l: Listener): void; removeListener(l: Listener): void } } };

type Main = typeof import('./main');
const loadMain = (): Promise<Main> => import(chrome.runtime.getURL('content-main.js'));

// Timeline marks let `npm run bench` measure start-to-paint from outside the extension.
performance.mark('backstory:start');

if (document.contentType === 'text/html' && window.top === window) {
  const worth = isWorthALook(document).worth && !isTooLargeToRead(document);
  // The decision travels as a plain boolean: Firefox (140) keeps the page from reading the properties
  // of an object a content script made, and the benchmark and tests read it from the page.
  performance.measure('backstory:guard', { start: 'backstory:start', detail: worth });
  // Evaluating the module and detecting the article run as separate tasks, so neither is long.
  if (worth) void loadMain().then((main) => setTimeout(() => void main.start(), 0));
  else {
    const listener: Listener = (message, _sender, respond) => {
      const m = message as { channel?: unknown; method?: unknown } | null;
      if (m?.channel !== CONTENT || m.method !== 'treatAsArticle') return undefined;
      chrome.runtime.onMessage.removeListener(listener);
      void loadMain().then((main) => main.handleMessage(message, undefined)).then(respond);
      return true;
    };
    chrome.runtime.onMessage.addListener(listener);
  }
}
