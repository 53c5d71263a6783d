// The content script's second stage (see main.ts): wires the session to settings and to the
// messages the popup and the background's keyboard commands send this page.
import browser from 'webextension-polyfill';
import { callBackground } from '../shared/client';
import { CONTENT, contentMethods, mentionViews, type CastView } from '../shared/messages';
import { createServer, isOnChannel } from '../shared/rpc';
import { isActiveOn, siteOf, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { Session, type BackgroundCalls } from './session';

const calls: BackgroundCalls = {
  async findMentions(text, date, language) {
    const r = await callBackground('findMentions', { text, ...(date ? { date } : {}), ...(language ? { language } : {}), ...(location.hostname ? { site: location.hostname } : {}) });
    return r.ok ? { mentions: mentionViews(r.value), unknown: r.value.unknown } : undefined;
  },
  async getEntity(id, asOf) {
    const r = await callBackground('getEntity', { id, ...(asOf ? { asOf } : {}) });
    return r.ok ? r.value : undefined;
  },
  reportCount: (count) => void callBackground('setBadge', { count }),
};

/** The demo article shipped inside the extension runs whatever the site settings say. */
const isOwnPage = location.href.startsWith(browser.runtime.getURL(''));
const allowedBy = (settings: Settings) => isOwnPage || isActiveOn(settings, location.href);

let session: Session | undefined;
const site = siteOf(location.href);
/** Names the site even when off here, so the popup can offer to switch it back on. */
const inactive: CastView = { state: 'inactive', ...(site ? { site } : {}), entries: [], unknown: [] };

async function ensureSession(force: boolean): Promise<Session | undefined> {
  const settings = await loadSettings();
  if (!force && !allowedBy(settings)) return undefined;
  if (!session) {
    session = new Session(document, settings, calls, force);
    await session.start();
  } else if (force) await session.treatAsArticle();
  return session;
}

export const handleMessage = createServer(CONTENT, contentMethods, {
  getCast: async () => session?.cast() ?? inactive,
  showEntity: async ({ id }) => ({ shown: session?.showEntity(id, true) ?? false }),
  stepMention: async ({ direction }) => ({ shown: session?.step(direction) ?? false }),
  treatAsArticle: async () => (await ensureSession(true))?.cast() ?? inactive,
});

browser.runtime.onMessage.addListener((message: unknown) => (isOnChannel(message, CONTENT) ? handleMessage(message, undefined) : undefined));

onSettingsChanged((settings) => {
  if (!allowedBy(settings)) {
    session?.dispose();
    session = undefined;
  } else if (session) session.updateSettings(settings);
  else void ensureSession(false);
});

/** Called by the guard: `force` when the reader asked to treat the page as an article. */
export function start(force = false): Promise<unknown> {
  return ensureSession(force);
}
