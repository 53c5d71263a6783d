// Turns [start, end) offsets into the collected article text back into live DOM Ranges.
import type { TextSegment } from '../core/text/body-text';

/** Index of the segment holding `offset`; `atEnd` picks the one ending there for a range's end. */
function segmentAt(segments: TextSegment[], offset: number, atEnd: boolean): TextSegment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    const before = atEnd ? offset <= s.start : offset < s.start;
    const after = atEnd ? offset > s.end : offset >= s.end;
    if (before) hi = mid - 1;
    else if (after) lo = mid + 1;
    else return s;
  }
  return undefined;
}

export function rangeFor(doc: Document, segments: TextSegment[], start: number, end: number): Range | undefined {
  const first = segmentAt(segments, start, false);
  const last = segmentAt(segments, end, true);
  if (!first || !last || !first.node.isConnected || !last.node.isConnected) return undefined;
  const range = doc.createRange();
  range.setStart(first.node, first.nodeStart + (start - first.start));
  range.setEnd(last.node, last.nodeStart + (end - last.start));
  return range;
}
