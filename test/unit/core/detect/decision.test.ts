import { describe, expect, it } from 'vitest';
import { ARTICLE_THRESHOLD, decide, type DecisionInput } from '../../../../src/core/detect/decision';
import type { BodyEvidence } from '../../../../src/core/detect/evidence';
import type { PageMetadata } from '../../../../src/core/detect/metadata';

const meta = (over: Partial<PageMetadata> = {}): PageMetadata => ({ articleTypes: [], nonArticleTypes: [], sellsSomething: false, ...over });
const body = (over: Partial<BodyEvidence> = {}): BodyEvidence => ({
  proseChars: 3000, proseParagraphs: 8, sentenceParagraphs: 10, linkDensity: 0.05,
  linkedHeadings: 0, nestedArticles: 0, semanticContainer: true, shopMarks: 0, ...over,
});
const input = (over: Partial<DecisionInput> = {}): DecisionInput => ({
  meta: meta(), url: 'article', legalTitle: false, headlineAboveBody: true, body: body(), ...over,
});

describe('decide', () => {
  it('takes a declared article with a full body, and says why', () => {
    const d = decide(input({ meta: meta({ articleTypes: ['NewsArticle'], published: '2024-01-01' }) }));
    expect(d.isArticle).toBe(true);
    expect(d.confidence).toBeGreaterThan(0.99);
    expect(d.reasons).toContain('+3 declares an article type (JSON-LD or microdata)');
  });

  it('takes a page without metadata on prose, headline and URL alone', () => {
    expect(decide(input({ body: body({ semanticContainer: false }) })).isArticle).toBe(true);
  });

  it('does not take metadata without prose', () => {
    const d = decide(input({ meta: meta({ articleTypes: ['NewsArticle'], ogType: 'article', published: 'x' }), body: body({ proseChars: 100, proseParagraphs: 0, sentenceParagraphs: 0 }) }));
    expect(d.isArticle).toBe(false);
  });

  it('lets a legal name outweigh everything else', () => {
    const strong = input({ meta: meta({ articleTypes: ['NewsArticle'], published: 'x' }) });
    expect(decide({ ...strong, legalTitle: true }).isArticle).toBe(false);
    expect(decide({ ...strong, url: 'legal' }).isArticle).toBe(false);
  });

  it('rejects teaser lists, shops and home pages that otherwise read as prose', () => {
    const listing = { url: 'neutral' as const, headlineAboveBody: false };
    expect(decide(input({ ...listing, body: body({ linkedHeadings: 6, proseParagraphs: 6 }) })).isArticle).toBe(false);
    expect(decide(input({ ...listing, body: body({ linkedHeadings: 0, proseParagraphs: 6 }) })).isArticle).toBe(true);
    expect(decide(input({ body: body({ shopMarks: 5 }) })).isArticle).toBe(false);
    expect(decide(input({ url: 'home' })).isArticle).toBe(false);
  });

  it('takes a news brief on a story URL under its headline, but not the same short text elsewhere', () => {
    const brief = { body: body({ proseChars: 600, proseParagraphs: 1, sentenceParagraphs: 1, semanticContainer: false }) };
    expect(decide(input(brief)).isArticle).toBe(true);
    expect(decide(input({ ...brief, headlineAboveBody: false })).isArticle).toBe(false);
    expect(decide(input({ ...brief, url: 'neutral' })).isArticle).toBe(false);
  });

  it('keeps an article whose body carries a few related-story cards', () => {
    expect(decide(input({ body: body({ linkedHeadings: 3, proseParagraphs: 15 }) })).isArticle).toBe(true);
  });

  it('puts confidence on both sides of one half at the threshold', () => {
    const at = decide(input({ url: 'neutral', headlineAboveBody: false, body: body({ semanticContainer: false, proseParagraphs: 6 }) }));
    expect(at.reasons.reduce((sum, r) => sum + Number(r.split(' ')[0]), 0)).toBe(ARTICLE_THRESHOLD);
    expect(at.isArticle).toBe(true);
    expect(at.confidence).toBeGreaterThan(0.5);
  });
});
