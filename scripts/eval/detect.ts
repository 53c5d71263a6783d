// `npm run eval:detect -- DIR... [--limit N] [--dump FILE] [--without jsonld,meta,url]`: detection and
// body-extraction figures per page corpus (see ../shared/corpora/README.md for the metrics). The last
// line is a JSON summary. `--without` strips signals from every page first (see ABLATIONS).

import { writeFileSync } from 'node:fs';
import { isPageCorpus, loadCorpus } from './lib/corpus';
import { ABLATIONS, evaluateCorpus, type Ablation, type BodyScore, type CorpusReport, type PageResult } from './lib/evaluate';

function pct(x: number | null | undefined): string {
  return x === null || x === undefined ? '  n/a' : `${(x * 100).toFixed(1)}%`;
}

function describe(r: CorpusReport): string {
  const d = r.detection;
  const lines = [
    `${r.corpus}: ${r.pages} pages, detect+collect median ${r.timeMs.median.toFixed(1)} ms, p95 ${r.timeMs.p95.toFixed(1)} ms; guard ${r.guardMs.median.toFixed(2)} / ${r.guardMs.p95.toFixed(2)} ms (jsdom)`,
    `  detection: P ${pct(d.precision)} R ${pct(d.recall)} FPR ${pct(d.fpr)} (tp ${d.tp} fp ${d.fp} fn ${d.fn} tn ${d.tn}); news recall ${pct(d.newsRecall)} of ${d.newsArticles}`,
  ];
  const body = (label: string, b: BodyScore): string =>
    `  ${label}: P ${pct(b.precision)} R ${pct(b.recall)} F1 ${pct(b.f1)}, F1≥0.9 on ${pct(b.shareF1At90)} of ${b.pages}`;
  if (r.body) lines.push(body('body 4-gram (body roots; headline, captions and fact boxes left out)', r.body));
  if (r.bodyPrinted) lines.push(body('body 4-gram (as printed, with headline and captions)', r.bodyPrinted));
  if (r.firstWords) lines.push(`  first words: ${r.firstWords.hits}/${r.firstWords.pages} (${pct(r.firstWords.share)})`);
  if (r.snippets) {
    const s = r.snippets;
    lines.push(`  snippets: with ${s.withFound}/${s.with} (${pct(s.withRecall)}), without found ${s.withoutFound}/${s.without} (${pct(s.withoutFalseRate)})`);
  }
  if (d.fn + d.fp > 0) lines.push(`  misses: FN ${r.errors.falseNegatives.slice(0, 15).join(' ')} | FP ${r.errors.falsePositives.slice(0, 15).join(' ')}`);
  return lines.join('\n');
}

async function main(argv: string[]): Promise<void> {
  const dirs: string[] = [];
  let limit: number | undefined;
  let dump: string | undefined;
  let without: Ablation[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--limit') limit = Number(argv[++i]);
    else if (a === '--dump') dump = argv[++i];
    else if (a === '--without') without = (argv[++i] ?? '').split(',').filter(Boolean) as Ablation[];
    else dirs.push(a);
  }
  const unknown = without.filter((w) => !(ABLATIONS as readonly string[]).includes(w));
  if (dirs.length === 0 || unknown.length > 0) {
    process.stderr.write(`usage: npm run eval:detect -- DIR... [--limit N] [--dump FILE.jsonl] [--without ${ABLATIONS.join(',')}]\n`);
    process.exitCode = 2;
    return;
  }
  const reports: CorpusReport[] = [];
  const dumped: Array<PageResult & { corpus: string }> = [];
  for (const dir of dirs) {
    if (!isPageCorpus(dir)) {
      process.stdout.write(`${dir}: no page manifest, skipped\n`);
      continue;
    }
    const { report, results } = await evaluateCorpus(loadCorpus(dir), { limit, without: new Set(without) });
    reports.push(report);
    if (dump) dumped.push(...results.map((r) => ({ corpus: report.corpus, ...r })));
    process.stdout.write(`${describe(report)}\n`);
  }
  if (dump) writeFileSync(dump, dumped.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const summary = Object.fromEntries(
    reports.map((r) => [r.corpus, { detection: r.detection, body: r.body, bodyPrinted: r.bodyPrinted, firstWords: r.firstWords, snippets: r.snippets, timeMs: r.timeMs, guardMs: r.guardMs }]),
  );
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

void main(process.argv.slice(2));
