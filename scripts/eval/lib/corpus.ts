// Reading a page corpus laid out as in ../shared/corpora: <corpus>/dev/{manifest.jsonl,html/,truth/}.

import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';

const ManifestRow = z.object({
  id: z.string(),
  url: z.string().nullish(),
  is_article: z.boolean().nullish(),
  page_type: z.string().nullish(),
  language: z.string().nullish(),
  html: z.string(),
  html_bytes: z.number().nullish(),
  ground_truth: z.string().nullish(),
  /** What the truth is: a body written for the benchmark, or a reference extractor's output (see TRUTH_KEEPS_CAPTIONS). */
  ground_truth_kind: z.string().nullish(),
});
export type ManifestRow = z.infer<typeof ManifestRow>;

export const Truth = z.looseObject({
  articleBody: z.string().nullish(),
  content_first_words: z.string().nullish(),
  with: z.array(z.string()).nullish(),
  without: z.array(z.string()).nullish(),
});
export type Truth = z.infer<typeof Truth>;

export interface CorpusPage {
  row: ManifestRow;
  htmlPath: string;
  truth?: Truth;
}

export interface Corpus {
  name: string;
  dir: string;
  pages: CorpusPage[];
}

/** ../shared beside the repository root, where the third-party corpora and fixtures live. */
export function sharedDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '../../..', '../shared');
}

/** Accepts a corpus directory (holding dev/) or the split directory itself (holding manifest.jsonl). */
export function loadCorpus(dir: string): Corpus {
  const splitDir = existsSync(join(dir, 'manifest.jsonl')) ? dir : join(dir, 'dev');
  const manifest = join(splitDir, 'manifest.jsonl');
  if (!existsSync(manifest)) throw new Error(`no manifest.jsonl in ${dir} or ${join(dir, 'dev')}`);
  const name = basename(splitDir) === 'dev' || basename(splitDir) === 'holdout' ? basename(dirname(splitDir)) : basename(splitDir);
  const pages = readFileSync(manifest, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const row = ManifestRow.parse(JSON.parse(line));
      const truthPath = row.ground_truth ? join(splitDir, row.ground_truth) : undefined;
      const truth = truthPath && existsSync(truthPath) ? Truth.parse(JSON.parse(readFileSync(truthPath, 'utf8'))) : undefined;
      return { row, htmlPath: join(splitDir, row.html), truth };
    });
  return { name, dir: splitDir, pages };
}

/** Corpora with page manifests among `dirs` (a directory of text corpora like ner/ is skipped). */
export function isPageCorpus(dir: string): boolean {
  return existsSync(join(dir, 'manifest.jsonl')) || existsSync(join(dir, 'dev', 'manifest.jsonl'));
}
