// Small timing helpers for the benchmarks: medians of repeated runs after a warm-up, in milliseconds.
import { performance } from 'node:perf_hooks';

export function timeOnce<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

/** A sample shorter than this is dominated by timer and scheduling noise: short calls are batched. */
const MIN_SAMPLE_MS = 2;

/**
 * Median per-call time of `runs` samples after `warmup` untimed calls: a noisy 2-core machine needs
 * both, and the JIT needs a few dozen calls before it compiles a function's hot loop. Calls faster
 * than MIN_SAMPLE_MS are timed in batches and divided.
 */
export function medianMs(fn: () => unknown, runs = 21, warmup = 30): number {
  for (let i = 0; i < warmup; i++) fn();
  const once = timeOnce(fn).ms;
  const batch = Math.max(1, Math.ceil(MIN_SAMPLE_MS / Math.max(once, 1e-3)));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    for (let k = 0; k < batch; k++) fn();
    times.push((performance.now() - t0) / batch);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export const fmt = (ms: number) => (ms < 1 ? ms.toFixed(3) : ms.toFixed(1));
