// @vitest-environment jsdom
// The guard reads og:type and JSON-LD types with selector queries and string searches (see
// guard.ts): these pin the markup variants publishers write that it must still read.
import { describe, expect, it } from 'vitest';
import { isWorthALook } from '../../../../src/core/detect/guard';

function page(head: string, body = '<p>Short.</p>'): Document {
  return new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
}
const ld = (json: string, type = 'application/ld+json') => `<script type="${type}">${json}</script>`;

describe('isWorthALook', () => {
  it('reads og:type from property or name, in any case, skipping an empty one', () => {
    expect(isWorthALook(page('<meta property="og:type" content="">\n<meta name="OG:TYPE" content=" Article ">')).reason).toBe('og:type=article');
    expect(isWorthALook(page('<meta property="og:type" content="video.other">')).worth).toBe(false);
  });

  it('finds an article type in JSON-LD written as an IRI, inside an array, or nested in a graph', () => {
    for (const json of [
      '{"@type" : "https://schema.org/NewsArticle"}',
      '{"@type":["WebPage", "ReportageNewsArticle"]}',
      '{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},{"@type":"BlogPosting","headline":"x"}]}',
    ]) expect(isWorthALook(page(ld(json))).reason).toBe('JSON-LD article type');
    expect(isWorthALook(page(ld('{"@type":"NewsArticle"}', 'Application/LD+JSON'))).worth).toBe(true);
  });

  it('turns away a shop page and does not take a type name in another key for a type', () => {
    expect(isWorthALook(page(ld('{"@type":["Product"],"offers":{"@type":"AggregateOffer"}}'))).reason).toBe('JSON-LD product and no article type');
    expect(isWorthALook(page(ld('{"@type":"WebPage","name":"NewsArticle","genre":["Article"]}'))).worth).toBe(false);
  });

  it('ignores an "@type" key whose value is not a string or an array', () => {
    expect(isWorthALook(page(ld('{"@type": 3, "NewsArticle": "x"}'))).worth).toBe(false);
  });
});
