// Styles of everything we draw on a page. They live inside our shadow root, so the page's CSS
// cannot reach in and ours cannot leak out; `all: initial` on the host stops inherited styles.
import { CAST_CSS } from './cast-styles';

export const OVERLAY_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.theme { --fg: #1d1d1f; --bg: #ffffff; --muted: #5f6368; --line: #d9dce1; --accent: #1f4e79; --chip: #eef2f7;
  --person: #b45309; --organization: #1d4ed8; --country: #047857;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--fg); }
.theme.dark { --fg: #ececf1; --bg: #202124; --muted: #a8adb5; --line: #3c4043; --accent: #8cb8e6; --chip: #2d3036;
  --person: #fbbf24; --organization: #93c5fd; --country: #6ee7b7; }
[popover] { inset: auto; margin: 0; padding: 0; border: 0; background: transparent; overflow: visible; color: inherit; }
.popover { position: fixed; top: 0; left: 0; width: max-content; max-width: min(380px, calc(100vw - 16px));
  max-height: min(70vh, 520px); overflow: auto; background: var(--bg); color: var(--fg); border: 1px solid var(--line);
  border-radius: 10px; box-shadow: 0 8px 28px rgb(0 0 0 / 0.22); padding: 12px 14px; }
.card .head { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; }
.card h2 { font-size: 16px; margin: 0; flex: 1 1 auto; }
.card h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 12px 0 4px; }
.badge { font-size: 11px; border-radius: 999px; padding: 1px 8px; background: var(--chip); border-left: 3px solid var(--accent); }
.badge.person { border-color: var(--person); } .badge.organization { border-color: var(--organization); } .badge.country { border-color: var(--country); }
.tools { display: flex; gap: 4px; }
button { font: inherit; color: inherit; background: var(--chip); border: 1px solid var(--line); border-radius: 6px; padding: 2px 8px; cursor: pointer; }
button:hover { border-color: var(--accent); }
button:disabled { opacity: .5; cursor: default; }
button.close { font-size: 16px; line-height: 1; padding: 2px 7px; }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.facts { list-style: none; padding: 0; margin: 4px 0; }
.facts li { margin: 4px 0; }
.facts .label { color: var(--muted); }
.provenance { display: block; font-size: 12px; color: var(--muted); }
.muted { color: var(--muted); }
.why { font-size: 12px; color: var(--muted); border-top: 1px solid var(--line); padding-top: 8px; margin: 10px 0 6px; }
.not-this { font-size: 12px; }
.notice { margin: 8px 0; }
.notice:empty { margin: 0; }
.sources { font-size: 12px; margin-top: 6px; }
.sources a { color: var(--accent); }
.cast-toggle { position: fixed; bottom: 16px; right: 16px; z-index: 2147483646; border-radius: 999px; padding: 6px 12px;
  background: var(--bg); box-shadow: 0 2px 10px rgb(0 0 0 / .2); }
.rtl .cast-toggle { right: auto; left: 16px; }
.cast-panel { position: fixed; bottom: 56px; right: 16px; z-index: 2147483646; width: min(340px, calc(100vw - 32px));
  max-height: 60vh; overflow: auto; background: var(--bg); border: 1px solid var(--line); border-radius: 10px;
  box-shadow: 0 8px 28px rgb(0 0 0 / .22); padding: 10px 12px; }
.rtl .cast-panel { right: auto; left: 16px; }
.cast-panel h2 { font-size: 15px; margin: 0 0 6px; }
${CAST_CSS}
.layer { position: absolute; top: 0; left: 0; width: 0; height: 0; pointer-events: none; }
.layer .mark { position: absolute; border-radius: 1px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (forced-colors: active) { .popover, .cast-panel { border: 2px solid CanvasText; } }
@media (prefers-reduced-motion: no-preference) { .popover { animation: appear .12s ease-out; } }
@keyframes appear { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }
`;
