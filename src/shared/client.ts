// The client end of the background's contract, for extension pages and content scripts.
import browser from 'webextension-polyfill';
import { BACKGROUND, backgroundMethods } from './messages';
import { createClient } from './rpc';

export const callBackground = createClient(BACKGROUND, backgroundMethods, (message) => browser.runtime.sendMessage(message));
