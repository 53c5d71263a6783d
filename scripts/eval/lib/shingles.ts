// The article-extraction benchmark's body metric: `\w+` tokens (Unicode), multisets of 4-token
// shingles, per-page TP/FP/FN normalised to sum to 1 so long pages do not dominate.

// Python's Unicode \w: letters, numbers and underscore (combining marks are not word characters there).
const TOKEN = /[\p{L}\p{N}_]+/gu;
export const SHINGLE_SIZE = 4;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  // Texts shorter than a shingle still count, as one shingle of what there is.
  const n = Math.min(SHINGLE_SIZE, tokens.length);
  for (let i = 0; n > 0 && i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Normalised TP/FP/FN of `predicted` against `truth`; an empty pair is a perfect match. */
export function shingleCounts(predicted: string, truth: string): Counts {
  const p = shingles(predicted);
  const t = shingles(truth);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, c] of p) {
    const tc = t.get(k) ?? 0;
    tp += Math.min(c, tc);
    fp += Math.max(0, c - tc);
  }
  for (const [k, c] of t) fn += Math.max(0, c - (p.get(k) ?? 0));
  const total = tp + fp + fn;
  return total === 0 ? { tp: 1, fp: 0, fn: 0 } : { tp: tp / total, fp: fp / total, fn: fn / total };
}

export function f1(c: Counts): number {
  const p = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

/** Precision, recall and F1 over pages, from the summed normalised counts (as the benchmark does). */
export function aggregate(pages: Counts[]): { precision: number; recall: number; f1: number; shareF1At90: number } {
  const sum = pages.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  const precision = sum.tp + sum.fp > 0 ? sum.tp / (sum.tp + sum.fp) : 0;
  const recall = sum.tp + sum.fn > 0 ? sum.tp / (sum.tp + sum.fn) : 0;
  return {
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    shareF1At90: pages.length > 0 ? pages.filter((c) => f1(c) >= 0.9).length / pages.length : 0,
  };
}
