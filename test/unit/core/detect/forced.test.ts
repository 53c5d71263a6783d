// @vitest-environment jsdom
// "Treat this page as an article" on pages detection turns away: by the guard, by the decision,
// and a page with almost no text; an accepted detection is left as it was.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forceArticle } from '../../../../src/core/detect/forced';
import { detectArticle } from '../../../../src/core/detect/index';
import { collectText } from '../../../../src/core/text/body-text';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const load = (path: string) => parse(readFileSync(resolve(import.meta.dirname, '../../..', path), 'utf8'));

function forced(doc: Document, url = 'https://example.org/notes/week-12') {
  const detection = detectArticle(doc, url);
  return { detection, forced: forceArticle(doc, detection) };
}

describe('forceArticle', () => {
  it('takes the densest prose container of a page the guard turns away', () => {
    const { detection, forced: f } = forced(load('e2e/pages/rejected-notes.html'));
    expect(detection.isArticle).toBe(false);
    expect(detection.roots).toEqual([]);
    expect(f.isArticle).toBe(true);
    expect(f.roots.map((r) => r.className)).toEqual(['notes']);
    expect(f.rootKinds).toEqual(['body']);
    const { text } = collectText(f.roots);
    expect(text).toContain('Russian Foreign Minister Sergei Lavrov met the delegations');
    expect(text).not.toContain('Home');
    expect(f.reasons.at(-1)).toBe('forced by the reader: densest prose container');
  });

  it('finds the body of a page the decision turns away', () => {
    const { detection, forced: f } = forced(load('fixtures/detect/legal-page.html'));
    expect(detection.isArticle).toBe(false);
    expect(f.isArticle).toBe(true);
    expect(collectText(f.roots).text.length).toBeGreaterThan(200);
  });

  it('falls back to the whole page when no container holds enough text', () => {
    const doc = parse('<html><body><div><span>Sergei Lavrov</span> in Moscow.</div><ul><li><a href="/a">Next</a></li></ul></body></html>');
    const f = forced(doc).forced;
    expect(f.roots).toEqual([doc.body]);
    expect(collectText(f.roots).text).toContain('Sergei Lavrov in Moscow.');
    expect(f.reasons.at(-1)).toBe('forced by the reader: whole page');
  });

  it('keeps an accepted detection as it is', () => {
    const doc = load('fixtures/detect/json-ld-graph.html');
    const detection = detectArticle(doc, 'https://gazette.example/local/2024/03/05/json-ld-graph-story');
    expect(detection.isArticle).toBe(true);
    expect(forceArticle(doc, detection)).toBe(detection);
  });
});
