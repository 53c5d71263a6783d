import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { BrowserUnderTest, LaunchOptions, MainThreadTask, Tab } from './types';

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
    tasksRunning: (urlPrefix, during) => tasksRunning(page, urlPrefix, during),
  };
}

type TraceEvent = {
  name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number;
  args?: { data?: { url?: string; scriptName?: string }; chrome_mojo_event_info?: { mojo_interface_tag?: string } };
};

/**
 * The test's own probes (tab.evaluate) arrive as DevTools session messages and run JavaScript that
 * names no URL, like our message continuations do; walking thousands of highlights, one of them
 * took 41 ms and was counted as ours. A task that received such a message is the test's.
 */
const isProbe = (e: TraceEvent) => e.args?.chrome_mojo_event_info?.mojo_interface_tag === 'blink.mojom.DevToolsSession';

/** Trace events that mean JavaScript ran in a task. */
const JS_EVENTS = new Set(['RunMicrotasks', 'FunctionCall', 'EvaluateScript', 'v8.evaluateModule', 'TimerFire', 'v8.run']);

/**
 * Traces the tab's renderer while `during` runs and returns every main-thread task (RunTask) that
 * ran our code. A task is ours when a script event in it (EvaluateScript, FunctionCall: timers,
 * observers, listeners) names a URL under `urlPrefix`, or when JavaScript ran in it that names no
 * URL at all: a promise continuation after an extension message arrives that way (RunMicrotasks
 * under a mojo message), and the test pages name every script of their own. CPU time (tdur) is
 * what the task cost the thread: unlike wall time it does not grow when a loaded machine takes the
 * CPU away, so it measures the work itself.
 */
async function tasksRunning<T>(page: Page, urlPrefix: string, during: () => Promise<T>): Promise<{ value: T; tasks: MainThreadTask[] }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => void events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] }, transferMode: 'ReportEvents' });
  const value = await during();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const spans = events.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const urlOf = (e: TraceEvent) => e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
  // The threads our scripts ran on: the tab's renderer main thread.
  const ourThreads = new Set(spans.filter((e) => urlOf(e).startsWith(urlPrefix)).map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of spans) {
    const key = `${e.pid}:${e.tid}`;
    if (ourThreads.has(key)) byThread.set(key, [...(byThread.get(key) ?? []), e]);
  }
  const out: MainThreadTask[] = [];
  for (const thread of byThread.values()) {
    for (const task of thread.filter((e) => e.name === 'RunTask')) {
      const end = task.ts + task.dur!;
      const inside = thread.filter((e) => e !== task && e.ts >= task.ts && e.ts < end);
      const urls = [...new Set(inside.map(urlOf).filter((u) => u !== ''))];
      if (inside.some(isProbe)) continue;
      const ours = urls.some((u) => u.startsWith(urlPrefix)) || (urls.length === 0 && inside.some((e) => JS_EVENTS.has(e.name)));
      if (ours) out.push({ at: task.ts / 1000, cpuMs: (task.tdur ?? task.dur!) / 1000, wallMs: task.dur! / 1000, urls });
    }
  }
  return { value, tasks: out };
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
    extensionOrigin: `chrome-extension://${extensionId}/`,
    requests,
    consoleErrors,
    close: () => context.close(),
  };
}
