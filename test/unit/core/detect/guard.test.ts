// @vitest-environment jsdom
// The guard asks XPath for og:type, JSON-LD and paragraph lengths, and reads JSON-LD types with
// string searches (see guard.ts): these pin the markup variants publishers write that it must still
// read, and the prose test's measures.
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

describe('isWorthALook on prose', () => {
  const para = (chars: number, unit = 'word ') => `<p>${unit.repeat(Math.ceil(chars / unit.trim().length)).trim()}</p>`;
  const body = (html: string, lang = '') => new DOMParser().parseFromString(`<html${lang}><head></head><body>${html}</body></html>`, 'text/html');

  it('lets three prose paragraphs through and turns teaser lines away', () => {
    expect(isWorthALook(body(para(130).repeat(3))).reason).toBe('prose paragraphs');
    expect(isWorthALook(body(para(130).repeat(2) + para(40).repeat(20))).worth).toBe(false);
  });

  it('adds up paragraphs of a sentence, not shorter lines, counting no whitespace', () => {
    // Eight paragraphs of 80 letters (plus their spaces) make 640; sixty-letter lines under 60 do not count.
    expect(isWorthALook(body(para(80).repeat(8))).worth).toBe(true);
    expect(isWorthALook(body(para(56).repeat(30))).worth).toBe(false);
  });

  it('weighs Chinese characters three times, whether the page declares its language or only writes it', () => {
    const chinese = para(45, '中国新闻报道。');
    expect(isWorthALook(body(chinese.repeat(3))).worth).toBe(true);
    expect(isWorthALook(body(chinese.repeat(3), ' lang="zh-CN"')).worth).toBe(true);
    expect(isWorthALook(body(para(45, 'abcdefg').repeat(3), ' lang="en"')).worth).toBe(false);
  });
});
