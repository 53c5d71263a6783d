// Small timing helpers for the benchmarks: medians of repeated runs after a warm-up, in milliseconds.
import { performance } from 'node:perf_hooks';

export function timeOnce<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

/** Median of `runs` timed calls after `warmup` untimed ones: a noisy 2-core machine needs both. */
export function medianMs(fn: () => unknown, runs = 15, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(timeOnce(fn).ms);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export const fmt = (ms: number) => (ms < 1 ? ms.toFixed(3) : ms.toFixed(1));
