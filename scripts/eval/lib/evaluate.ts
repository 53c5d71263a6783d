// Scores the detector and the text collector on one page corpus: detection precision/recall/FPR,
// body shingle P/R/F1, Postlight first words, trafilatura snippets, and the time they take.

import { performance } from 'node:perf_hooks';
import { detectArticle } from '../../../src/core/detect/index';
import { isWorthALook } from '../../../src/core/detect/guard';
import { collectText } from '../../../src/core/text/body-text';
import { readInput } from '../../../src/cli/read-input';
import { aggregate, f1, shingleCounts, type Counts } from './shingles';
import type { Corpus, CorpusPage } from './corpus';

export interface PageResult {
  id: string;
  expected: boolean | null;
  pageType: string | null;
  isArticle: boolean;
  confidence: number;
  reasons: string[];
  /** The text annotate prints: headline and lead captions the detector added, then the body. */
  bodyText: string;
  /** The body roots' text without the headline, captions and fact boxes: what the body-only ground truth is compared with. */
  bodyOnlyText: string;
  bodyF1?: number;
  detectMs: number;
  /** The cheap first stage alone (what every page pays in the browser). */
  guardMs: number;
}

export interface BodyScore { pages: number; precision: number; recall: number; f1: number; shareF1At90: number }

export interface CorpusReport {
  corpus: string;
  pages: number;
  detection: {
    labelled: number; tp: number; fp: number; fn: number; tn: number;
    precision: number | null; recall: number | null; fpr: number | null;
    newsArticles: number; newsRecall: number | null;
  };
  /** Body-only text (the detector's headline, caption roots, recognised captions and fact boxes left out) against the body truth. */
  body?: BodyScore;
  /** The same truth against bodyText as printed, headline and captions included. */
  bodyPrinted?: BodyScore;
  firstWords?: { pages: number; hits: number; share: number };
  snippets?: { with: number; withFound: number; without: number; withoutFound: number; withRecall: number; withoutFalseRate: number };
  timeMs: { median: number; p95: number; max: number };
  /** The guard alone, on the pages that are not articles (or all pages when none is labelled). */
  guardMs: { median: number; p95: number };
  errors: { falseNegatives: string[]; falsePositives: string[] };
}

/** Fixtures written by hand to test one parsing rule are not pages; they stay out of detection figures. */
const UNLABELLED_TYPES = new Set(['synthetic']);
/**
 * Truths taken from a reference extractor's output rather than annotated by hand: Mozilla
 * Readability and Postlight's parser keep figure captions and fact boxes in what they extract, so
 * those pages are scored on the body with them; the benchmarks' annotated article bodies hold the
 * running text alone.
 */
const TRUTH_KEEPS_SUPPLEMENTS: ReadonlySet<string> = new Set(['reference_output_html+text', 'field_assertions(title/author/date/first_words)']);
/** Lines of lead, byline and dateline allowed before the body's first words (headline and captions are already out). */
const FIRST_WORDS_MAX_LINE = 4;

function normaliseSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function decodeEntities(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' })[e]!);
}

/** The body's first words appear at the start of one of the first lines of the body-only text. */
function startsWithFirstWords(bodyText: string, firstWords: string): boolean {
  const words = normaliseSpace(decodeEntities(firstWords));
  const lines = bodyText.split('\n');
  for (let i = 0; i < Math.min(FIRST_WORDS_MAX_LINE, lines.length); i++) {
    if (normaliseSpace(lines.slice(i).join(' ')).startsWith(words)) return true;
  }
  return false;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

/**
 * Signals a page can lack. Evaluating the dev pages without one of them stands in for held-out
 * pages from sites that do not emit it: the dev pages are metadata-rich, the web is less so.
 */
export const ABLATIONS = ['jsonld', 'meta', 'url'] as const;
export type Ablation = (typeof ABLATIONS)[number];

/** Remove what the ablations name from the page (JSON-LD blocks; Open Graph, article:* and date meta tags and microdata types). */
function ablate(doc: Document, without: ReadonlySet<Ablation>): void {
  if (without.has('jsonld')) for (const s of [...doc.querySelectorAll('script[type*="ld+json" i]')]) s.remove();
  if (without.has('meta')) {
    for (const m of [...doc.querySelectorAll('meta[property], meta[name], meta[itemprop]')]) {
      const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase();
      if (/^(?:og:|article:|date|pubdate|publish|parsely|sailthru|dc\.|dcterms)/.test(key) || m.hasAttribute('itemprop')) m.remove();
    }
    for (const el of [...doc.querySelectorAll('[itemtype]')]) el.removeAttribute('itemtype');
  }
}

export async function evaluatePage(page: CorpusPage, without: ReadonlySet<Ablation> = new Set()): Promise<PageResult> {
  const url = without.has('url') ? undefined : page.row.url ?? undefined;
  const input = await readInput(page.htmlPath, url);
  if (input.kind !== 'html') throw new Error(`not an html page: ${page.htmlPath}`);
  try {
    ablate(input.document, without);
    // Without a URL the canonical link and og:url would give it back.
    if (without.has('url')) for (const l of [...input.document.querySelectorAll('link[rel~="canonical" i], meta[property="og:url"]')]) l.remove();
    const guardStarted = performance.now();
    isWorthALook(input.document);
    const guardMs = performance.now() - guardStarted;
    const started = performance.now();
    const detection = detectArticle(input.document, url);
    const { text } = collectText(detection.roots);
    const detectMs = performance.now() - started;
    // Collected per root, so the text of the body and lead roots is the printed text without the
    // headline and caption lines; a headline the detector found inside a body root is left out too,
    // and so are the captions and fact boxes it recognised there, unless the truth is an extraction
    // that keeps them.
    const bodyRoots = detection.roots.filter((_, i) => detection.rootKinds[i] === 'body' || detection.rootKinds[i] === 'lead');
    const leaveOut = new Set(detection.headlineElement ? [detection.headlineElement] : []);
    if (!TRUTH_KEEPS_SUPPLEMENTS.has(page.row.ground_truth_kind ?? '')) {
      for (const el of [...detection.captionElements, ...detection.factBoxElements]) leaveOut.add(el);
    }
    const bodyOnlyText = collectText(bodyRoots, { leaveOut }).text;
    const truthBody = page.truth?.articleBody;
    return {
      id: page.row.id,
      expected: UNLABELLED_TYPES.has(page.row.page_type ?? '') ? null : page.row.is_article ?? null,
      pageType: page.row.page_type ?? null,
      isArticle: detection.isArticle,
      confidence: detection.confidence,
      reasons: detection.reasons,
      bodyText: text,
      bodyOnlyText,
      bodyF1: typeof truthBody === 'string' && page.row.is_article ? f1(shingleCounts(bodyOnlyText, truthBody)) : undefined,
      detectMs,
      guardMs,
    };
  } finally {
    input.close();
  }
}

export function summarise(corpus: Corpus, results: PageResult[]): CorpusReport {
  const byId = new Map(corpus.pages.map((p) => [p.row.id, p]));
  let tp = 0, fp = 0, fn = 0, tn = 0, news = 0, newsFound = 0;
  const falseNegatives: string[] = [];
  const falsePositives: string[] = [];
  const bodies: Counts[] = [];
  const printedBodies: Counts[] = [];
  let firstPages = 0, firstHits = 0;
  let withN = 0, withFound = 0, withoutN = 0, withoutFound = 0;
  for (const r of results) {
    const page = byId.get(r.id)!;
    if (r.expected === true) {
      if (r.isArticle) tp++; else { fn++; falseNegatives.push(r.id); }
      if (r.pageType === 'news_article') { news++; if (r.isArticle) newsFound++; }
    } else if (r.expected === false) {
      if (r.isArticle) { fp++; falsePositives.push(r.id); } else tn++;
    }
    const truth = page.truth;
    if (typeof truth?.articleBody === 'string' && page.row.is_article) {
      bodies.push(shingleCounts(r.bodyOnlyText, truth.articleBody));
      printedBodies.push(shingleCounts(r.bodyText, truth.articleBody));
    }
    if (truth?.content_first_words && page.row.is_article) {
      firstPages++;
      if (startsWithFirstWords(r.bodyOnlyText, truth.content_first_words)) firstHits++;
    }
    if (truth?.with || truth?.without) {
      const text = normaliseSpace(r.bodyText);
      for (const s of truth.with ?? []) { withN++; if (text.includes(normaliseSpace(s))) withFound++; }
      for (const s of truth.without ?? []) { withoutN++; if (text.includes(normaliseSpace(s))) withoutFound++; }
    }
  }
  const times = results.map((r) => r.detectMs);
  const negatives = results.filter((r) => r.expected === false);
  const guardTimes = (negatives.length > 0 ? negatives : results).map((r) => r.guardMs);
  return {
    corpus: corpus.name,
    pages: results.length,
    detection: {
      labelled: tp + fp + fn + tn, tp, fp, fn, tn,
      precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), fpr: ratio(fp, fp + tn),
      newsArticles: news, newsRecall: ratio(newsFound, news),
    },
    ...(bodies.length > 0
      ? { body: { pages: bodies.length, ...aggregate(bodies) }, bodyPrinted: { pages: printedBodies.length, ...aggregate(printedBodies) } }
      : {}),
    ...(firstPages > 0 ? { firstWords: { pages: firstPages, hits: firstHits, share: firstHits / firstPages } } : {}),
    ...(withN + withoutN > 0
      ? { snippets: { with: withN, withFound, without: withoutN, withoutFound, withRecall: withFound / Math.max(1, withN), withoutFalseRate: withoutFound / Math.max(1, withoutN) } }
      : {}),
    timeMs: { median: percentile(times, 0.5), p95: percentile(times, 0.95), max: Math.max(0, ...times) },
    guardMs: { median: percentile(guardTimes, 0.5), p95: percentile(guardTimes, 0.95) },
    errors: { falseNegatives, falsePositives },
  };
}

export async function evaluateCorpus(
  corpus: Corpus,
  opts: { limit?: number; without?: ReadonlySet<Ablation> } = {},
): Promise<{ report: CorpusReport; results: PageResult[] }> {
  const pages = opts.limit === undefined ? corpus.pages : corpus.pages.slice(0, opts.limit);
  const results: PageResult[] = [];
  for (const page of pages) {
    try {
      results.push(await evaluatePage(page, opts.without));
    } catch (error) {
      // A page the parser cannot load counts as a miss, not as the end of the evaluation.
      process.stderr.write(`${corpus.name}/${page.row.id}: ${error instanceof Error ? error.message : String(error)}\n`);
      results.push({
        id: page.row.id, expected: page.row.is_article ?? null, pageType: page.row.page_type ?? null,
        isArticle: false, confidence: 0, reasons: ['error'], bodyText: '', bodyOnlyText: '', detectMs: 0, guardMs: 0,
      });
    }
  }
  return { report: summarise({ ...corpus, pages }, results), results };
}
