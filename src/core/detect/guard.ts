// The first stage, run on every page: decide from the head and a bounded look at the body whether
// the page could be an article at all. It must never walk the whole DOM and must let every real
// article through (the full detector makes the fine decision); it only spares obvious non-articles
// (shops, media pages, empty app shells, link lists) the cost of scoring.

import { ARTICLE_TYPES, SHOP_TYPES, shortType } from './json-ld';
import { measureText } from '../text/measure';

export interface GuardResult {
  worth: boolean;
  reason: string;
}

/** Paragraphs examined at most: enough to find a body's first few, bounded on huge pages. */
const MAX_PARAGRAPHS_EXAMINED = 150;
/** A paragraph this long (weighted characters, see measureText) is prose, not a label or a teaser line. */
const PROSE_PARAGRAPH_CHARS = 120;
/** Three prose paragraphs are the least an article shows; teaser lists rarely have them. */
const MIN_PROSE_PARAGRAPHS = 3;
/** A paragraph of a sentence at least (weighted characters): wire copy and briefs write one-sentence paragraphs. */
const SENTENCE_PARAGRAPH_CHARS = 60;
/**
 * A brief or an interview of short paragraphs may have fewer than three long ones; this much text
 * in paragraphs of a sentence or more (≈ 100 English words) is worth the full look.
 */
const MIN_SENTENCE_PARAGRAPH_TOTAL = 600;
/** Pages without <p> (div soup) still break their prose with <br>; this many suggests running text. */
const MIN_LINE_BREAKS = 8;
/** Skip scanning JSON-LD blocks larger than this for types: product catalogues embed megabytes. */
const MAX_JSON_LD_SNIFF = 200_000;

/** og:type values that can never be an article page. */
const NON_ARTICLE_OG = /^(?:product|og:product|video(?:\.\w+)?|music(?:\.\w+)?|profile|book|books\.book|business\.business|place|restaurant(?:\.\w+)?|game(?:\.\w+)?)$/;

// The guard runs in a fresh script world on every page, where each element it touches costs a
// wrapper and each large regex a compile: it asks the parser's selector engine for the few
// elements it needs and reads JSON-LD with string searches, instead of walking every <meta> and
// <script> (a news front page has hundreds) through the full detector's readers.
const OG_TYPE_SELECTOR = 'meta[property="og:type" i], meta[name="og:type" i]';
const JSON_LD_SELECTOR = 'script[type="application/ld+json" i]';
const TYPE_KEY = '"@type"';

function ogTypeOf(doc: Document): string | undefined {
  for (const meta of doc.querySelectorAll(OG_TYPE_SELECTOR)) {
    const content = meta.getAttribute('content')?.trim();
    if (content) return content.toLowerCase();
  }
  return undefined;
}

const isJsonSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/**
 * The type names written after every "@type" key of raw JSON text, nested nodes' included, as a
 * string or an array of strings; parsing is left to the full detector.
 */
function sniffedTypes(json: string): string[] {
  const out: string[] = [];
  for (let at = json.indexOf(TYPE_KEY); at >= 0; at = json.indexOf(TYPE_KEY, at + TYPE_KEY.length)) {
    let i = at + TYPE_KEY.length;
    while (isJsonSpace(json.charCodeAt(i))) i++;
    if (json[i] !== ':') continue;
    i++;
    while (isJsonSpace(json.charCodeAt(i))) i++;
    const opening = json[i];
    if (opening !== '[' && opening !== '"') continue;
    const end = opening === '[' ? json.indexOf(']', i) : json.indexOf('"', i + 1) + 1;
    if (end <= i) continue;
    const value = json.slice(i, end);
    for (let q = value.indexOf('"'); q >= 0; ) {
      const close = value.indexOf('"', q + 1);
      if (close < 0) break;
      out.push(shortType(value.slice(q + 1, close)));
      q = value.indexOf('"', close + 1);
    }
  }
  return out;
}

/** What the page's JSON-LD declares, sniffed from the raw text: an article, a product, or neither. */
function sniffJsonLd(doc: Document): 'article' | 'product' | undefined {
  let product = false;
  for (const script of doc.querySelectorAll(JSON_LD_SELECTOR)) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD_SNIFF) continue;
    const types = sniffedTypes(text);
    if (types.some((t) => ARTICLE_TYPES.has(t))) return 'article';
    product ||= types.some((t) => SHOP_TYPES.has(t));
  }
  // Microdata is not sniffed: finding it takes a walk over every element, and pages marked up with
  // it show their body as <p> or <article> anyway.
  return product ? 'product' : undefined;
}

/** Three prose paragraphs, or enough text in paragraphs of a sentence, among the first few. */
function hasProseParagraphs(doc: Document): boolean {
  const paragraphs = doc.getElementsByTagName('p');
  const limit = Math.min(paragraphs.length, MAX_PARAGRAPHS_EXAMINED);
  let prose = 0;
  let sentenceTotal = 0;
  for (let i = 0; i < limit; i++) {
    const chars = measureText(paragraphs[i]!.textContent ?? '').chars;
    if (chars >= PROSE_PARAGRAPH_CHARS) prose++;
    if (chars >= SENTENCE_PARAGRAPH_CHARS) sentenceTotal += chars;
    if (prose >= MIN_PROSE_PARAGRAPHS || sentenceTotal >= MIN_SENTENCE_PARAGRAPH_TOTAL) return true;
  }
  return false;
}

export function isWorthALook(doc: Document): GuardResult {
  if (!doc.body) return { worth: false, reason: 'no body' };
  const ogType = ogTypeOf(doc);
  if (ogType === 'article') return { worth: true, reason: 'og:type=article' };
  const jsonLd = sniffJsonLd(doc);
  if (jsonLd === 'article') return { worth: true, reason: 'JSON-LD article type' };
  if (ogType !== undefined && NON_ARTICLE_OG.test(ogType)) return { worth: false, reason: `og:type=${ogType}` };
  if (jsonLd === 'product') return { worth: false, reason: 'JSON-LD product and no article type' };
  if (hasProseParagraphs(doc)) return { worth: true, reason: 'prose paragraphs' };
  if (doc.getElementsByTagName('article').length > 0) return { worth: true, reason: '<article> element' };
  if (doc.body.getElementsByTagName('br').length >= MIN_LINE_BREAKS) return { worth: true, reason: 'text broken by <br>' };
  return { worth: false, reason: 'no article metadata and no prose paragraphs' };
}
