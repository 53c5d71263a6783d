// `npm start`: opens Chromium with the built extension on the project's demo article. With a
// display it is a window to try things in; without one it runs headless, hovers a name, writes a
// screenshot and prints what it marked, so a new machine shows in one command that it works.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_PATH, launchChromium } from '../test/e2e/harness/chromium';
import { startRecordingProxy } from '../test/e2e/harness/recording-proxy';
import { startStaticServer } from '../test/e2e/harness/server';
import { highlightedTexts, pointAtText, waitFor } from '../test/e2e/harness/page-probes';

const root = resolve(import.meta.dirname, '..');

function ensureChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is not installed; installing Debian\'s chromium package (about 2 minutes)…');
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return;
  }
  console.error(`Chromium was not found at ${CHROMIUM_PATH}. Install it (Debian: sudo apt-get install chromium) and run npm start again.`);
  process.exit(1);
}

ensureChromium();
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const proxy = await startRecordingProxy();
const server = await startStaticServer({ '/demo/': join(root, 'assets/demo') });
const browser = await launchChromium({ extensionDir: join(root, 'dist/chrome'), proxyPort: proxy.port, profileDir: await mkdtemp(join(tmpdir(), 'backstory-start-')), headless });
const tab = await browser.newTab();
const url = `${server.origin}/demo/article.html`;
await tab.goto(url);
console.log(`Demo article: ${url}`);

const marked = await waitFor(() => highlightedTexts(tab), (m) => m.length > 0, 20_000).catch(() => []);
if (!marked.length) console.log('Nothing was marked on the demo article: see the browser console of the page.');
const byCategory = new Map<string, string[]>();
for (const { category, text } of marked) byCategory.set(category, [...(byCategory.get(category) ?? []), text]);
for (const [category, texts] of byCategory) console.log(`  ${category}: ${[...new Set(texts)].join(', ')}`);

if (headless) {
  const point = await pointAtText(tab, 'Lavrov');
  if (point) {
    await tab.mouseMove(point.x, point.y);
    await new Promise((r) => setTimeout(r, 1200));
  }
  const out = join(root, 'artifacts', 'start');
  await mkdir(out, { recursive: true });
  const shot = join(out, 'demo-article.png');
  await tab.screenshot(shot);
  console.log(`No display: ran headless. Screenshot with the popover for "Lavrov": ${shot}`);
  await browser.close();
  await Promise.all([server.close(), proxy.close()]);
} else {
  console.log('Chromium is open with Backstory loaded. Hover or tap a marked name; close the window or press Ctrl+C to stop.');
}
