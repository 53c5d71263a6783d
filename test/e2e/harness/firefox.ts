// Firefox driven over WebDriver BiDi: Playwright's Firefox cannot be installed here, and BiDi is
// what firefox-esr speaks natively (see ../shared/notes/browsers.md).
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import WebSocket from 'ws';
import type { BrowserUnderTest, LaunchOptions, Tab } from './types';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';
const GECKO_ID = 'backstory@backstory.invalid';
/** Fixed so tests can open moz-extension:// pages without asking the browser for the uuid. */
const EXTENSION_UUID = '6a1f3c2e-7b4d-4e8a-9c0f-5d2b8e1a7f30';

/** Firefox's own background traffic, switched off so the recording proxy only sees ours. */
function prefs(proxyPort: number): Record<string, string | number | boolean> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
    'app.update.enabled': false,
    'app.normandy.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.newtabpage.activity-stream.feeds.topsites': false,
    'browser.newtabpage.enabled': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'extensions.getAddons.cache.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.update.enabled': false,
    'services.settings.server': 'http://127.0.0.1:9/',
    'services.settings.poll_interval': 86400,
    'browser.region.update.enabled': false,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'browser.contentblocking.database.enabled': false,
    'privacy.query_stripping.enabled': false,
    'network.trr.mode': 5,
    'browser.region.network.url': '',
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'media.gmp-manager.url': '',
    'browser.aboutConfig.showWarning': false,
  };
}

class Bidi {
  private next = 1;
  private pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  readonly requests: string[] = [];
  readonly consoleErrors: { text: string; url: string }[] = [];
  constructor(private ws: WebSocket) {
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data));
      if (msg.method === 'network.beforeRequestSent') this.requests.push(msg.params.request.url);
      if (msg.method === 'log.entryAdded' && (msg.params.level === 'error' || msg.params.level === 'warn')) {
        this.consoleErrors.push({ text: String(msg.params.text), url: String(msg.params.stackTrace?.callFrames?.[0]?.url ?? '') });
      }
      const waiter = msg.id === undefined ? undefined : this.pending.get(msg.id);
      if (!waiter) return;
      this.pending.delete(msg.id);
      if (msg.type === 'error') waiter.reject(new Error(`${msg.error}: ${msg.message}`));
      else waiter.resolve(msg.result);
    });
  }
  send<T = any>(method: string, params: object): Promise<T> {
    const id = this.next++;
    this.ws.send(JSON.stringify({ id, method, params }));
    return new Promise((resolve, reject) => this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
  }
}

/** BiDi's serialised values back to plain JSON. */
function deserialize(value: any): unknown {
  switch (value?.type) {
    case 'undefined': case 'null': return null;
    case 'string': case 'boolean': return value.value;
    case 'number': return typeof value.value === 'number' ? value.value : Number(value.value);
    case 'array': return value.value.map(deserialize);
    case 'object': return Object.fromEntries(value.value.map(([k, v]: [any, any]) => [typeof k === 'string' ? k : deserialize(k), deserialize(v)]));
    default: return value?.value ?? null;
  }
}

const KEYS: Record<string, string> = { Tab: '\uE004', Enter: '\uE007', Escape: '\uE00C', Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015', Space: ' ', Home: '\uE011', End: '\uE010' };

function tabOf(bidi: Bidi, context: string): Tab {
  const pointer = (actions: object[]) => bidi.send('input.performActions', { context, actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }] });
  return {
    goto: async (url) => void (await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' })),
    async evaluate<T>(expression: string) {
      const r = await bidi.send('script.evaluate', { expression, target: { context }, awaitPromise: true, resultOwnership: 'none' });
      if (r.type === 'exception') throw new Error(`page threw: ${r.exceptionDetails?.text}`);
      return deserialize(r.result) as T;
    },
    mouseMove: async (x, y) => void (await pointer([{ type: 'pointerMove', x: Math.round(x), y: Math.round(y) }])),
    click: async (x, y) => void (await pointer([{ type: 'pointerMove', x: Math.round(x), y: Math.round(y) }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }])),
    async press(keys) {
      const parts = keys.split('+').map((k) => KEYS[k] ?? k);
      const down = parts.map((value) => ({ type: 'keyDown', value }));
      const up = [...parts].reverse().map((value) => ({ type: 'keyUp', value }));
      await bidi.send('input.performActions', { context, actions: [{ type: 'key', id: 'keyboard', actions: [...down, ...up] }] });
    },
    async screenshot(path) {
      const { data } = await bidi.send('browsingContext.captureScreenshot', { context });
      await writeFile(path, Buffer.from(data, 'base64'));
    },
    close: async () => void (await bidi.send('browsingContext.close', { context })),
  };
}

export async function launchFirefox({ extensionDir, proxyPort, profileDir }: LaunchOptions): Promise<BrowserUnderTest> {
  const userJs = Object.entries(prefs(proxyPort)).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n');
  await writeFile(join(profileDir, 'user.js'), `${userJs}\n`);
  const child = spawn(FIREFOX_PATH, ['--headless', '--remote-debugging-port=0', '--remote-allow-system-access', '--no-remote', '--profile', profileDir, '--width=1280', '--height=900'], { stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    return await connect(child, extensionDir);
  } catch (error) {
    // A failed setup (the add-on refused, no BiDi server) must not leave a headless Firefox running.
    child.kill();
    throw error;
  }
}

async function connect(child: ChildProcessByStdio<null, null, Readable>, extensionDir: string): Promise<BrowserUnderTest> {
  const wsUrl = await new Promise<string>((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`Firefox did not start a BiDi server:\n${log}`)), 60_000);
    child.stderr.on('data', (chunk) => {
      log += chunk;
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(log);
      if (match) { clearTimeout(timer); resolve(match[1]!); }
    });
    child.on('exit', (code) => reject(new Error(`Firefox exited (${code}):\n${log}`)));
  });
  const ws = new WebSocket(`${wsUrl}/session`);
  await new Promise((resolve, reject) => { ws.once('open', resolve); ws.once('error', reject); });
  const bidi = new Bidi(ws);
  await bidi.send('session.new', { capabilities: {} });
  await bidi.send('session.subscribe', { events: ['network.beforeRequestSent', 'log.entryAdded'] });
  await bidi.send('webExtension.install', { extensionData: { type: 'path', path: extensionDir } });
  return {
    name: 'firefox',
    async newTab() {
      const { context } = await bidi.send('browsingContext.create', { type: 'tab' });
      return tabOf(bidi, context);
    },
    extensionUrl: (path) => `moz-extension://${EXTENSION_UUID}/${path}`,
    extensionOrigin: `moz-extension://${EXTENSION_UUID}/`,
    requests: bidi.requests,
    consoleErrors: bidi.consoleErrors,
    async close() {
      await bidi.send('session.end', {}).catch(() => undefined);
      ws.close();
      child.kill();
      await new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r(null)));
    },
  };
}
