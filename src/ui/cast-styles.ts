// The cast list looks the same in the page's shadow root and in the popup; both take it from here.
export const CAST_CSS = `
.cast h3 { font-size: 12px; text-transform: uppercase; color: var(--muted); margin: 10px 0 4px; }
.cast ul { list-style: none; margin: 0; padding: 0; }
.cast-item { display: block; width: 100%; text-align: start; background: none; border: 0; border-radius: 6px; padding: 4px 6px; }
.cast-item:hover, .cast-item:focus-visible { background: color-mix(in srgb, var(--accent) 12%, transparent); }
.cast-item .count { color: var(--muted); font-size: 12px; }
.cast-item .summary { display: block; font-size: 12px; color: var(--muted); }
.unknown li { padding: 2px 6px; }
`;
