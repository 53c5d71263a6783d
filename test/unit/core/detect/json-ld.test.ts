// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readJsonLd, stringProp, typesOf } from '../../../../src/core/detect/json-ld';
import { readMetadata } from '../../../../src/core/detect/metadata';

function doc(head: string): Document {
  return new DOMParser().parseFromString(`<html><head>${head}</head><body></body></html>`, 'text/html');
}
const ld = (json: string): string => `<script type="application/ld+json">${json}</script>`;

describe('readJsonLd', () => {
  it('lifts @graph members and arrays, keeps nested values nested', () => {
    const nodes = readJsonLd(doc(ld('{"@graph":[{"@type":"WebSite"},{"@type":["NewsArticle"],"publisher":{"@type":"Organization"}}]}') + ld('[{"@type":"BreadcrumbList"}]')));
    expect(nodes.flatMap(typesOf)).toEqual(['WebSite', 'NewsArticle', 'BreadcrumbList']);
  });
  it('does not treat articles listed in an ItemList as the page type', () => {
    const nodes = readJsonLd(doc(ld('{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle"}]}')));
    expect(nodes.flatMap(typesOf)).toEqual(['ItemList']);
  });
  it('takes a WebPage mainEntity as the page subject, and full IRIs as types', () => {
    const nodes = readJsonLd(doc(ld('{"@type":"WebPage","mainEntity":{"@type":"http://schema.org/ReportageNewsArticle","headline":"H"}}')));
    expect(nodes.flatMap(typesOf)).toEqual(['WebPage', 'ReportageNewsArticle']);
    expect(stringProp(nodes[1]!, 'headline')).toBe('H');
  });
  it('repairs trailing commas, comments and raw newlines, and skips what cannot be repaired', () => {
    const nodes = readJsonLd(doc(ld('<!-- {"@type":"NewsArticle","headline":"a\nb",} -->') + ld('{broken')));
    expect(nodes.map((n) => stringProp(n, 'headline'))).toEqual(['a b']);
  });
});

describe('readMetadata', () => {
  it('prefers JSON-LD, falls back to Open Graph and article meta', () => {
    const meta = readMetadata(doc(
      '<meta property="og:type" content="article"><meta property="article:published_time" content="2024-01-02T03:04:05Z">' +
        '<meta property="article:section" content="World"><meta property="og:locale" content="de_DE"><meta property="og:title" content="OG title">',
    ));
    expect(meta).toMatchObject({ ogType: 'article', published: '2024-01-02T03:04:05Z', section: 'World', language: 'de', headline: 'OG title', articleTypes: [] });
  });
  it('flags pages that sell something', () => {
    expect(readMetadata(doc(ld('{"@type":"Product","offers":{"@type":"Offer"}}'))).sellsSomething).toBe(true);
    expect(readMetadata(doc('<meta property="product:price:amount" content="9">')).sellsSomething).toBe(true);
    expect(readMetadata(doc(ld('{"@type":"NewsArticle"}'))).sellsSomething).toBe(false);
  });
});
