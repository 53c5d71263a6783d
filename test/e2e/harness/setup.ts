// One place that starts what an e2e file needs: the recording proxy, the static page server and a
// browser with the built extension. A missing browser skips the file locally and fails it in CI.
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_PATH, launchChromium } from './chromium';
import { FIREFOX_PATH, launchFirefox } from './firefox';
import { foreignRequests, startRecordingProxy, type RecordingProxy } from './recording-proxy';
import { startStaticServer, type StaticServer } from './server';
import type { BrowserName, BrowserUnderTest } from './types';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const SHARED = resolve(ROOT, '../shared');
export const SHARED_FIXTURES = join(SHARED, 'fixtures');
export const hasSharedFixtures = existsSync(SHARED_FIXTURES);
export const ARTIFACTS = join(ROOT, 'artifacts', 'e2e');

const PATHS: Record<BrowserName, string> = { chromium: CHROMIUM_PATH, firefox: FIREFOX_PATH };
const DIST: Record<BrowserName, string> = { chromium: join(ROOT, 'dist/chrome'), firefox: join(ROOT, 'dist/firefox') };

/** Browsers this machine can run. In CI a missing one is an error, not a skip. */
export function availableBrowsers(): BrowserName[] {
  const names = (Object.keys(PATHS) as BrowserName[]).filter((name) => {
    if (existsSync(PATHS[name])) return true;
    if (process.env.CI === 'true') throw new Error(`${PATHS[name]} is missing: .ci/run must install it`);
    console.warn(`e2e: ${PATHS[name]} not installed, skipping ${name}`);
    return false;
  });
  if (!existsSync(join(DIST.chromium, 'manifest.json'))) throw new Error('dist/ is missing: run `node build.mjs` first');
  return names;
}

export type Harness = { browser: BrowserUnderTest; server: StaticServer; proxy: RecordingProxy; artifact(name: string): string; close(): Promise<void> };

export async function startHarness(name: BrowserName): Promise<Harness> {
  const proxy = await startRecordingProxy();
  const mounts: Record<string, string> = { '/demo/': join(ROOT, 'assets/demo'), '/pages/': join(ROOT, 'test/e2e/pages') };
  if (hasSharedFixtures) mounts['/shared/'] = SHARED_FIXTURES;
  const server = await startStaticServer(mounts);
  const profileDir = await mkdtemp(join(tmpdir(), `backstory-${name}-`));
  const launch = name === 'chromium' ? launchChromium : launchFirefox;
  const browser = await launch({ extensionDir: DIST[name], proxyPort: proxy.port, profileDir });
  await mkdir(ARTIFACTS, { recursive: true });
  return {
    browser,
    server,
    proxy,
    artifact: (file) => join(ARTIFACTS, `${name}-${file}`),
    async close() {
      await browser.close();
      await Promise.all([server.close(), proxy.close()]);
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

export { waitFor } from './wait';

/** Requests that left, or tried to leave, the machine: to anything but the loopback test server or the extension itself. */
export function requestsOffMachine(h: Harness): string[] {
  const local = /^(https?:\/\/127\.0\.0\.1[:/]|chrome-extension:|moz-extension:|data:|blob:|about:)/;
  return [...h.browser.requests.filter((url) => !local.test(url)), ...foreignRequests(h.proxy.seen)];
}

/** Console errors that come from our own scripts (the pages' own are not ours to judge). */
export function ourConsoleErrors(h: Harness): { text: string; url: string }[] {
  return h.browser.consoleErrors.filter((e) => /^(chrome|moz)-extension:/.test(e.url) || /backstory/i.test(e.text));
}
