import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { BrowserUnderTest, LaunchOptions, Tab } from './types';

export const CHROMIUM_PATH = '/usr/bin/chromium';

// Flags from ../shared/notes/browsers.md: without the background-networking ones, Chromium's own
// traffic would reach the recording proxy and drown the extension's (which must be none).
const CHROMIUM_FLAGS = [
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

/**
 * A Chromium context behind the recording proxy, with the extension loaded unless `extensionDir`
 * is undefined (the benchmark's baseline); its service worker is running when this returns.
 */
export async function launchChromiumContext({ extensionDir, proxyPort, profileDir, headless = true }: Omit<LaunchOptions, 'extensionDir'> & { extensionDir: string | undefined }): Promise<BrowserContext> {
  const extension = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless,
    viewport: { width: 1280, height: 900 },
    args: [...CHROMIUM_FLAGS, ...extension, `--proxy-server=http://127.0.0.1:${proxyPort}`],
  });
  if (extensionDir && !context.serviceWorkers().length) await context.waitForEvent('serviceworker');
  return context;
}

export async function launchChromium(options: LaunchOptions): Promise<BrowserUnderTest> {
  const context = await launchChromiumContext(options);
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const consoleErrors: { text: string; url: string }[] = [];
  context.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push({ text: message.text(), url: message.location().url });
  });
  const extensionId = new URL(context.serviceWorkers()[0]!.url()).host;
  return {
    name: 'chromium',
    newTab: async () => tabOf(await context.newPage()),
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    requests,
    consoleErrors,
    close: () => context.close(),
  };
}
