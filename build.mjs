// Builds dist/chrome and dist/firefox from one source: one esbuild entry table, one manifest
// rewritten per browser, the committed dataset compiled into data files the background fetches.
//   node build.mjs           build both
//   node build.mjs --watch   rebuild on change
//   node build.mjs --zip     build, then write store-ready zips into dist/
import { build, context } from 'esbuild';
import { cp, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, 'dist');
const args = new Set(process.argv.slice(2));
const BROWSERS = ['chrome', 'firefox'];

// Firefox 140 (the ESR Debian ships) is the first desktop release with the CSS Custom Highlight
// API, which the overlay relies on, and with `data_collection_permissions`; Firefox for Android
// has the latter from 142.
const FIREFOX_MIN_VERSION = '140.0';
const FIREFOX_ANDROID_MIN_VERSION = '142.0';
const GECKO_ID = 'backstory@backstory.invalid';

/** Entry points by where they run. The content guard is a classic script that must stay tiny. */
const ENTRIES = [
  { in: 'src/content/guard-entry.ts', out: 'content', format: 'iife' },
  // Split into chunks the content script imports one after another, so no single module
  // evaluation is a long task on the page's main thread.
  { in: 'src/content/main.ts', out: 'content-main', format: 'esm', splitting: true },
  { in: 'src/background/index.ts', out: 'background', format: 'iife' },
  { in: 'src/popup/index.tsx', out: 'popup', format: 'esm' },
  { in: 'src/options/index.tsx', out: 'options', format: 'esm' },
  { in: 'src/trainer/index.tsx', out: 'trainer', format: 'esm' },
];

/** Extension pages: each an HTML shell around its bundle (and the stylesheet esbuild emits for it). */
const PAGES = { popup: 'Backstory', options: 'Backstory settings', trainer: 'Backstory trainer view' };

const pageHtml = (name, title) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title}</title>
<link rel="icon" href="assets/icons/icon-32.png">
<link rel="stylesheet" href="${name}.css">
</head>
<body>
<div id="root"></div>
<script type="module" src="${name}.js"></script>
</body>
</html>
`;

function esbuildOptions(browser, entry) {
  return {
    entryPoints: { [entry.out]: join(root, entry.in) },
    outdir: join(dist, browser),
    ...(entry.splitting ? { splitting: true, chunkNames: 'chunks/[name]-[hash]' } : {}),
    bundle: true,
    format: entry.format,
    target: ['chrome120', 'firefox128'],
    minify: !args.has('--watch'),
    sourcemap: args.has('--watch') ? 'inline' : false,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    define: { __BROWSER__: JSON.stringify(browser), 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  };
}

export function manifestFor(browser, base) {
  const manifest = structuredClone(base);
  if (browser === 'firefox') {
    // Firefox MV3 has no service worker: the same file runs as an event page.
    manifest.background = { scripts: ['background.js'] };
    delete manifest.minimum_chrome_version;
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    };
  }
  return manifest;
}

async function copyStatic(browser) {
  const out = join(dist, browser);
  const base = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));
  await writeFile(join(out, 'manifest.json'), JSON.stringify(manifestFor(browser, base), null, 2));
  await cp(join(root, '_locales'), join(out, '_locales'), { recursive: true });
  await cp(join(root, 'assets', 'icons'), join(out, 'assets', 'icons'), { recursive: true });
  // Dataset packs: the samples and the format doc the options page links to (plain text opens in a tab).
  await cp(join(root, 'assets', 'packs'), join(out, 'packs'), { recursive: true });
  await cp(join(root, 'docs', 'packs.md'), join(out, 'packs', 'format.txt'));
  await writeExtensionDemo(out);
  for (const [page, title] of Object.entries(PAGES)) await writeFile(join(out, `${page}.html`), pageHtml(page, title));
  await cp(join(root, 'assets', 'content', 'highlights.css'), join(out, 'content.css'));
}

/**
 * The demo article inside the extension (opened from the popup): content scripts do not run on
 * extension pages, so this copy loads ours itself. The copy in assets/ stays a plain web page.
 */
async function writeExtensionDemo(out) {
  const html = await readFile(join(root, 'assets', 'demo', 'article.html'), 'utf8');
  await mkdir(join(out, 'demo'), { recursive: true });
  await writeFile(
    join(out, 'demo', 'article.html'),
    html.replace('</head>', '<link rel="stylesheet" href="../content.css">\n</head>').replace('</body>', '<script src="../content.js"></script>\n</body>'),
  );
}

/** The dataset is compiled once per build and copied into each browser's folder. */
async function compileData() {
  const { tsImport } = await import('tsx/esm/api');
  const { buildData } = await tsImport('./scripts/build-data.ts', import.meta.url);
  const out = join(dist, '.data');
  await rm(out, { recursive: true, force: true });
  const report = await buildData(root, out);
  for (const browser of BROWSERS) await cp(out, join(dist, browser, 'data'), { recursive: true });
  return report;
}

async function buildAll() {
  for (const browser of BROWSERS) {
    await rm(join(dist, browser), { recursive: true, force: true });
    await mkdir(join(dist, browser), { recursive: true });
    await Promise.all(ENTRIES.map((entry) => build(esbuildOptions(browser, entry))));
    await copyStatic(browser);
  }
  const data = await compileData();
  console.log(`built ${BROWSERS.map((b) => `dist/${b}`).join(', ')} (${data.summary})`);
}

async function listFiles(dir) {
  const out = [];
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    if ((await stat(path)).isDirectory()) out.push(...(await listFiles(path)));
    else out.push(path);
  }
  return out.sort();
}

/** Zips with fixed timestamps so the same source gives the same bytes. */
async function zip(browser) {
  const dir = join(dist, browser);
  const files = {};
  for (const path of await listFiles(dir)) {
    files[relative(dir, path).split('\\').join('/')] = [await readFile(path), { mtime: new Date('2020-01-01T00:00:00Z') }];
  }
  const { version } = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));
  const target = join(dist, `backstory-${browser}-${version}.zip`);
  await writeFile(target, zipSync(files, { level: 9 }));
  console.log(`wrote ${relative(root, target)}`);
}

async function watch() {
  await buildAll();
  for (const browser of BROWSERS) {
    for (const entry of ENTRIES) {
      const ctx = await context(esbuildOptions(browser, entry));
      await ctx.watch();
    }
  }
  console.log('watching src/ for changes (static files and data: run the build again)');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (args.has('--watch')) await watch();
  else {
    await buildAll();
    if (args.has('--zip')) for (const browser of BROWSERS) await zip(browser);
  }
}
