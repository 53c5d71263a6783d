// Browser part of `npm run bench`: in Chromium with the built extension, the time from the
// content script's start to highlights painted, main-thread time and heap the extension adds to
// the tab (against the same page without it), and long tasks, on the seed article and on the
// longest English article of the corpora.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { CDPSession } from 'playwright-core';
import { CHROMIUM_PATH, launchChromiumContext } from '../../test/e2e/harness/chromium';
import { startRecordingProxy } from '../../test/e2e/harness/recording-proxy';
import { startStaticServer } from '../../test/e2e/harness/server';
import { isPageCorpus, loadCorpus, type CorpusPage } from '../eval/lib/corpus';

const RUNS = 3;
/** After highlights are painted, how long to keep watching for late long tasks. */
const SETTLE_MS = 1000;
const LONG_TASK_MS = 50;
const PAINT_TIMEOUT_MS = 30_000;
const POLL_MS = 50;

type Sample = { startToPaintMs?: number; warmStartToPaintMs?: number; mentions?: number; taskMs: number; scriptMs: number; heapBytes: number; longTasks: number[] };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** A page corpus's English pages in ../shared that are articles, or that are not. */
function englishPages(shared: string, corpus: string, isArticle: boolean): CorpusPage[] {
  const dir = path.join(shared, 'corpora', corpus);
  if (!isPageCorpus(dir)) return [];
  return loadCorpus(dir).pages.filter((p) => p.row.is_article === isArticle && (p.row.language ?? '').startsWith('en'));
}

/** The English article with the longest ground-truth body in the page corpora. */
function longestCorpusArticle(shared: string): { file: string; words: number } | undefined {
  let best: { file: string; words: number } | undefined;
  for (const corpus of ['fundus', 'scrapinghub_aeb', 'readability']) {
    for (const page of englishPages(shared, corpus, true)) {
      const words = (page.truth?.articleBody ?? '').split(/\s+/).length;
      if (!best || words > best.words) best = { file: page.htmlPath, words };
    }
  }
  return best;
}

/** The largest English news page of the corpora that is not an article (a front page, as a rule). */
function largestNonArticle(shared: string): string | undefined {
  let best: CorpusPage | undefined;
  for (const page of englishPages(shared, 'news_nonarticles', false)) if (!best || (page.row.html_bytes ?? 0) > (best.row.html_bytes ?? 0)) best = page;
  return best?.htmlPath;
}

/**
 * The page's value of `expression`, read over the DevTools protocol. Playwright's own evaluate and
 * waitForFunction first inject its helper scripts into the page, a task of 40–60 ms that the
 * long-task observer counted against the extension.
 */
async function evaluate<T>(cdp: CDPSession, expression: string): Promise<T> {
  const { result } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
  return result.value as T;
}

/** Polls, as cheaply as the page allows, until the content script marks its highlights painted. */
async function untilPainted(cdp: CDPSession): Promise<void> {
  const deadline = Date.now() + PAINT_TIMEOUT_MS;
  while (!(await evaluate<boolean>(cdp, `performance.getEntriesByName('backstory:painted').length > 0`))) {
    if (Date.now() > deadline) throw new Error('no highlights painted');
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

async function sample(url: string, extensionDir: string | undefined, proxyPort: number): Promise<Sample> {
  const context = await launchChromiumContext({ extensionDir, proxyPort, profileDir: await mkdtemp(path.join(tmpdir(), 'backstory-bench-')) });
  try {
    const page = await context.newPage();
    await page.addInitScript(`window.__longTasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    if (extensionDir) await untilPainted(cdp);
    await page.waitForTimeout(SETTLE_MS);
    const marks = await evaluate<{ start?: number; painted?: number; mentions?: number; longTasks: number[] }>(cdp, `(() => {
      const start = performance.getEntriesByName('backstory:start')[0];
      const painted = performance.getEntriesByName('backstory:painted').at(-1);
      return { start: start?.startTime, painted: painted?.startTime, mentions: painted?.detail?.mentions, longTasks: window.__longTasks };
    })()`);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m: { name: string }) => m.name === name)?.value ?? 0;
    // A second visit finds the background's dataset already loaded: what most articles see.
    let warm: number | undefined;
    if (extensionDir) {
      const again = await context.newPage();
      await again.goto(url, { waitUntil: 'load' });
      await again.waitForFunction(() => performance.getEntriesByName('backstory:painted').length > 0, undefined, { timeout: 30_000 });
      warm = await again.evaluate(() => performance.getEntriesByName('backstory:painted')[0]!.startTime - performance.getEntriesByName('backstory:start')[0]!.startTime);
    }
    return {
      ...(warm !== undefined ? { warmStartToPaintMs: warm } : {}),
      ...(marks.start !== undefined && marks.painted !== undefined ? { startToPaintMs: marks.painted - marks.start } : {}),
      ...(marks.mentions !== undefined ? { mentions: marks.mentions } : {}),
      taskMs: metric('TaskDuration') * 1000,
      scriptMs: metric('ScriptDuration') * 1000,
      heapBytes: metric('JSHeapUsedSize'),
      longTasks: marks.longTasks,
    };
  } finally {
    await context.close();
  }
}

/** The content guard's decision time on a page, read from the measure it leaves on the timeline. */
async function guardMs(url: string, extensionDir: string, proxyPort: number): Promise<{ ms: number; worth: boolean }[]> {
  const context = await launchChromiumContext({ extensionDir, proxyPort, profileDir: await mkdtemp(path.join(tmpdir(), 'backstory-bench-')) });
  try {
    const out: { ms: number; worth: boolean }[] = [];
    for (let i = 0; i < RUNS * 3; i++) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(() => performance.getEntriesByName('backstory:guard').length > 0);
      out.push(await page.evaluate(() => {
        const m = performance.getEntriesByName('backstory:guard')[0] as PerformanceMeasure;
        return { ms: m.duration, worth: m.detail as boolean };
      }));
      await page.close();
    }
    return out;
  } finally {
    await context.close();
  }
}

export async function benchBrowser(root: string, shared: string): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) return console.log(`browser: skipped, ${CHROMIUM_PATH} is not installed`);
  const extensionDir = path.join(root, 'dist/chrome');
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) return console.log('browser: skipped, run `npm run build` first');
  const pagesDir = await mkdtemp(path.join(tmpdir(), 'backstory-bench-pages-'));
  const pages: { name: string; file: string }[] = [];
  const seed = path.join(shared, 'fixtures', 'seed-article.html');
  if (existsSync(seed)) pages.push({ name: 'seed article', file: 'seed-article.html' });
  await writeFile(path.join(pagesDir, 'seed-article.html'), existsSync(seed) ? readFileSync(seed) : '');
  const longest = longestCorpusArticle(shared);
  if (longest) {
    await writeFile(path.join(pagesDir, 'longest.html'), gunzipSync(readFileSync(longest.file)));
    pages.push({ name: `longest corpus article (${longest.words} words, ${path.basename(longest.file)})`, file: 'longest.html' });
  }
  if (!pages.length) return console.log('browser: skipped, ../shared is absent');
  // The guard runs on every page a reader opens; a real front page has hundreds of <meta>,
  // <script> and teaser elements where the fixtures have a few.
  const guardPages = ['fixtures/section-front.html', 'fixtures/seed-article.html'];
  const front = largestNonArticle(shared);
  if (front) {
    await writeFile(path.join(pagesDir, 'front.html'), gunzipSync(readFileSync(front)));
    guardPages.push('front.html');
  }
  const proxy = await startRecordingProxy();
  const server = await startStaticServer({ '/': pagesDir, '/fixtures/': path.join(shared, 'fixtures') });
  try {
    for (const file of guardPages) {
      const runs = await guardMs(`${server.origin}/${file}`, extensionDir, proxy.port);
      const name = file === 'front.html' ? `${path.basename(front!)} (largest English non-article news page)` : path.basename(file);
      console.log(`browser: content guard on ${name}: median ${median(runs.map((r) => r.ms)).toFixed(2)} ms, max ${Math.max(...runs.map((r) => r.ms)).toFixed(2)} ms over ${runs.length} loads (worth a look: ${runs[0]?.worth})`);
    }
    for (const page of pages) {
      const url = `${server.origin}/${page.file}`;
      const withExt: Sample[] = [];
      const without: Sample[] = [];
      for (let i = 0; i < RUNS; i++) {
        without.push(await sample(url, undefined, proxy.port));
        withExt.push(await sample(url, extensionDir, proxy.port));
      }
      const longTasks = withExt.map((s) => s.longTasks.filter((d) => d > LONG_TASK_MS).length);
      const baseLong = without.map((s) => s.longTasks.filter((d) => d > LONG_TASK_MS).length);
      console.log(`browser: ${page.name}`);
      console.log(`  content-script start → highlights painted: ${median(withExt.map((s) => s.startToPaintMs ?? NaN)).toFixed(1)} ms with a cold background (dataset loaded on this visit), ${median(withExt.map((s) => s.warmStartToPaintMs ?? NaN)).toFixed(1)} ms warm (median of ${RUNS}; ${withExt[0]?.mentions ?? 0} mentions)`);
      console.log(`  main-thread task time added: ${(median(withExt.map((s) => s.taskMs)) - median(without.map((s) => s.taskMs))).toFixed(1)} ms (script ${(median(withExt.map((s) => s.scriptMs)) - median(without.map((s) => s.scriptMs))).toFixed(1)} ms)`);
      console.log(`  long tasks (> ${LONG_TASK_MS} ms): ${median(longTasks)} with the extension, ${median(baseLong)} without`);
      console.log(`  JS heap added to the tab: ${((median(withExt.map((s) => s.heapBytes)) - median(without.map((s) => s.heapBytes))) / 1024).toFixed(0)} KB`);
    }
  } finally {
    await Promise.all([server.close(), proxy.close()]);
  }
}
