// Build-time: every alias of every entity, tokenised with the run-time tokeniser, into a token trie
// over word ids (see ../shared/notes/performance.md: the measured winner for 50k+ aliases).
// Deterministic: the same entities give the same bytes, whatever their order.
import type { Entity } from '../dataset/schema';
import { type AliasEntry, encodeFlags, entryRank } from './alias-kind';
import { deriveAliases } from './derive';
import { encodeTables } from './format';
import { tokenize } from './tokenize';

/** Kinds that say more about a name than "name" does, and so label its mentions' reason. */
const DECLARED_KINDS = new Set(['metonym', 'acronym', 'transliteration']);

interface Keyed {
  keys: string[];
  entry: AliasEntry;
}

function collect(entities: Entity[]): Keyed[] {
  // One entry per (words, entity): the strongest way that entity is written with those words.
  const best = new Map<string, Keyed>();
  for (const entity of entities) {
    for (const alias of deriveAliases(entity)) {
      const keys = tokenize(alias.name).keys();
      if (keys.length === 0) continue;
      const id = `${keys.join('\u0001')}\u0000${entity.id}`;
      const prev = best.get(id);
      if (!prev) best.set(id, { keys, entry: alias.entry });
      else {
        const [strong, weak] = entryRank(alias.entry) < entryRank(prev.entry) ? [alias.entry, prev.entry] : [prev.entry, alias.entry];
        // The name "Kremlin" declared again as a metonym: keep how it may link, and say what it is.
        const kind = strong.kind === 'name' && DECLARED_KINDS.has(weak.kind) ? weak.kind : strong.kind;
        // Written so in English as well as in another language, the words are not foreign.
        best.set(id, { keys, entry: { ...strong, kind, foreign: strong.foreign && weak.foreign } });
      }
    }
  }
  return [...best.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, v]) => v);
}

export function compileMatcher(entities: Entity[]): Uint8Array {
  const keyed = collect(entities);
  const words = [...new Set(keyed.flatMap((k) => k.keys))].sort();
  const wordId = new Map(words.map((w, i) => [w, i]));
  const entityIds = [...new Set(entities.map((e) => e.id))].sort();
  const entityIndex = new Map(entityIds.map((id, i) => [id, i]));
  const caseForms = [...new Set(keyed.flatMap((k) => (k.entry.caseForm ? [k.entry.caseForm] : [])))].sort();
  const caseIndex = new Map(caseForms.map((c, i) => [c, i]));

  const children: Map<number, number>[] = [new Map()];
  const payloads: AliasEntry[][] = [[]];
  for (const { keys, entry } of keyed) {
    let node = 0;
    for (const key of keys) {
      const w = wordId.get(key)!;
      let child = children[node]!.get(w);
      if (child === undefined) {
        child = children.length;
        children.push(new Map());
        payloads.push([]);
        children[node]!.set(w, child);
      }
      node = child;
    }
    payloads[node]!.push(entry);
  }

  const nodeCount = children.length;
  const edgeStart = new Int32Array(nodeCount + 1);
  const payloadStart = new Int32Array(nodeCount + 1);
  const edgeWord: number[] = [];
  const edgeChild: number[] = [];
  const payloadEntity: number[] = [];
  const payloadFlags: number[] = [];
  const payloadCase: number[] = [];
  for (let n = 0; n < nodeCount; n++) {
    edgeStart[n] = edgeWord.length;
    for (const [w, c] of [...children[n]!.entries()].sort((a, b) => a[0] - b[0])) {
      edgeWord.push(w);
      edgeChild.push(c);
    }
    payloadStart[n] = payloadEntity.length;
    for (const e of payloads[n]!) {
      payloadEntity.push(entityIndex.get(e.entityId)!);
      payloadFlags.push(encodeFlags(e));
      payloadCase.push(e.caseForm === undefined ? -1 : caseIndex.get(e.caseForm)!);
    }
  }
  edgeStart[nodeCount] = edgeWord.length;
  payloadStart[nodeCount] = payloadEntity.length;

  return encodeTables({
    words,
    entityIds,
    caseForms,
    edgeStart,
    edgeWord: Int32Array.from(edgeWord),
    edgeChild: Int32Array.from(edgeChild),
    payloadStart,
    payloadEntity: Int32Array.from(payloadEntity),
    payloadFlags: Int32Array.from(payloadFlags),
    payloadCase: Int32Array.from(payloadCase),
  });
}
