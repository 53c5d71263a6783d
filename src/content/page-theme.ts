// Our popover follows the page it sits on: a dark site gets a dark popover even when the system
// is light, and the other way round. Where the page sets no background, the system decides.

/** Relative luminance (0 black … 1 white) of a CSS rgb()/rgba() colour, or undefined if transparent. */
export function luminanceOf(color: string): number | undefined {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(color);
  if (!m) return undefined;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  // Mostly transparent backgrounds say nothing about the page; the element below decides.
  if (alpha < 0.5) return undefined;
  const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(+m[1]!) + 0.7152 * lin(+m[2]!) + 0.0722 * lin(+m[3]!);
}

/** Below this luminance a background reads as dark (mid-grey #777 is about 0.18). */
const DARK_LUMINANCE = 0.18;

export function isPageDark(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const l = luminanceOf(view.getComputedStyle(el).backgroundColor);
    if (l !== undefined) return l < DARK_LUMINANCE;
  }
  return view.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}
