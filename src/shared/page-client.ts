// The client end of a page's contract, for the popup and the background's keyboard commands.
import browser from 'webextension-polyfill';
import { CONTENT, contentMethods } from './messages';
import { createClient } from './rpc';

export const pageClient = (tabId: number) => createClient(CONTENT, contentMethods, (message) => browser.tabs.sendMessage(tabId, message));
