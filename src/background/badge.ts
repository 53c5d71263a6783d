// The toolbar badge shows how many people and organisations the tab's article names.
import browser from 'webextension-polyfill';

/** Past this the badge would not fit its four characters anyway. */
const MAX_SHOWN = 999;

export async function setBadge(tabId: number | undefined, count: number): Promise<void> {
  if (tabId === undefined) return;
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f4e79' });
  await browser.action.setBadgeText({ tabId, text: count ? String(Math.min(count, MAX_SHOWN)) : '' });
}
