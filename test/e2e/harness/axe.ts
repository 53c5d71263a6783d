// Accessibility checks with axe-core, run inside the page under test (shadow DOM included). Only
// violations of impact "serious" or "critical" fail a test; the rest are reported for reading.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Tab } from './types';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const FAILING = new Set(['serious', 'critical']);

export type AxeViolation = { id: string; impact: string | null; help: string; targets: string[] };

/**
 * `context` is an axe context as JSON: a selector, or `{ include: [{ fromShadowDom: ["host", ".inside"] }] }`
 * for an element inside a shadow root. Returns every violation; see `serious` for the failing ones.
 */
export async function axeViolations(tab: Tab, context: unknown = 'html'): Promise<AxeViolation[]> {
  const loaded = await tab.evaluate<boolean>('typeof axe === "object"');
  if (!loaded) await tab.evaluate<null>(`(() => { ${AXE_SOURCE}\n; return null; })()`);
  return tab.evaluate<{ applied: number; violations: AxeViolation[] }>(`(async () => {
    const r = await axe.run(${JSON.stringify(context)}, { resultTypes: ['violations'] });
    return {
      applied: r.passes.length + r.violations.length + r.incomplete.length,
      violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) })),
    };
  })()`).then(({ applied, violations }) => {
    // No rule applies to a context that matches nothing: that is a broken check, not a clean page.
    if (applied === 0) throw new Error(`axe checked nothing in ${JSON.stringify(context)}`);
    return violations;
  });
}

export const serious = (violations: AxeViolation[]) => violations.filter((v) => FAILING.has(v.impact ?? ''));
