// jsdom has no CSS Custom Highlight API: a registry with the same shape, installed per test so
// content code runs unchanged.
class FakeHighlight extends Set<Range> {
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

export function installHighlightRegistry(win: Window): void {
  const w = win as unknown as { CSS?: { highlights?: Map<string, Set<Range>> }; Highlight?: unknown };
  w.CSS = { ...(w.CSS ?? {}), highlights: new Map() };
  w.Highlight = FakeHighlight;
}
