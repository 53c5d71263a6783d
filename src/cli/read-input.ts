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
const BOM = /^(?:\xEF\xBB\xBF|\xFE\xFF|\xFF\xFE)/;

function isUtf8WithNonAscii(bytes: Buffer): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The content type to parse a saved page with. Bytes that are valid UTF-8 and not plain ASCII are
 * UTF-8, whatever a <meta> says: legacy-encoded text with accents is practically never valid
 * UTF-8, while saved pages are often re-encoded to UTF-8 with their old <meta charset> left in
 * place (and pages without any declaration would otherwise fall back to windows-1252). Everything
 * else is left to the HTML encoding sniffer (BOM, then <meta charset>).
 */
function contentTypeFor(bytes: Buffer): string {
  if (BOM.test(bytes.subarray(0, 3).toString('latin1'))) return 'text/html';
  return isUtf8WithNonAscii(bytes) ? 'text/html; charset=utf-8' : 'text/html';
}

const STYLE_ELEMENT = /(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi;

/**
 * Empty every <style> element. jsdom parses stylesheets eagerly and throws on some real-world CSS
 * (css-tree rejects `calc()` over SCSS variables left in a page), and no stylesheet text is ever
 * prose. Done on the bytes read as latin1, which maps each byte to one character and back, so the
 * page's own encoding is untouched.
 */
function withoutStylesheets(bytes: Buffer): Buffer {
  const text = bytes.toString('latin1');
  return /<style\b/i.test(text) ? Buffer.from(text.replace(STYLE_ELEMENT, '$1$2'), 'latin1') : bytes;
}

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

/** The charset a <meta> names, when it is a label the Encoding Standard knows. */
function declaredCharset(bytes: Buffer): string | undefined {
  const label = bytes.subarray(0, CHARSET_PRESCAN_BYTES).toString('latin1').match(META_CHARSET)?.[1];
  if (!label) return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

function fallbackCharset(bytes: Buffer): string {
  return isUtf8WithNonAscii(bytes) ? 'utf-8' : 'windows-1252';
}

/** Parse HTML bytes as a browser would, without running scripts or fetching anything. */
export function parseHtml(raw: Buffer, url?: string): { document: Document; close: () => void } {
  const bytes = withoutStylesheets(raw);
  const base = { virtualConsole: quietConsole, ...(url ? { url } : {}) };
  let dom: JSDOM;
  try {
    dom = new JSDOM(bytes, { ...base, contentType: contentTypeFor(bytes) });
  } catch {
    // html-encoding-sniffer crashes on some malformed <meta charset> tags; a transport-level
    // charset makes jsdom skip that prescan, as an HTTP Content-Type header would.
    dom = new JSDOM(bytes, { ...base, contentType: `text/html; charset=${declaredCharset(bytes) ?? fallbackCharset(bytes)}` });
  }
  return { document: dom.window.document, close: () => dom.window.close() };
}

export async function readInput(path: string, url?: string): Promise<LoadedInput> {
  const raw = await readFile(path);
  if (/\.txt$/i.test(path)) return { kind: 'text', text: raw.toString('utf8') };
  if (/\.html?\.gz$/i.test(path) || /\.gz$/i.test(path)) return { kind: 'html', ...parseHtml(gunzipSync(raw), url) };
  if (/\.x?html?$/i.test(path)) return { kind: 'html', ...parseHtml(raw, url) };
  throw new Error(`unsupported input (expected .html, .html.gz or .txt): ${path}`);
}
