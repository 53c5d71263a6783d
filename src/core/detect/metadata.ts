// What a page says about itself in markup meant for machines: JSON-LD, Open Graph and article:*
// meta, microdata, <html lang>. Cheap to read (a few dozen elements) and, when present, more
// reliable than anything inferred from the body.

import { ARTICLE_TYPES, isNonArticleType, readJsonLd, stringProp, typesOf, type JsonLdNode } from './json-ld';
import { normaliseDate } from './dates';
import { findElements } from './find-elements';

export interface PageMetadata {
  /** schema.org article types declared at top level (JSON-LD or microdata). */
  articleTypes: string[];
  /** Top-level types that mean shop item, listing or media page. */
  nonArticleTypes: string[];
  ogType?: string;
  headline?: string;
  /** <title> text, for matching the visible headline when nothing better exists. */
  title?: string;
  published?: string;
  modified?: string;
  section?: string;
  language?: string;
  dir?: 'ltr' | 'rtl';
  /** Prices, offers or og:type=product: the page sells something. */
  sellsSomething: boolean;
  /** A canonical or og:url, for the URL shape when the caller knows no URL. */
  canonicalUrl?: string;
  /** The JSON-LD node describing the article, when there is one. */
  articleNode?: JsonLdNode;
}

/** Meta tags by lower-cased name/property/itemprop; the first occurrence wins. */
export function readMetaTags(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const meta of doc.getElementsByTagName('meta')) {
    const content = meta.getAttribute('content');
    if (content === null || content.trim() === '') continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content.trim());
    }
  }
  return map;
}

function first(meta: Map<string, string>, keys: readonly string[]): string | undefined {
  for (const k of keys) {
    const v = meta.get(k);
    if (v) return v;
  }
  return undefined;
}

// Name variants seen across CMSes (Open Graph, Dublin Core, Parse.ly, Sailthru, schema.org microdata).
const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'article:published', 'datepublished', 'og:published_time',
  'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.created',
  'pubdate', 'publishdate', 'publish-date', 'publish_date', 'date', 'article.published', 'cxenseparse:recs:publishtime',
];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified', 'article.updated'];
const SECTION_META = ['article:section', 'parsely-section', 'section', 'article.section', 'cxenseparse:recs:category'];
const HEADLINE_META = ['og:title', 'twitter:title', 'parsely-title', 'dc.title', 'headline'];
const PRODUCT_META = ['product:price:amount', 'og:price:amount', 'product:availability', 'og:availability'];

const RTL_LANGUAGES: ReadonlySet<string> = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** Primary language subtag ("en-GB" → "en", "de_DE" → "de"); undefined for "und"/"x-default"/junk. */
export function primaryLanguage(tag: string | null | undefined): string | undefined {
  const m = tag?.trim().toLowerCase().match(/^([a-z]{2,3})(?:[-_]|$)/);
  return m && m[1] !== 'und' ? m[1] : undefined;
}

export function isRtlLanguage(lang: string | undefined): boolean {
  return lang !== undefined && RTL_LANGUAGES.has(lang);
}

function microdataTypes(scopes: Element[]): string[] {
  const out: string[] = [];
  // Nested item scopes (an article's author) are skipped the same way nested JSON-LD values are.
  for (const el of scopes) {
    if (el.parentElement?.closest('[itemscope]')) continue;
    for (const t of (el.getAttribute('itemtype') ?? '').split(/\s+/)) {
      const short = t.slice(t.lastIndexOf('/') + 1);
      if (short) out.push(short);
    }
  }
  return out;
}

function microdataDate(props: Element[], prop: string): string | undefined {
  const el = props.find((e) => e.getAttribute('itemprop') === prop);
  if (!el) return undefined;
  return normaliseDate(el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent);
}

export function readMetadata(doc: Document): PageMetadata {
  const meta = readMetaTags(doc);
  const nodes = readJsonLd(doc);
  // One pass for every microdata and link element the metadata needs.
  const scopes: Element[] = [];
  const props: Element[] = [];
  let canonicalLink: string | undefined;
  findElements(doc, (el) => {
    if (el.hasAttribute('itemtype') && el.hasAttribute('itemscope')) scopes.push(el);
    if (el.hasAttribute('itemprop')) props.push(el);
    if (canonicalLink === undefined && el.tagName === 'LINK' && /(?:^|\s)canonical(?:\s|$)/i.test(el.getAttribute('rel') ?? '')) {
      canonicalLink = el.getAttribute('href') ?? undefined;
    }
    return false;
  });
  const declared = [...nodes.flatMap(typesOf), ...microdataTypes(scopes)];
  const articleTypes = declared.filter((t) => ARTICLE_TYPES.has(t));
  const nonArticleTypes = declared.filter(isNonArticleType);
  const articleNode = nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.has(t)));
  const ogType = meta.get('og:type')?.toLowerCase();

  const htmlLang = doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang');
  const language =
    primaryLanguage(htmlLang) ??
    primaryLanguage(articleNode && stringProp(articleNode, 'inLanguage')) ??
    primaryLanguage(first(meta, ['content-language', 'og:locale', 'language', 'dc.language']));
  const dirAttr = (doc.documentElement?.getAttribute('dir') ?? doc.body?.getAttribute('dir'))?.toLowerCase();
  const dir = dirAttr === 'rtl' || dirAttr === 'ltr' ? dirAttr : undefined;

  const published =
    normaliseDate(articleNode && stringProp(articleNode, 'datePublished')) ??
    normaliseDate(first(meta, PUBLISHED_META)) ??
    microdataDate(props, 'datePublished') ??
    normaliseDate(articleNode && stringProp(articleNode, 'dateCreated'));
  const modified =
    normaliseDate(articleNode && stringProp(articleNode, 'dateModified')) ??
    normaliseDate(first(meta, MODIFIED_META)) ??
    microdataDate(props, 'dateModified');

  const canonical = canonicalLink ?? meta.get('og:url');
  const title = doc.title.replace(/\s+/g, ' ').trim() || undefined;

  return {
    articleTypes,
    nonArticleTypes,
    ogType,
    headline: (articleNode && stringProp(articleNode, 'headline')) ?? first(meta, HEADLINE_META),
    title,
    published,
    modified,
    section: (articleNode && stringProp(articleNode, 'articleSection')) ?? first(meta, SECTION_META),
    language,
    dir,
    sellsSomething:
      ogType === 'product' || ogType === 'og:product' || first(meta, PRODUCT_META) !== undefined ||
      nonArticleTypes.some((t) => t === 'Product' || t === 'Offer' || t === 'ProductGroup'),
    canonicalUrl: canonical && /^https?:/i.test(canonical) ? canonical : undefined,
    articleNode,
  };
}
