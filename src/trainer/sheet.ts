// The context sheet: a self-contained, printable HTML file of an article's cast with the facts at
// the article's date and since then, each with its source and as-of date, and the sources list.
// One file with inline CSS, no script and nothing fetched, so it opens anywhere, offline, years on.
import type { Source } from '../core/dataset/schema';
import { formatDate } from '../shared/cast';
import type { EntityCard, FactView } from '../shared/messages';
import { provenanceText, type Translate } from '../shared/provenance';
import { webHref } from '../shared/web-url';
import { TYPE_LABEL } from '../ui/labels';

export type { Translate };

export type SheetInput = {
  headline?: string;
  published?: string;
  site?: string;
  /** Cards as of the article's date, in cast order. */
  cards: readonly EntityCard[];
  /** ISO date the sheet was made. */
  generated: string;
  lang: string;
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Only web links become links: a source URL is data, and a `javascript:` one must stay text. */

const STYLE = `
:root { color-scheme: light; }
body { font: 15px/1.5 Georgia, "Times New Roman", serif; color: #111; background: #fff; max-width: 46em; margin: 2em auto; padding: 0 1.5em; }
h1 { font-size: 1.6em; line-height: 1.2; margin: 0 0 .3em; }
h2 { font-size: 1.25em; margin: 0; }
h3 { font: 600 .85em/1.4 system-ui, sans-serif; text-transform: uppercase; letter-spacing: .04em; color: #444; margin: .9em 0 .2em; }
.meta, .prov, .type, .note { font: .85em/1.4 system-ui, sans-serif; color: #444; }
.actor { border-top: 2px solid #111; padding: .8em 0 .4em; break-inside: avoid; page-break-inside: avoid; }
.actor ul { margin: .2em 0; padding-left: 1.2em; }
.actor li { margin: .15em 0; }
.label { font-weight: 600; }
.prov { display: block; }
.sources { border-top: 2px solid #111; margin-top: 1em; }
.sources li { margin: .3em 0; }
a { color: #0b3d91; overflow-wrap: anywhere; }
@media print { body { margin: 0; max-width: none; font-size: 11pt; } a { color: #111; text-decoration: none; } }
`;

export function contextSheetHtml(input: SheetInput, t: Translate): string {
  const e = escapeHtml;
  const sources = new Map<string, Source>();
  for (const card of input.cards) for (const s of card.sources) sources.set(s.id, s);
  const sourceName = (id: string) => sources.get(id)?.name ?? id;
  const provenance = (f: Pick<FactView, 'source' | 'asOf' | 'endSource'>) => `<span class="prov">${e(provenanceText(f, sourceName, t))}</span>`;
  const facts = (list: readonly FactView[]) =>
    `<ul>${list.map((f) => `<li><span class="label">${e(f.label)}:</span> <bdi>${e(f.value)}</bdi>${provenance(f)}</li>`).join('')}</ul>`;

  const actors = input.cards.map((card) => {
    const atHeading = input.published ? t('popoverAtTime', formatDate(input.published)) : t('popoverNow');
    return `<section class="actor" data-id="${e(card.id)}">
<h2><bdi>${e(card.name)}</bdi></h2>
<p class="type">${e(t(TYPE_LABEL[card.type]))}</p>
${card.summary ? `<p class="summary"><bdi>${e(card.summary.value)}</bdi>${provenance(card.summary)}</p>` : ''}
<h3>${e(atHeading)}</h3>
${card.facts.length ? facts(card.facts) : `<p class="note">${e(t('trainerNoFacts'))}</p>`}
${input.published ? `<h3>${e(t('popoverSince'))}</h3>\n${card.since.length ? facts(card.since) : `<p class="note">${e(t('popoverNothingSince'))}</p>`}` : ''}
</section>`;
  });

  const sourceItems = [...sources.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((s) => {
      const href = webHref(s.url);
      const url = href ? ` <span class="prov"><a href="${e(href)}">${e(href)}</a></span>` : '';
      return `<li data-source="${e(s.id)}">${e(s.name)}${url}<span class="prov">${e(t('trainerSheetSourceLine', [s.licence, formatDate(s.retrieved)]))}</span></li>`;
    });

  const title = input.headline ? t('trainerSheetTitle', input.headline) : t('trainerSheetTitleUntitled');
  const meta = [
    input.published ? t('trainerSheetPublished', formatDate(input.published)) : t('trainerSheetUndated'),
    ...(input.site ? [t('trainerSheetSite', input.site)] : []),
  ];
  return `<!doctype html>
<html lang="${e(input.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${e(input.headline ?? t('trainerSheetTitleUntitled'))}</h1>
<p class="meta">${meta.map(e).join(' · ')}</p>
<p class="note">${e(t('trainerSheetIntro'))}</p>
</header>
<main>
${actors.join('\n')}
<section class="sources">
<h3>${e(t('popoverSourcesHeading'))}</h3>
<ol>${sourceItems.join('')}</ol>
</section>
</main>
<footer><p class="note">${e(t('trainerSheetGenerated', formatDate(input.generated)))}</p></footer>
</body>
</html>
`;
}
