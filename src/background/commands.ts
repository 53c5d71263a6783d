// Keyboard shortcuts (declared in the manifest, rebindable in the browser) go to the active tab's
// content script, which moves to the next or previous mention and opens its popover.
import browser from 'webextension-polyfill';
import { pageClient } from '../shared/page-client';

const DIRECTIONS: Record<string, 'next' | 'previous'> = { 'next-mention': 'next', 'previous-mention': 'previous' };

export function listenForCommands(): void {
  browser.commands.onCommand.addListener(async (command: string) => {
    const direction = DIRECTIONS[command];
    if (!direction) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await pageClient(tab.id)('stepMention', { direction });
  });
}
