// Background entry: wiring only. Runs as a service worker in Chrome and an event page in Firefox.
import browser from 'webextension-polyfill';
import { BACKGROUND, backgroundMethods } from '../shared/messages';
import { createServer, isOnChannel } from '../shared/rpc';
import { listenForCommands } from './commands';
import { createDataLoader } from './dataset';
import { setBadge } from './badge';
import { createHandlers, type Caller } from './handlers';

const load = createDataLoader(async (path) => {
  const response = await fetch(browser.runtime.getURL(path));
  if (!response.ok || !response.body) throw new Error(`cannot read ${path}`);
  return response.body;
});
const handle = createServer<typeof backgroundMethods, Caller>(BACKGROUND, backgroundMethods, createHandlers(load, browser.runtime.getManifest().version, setBadge));

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  // Only our own pages and content scripts may ask; other extensions cannot reach onMessage, but
  // a stray message from a frame we did not expect is refused here too.
  if (sender.id !== browser.runtime.id || !isOnChannel(message, BACKGROUND)) return undefined;
  return handle(message, { tabId: sender.tab?.id });
});

listenForCommands();
