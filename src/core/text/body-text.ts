// The text of an article as a reader sees it, with a map back to the DOM so that any span of it
// can become a Range. No innerText (jsdom lacks it, and it forces layout in the browser): block
// elements break lines, runs of HTML whitespace collapse to one space.

import { isBoilerplate } from './boilerplate';
import { BLOCK_TAGS, isEditable, isNonProse } from './elements';

/**
 * `text.slice(start, end)` is `node.data.slice(nodeStart, nodeStart + end - start)` with each
 * whitespace character shown as a space: offsets map one to one inside a segment. A text node
 * whose whitespace collapsed is split into several segments.
 */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
  nodeStart: number;
}

export interface CollectOptions {
  /** Drop share bars, related links, ad slots and the like inside the roots (default true). */
  excludeBoilerplate?: boolean;
  /** Elements left out with everything inside them (the evaluation leaves out the headline to score the body alone). */
  leaveOut?: ReadonlySet<Element>;
  /**
   * How the page renders an element, asked once per element on the walk (never per text node).
   * Markup alone cannot tell what a stylesheet hides, so the browser passes an adapter
   * (src/content/visibility.ts); without one, every element is taken as shown (jsdom, the CLI).
   */
  rendering?: (el: Element) => Rendering;
  /** Stop once this many characters are collected (the text then ends with the text node that passed it). */
  maxChars?: number;
}

/**
 * `none`: neither the element nor anything inside it is drawn (display:none, content-visibility:
 * hidden). `invisible`: its own text is not drawn, but a child may be drawn again (visibility is
 * inherited and a child can set it back to visible). `shown`: drawn.
 */
export type Rendering = 'none' | 'invisible' | 'shown';

export interface CollectedText {
  text: string;
  segments: TextSegment[];
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

/** HTML's ASCII whitespace: what CSS `white-space: normal` collapses (not the no-break space). */
function isCollapsible(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12;
}

class TextBuilder {
  private readonly parts: string[] = [];
  readonly segments: TextSegment[] = [];
  private size = 0;
  private lineHasText = false;
  private pendingSpace = false;
  private pendingBreak = false;

  lineBreak(): void {
    if (this.lineHasText) this.pendingBreak = true;
  }

  addText(node: Text): void {
    const data = node.data;
    let i = 0;
    while (i < data.length) {
      if (isCollapsible(data.charCodeAt(i))) {
        this.pendingSpace = true;
        i++;
        continue;
      }
      // A run of visible characters with single spaces inside maps one to one onto the node.
      let j = i;
      while (j < data.length) {
        if (!isCollapsible(data.charCodeAt(j))) { j++; continue; }
        const spaceIsSingle = j + 1 < data.length && !isCollapsible(data.charCodeAt(j + 1)) && data[j] === ' ';
        if (!spaceIsSingle) break;
        j++;
      }
      this.flushPending();
      this.segments.push({ node, start: this.length, end: this.length + (j - i), nodeStart: i });
      this.push(data.slice(i, j));
      this.lineHasText = true;
      i = j;
    }
  }

  private flushPending(): void {
    if (this.pendingBreak) this.push('\n');
    else if (this.pendingSpace && this.lineHasText) this.push(' ');
    if (this.pendingBreak) this.lineHasText = false;
    this.pendingBreak = false;
    this.pendingSpace = false;
  }

  private push(s: string): void {
    this.parts.push(s);
    this.size += s.length;
  }

  get length(): number {
    return this.size;
  }

  toString(): string {
    return this.parts.join('');
  }
}

interface WalkOptions {
  excludeBoilerplate: boolean;
  leaveOut?: ReadonlySet<Element>;
  rendering?: (el: Element) => Rendering;
  /** Texts of the repeatable blocks already collected, with the block that showed each (see isRepeat). */
  seen: Map<string, Element>;
}

/**
 * Blocks that pages repeat: a caption shown again in a lightbox or for another screen size, a pull
 * quote that repeats a paragraph. A reader reads the text once, so the second copy is left out.
 */
const REPEATABLE_TAGS: ReadonlySet<string> = new Set(['P', 'FIGCAPTION', 'BLOCKQUOTE', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'DD']);
/** Shorter repeats are legitimately said twice ("– No!", a credit line); only longer copies are dropped. */
const MIN_REPEAT_CHARS = 30;

function isRepeatable(el: Element): boolean {
  return REPEATABLE_TAGS.has(el.tagName) || (el.getAttribute('class') ?? '').toLowerCase().includes('caption');
}

/**
 * True when `el` repeats a block already collected; otherwise remembers its text. A block inside
 * the one that showed the text (the <p> of a <blockquote>, of an <li>) is that text, not a copy.
 */
function isRepeat(el: Element, seen: Map<string, Element>): boolean {
  if (!isRepeatable(el)) return false;
  const key = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (key.length < MIN_REPEAT_CHARS) return false;
  const first = seen.get(key);
  if (first) return !first.contains(el);
  seen.set(key, el);
  return false;
}

/** One element being walked: the child to visit next, and what closing it owes the text. */
interface Frame {
  next: ChildNode | null;
  block: boolean;
  rendering: Rendering;
}

/** Starts walking `el`, or returns undefined when nothing inside it is read (a <br> only breaks the line). */
function enter(el: Element, out: TextBuilder, isRoot: boolean, opts: WalkOptions): Frame | undefined {
  if (isNonProse(el) || opts.leaveOut?.has(el)) return undefined;
  if (!isRoot && opts.excludeBoilerplate && isBoilerplate(el)) return undefined;
  // Asked after the cheap markup checks, so skipped subtrees never reach the browser's style code,
  // and before the repeat check, so a hidden copy (a closed lightbox) never hides the shown one.
  const rendering = opts.rendering?.(el) ?? 'shown';
  if (rendering === 'none') return undefined;
  if (!isRoot && opts.excludeBoilerplate && isRepeat(el, opts.seen)) return undefined;
  if (el.tagName === 'BR') {
    out.lineBreak();
    return undefined;
  }
  const block = BLOCK_TAGS.has(el.tagName);
  if (block) out.lineBreak();
  return { next: el.firstChild, block, rendering };
}

/** Inside an element the reader can edit, or a document in design mode: the text is theirs. */
function isInEditable(root: Element): boolean {
  if ((root.ownerDocument as { designMode?: string }).designMode === 'on') return true;
  // The nearest explicit contenteditable decides; "false" ends an editable region.
  for (let e: Element | null = root; e; e = e.parentElement) {
    if (e.hasAttribute('contenteditable')) return isEditable(e);
  }
  return false;
}

/** Nodes walked between two looks at the clock: cheap enough to keep each slice near its budget. */
const NODES_PER_STEP = 64;

/**
 * The walk as steps: yields every NODES_PER_STEP nodes so a caller can pause between slices, and
 * stops once `maxChars` are collected. Iterative (a stack of frames), so it can pause anywhere.
 */
function* collectSteps(roots: Element[], opts: CollectOptions): Generator<void, CollectedText> {
  const out = new TextBuilder();
  const walkOptions: WalkOptions = { excludeBoilerplate: opts.excludeBoilerplate ?? true, leaveOut: opts.leaveOut, rendering: opts.rendering, seen: new Map() };
  const maxChars = opts.maxChars ?? Infinity;
  let nodes = 0;
  for (const root of roots) {
    if (out.length >= maxChars) break;
    if (isInEditable(root)) continue;
    out.lineBreak();
    const first = enter(root, out, true, walkOptions);
    const stack = first ? [first] : [];
    while (stack.length && out.length < maxChars) {
      const top = stack[stack.length - 1]!;
      const child = top.next;
      if (child === null) {
        if (top.block) out.lineBreak();
        stack.pop();
        continue;
      }
      top.next = child.nextSibling;
      const type = child.nodeType;
      if (type === TEXT_NODE || type === CDATA_NODE) {
        if (top.rendering === 'shown') out.addText(child as Text);
      } else if (type === ELEMENT_NODE) {
        const frame = enter(child as Element, out, false, walkOptions);
        if (frame) stack.push(frame);
      }
      if (++nodes % NODES_PER_STEP === 0) yield;
    }
    out.lineBreak();
  }
  return { text: out.toString(), segments: out.segments };
}

/** Collect the readable text of `roots`, in the order given, one line per block. */
export function collectText(roots: Element[], opts: CollectOptions = {}): CollectedText {
  const steps = collectSteps(roots, opts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How a caller spreads the walk over several tasks: asked between steps whether to pause, and how. */
export interface Slicing {
  timeUp(): boolean;
  pause(): Promise<void>;
}

/**
 * collectText in slices: pauses whenever `slicing.timeUp()` says the current slice is spent. A
 * page that changes during a pause may leave the text short; the caller's watcher rescans then.
 */
export async function collectTextInSlices(roots: Element[], opts: CollectOptions, slicing: Slicing): Promise<CollectedText> {
  const steps = collectSteps(roots, opts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (slicing.timeUp()) await slicing.pause();
  }
}
