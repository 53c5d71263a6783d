// What a reader never sees as running text, and which elements break a line. Shared by the text
// collector and the article scorer so both agree on what "the text of an element" is.

/** Subtrees whose text is never prose a reader reads (scripts, form controls, media fallbacks, code). */
export const NON_PROSE_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK',
  'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'OPTGROUP', 'BUTTON', 'DATALIST',
  'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'AUDIO', 'VIDEO', 'SVG', 'svg', 'MATH', 'math',
  // Code is not prose: names in it are identifiers, not mentions.
  'CODE', 'PRE',
]);

/** Elements rendered as blocks by default (HTML spec rendering section); their text starts a new line. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV', 'DL',
  'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'LEGEND', 'LI', 'LISTING', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PLAINTEXT', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'XMP',
]);

// Inline styles are the only styles visible without the browser's style engine; a stylesheet-hidden
// element is missed here and left out by the collector's `rendering` adapter, which the content
// script fills from the browser (src/content/visibility.ts).
const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Hidden from every reader by markup alone: `hidden`, aria-hidden="true" or an inline display:none. */
export function isHiddenElement(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && INLINE_HIDDEN.test(style);
}

/** Text a reader can edit is theirs, not the article's. */
export function isEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** Marks everything the extension draws into the page. */
export const OWN_UI_ATTRIBUTE = 'data-backstory-ui';

/** An element whose whole subtree contributes no readable prose. */
export function isNonProse(el: Element): boolean {
  return (
    NON_PROSE_TAGS.has(el.tagName) ||
    el.hasAttribute(OWN_UI_ATTRIBUTE) ||
    isHiddenElement(el) ||
    isEditable(el)
  );
}
