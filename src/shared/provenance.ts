// A fact's provenance as a reader reads it, shared by the popover, the trainer view and the context
// sheet so the three never cite differently: "Wikidata, as of 23 Jul 2022", and for a term whose
// end another page states, that page after it: "…; end: AP, as of 11 Mar 2026".
import { formatDate } from './cast';
import type { FactView } from './messages';

export type Translate = (key: string, substitutions?: string | string[]) => string;

export function provenanceText(f: Pick<FactView, 'source' | 'asOf' | 'endSource'>, nameOf: (id: string) => string, t: Translate): string {
  const own = t('popoverSource', [nameOf(f.source), formatDate(f.asOf)]);
  return f.endSource ? `${own}; ${t('popoverEndSource', [nameOf(f.endSource.source), formatDate(f.endSource.asOf)])}` : own;
}
