// One article session on a page: detect, collect the article's text, ask the background for
// mentions, mark them, and keep that true while the page changes. Everything it adds is undone
// by dispose().
import { render } from 'preact';
import { forceArticle } from '../core/detect/forced';
import { detectInSteps, type Detection } from '../core/detect/index';
import type { TextSegment } from '../core/text/body-text';
import { collectArticleText } from './article-text';
import { inTasks, nextTask } from './next-task';
import { castOf, categoryOf, unknownOf } from '../shared/cast';
import type { CastView, EntityCard, MentionView, UnknownView } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { siteOf } from '../shared/settings';
import { CastToggle } from '../ui/CastToggle';
import { createHighlightApiHighlighter, createOverlayHighlighter, hasHighlightApi, type Highlighter } from './highlighter';
import { indexMentions, mentionAt, type MentionIndex } from './hit-test';
import { bindInteractions } from './interactions';
import { addNotThis, loadNotThis, notThisKey, removeNotThis } from '../shared/not-this';
import type { PageMention } from './page-mention';
import { createPopoverHost, type PopoverHost } from './popover-host';
import { rangeFor } from './ranges';
import { createUiHost, type UiHost } from './ui-host';
import { isTooLargeToRead } from './page-size';
import { watchPage } from './watch';

export type BackgroundCalls = {
  findMentions(text: string, date: string | undefined, language: string | undefined): Promise<{ mentions: MentionView[]; unknown: UnknownView[] } | undefined>;
  getEntity(id: string, asOf: string | undefined): Promise<EntityCard | undefined>;
  /** How many distinct entities are marked, for the toolbar badge. */
  reportCount(count: number): void;
};

/** Ranges are made in slices so a long article never holds the main thread for a long task. */
const RANGES_PER_SLICE = 250;

export class Session {
  private detection: Detection | undefined;
  private segments: TextSegment[] = [];
  private lastText = '';
  private mentions: PageMention[] = [];
  private unknown: UnknownView[] = [];
  private index: MentionIndex = new Map();
  private state: CastView['state'] = 'scanning';
  private scanToken = 0;
  private cursor = -1;
  private ui: UiHost | undefined;
  private highlighter: Highlighter | undefined;
  private popover: PopoverHost | undefined;
  private castRoot: HTMLElement | undefined;
  private unbindInteractions: (() => void) | undefined;
  private readonly disposers: (() => void)[] = [];
  /** Set by dispose(): late answers and pending rescans must not draw again. */
  private disposed = false;

  constructor(
    private readonly doc: Document,
    private settings: Settings,
    private readonly calls: BackgroundCalls,
    private force: boolean,
  ) {}

  async start(): Promise<void> {
    this.disposers.push(watchPage(this.doc, () => this.detection?.roots ?? [], {
      onContentChange: () => void this.refresh(),
      onNavigation: () => void this.restart(),
    }));
    await this.refresh();
  }

  /** Re-detects if needed and re-scans when the article's text changed. */
  async refresh(): Promise<void> {
    if (!this.detection?.isArticle || this.detection.roots.some((r) => !r.isConnected)) {
      if (!this.force && isTooLargeToRead(this.doc)) {
        this.state = 'not-article';
        return;
      }
      let detection = await inTasks(detectInSteps(this.doc, this.doc.location?.href), () => this.disposed);
      if (!detection) return;
      if (this.force && !detection.isArticle) {
        // Looking for a body again is a second walk of the page: a task of its own.
        await nextTask();
        if (this.disposed) return;
        detection = forceArticle(this.doc, detection);
      }
      if (!detection.isArticle) {
        this.state = 'not-article';
        return;
      }
      this.detection = detection;
      this.lastText = '';
      // Detection and text collection each walk the article: two tasks, not one long one.
      await nextTask();
      if (this.disposed) return;
    }
    await this.scan(this.detection);
  }

  private async restart(): Promise<void> {
    this.teardownOverlay();
    this.detection = undefined;
    this.force = false;
    await this.refresh();
  }

  private async scan(detection: Detection): Promise<void> {
    const { text, segments } = await collectArticleText(this.doc, detection.roots);
    if (this.disposed || text === this.lastText) return;
    this.lastText = text;
    this.segments = segments;
    this.state = 'scanning';
    const mine = ++this.scanToken;
    const published = detection.published?.slice(0, 10);
    // After every wait: a newer scan may own the page now, or the session may be gone.
    const stale = () => mine !== this.scanToken || this.disposed;
    const answer = await this.calls.findMentions(text, published, detection.language);
    if (stale()) return;
    if (!answer) {
      this.state = 'error';
      return;
    }
    const notThis = await loadNotThis();
    if (stale()) return;
    const wanted = this.selectMentions(answer.mentions, notThis);
    const placed: PageMention[] = [];
    for (let i = 0; i < wanted.length; i += RANGES_PER_SLICE) {
      for (const m of wanted.slice(i, i + RANGES_PER_SLICE)) {
        const range = rangeFor(this.doc, this.segments, m.start, m.end);
        if (range) placed.push({ ...m, range, index: placed.length });
      }
      if (i + RANGES_PER_SLICE < wanted.length) await nextTask();
      if (stale()) return;
    }
    // Indexing for hit tests, painting and the cast list each cost milliseconds per thousand
    // marks: on a long story with thousands of them, three tasks instead of one long one.
    const index = indexMentions(placed);
    await nextTask();
    if (stale()) return;
    this.mentions = placed;
    this.unknown = answer.unknown;
    this.index = index;
    this.state = 'ready';
    this.paint(detection);
    await nextTask();
    if (stale()) return;
    this.renderCast();
    this.calls.reportCount(castOf(placed).length);
  }

  private selectMentions(mentions: MentionView[], notThis: Set<string>): MentionView[] {
    const seen = new Set<string>();
    return mentions.filter((m) => {
      if (!this.settings.categories[categoryOf(m.entity.type)] || notThis.has(notThisKey(m.entity.id, m.text))) return false;
      if (this.settings.mentions === 'first') {
        if (seen.has(m.entity.id)) return false;
        seen.add(m.entity.id);
      }
      return true;
    });
  }

  private ensureOverlay(detection: Detection): UiHost {
    if (this.ui) return this.ui;
    const ui = createUiHost(this.doc);
    ui.setDirection(detection.direction);
    const win = this.doc.defaultView!;
    this.highlighter = hasHighlightApi(win) ? createHighlightApiHighlighter(win) : createOverlayHighlighter(ui.layer, win);
    const published = detection.published?.slice(0, 10);
    this.popover = createPopoverHost(ui, {
      getCard: (id) => this.calls.getEntity(id, published),
      ...(published ? { articleDate: published } : {}),
      onNotThis: (m) => void this.unlink(m),
      onUndoNotThis: (m) => void this.relink(m),
      onClosed: () => this.highlighter?.focus(undefined),
    });
    this.castRoot = this.doc.createElement('div');
    ui.theme.append(this.castRoot);
    this.unbindInteractions = bindInteractions(this.doc, {
      mentionAt: (x, y) => this.mentionAtPoint(x, y),
      popover: this.popover,
      settings: () => this.settings,
      isOurs: (event) => event.composedPath().includes(ui.theme),
    });
    this.ui = ui;
    return ui;
  }

  private mentionAtPoint(x: number, y: number): PageMention | undefined {
    return this.index.size ? mentionAt(this.doc, this.index, x, y) : undefined;
  }

  private paint(detection: Detection): void {
    if (!this.mentions.length && !this.ui) return;
    this.ensureOverlay(detection);
    this.highlighter!.show(this.mentions.map((m) => ({ range: m.range, type: categoryOf(m.entity.type) })), this.settings.highlightStyle);
    performance.mark('backstory:painted', { detail: { mentions: this.mentions.length } });
  }

  private renderCast(): void {
    if (!this.castRoot) return;
    render(<CastToggle entries={castOf(this.mentions)} unknown={unknownOf(this.unknown)} onSelect={(id) => this.showEntity(id, true)} />, this.castRoot);
  }

  private async unlink(m: PageMention): Promise<void> {
    await addNotThis(notThisKey(m.entity.id, m.text));
    await this.rescan();
  }

  private async relink(m: PageMention): Promise<void> {
    await removeNotThis(notThisKey(m.entity.id, m.text));
    await this.rescan();
  }

  /** Marks the page again after the reader's corrections changed. */
  private async rescan(): Promise<void> {
    this.lastText = '';
    await this.refresh();
  }

  /** Goes to a mention: scrolls it into view, marks it, opens its popover. */
  private go(m: PageMention, focus: boolean): void {
    this.cursor = m.index;
    const target = m.range.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.highlighter?.focus(m.range);
    this.popover?.open(m, { focus });
  }

  showEntity(id: string, focus: boolean): boolean {
    const first = this.mentions.find((m) => m.entity.id === id);
    if (first) this.go(first, focus);
    return !!first;
  }

  step(direction: 'next' | 'previous'): boolean {
    if (!this.mentions.length) return false;
    const n = this.mentions.length;
    this.cursor = direction === 'next' ? (this.cursor + 1) % n : (this.cursor - 1 + n) % n;
    this.go(this.mentions[this.cursor]!, true);
    return true;
  }

  async treatAsArticle(): Promise<void> {
    this.force = true;
    await this.refresh();
  }

  updateSettings(settings: Settings): void {
    this.settings = settings;
    void this.rescan();
  }

  cast(): CastView {
    const d = this.detection;
    const site = siteOf(this.doc.location?.href ?? '');
    return {
      state: this.state,
      ...(site ? { site } : {}),
      ...(d?.headline ? { headline: d.headline } : {}),
      ...(d?.published ? { published: d.published.slice(0, 10) } : {}),
      entries: castOf(this.mentions),
      unknown: unknownOf(this.unknown),
    };
  }

  private teardownOverlay(): void {
    this.scanToken++;
    this.unbindInteractions?.();
    this.popover?.dispose();
    this.highlighter?.clear();
    this.ui?.dispose();
    this.ui = this.popover = this.highlighter = this.castRoot = this.unbindInteractions = undefined;
    this.calls.reportCount(0);
    this.mentions = [];
    this.unknown = [];
    this.index = new Map();
    this.cursor = -1;
  }

  dispose(): void {
    this.disposed = true;
    for (const dispose of this.disposers.splice(0)) dispose();
    this.teardownOverlay();
    this.state = 'inactive';
  }
}
