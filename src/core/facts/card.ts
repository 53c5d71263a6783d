// What a reader is shown about one entity as of an article's date: the same card for the popover
// (through the background) and for `annotate`, so the two never disagree.
import type { Entity, OrgKind, Source } from '../dataset/schema.js';
import { factsAsOf, type Fact, type FactsContext } from './as-of.js';
import { summarise } from './summary.js';

export type EntityRef = { id: string; name: string; type: Entity['type']; wikidata?: string };

export type EntityCard = EntityRef & {
  orgKind?: OrgKind;
  summary?: Fact;
  facts: Fact[];
  since: Fact[];
  /** Every source a fact on the card cites, for the card's source list. */
  sources: Source[];
  asOf?: string;
};

export function entityRef(e: Pick<Entity, 'id' | 'name' | 'type' | 'wikidata'>): EntityRef {
  return { id: e.id, name: e.name, type: e.type, ...(e.wikidata ? { wikidata: e.wikidata } : {}) };
}

export function entityCard(e: Entity, asOf: string | undefined, ctx: FactsContext): EntityCard {
  const { facts, since } = factsAsOf(e, asOf, ctx);
  // Built at the reader's date, so an office begun or a listing made after the article stays out of it.
  const line = summarise(e, { name: ctx.name, demonym: (id) => ctx.demonym?.(id) }, asOf);
  const summary: Fact | undefined = line ? { label: 'Summary', ...line } : undefined;
  const cited = [...new Set([...facts, ...since, ...(summary ? [summary] : [])].flatMap((f) => [f.source, ...(f.endSource ? [f.endSource.source] : [])]))];
  return {
    ...entityRef(e),
    ...(e.orgKind ? { orgKind: e.orgKind } : {}),
    ...(summary ? { summary } : {}),
    ...(asOf ? { asOf } : {}),
    facts,
    since,
    sources: cited.flatMap((id) => ctx.source(id) ?? []),
  };
}
