// One place for what jsdom and Node lack (see ../shared/notes/browsers.md): the extension APIs
// (webextension-polyfill refuses to load outside an extension) are replaced by one fake.
import { beforeEach, vi } from 'vitest';
import { fakeBrowser, resetFakeBrowser } from './fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
beforeEach(resetFakeBrowser);
