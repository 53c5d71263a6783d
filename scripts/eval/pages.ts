// `npm run eval:pages`: what a reader sees on real news pages. In Chromium with the built extension
// (dist/chrome), every English article page of the page corpora in ../shared/corpora (manifest
// `is_article` and `language`) is opened at its own URL path; a page counts as detected when the
// extension's session reaches 'ready' (it read the page as an article and linked it), and as marked
// when at least one person or organisation is highlighted.
// Usage: npm run eval:pages [-- --limit N] [-- --list] [-- --extension DIR]
//   --list prints the detected pages with no actor marked; --extension measures another build (default dist/chrome).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { CHROMIUM_PATH, launchChromiumContext } from '../../test/e2e/harness/chromium';
import { startRecordingProxy } from '../../test/e2e/harness/recording-proxy';
import { REPO_ROOT } from '../data/read';

const SHARED = path.resolve(REPO_ROOT, '../shared');
/** How long a page may take to reach a final state; the first page also waits for the dataset. */
const SETTLE_TIMEOUT_MS = 15_000;
/** A progress line every this many pages: a full run takes many minutes. */
const PROGRESS_EVERY = 25;
const POLL_MS = 100;
const ACTOR_CATEGORIES = new Set(['person', 'organization']);

interface CorpusPage {
  corpus: string;
  id: string;
  /** Path and query of the page's original URL: detection reads URL slugs too. */
  route: string;
  html: Buffer;
}

function englishArticles(): CorpusPage[] {
  const root = path.join(SHARED, 'corpora');
  const out: CorpusPage[] = [];
  for (const corpus of readdirSync(root).sort()) {
    const manifest = path.join(root, corpus, 'dev', 'manifest.jsonl');
    if (!existsSync(manifest)) continue;
    for (const line of readFileSync(manifest, 'utf8').split('\n').filter(Boolean)) {
      const row = JSON.parse(line) as { id: string; url?: string; is_article?: boolean; language?: string; html?: string; html_compression?: string };
      if (row.is_article !== true || !String(row.language ?? '').startsWith('en') || !row.html) continue;
      const bytes = readFileSync(path.join(root, corpus, 'dev', row.html));
      const url = new URL(row.url ?? `https://example.org/${row.id}`);
      // Distinct routes even when two corpora hold the same URL.
      out.push({ corpus, id: row.id, route: `/${corpus}/${out.length}${url.pathname}${url.search}`, html: row.html_compression === 'gzip' ? gunzipSync(bytes) : bytes });
    }
  }
  return out;
}

type PageState = 'ready' | 'not-article' | 'error' | 'timeout';

/**
 * The session's final state, asked through the page contract from an extension page, as the popup
 * does. One article tab is open at a time beside the extension page, which has no content script: the
 * one tab that answers is the article (tab URLs are hidden without the tabs permission).
 */
async function settle(control: Page): Promise<PageState> {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const state = await control.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>>; sendMessage(id: number, m: object): Promise<{ ok: boolean; value?: { state: string } }> } } }).chrome;
      for (const tab of await api.tabs.query({})) {
        try {
          const r = await api.tabs.sendMessage(tab.id, { channel: 'backstory-page', method: 'getCast', params: {} });
          if (r?.ok) return r.value?.state;
        } catch {
          // The extension page itself, or a page whose content script is not listening yet.
        }
      }
      return undefined;
    });
    if (state === 'ready' || state === 'not-article' || state === 'error') return state;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  return 'timeout';
}

async function markedCategories(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      const m = /^backstory-(?:underline|tint)-(\w+)$/.exec(name);
      if (m && highlight.size > 0) out.push(m[1]!);
    }
    return out;
  });
}

async function main(argv: string[]): Promise<void> {
  if (!existsSync(SHARED)) return console.log(`eval:pages: skipped, ${SHARED} is absent`);
  if (!existsSync(CHROMIUM_PATH)) return console.log(`eval:pages: skipped, ${CHROMIUM_PATH} is not installed`);
  const extensionAt = argv.indexOf('--extension');
  const extensionDir = extensionAt >= 0 ? path.resolve(argv[extensionAt + 1]!) : path.join(REPO_ROOT, 'dist/chrome');
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) return console.log('eval:pages: skipped, run `npm run build` first');
  const limitAt = argv.indexOf('--limit');
  const pages = englishArticles().slice(0, limitAt >= 0 ? Number(argv[limitAt + 1]) : undefined);
  const byRoute = new Map(pages.map((p) => [p.route, p]));
  const server = createServer((req, res) => {
    const page = byRoute.get(req.url ?? '');
    if (!page) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page.html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const proxy = await startRecordingProxy();
  const context = await launchChromiumContext({ extensionDir, proxyPort: proxy.port, profileDir: await mkdtemp(path.join(tmpdir(), 'backstory-pages-')) });
  const counts = new Map<string, { pages: number; detected: number; marked: number }>();
  const unmarked: string[] = [];
  try {
    const extensionId = new URL(context.serviceWorkers()[0]!.url()).host;
    const control = await context.newPage();
    await control.goto(`chrome-extension://${extensionId}/options.html`);
    for (const [i, p] of pages.entries()) {
      if (i % PROGRESS_EVERY === 0) console.error(`eval:pages: ${i}/${pages.length}`);
      const c = counts.get(p.corpus) ?? { pages: 0, detected: 0, marked: 0 };
      counts.set(p.corpus, c);
      c.pages++;
      const tab = await context.newPage();
      try {
        const url = `${origin}${p.route}`;
        // Not 'load': the corpus pages' remote images and scripts never answer (no network here).
        await tab.goto(url, { waitUntil: 'domcontentloaded', timeout: SETTLE_TIMEOUT_MS }).catch(() => undefined);
        if ((await settle(control)) !== 'ready') continue;
        c.detected++;
        if ((await markedCategories(tab)).some((k) => ACTOR_CATEGORIES.has(k))) c.marked++;
        else unmarked.push(`${p.corpus}/${p.id}`);
      } catch (error) {
        // A page that navigates itself away (a script redirect) cannot be read: counted as detected, unmarked.
        unmarked.push(`${p.corpus}/${p.id} (${(error as Error).message.split('\n')[0]})`);
      } finally {
        await tab.close();
      }
    }
  } finally {
    await context.close();
    await new Promise((r) => server.close(r));
    await proxy.close();
  }
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
  const total = { pages: 0, detected: 0, marked: 0 };
  for (const [corpus, c] of counts) {
    console.log(`${corpus}: ${c.pages} English article pages, ${c.detected} detected, ${c.marked} with a person or organisation marked (${pct(c.marked, c.detected)} of detected)`);
    total.pages += c.pages;
    total.detected += c.detected;
    total.marked += c.marked;
  }
  console.log(`all: ${total.pages} English article pages, ${total.detected} detected (${pct(total.detected, total.pages)}), ${total.marked} with a person or organisation marked: ${pct(total.marked, total.detected)} of detected articles`);
  if (argv.includes('--list')) for (const u of unmarked) console.log(`  no actor marked: ${u}`);
  console.log(JSON.stringify({ pages: total.pages, detected: total.detected, marked: total.marked, share: total.detected ? total.marked / total.detected : 0 }));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
