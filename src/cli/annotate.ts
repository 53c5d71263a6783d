// `npm run --silent annotate -- FILE...`: the article detector and text collector over jsdom, one
// JSON object per file and line, in argument order. Extensions (the linking part) add fields.

import { pathToFileURL } from 'node:url';
import { detectArticle } from '../core/detect/index';
import { collectText } from '../core/text/body-text';
import { readInput } from './read-input';

export interface AnnotateBase {
  bodyText: string;
  published?: string;
  language?: string;
}

/** Adds fields computed from the article text; must not change the base fields' meaning. */
export type AnnotateExtension = (base: AnnotateBase) => Record<string, unknown>;

/** The fields every line carries; unknown values are null so that every key is always present. */
export interface AnnotateRecord {
  file: string;
  isArticle: boolean;
  confidence: number;
  headline: string | null;
  published: string | null;
  language: string | null;
  bodyText: string;
}

/** Detection and body text of a parsed page. */
export function annotateDocument(doc: Document, url?: string): Omit<AnnotateRecord, 'file'> {
  const detection = detectArticle(doc, url);
  return {
    isArticle: detection.isArticle,
    confidence: detection.confidence,
    headline: detection.headline ?? null,
    published: detection.published ?? null,
    language: detection.language ?? null,
    bodyText: collectText(detection.roots).text,
  };
}

/** The base object for one file: .html/.html.gz are detected, .txt is taken whole as the body. */
export async function annotateFile(path: string): Promise<AnnotateRecord & Record<string, unknown>> {
  const input = await readInput(path);
  if (input.kind === 'text') {
    // Plain text is an article by the caller's say-so: nothing to detect, nothing to strip.
    return { file: path, isArticle: true, confidence: 1, headline: null, published: null, language: null, bodyText: input.text };
  }
  try {
    return { file: path, ...annotateDocument(input.document) };
  } finally {
    input.close();
  }
}

/** Annotate each file in order and write one line per file as soon as it is done. */
export async function main(
  files: string[],
  extensions: AnnotateExtension[] = [],
  write: (line: string) => void = (line) => process.stdout.write(line),
): Promise<number> {
  let failures = 0;
  for (const file of files) {
    let record: Record<string, unknown>;
    try {
      const base = await annotateFile(file);
      record = { ...base };
      const input: AnnotateBase = {
        bodyText: base.bodyText,
        published: base.published ?? undefined,
        language: base.language ?? undefined,
      };
      for (const extend of extensions) Object.assign(record, extend(input));
    } catch (error) {
      failures++;
      record = { file, error: error instanceof Error ? error.message : String(error) };
    }
    write(`${JSON.stringify(record)}\n`);
  }
  return failures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    process.stderr.write('usage: npm run --silent annotate -- FILE... (.html, .html.gz or .txt)\n');
    process.exitCode = 2;
  } else {
    // The linker loads the whole dataset; imported here so annotate's own tests stay light.
    import('./link-fields')
      .then(({ linkFields }) => main(files, [linkFields]))
      .then((failures) => {
        process.exitCode = failures > 0 ? 1 : 0;
      });
  }
}
