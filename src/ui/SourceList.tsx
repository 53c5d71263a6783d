// The sources behind a card, each linked when it has a web address: shared by the popover and the
// trainer view so both refuse the same addresses (see webHref).
import type { Source } from '../core/dataset/schema';
import { formatDate } from '../shared/cast';
import { webHref } from '../shared/web-url';

/** Whether any of the sources has an address worth listing them for. */
export const anyLinked = (sources: Source[]) => sources.some((s) => webHref(s.url) !== undefined);

export function SourceList({ sources }: { sources: Source[] }) {
  return (
    <ul class="source-list">
      {sources.map((s) => {
        const href = webHref(s.url);
        return <li key={s.id}>{href ? <a href={href} target="_blank" rel="noopener noreferrer">{s.name}</a> : s.name} <span class="muted">({s.licence}, {formatDate(s.retrieved)})</span></li>;
      })}
    </ul>
  );
}
