// The bundled matcher is compiled at build time; the packs' matcher at run time from the entities
// packs add or extend. Linking asks both and sees one: the same words give one match whose entries
// come from either, in the order the resolver expects (by first word, then by length).
import type { AliasEntry } from '../core/match/alias-kind';
import type { AliasMatch, Matcher, ScanResult } from '../core/match/load';

const entryKey = (e: AliasEntry) => `${e.entityId}\u0000${e.kind}\u0000${e.standalone}\u0000${e.acronym}\u0000${e.common}\u0000${e.primary}\u0000${e.caseForm ?? ''}`;

/** An extended bundled entity is in both matchers: its bundled aliases must not count twice. */
function union(a: readonly AliasEntry[], b: readonly AliasEntry[]): AliasEntry[] {
  if (b.length === 0) return [...a];
  const seen = new Set(a.map(entryKey));
  return [...a, ...b.filter((e) => !seen.has(entryKey(e)))];
}

/** `addedEntities`: how many entities the packs add that the bundle lacks. */
export function combineMatchers(bundled: Matcher, packs: Matcher, addedEntities: number): Matcher {
  return {
    entityCount: bundled.entityCount + addedEntities,
    aliasCount: bundled.aliasCount + packs.aliasCount,
    scan(text: string): ScanResult {
      const a = bundled.scan(text);
      const b = packs.scan(text);
      if (b.matches.length === 0) return a;
      const bySpan = new Map<string, AliasMatch>();
      for (const m of [...a.matches, ...b.matches]) {
        const key = `${m.first}:${m.end}`;
        const prev = bySpan.get(key);
        bySpan.set(key, prev ? { ...prev, entries: union(prev.entries, m.entries) } : m);
      }
      const matches = [...bySpan.values()].sort((x, y) => x.first - y.first || x.end - y.end);
      // Both tokenise with the same tokeniser, so either's tokens serve.
      return { tokens: a.tokens, matches };
    },
    lookup(keys: readonly string[]): AliasEntry[] {
      return union(bundled.lookup(keys), packs.lookup(keys));
    },
  };
}
