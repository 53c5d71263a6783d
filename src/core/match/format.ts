// The compiled matcher's binary layout, written at build time and read in the extension. One header,
// three UTF-8 string tables, then the trie as Int32 arrays (a compressed-sparse-row graph), so loading
// is a few typed-array views and one string split, with no parsing of per-alias records.
export const MAGIC = 0x314d5342; // "BSM1" little-endian
export const FORMAT_VERSION = 1;

export interface MatcherTables {
  /** Folded words, index = word id. */
  words: string[];
  entityIds: string[];
  caseForms: string[];
  /** Per node, its first edge; length nodeCount + 1. Edges of a node are sorted by word id. */
  edgeStart: Int32Array;
  edgeWord: Int32Array;
  edgeChild: Int32Array;
  /** Per node, its first payload (alias ending there); length nodeCount + 1. */
  payloadStart: Int32Array;
  payloadEntity: Int32Array;
  payloadFlags: Int32Array;
  /** Index into caseForms, or -1. */
  payloadCase: Int32Array;
}

const HEADER_WORDS = 8;

export function encodeTables(t: MatcherTables): Uint8Array {
  const enc = new TextEncoder();
  const blobs = [t.words, t.entityIds, t.caseForms].map((list) => enc.encode(list.join('\n')));
  const arrays = [t.edgeStart, t.edgeWord, t.edgeChild, t.payloadStart, t.payloadEntity, t.payloadFlags, t.payloadCase];
  const nodeCount = t.edgeStart.length - 1;
  let stringBytes = 0;
  for (const b of blobs) stringBytes += b.length;
  const arraysOffset = align4(HEADER_WORDS * 4 + stringBytes);
  let total = arraysOffset;
  for (const a of arrays) total += a.byteLength;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const header = [MAGIC, FORMAT_VERSION, blobs[0]!.length, blobs[1]!.length, blobs[2]!.length, nodeCount, t.edgeWord.length, t.payloadEntity.length];
  header.forEach((v, i) => view.setUint32(i * 4, v, true));
  let at = HEADER_WORDS * 4;
  for (const b of blobs) {
    out.set(b, at);
    at += b.length;
  }
  at = arraysOffset;
  for (const a of arrays) {
    // Little-endian on every platform the extension runs on; write explicitly to stay deterministic.
    for (let i = 0; i < a.length; i++) view.setInt32(at + i * 4, a[i]!, true);
    at += a.byteLength;
  }
  return out;
}

export function decodeTables(bytes: Uint8Array): MatcherTables {
  if (bytes.byteLength < HEADER_WORDS * 4) throw new Error('matcher: truncated header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const h = Array.from({ length: HEADER_WORDS }, (_, i) => view.getUint32(i * 4, true));
  if (h[0] !== MAGIC || h[1] !== FORMAT_VERSION) throw new Error('matcher: not a Backstory matcher of this version');
  const [wordBytes, idBytes, caseBytes, nodeCount, edgeCount, payloadCount] = h.slice(2) as [number, number, number, number, number, number];
  const dec = new TextDecoder();
  let at = HEADER_WORDS * 4;
  const strings = [wordBytes, idBytes, caseBytes].map((len) => {
    const s = dec.decode(bytes.subarray(at, at + len));
    at += len;
    return s === '' ? [] : s.split('\n');
  });
  at = align4(at);
  const lengths = [nodeCount + 1, edgeCount, edgeCount, nodeCount + 1, payloadCount, payloadCount, payloadCount];
  const needed = at + lengths.reduce((s, n) => s + n * 4, 0);
  if (bytes.byteLength !== needed) throw new Error('matcher: size does not match its header');
  // Typed views need 4-byte alignment; a buffer handed over at an odd offset is copied once.
  const aligned = (bytes.byteOffset + at) % 4 === 0 ? bytes : bytes.slice();
  const arrays = lengths.map((n) => {
    const a = new Int32Array(aligned.buffer, aligned.byteOffset + at, n);
    at += n * 4;
    return a;
  });
  const [edgeStart, edgeWord, edgeChild, payloadStart, payloadEntity, payloadFlags, payloadCase] = arrays as [
    Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array,
  ];
  const [words, entityIds, caseForms] = strings as [string[], string[], string[]];
  return { words, entityIds, caseForms, edgeStart, edgeWord, edgeChild, payloadStart, payloadEntity, payloadFlags, payloadCase };
}

function align4(n: number): number {
  return (n + 3) & ~3;
}
