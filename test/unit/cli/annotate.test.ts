import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { annotateFile, main, type AnnotateExtension } from '../../../src/cli/annotate';

const FIXTURES = resolve(__dirname, '../../fixtures/detect');
const dir = mkdtempSync(join(tmpdir(), 'annotate-'));

describe('annotateFile', () => {
  it('detects an article page and gives every base field', async () => {
    const record = await annotateFile(join(FIXTURES, 'json-ld-graph.html'));
    expect(Object.keys(record)).toEqual(['file', 'isArticle', 'confidence', 'headline', 'published', 'language', 'bodyText']);
    expect(record).toMatchObject({ isArticle: true, headline: 'Council votes to rebuild the old ferry pier', published: '2024-03-05T09:30:00+01:00', language: 'en' });
    expect(record.bodyText.split('\n')[0]).toBe('Council votes to rebuild the old ferry pier');
  });

  it('reads .html.gz and sniffs a legacy charset from <meta>', async () => {
    const html = readFileSync(join(FIXTURES, 'og-article-meta.html'), 'utf8')
      .replace('charset="utf-8"', 'charset="windows-1252"')
      .replace('—', '-')
      .replace('The vote was', 'At the Caf\u00e9 Quay, the vote was');
    const path = join(dir, 'legacy.html.gz');
    writeFileSync(path, gzipSync(Buffer.from(html, 'latin1')));
    const record = await annotateFile(path);
    expect(record.isArticle).toBe(true);
    expect(record.bodyText).toContain('At the Caf\u00e9 Quay, the vote was');
  });

  it('takes a .txt file whole as the body, unchanged', async () => {
    const path = join(dir, 'plain.txt');
    const text = 'First line.\n\n  Second   line, spacing kept.\n';
    writeFileSync(path, text);
    expect(await annotateFile(path)).toEqual({ file: path, isArticle: true, confidence: 1, headline: null, published: null, language: null, bodyText: text });
  });
});

describe('main', () => {
  it('writes one JSON line per file, in order, with extension fields, and reports failures in line', async () => {
    const lines: string[] = [];
    const seen: unknown[] = [];
    const count: AnnotateExtension = (base) => {
      seen.push(base);
      return { words: base.bodyText.split(/\s+/).filter(Boolean).length };
    };
    const files = [join(FIXTURES, 'section-front.html'), join(dir, 'missing.html'), join(FIXTURES, 'microdata.html')];
    const failures = await main(files, [count], (line) => lines.push(line));
    expect(failures).toBe(1);
    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.every((l) => l.endsWith('\n'))).toBe(true);
    expect(records.map((r) => r.file)).toEqual(files);
    expect(records[0]).toMatchObject({ isArticle: false, words: 0 });
    expect(records[1]!.error).toMatch(/ENOENT/);
    expect(records[2]).toMatchObject({ isArticle: true, language: 'en' });
    expect(records[2]!.words).toBeGreaterThan(150);
    expect(seen[1]).toEqual({ bodyText: records[2]!.bodyText, published: '2024-03-05T08:00:00Z', language: 'en' });
  });

  it('handles hundreds of files in one call', async () => {
    const html = readFileSync(join(FIXTURES, 'og-article-meta.html'));
    const files = Array.from({ length: 200 }, (_, i) => {
      const path = join(dir, `many-${i}.html`);
      writeFileSync(path, html);
      return path;
    });
    let n = 0;
    expect(await main(files, [], () => n++)).toBe(0);
    expect(n).toBe(200);
  }, 60_000);
});
