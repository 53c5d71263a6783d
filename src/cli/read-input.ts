// Loads a page for the CLI and the evaluation: .html and .html.gz become a jsdom Document (jsdom
// sniffs the charset from the bytes, BOM and <meta charset>, as a browser does); .txt stays text.

import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';

export type LoadedInput =
  | { kind: 'text'; text: string }
  | { kind: 'html'; document: Document; close: () => void };

/** jsdom reports unparsable page CSS on the console; a page's broken CSS is not our error. */
const quietConsole = new VirtualConsole();

/** How far into a page browsers look for <meta charset> (HTML spec: the prescan reads 1024 bytes). */
const CHARSET_PRESCAN_BYTES = 1024;
const DECLARED_CHARSET = /<meta[^>]+charset|^\xEF\xBB\xBF|^\xFE\xFF|^\xFF\xFE/i;

/**
 * The content type to parse with. A page that declares its charset (or has a BOM) is left to the
 * decoder; an undeclared one that is valid UTF-8 is read as UTF-8, as browsers' sniffers do,
 * instead of the windows-1252 fallback that would garble every non-ASCII letter.
 */
function contentTypeFor(bytes: Buffer): string {
  if (DECLARED_CHARSET.test(bytes.subarray(0, CHARSET_PRESCAN_BYTES).toString('latin1'))) return 'text/html';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'text/html; charset=utf-8';
  } catch {
    return 'text/html';
  }
}

/** Parse HTML bytes as a browser would, without running scripts or fetching anything. */
export function parseHtml(bytes: Buffer, url?: string): { document: Document; close: () => void } {
  const options = { contentType: contentTypeFor(bytes), virtualConsole: quietConsole, ...(url ? { url } : {}) };
  const dom = new JSDOM(bytes, options);
  return { document: dom.window.document, close: () => dom.window.close() };
}

export async function readInput(path: string, url?: string): Promise<LoadedInput> {
  const raw = await readFile(path);
  if (/\.txt$/i.test(path)) return { kind: 'text', text: raw.toString('utf8') };
  if (/\.html?\.gz$/i.test(path) || /\.gz$/i.test(path)) return { kind: 'html', ...parseHtml(gunzipSync(raw), url) };
  if (/\.x?html?$/i.test(path)) return { kind: 'html', ...parseHtml(raw, url) };
  throw new Error(`unsupported input (expected .html, .html.gz or .txt): ${path}`);
}
