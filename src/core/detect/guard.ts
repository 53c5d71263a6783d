// The first stage, run on every page: decide from the head and a bounded look at the body whether
// the page could be an article at all. It must never walk the whole DOM and must let every real
// article through (the full detector makes the fine decision); it only spares obvious non-articles
// (shops, media pages, empty app shells, link lists) the cost of scoring.

import { ARTICLE_TYPES, SHOP_TYPES, shortType } from './json-ld';
import { CJK_CHAR_WEIGHT } from '../text/measure';

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

// The guard runs in a fresh script world on every page. The first element it touches there makes
// the browser build that world's Element and HTMLElement interfaces, about a millisecond on the
// bench's two-core machine (more than all the rest of the guard); every element after it costs a
// wrapper. So it asks XPath for numbers and strings, which hand back no node at all, and reads
// elements only for JSON-LD that may name an article or shop type.
/** XPathResult's NUMBER_TYPE and STRING_TYPE, written out: reading XPathResult would build that interface too. */
const NUMBER_TYPE = 1;
const STRING_TYPE = 2;
const xpathNumber = (doc: Document, expr: string) => doc.evaluate(expr, doc, null, NUMBER_TYPE, null).numberValue;
const xpathString = (doc: Document, expr: string) => doc.evaluate(expr, doc, null, STRING_TYPE, null).stringValue;
/** An attribute compared without regard to case, as a selector's `i` flag does: XPath 1.0 lower-cases only the letters named. */
const lowered = (attribute: string, value: string) => `translate(${attribute},'${value.toUpperCase()}','${value.toLowerCase()}')='${value}'`;

/** What `document.body` returns, found without touching it. */
const BODY = '(/html/body | /html/frameset)[1]';
const OG_TYPE = `string((//meta[${lowered('@property', 'og:type')} or ${lowered('@name', 'og:type')}][normalize-space(@content)])[1]/@content)`;
const TYPE_KEY = '"@type"';
const JSON_LD = `//script[${lowered('@type', 'application/ld+json')}]`;
/** The type names no other of them is part of ("Article" stands for "NewsArticle"): one search each. */
const TYPE_STEMS = [...ARTICLE_TYPES, ...SHOP_TYPES].filter((t, _, all) => !all.some((o) => o !== t && t.includes(o)));
/**
 * JSON-LD blocks the exact reader must look at: every type it could find is written in the text, so
 * a block that contains none of the type names, or no "@type", declares neither an article nor a shop.
 */
const JSON_LD_WITH_TYPES = `count(${JSON_LD}[string-length(.) <= ${MAX_JSON_LD_SNIFF}][contains(., '${TYPE_KEY}')][${TYPE_STEMS.map((t) => `contains(., '${t}')`).join(' or ')}])`;
/** The same blocks as JSON_LD, for the exact reader. */
const JSON_LD_SELECTOR = 'script[type="application/ld+json" i]';

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

const PARAGRAPHS = `(//p)[position() <= ${MAX_PARAGRAPHS_EXAMINED}]`;
/** A paragraph's length as measureText counts it, unweighted: its characters less whitespace. */
const LENGTH = `string-length(translate(., ' \t\n\r\f', ''))`;
/**
 * Lengths the sentence total is counted in: each paragraph adds the largest of these it reaches,
 * so the total is rounded down, by at most a step, where teaser lines and one-sentence paragraphs fall.
 */
const SENTENCE_STEPS = [SENTENCE_PARAGRAPH_CHARS, 80, 100, PROSE_PARAGRAPH_CHARS, 160, 240, 360, MIN_SENTENCE_PARAGRAPH_TOTAL];
/** The primary subtag of the page's declared language ("zh-Hant", "ja_JP" → "zh", "ja"), lower-cased for the CJK ones. */
const PRIMARY_LANGUAGE = "translate(substring-before(concat(translate(normalize-space(@lang), '_', '-'), '-'), '-'), 'ZHJAKO', 'zhjako')";
/**
 * Text in Chinese, Japanese or Korean: the page declares one of them, or its paragraphs use marks
 * only they write (the ideographic full stop and commas; "다", which ends Korean sentences). Chinese
 * news pages often declare no language at all.
 */
const CJK_TEXT = `(count(/html[${['zh', 'ja', 'ko'].map((l) => `${PRIMARY_LANGUAGE} = '${l}'`).join(' or ')}]) > 0 or count(${PARAGRAPHS}[${['。', '，', '、', '다'].map((mark) => `contains(., '${mark}')`).join(' or ')}]) > 0)`;

function proseAtWeight(weight: number): string {
  const atLeast = (chars: number) => `count(${PARAGRAPHS}[${weight} * ${LENGTH} >= ${chars}])`;
  const total = SENTENCE_STEPS.map((step, k) => `${atLeast(step)} * ${step - (SENTENCE_STEPS[k - 1] ?? 0)}`).join(' + ');
  return `(${atLeast(PROSE_PARAGRAPH_CHARS)} >= ${MIN_PROSE_PARAGRAPHS} or ${total} >= ${MIN_SENTENCE_PARAGRAPH_TOTAL})`;
}

/**
 * Three prose paragraphs, or enough text in paragraphs of a sentence, among the first few, asked of
 * XPath so that no element is read. Lengths are measureText's with two differences: every character
 * weighs what the page's script does (CJK_CHAR_WEIGHT where CJK_TEXT finds Chinese, Japanese or
 * Korean, 1 elsewhere), not what its own does; and the sentence total is rounded down to SENTENCE_STEPS.
 */
function hasProseByXPath(doc: Document): boolean {
  const weight = xpathNumber(doc, `number(${CJK_TEXT})`) === 1 ? CJK_CHAR_WEIGHT : 1;
  return xpathNumber(doc, `number(${proseAtWeight(weight)})`) === 1;
}

export function isWorthALook(doc: Document): GuardResult {
  if (xpathNumber(doc, `count(${BODY})`) === 0) return { worth: false, reason: 'no body' };
  const ogType = xpathString(doc, OG_TYPE).trim().toLowerCase() || undefined;
  if (ogType === 'article') return { worth: true, reason: 'og:type=article' };
  const jsonLd = xpathNumber(doc, JSON_LD_WITH_TYPES) > 0 ? sniffJsonLd(doc) : undefined;
  if (jsonLd === 'article') return { worth: true, reason: 'JSON-LD article type' };
  if (ogType !== undefined && NON_ARTICLE_OG.test(ogType)) return { worth: false, reason: `og:type=${ogType}` };
  if (jsonLd === 'product') return { worth: false, reason: 'JSON-LD product and no article type' };
  // The cheapest of the three tests that let a page through come first.
  if (xpathNumber(doc, 'count(//article)') > 0) return { worth: true, reason: '<article> element' };
  if (xpathNumber(doc, `count(${BODY}//br)`) >= MIN_LINE_BREAKS) return { worth: true, reason: 'text broken by <br>' };
  if (hasProseByXPath(doc)) return { worth: true, reason: 'prose paragraphs' };
  return { worth: false, reason: 'no article metadata and no prose paragraphs' };
}
