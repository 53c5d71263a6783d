// Which mention is under the pointer. The caret position at the point names a text node and an
// offset, so the lookup touches only the mentions in that node instead of measuring them all.
import type { PageMention } from './page-mention';

export type MentionIndex = Map<Node, PageMention[]>;

export function indexMentions(mentions: PageMention[]): MentionIndex {
  const index: MentionIndex = new Map();
  const add = (node: Node, m: PageMention) => {
    const list = index.get(node);
    if (list) list.push(m);
    else index.set(node, [m]);
  };
  for (const m of mentions) {
    add(m.range.startContainer, m);
    if (m.range.endContainer !== m.range.startContainer) add(m.range.endContainer, m);
  }
  return index;
}

type CaretDoc = Document & {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
};

function caretAt(doc: CaretDoc, x: number, y: number): { node: Node; offset: number } | undefined {
  if (doc.caretPositionFromPoint) {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : undefined;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/** Caret lookups snap to the nearest text, so the point must also fall inside a line box. */
function covers(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  return false;
}

export function mentionAt(doc: Document, index: MentionIndex, x: number, y: number): PageMention | undefined {
  const caret = caretAt(doc as CaretDoc, x, y);
  if (!caret) return undefined;
  const candidates = index.get(caret.node);
  return candidates?.find((m) => m.range.isPointInRange(caret.node, caret.offset) && covers(m.range, x, y));
}
