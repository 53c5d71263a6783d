// The committed dataset with its matcher compiled in memory, as the build compiles it for the
// extension: what the link evaluation, the benchmark and the annotate CLI link against.
import { readCommittedDataset } from '../data/read';
import type { Entity, Source } from '../../src/core/dataset/schema';
import { compileMatcher } from '../../src/core/match/compile';
import { loadMatcher, type Matcher } from '../../src/core/match/load';

export interface LinkData {
  entities: Entity[];
  sources: Source[];
  matcherBytes: Uint8Array;
  matcher: Matcher;
  entity(id: string): Entity | undefined;
}

export function prepareLinkData(entities: Entity[], sources: Source[]): LinkData {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const matcherBytes = compileMatcher(entities);
  return { entities, sources, matcherBytes, matcher: loadMatcher(matcherBytes), entity: (id) => byId.get(id) };
}

export async function loadLinkData(repoRoot?: string): Promise<LinkData> {
  const { entities, sources } = await readCommittedDataset(repoRoot);
  return prepareLinkData(entities, sources);
}
