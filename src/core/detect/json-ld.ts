// schema.org JSON-LD as publishers write it: one object, an array, an @graph, types as strings,
// arrays or full IRIs, and now and then invalid JSON (trailing commas, HTML comments, CDATA).

import { isJsonLdScript } from './find-elements';

export type JsonLdNode = Record<string, unknown>;

/** schema.org types that describe a piece of journalism or a written article. */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'ReportageNews', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'BackgroundNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle', 'SatiricalArticle', 'ScholarlyArticle',
  'TechArticle', 'Report', 'BlogPosting', 'LiveBlogPosting', 'AdvertiserContentArticle', 'MedicalScholarlyArticle',
]);

/** Types of a shop page's item; the content guard turns such a page away on them alone. */
export const SHOP_TYPES: ReadonlySet<string> = new Set(['Product', 'ProductGroup', 'Offer', 'AggregateOffer']);

/** Besides a shop item, types that mean the page is a listing or a media page rather than an article. */
const OTHER_NON_ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'IndividualProduct', 'Book', 'Movie', 'MusicRecording',
  'CollectionPage', 'ItemList', 'SearchResultsPage', 'VideoObject', 'ProfilePage', 'QAPage', 'FAQPage',
  'SoftwareApplication', 'Event', 'JobPosting', 'Recipe', 'Course', 'RealEstateListing', 'Car', 'Vehicle',
]);

export const isNonArticleType = (type: string) => SHOP_TYPES.has(type) || OTHER_NON_ARTICLE_TYPES.has(type);

/** A type's short name ("https://schema.org/NewsArticle" → "NewsArticle"). */
export function shortType(type: string): string {
  return type.slice(Math.max(type.lastIndexOf('/'), type.lastIndexOf(':')) + 1).trim();
}

/** The short type names of a node. */
export function typesOf(node: JsonLdNode): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  const out: string[] = [];
  for (const t of list) {
    if (typeof t !== 'string') continue;
    const short = shortType(t);
    if (short) out.push(short);
  }
  return out;
}

const REPAIRS: ReadonlyArray<[RegExp, string]> = [
  [/^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$/g, ''],
  [/,\s*([\]}])/g, '$1'],
  // Raw newlines inside strings are invalid JSON but common in hand-built templates.
  [/[\u0000-\u001f]+/g, ' '],
];

function parseLenient(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    let repaired = text;
    for (const [re, by] of REPAIRS) repaired = repaired.replace(re, by);
    try {
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}

/**
 * Top-level nodes of every JSON-LD block, with @graph members lifted up. Nodes nested as values
 * (ItemList elements, an article's publisher) stay nested: a section front listing articles must
 * not look like an article.
 */
export function readJsonLd(doc: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of doc.getElementsByTagName('script')) {
    if (!isJsonLdScript(script)) continue;
    const parsed = parseLenient(script.textContent ?? '');
    const queue: unknown[] = Array.isArray(parsed) ? [...parsed] : [parsed];
    while (queue.length > 0) {
      const item = queue.shift();
      if (item === null || typeof item !== 'object') continue;
      if (Array.isArray(item)) { queue.push(...item); continue; }
      const node = item as JsonLdNode;
      const graph = node['@graph'];
      if (Array.isArray(graph)) queue.push(...graph);
      if (node['@type'] !== undefined) nodes.push(node);
      // A WebPage's mainEntity is the page's subject: an article there is the article of the page.
      const main = node['mainEntity'];
      if (main && typeof main === 'object' && typesOf(node).some((t) => t.endsWith('WebPage'))) queue.push(main);
    }
  }
  return nodes;
}

/** First string value of a property that may be a string, an array, or a {@value}/{name} object. */
export function stringProp(node: JsonLdNode, key: string): string | undefined {
  const value = node[key];
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first.trim() || undefined;
  if (first && typeof first === 'object') {
    const inner = (first as JsonLdNode)['@value'] ?? (first as JsonLdNode)['name'];
    if (typeof inner === 'string') return inner.trim() || undefined;
  }
  return undefined;
}
