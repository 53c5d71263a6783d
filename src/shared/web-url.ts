// Every address we render as a link passes through here. Sources are checked when a pack is
// imported, but a link is where a `javascript:` address would run, so each surface checks again.

/** The address as the browser would follow it, when it is a web (http or https) address; otherwise undefined. */
export function webHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    // Parsed, not pattern-matched: the URL parser drops the tabs, newlines and leading controls
    // that "java\tscript:" tricks rely on, exactly as the browser does when following the link.
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
