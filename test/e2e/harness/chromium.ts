import { chromium, type Page } from 'playwright-core';
import type { BrowserUnderTest, LaunchOptions, Tab } from './types';

export const CHROMIUM_PATH = '/usr/bin/chromium';

// Flags from ../shared/notes/browsers.md: without the background-networking ones, Chromium's own
// traffic would reach the recording proxy and drown the extension's (which must be none).
export const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  // Further browser-own traffic seen at the proxy (sign-in, update checks, safe browsing pings).
  '--disable-default-apps', '--disable-domain-reliability', '--disable-client-side-phishing-detection', '--no-pings', '--no-service-autorun',
  '--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication,CertificateTransparencyComponentUpdater,SafeBrowsing',
];

function tabOf(page: Page): Tab {
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (expression) => page.evaluate(expression),
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    press: (keys) => page.keyboard.press(keys),
    screenshot: async (path) => void (await page.screenshot({ path })),
    close: () => page.close(),
  };
}

export async function launchChromium({ extensionDir, proxyPort, profileDir, headless = true }: LaunchOptions): Promise<BrowserUnderTest> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless,
    viewport: { width: 1280, height: 900 },
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, `--proxy-server=http://127.0.0.1:${proxyPort}`],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const consoleErrors: { text: string; url: string }[] = [];
  context.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push({ text: message.text(), url: message.location().url });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    name: 'chromium',
    newTab: async () => tabOf(await context.newPage()),
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    requests,
    consoleErrors,
    close: () => context.close(),
  };
}
