// @vitest-environment jsdom
// One expectation per fixture page in test/fixtures/detect (see its README for the heuristic each pins down).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectArticle, type Detection } from '../../../../src/core/detect/index';
import { isWorthALook } from '../../../../src/core/detect/guard';
import { collectText } from '../../../../src/core/text/body-text';

const FIXTURES = resolve(__dirname, '../../../fixtures/detect');
const HEADLINE = 'Council votes to rebuild the old ferry pier';
const BODY_START = 'HARBOURTOWN — The town council voted on Tuesday';
const BODY_END = 'on days with strong easterly winds.';

function load(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(resolve(FIXTURES, name), 'utf8'), 'text/html');
}

function detect(name: string, url = `https://gazette.example/local/2024/03/05/${name.replace('.html', '')}-story`): { d: Detection; text: string } {
  const d = detectArticle(load(name), url);
  return { d, text: collectText(d.roots).text };
}

describe('article fixtures', () => {
  it('reads a NewsArticle inside a JSON-LD @graph', () => {
    const { d, text } = detect('json-ld-graph.html');
    expect(d.isArticle).toBe(true);
    expect(d.headline).toBe(HEADLINE);
    expect(d.published).toBe('2024-03-05T09:30:00+01:00');
    expect(d.modified).toBe('2024-03-05T11:00:00+01:00');
    expect(d.section).toBe('Local');
    expect(d.language).toBe('en');
    expect(d.direction).toBe('ltr');
    expect(text.startsWith(`${HEADLINE}\n${BODY_START}`)).toBe(true);
    expect(text.endsWith(BODY_END)).toBe(true);
    expect(text).not.toContain('Most read');
  });

  it('reads og:type=article and article:* meta without JSON-LD', () => {
    const { d, text } = detect('og-article-meta.html');
    expect(d.isArticle).toBe(true);
    expect(d.published).toBe('2024-03-05');
    expect(d.section).toBe('Local');
    expect(d.reasons.some((r) => r.includes('og:type=article'))).toBe(true);
    expect(text).toContain(BODY_START);
    expect(text).not.toContain('Lighthouse keeper');
    // The headline sits inside the body root: it is named, not split off as a root of its own.
    expect(d.rootKinds).toEqual(['body']);
    expect(d.headlineElement?.tagName).toBe('H1');
    expect(d.roots[0]!.contains(d.headlineElement!)).toBe(true);
  });

  it('reads microdata: itemprop=articleBody and datePublished', () => {
    const { d, text } = detect('microdata.html');
    expect(d.isArticle).toBe(true);
    expect(d.published).toBe('2024-03-05T08:00:00Z');
    expect(d.headline).toBe(HEADLINE);
    expect(text.split('\n')[0]).toBe(HEADLINE);
    expect(text).toContain(BODY_END);
  });

  it('finds a <br>-separated body, the headline from <title> and the visible date', () => {
    const { d, text } = detect('divsoup-br.html');
    expect(d.isArticle).toBe(true);
    expect(d.headline).toBe(HEADLINE);
    expect(d.published).toBe('2024-03-05');
    expect(text.startsWith(`${HEADLINE}\n${BODY_START}`)).toBe(true);
    expect(text).not.toContain('Advertisement');
    expect(text.split('\n').length).toBeGreaterThanOrEqual(7);
  });

  it('finds every part of a body split by ad wrappers', () => {
    const { d, text } = detect('split-body.html');
    expect(d.isArticle).toBe(true);
    expect(text).toContain(BODY_START);
    expect(text).toContain('The vote was seven to four.');
    expect(text).toContain(BODY_END);
  });

  it('leaves furniture inside the article out, keeps headline and caption', () => {
    const { d, text } = detect('boilerplate-inside.html');
    expect(d.isArticle).toBe(true);
    expect(text.split('\n').slice(0, 3)).toEqual([
      HEADLINE,
      'The old ferry pier at low tide, photographed in January.',
      BODY_START + text.split('\n')[2]!.slice(BODY_START.length),
    ]);
    for (const furniture of ['Share on Facebook', 'Advertisement', 'morning briefing', 'Read more', 'Related', 'console.log', 'By Ola Strand']) {
      expect(text).not.toContain(furniture);
    }
    expect(text.endsWith(BODY_END)).toBe(true);
  });

  it('leaves out galleries, embeds, polls, shop widgets, calls to act, hidden prompts and repeated captions', () => {
    const { d, text } = detect('furniture-in-body.html');
    expect(d.isArticle).toBe(true);
    for (const furniture of [
      'Up next', 'Harbour seals', 'external content', 'Should the town pay', 'Fishing boats', 'Waterproof harbour jacket',
      'reserved for subscribers', 'Stay informed', 'Published 5 March', '3 min read',
    ]) {
      expect(text).not.toContain(furniture);
    }
    // The caption once, the quoted paragraph once (a block inside its quote is not a repeat).
    expect(text.split('The old ferry pier at low tide').length).toBe(2);
    expect(text.split('We have waited long enough').length).toBe(2);
    expect(text).toContain(BODY_START);
    expect(text.endsWith(BODY_END)).toBe(true);
  });

  it('names the captions inside the body, keeps them in the text, leaves photo credits out', () => {
    const { d, text } = detect('captions-in-body.html');
    expect(d.isArticle).toBe(true);
    expect(d.captionElements.map((el) => el.textContent)).toEqual([
      'Mayor Edda Quill on the old ferry pier at low tide.',
      'Councillor Brann Holt voted against the plan.',
    ]);
    expect(text).toContain('Mayor Edda Quill on the old ferry pier at low tide.');
    expect(text).not.toContain('Photo: Harbour Office');
    expect(text).not.toContain('Gazette archive');
    const leaveOut = new Set([...d.captionElements, d.headlineElement!]);
    const bodyOnly = collectText(d.roots.filter((_, i) => d.rootKinds[i] === 'body'), { leaveOut }).text;
    expect(bodyOnly.startsWith(BODY_START)).toBe(true);
    expect(bodyOnly).not.toContain('voted against the plan');
    expect(bodyOnly.endsWith(BODY_END)).toBe(true);
  });

  it('names a fact box inside the body and keeps it in the text', () => {
    const { d, text } = detect('fact-box.html');
    expect(d.isArticle).toBe(true);
    expect(d.factBoxElements.map((el) => el.getAttribute('class'))).toEqual(['story-fact-box']);
    expect(text).toContain('Tobias Venn');
    const bodyOnly = collectText(d.roots.filter((_, i) => d.rootKinds[i] === 'body'), { leaveOut: new Set([...d.factBoxElements, d.headlineElement!]) }).text;
    expect(bodyOnly).not.toContain('The pier in figures');
    expect(bodyOnly.startsWith(BODY_START)).toBe(true);
    expect(bodyOnly.endsWith(BODY_END)).toBe(true);
  });

  it('leaves out the teaser cards (<article>s) nested in the article', () => {
    const { d, text } = detect('teaser-cards.html');
    expect(d.isArticle).toBe(true);
    for (const teaser of ['School roof repairs', 'Ansel Marr', 'grey seals']) expect(text).not.toContain(teaser);
    expect(text).toContain(BODY_START);
    expect(text.endsWith(BODY_END)).toBe(true);
  });

  it('leaves out a related-stories box of <article> cards even when their summaries are long', () => {
    const { d, text } = detect('related-cards.html');
    expect(d.isArticle).toBe(true);
    for (const teaser of ['leaking roof', 'Ansel Marr', 'grey seals']) expect(text).not.toContain(teaser);
    expect(text.endsWith(BODY_END)).toBe(true);
  });

  it('takes the story the headline opens when the next story is appended below it', () => {
    const { d, text } = detect('next-story.html');
    expect(d.isArticle).toBe(true);
    expect(text.startsWith(`${HEADLINE}\n${BODY_START}`)).toBe(true);
    expect(text.endsWith(BODY_END)).toBe(true);
    expect(text).not.toContain('Lighthouse keeper');
  });

  it('adds the lead paragraph between headline and body, not a picture caption or a teaser link', () => {
    const { d, text } = detect('lead-above-body.html');
    expect(d.isArticle).toBe(true);
    expect(d.rootKinds).toEqual(['headline', 'lead', 'body']);
    expect(text.split('\n').slice(0, 3)).toEqual([
      HEADLINE,
      'After three years of debate the town will pay for a wider pier, and the ferry will keep running while it is built.',
      BODY_START + text.split('\n')[2]!.slice(BODY_START.length),
    ]);
    expect(text).not.toContain('photographed in January');
    expect(text).not.toContain('Council delays');
    expect(text).not.toContain('By Ola Strand');
  });

  it('takes an article closed by a box of linked "more stories" headings for an article, not a listing', () => {
    const { d, text } = detect('more-stories-after.html');
    expect(d.isArticle).toBe(true);
    expect(d.reasons.join(' ')).not.toMatch(/teasers/);
    expect(text).toContain(BODY_END);
  });

  it('takes a short news brief without metadata on a story URL, not on a section URL', () => {
    expect(detect('news-brief.html').d.isArticle).toBe(true);
    expect(detect('news-brief.html', 'https://gazette.example/local/').d.isArticle).toBe(false);
  });

  it('takes a story addressed by a query-string id (newsid=) without metadata, not the script without it', () => {
    expect(detect('story-id-query.html', 'https://gazette.example/newsreader.php?newsid=4711').d.isArticle).toBe(true);
    expect(detect('story-id-query.html', 'https://gazette.example/newsreader.php').d.isArticle).toBe(false);
  });

  it('does not take a header block named as content ("conDetailHeader") for the body', () => {
    const { d, text } = detect('header-named-content.html', 'https://gazette.example/harbour/council-votes-pier-100.html');
    expect(d.isArticle).toBe(true);
    expect(text).toContain(BODY_START);
    expect(text.endsWith(BODY_END)).toBe(true);
  });

  it('takes a paywalled teaser with an article type, a story URL and its headline for the story', () => {
    const { d, text } = detect('paywall-teaser.html');
    expect(d.isArticle).toBe(true);
    // The retry without skipping furniture gains the related and subscribe boxes' links and labels, not prose: not taken.
    expect(d.reasons.join(' ')).not.toMatch(/mostly links/);
    expect(text).toContain(BODY_START);
    expect(text).not.toContain('Lighthouse keeper');
  });

  it('takes one-sentence paragraphs between "read more" headings for an article, not a listing', () => {
    const { d, text } = detect('short-paragraphs.html', 'https://gazette.example/local/council-votes-to-rebuild-the-old-ferry-pier');
    expect(d.isArticle).toBe(true);
    expect(d.reasons.join(' ')).not.toMatch(/teasers/);
    expect(text).toContain('Crossings may still be cancelled');
  });

  it('lets a short interview of one-line paragraphs past the guard, and takes it on a story URL', () => {
    const doc = load('short-interview.html');
    expect(isWorthALook(doc).worth).toBe(true);
    expect(detectArticle(doc, 'https://gazette.example/local/the-pier-is-the-towns-front-door').isArticle).toBe(true);
  });

  it('takes a live blog whose updates are <article>s headed by permalinks to themselves for an article, not a listing', () => {
    const { d, text } = detect('live-blog.html', 'https://gazette.example/local/live/ferry-pier-vote-live');
    expect(d.isArticle).toBe(true);
    expect(d.reasons.join(' ')).not.toMatch(/teasers/);
    expect(text).toContain('The council has voted seven to four');
  });

  it('marks which roots are the headline and lead captions it added beside the body', () => {
    const { d } = detect('boilerplate-inside.html');
    expect(d.rootKinds).toEqual(['headline', 'caption', 'body']);
    const bodyOnly = collectText(d.roots.filter((_, i) => d.rootKinds[i] === 'body')).text;
    expect(bodyOnly.startsWith(BODY_START)).toBe(true);
    expect(bodyOnly.endsWith(BODY_END)).toBe(true);
  });

  it('gives direction and language of a right-to-left page', () => {
    const { d, text } = detect('rtl-arabic.html');
    expect(d.isArticle).toBe(true);
    expect(d.direction).toBe('rtl');
    expect(d.language).toBe('ar');
    expect(text).toContain('رصيف العبّارات القديم');
  });

  it('weighs CJK characters so a short Chinese article counts', () => {
    const { d, text } = detect('cjk-short.html', 'https://news.example/c/2024-03-05/doc-1234567.shtml');
    expect(d.isArticle).toBe(true);
    expect(d.published).toBe('2024-03-05');
    expect(text).toContain('港口镇议会周二投票决定重建旧渡轮码头');
    expect(text).not.toContain('首页');
  });
});

describe('non-article fixtures', () => {
  it('rejects a section front of teasers', () => {
    const { d } = detect('section-front.html', 'https://gazette.example/local/');
    expect(d.isArticle).toBe(false);
    expect(d.roots).toEqual([]);
    expect(d.rootKinds).toEqual([]);
  });

  it('rejects a product page even with a prose description', () => {
    const { d } = detect('product.html', 'https://shop.example/product/ferry-rope-40');
    expect(d.isArticle).toBe(false);
  });

  it('rejects a privacy policy that declares og:type=article', () => {
    const { d } = detect('legal-page.html', 'https://gazette.example/privacy');
    expect(d.isArticle).toBe(false);
    expect(d.reasons.join(' ')).toMatch(/legal/);
  });

  it('lets the guard reject a list of links without scoring', () => {
    expect(isWorthALook(load('link-list.html')).worth).toBe(false);
    const { d } = detect('link-list.html', 'https://gazette.example/links');
    expect(d.reasons[0]).toMatch(/^guard:/);
    expect(d.reasons).toHaveLength(1);
  });
});

it('never changes the document it reads', () => {
  const doc = load('boilerplate-inside.html');
  const before = doc.documentElement.outerHTML;
  detectArticle(doc, 'https://gazette.example/local/2024/03/05/pier');
  expect(doc.documentElement.outerHTML).toBe(before);
});
