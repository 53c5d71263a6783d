import type { FactView } from '../shared/messages';
import type { Source } from '../core/dataset/schema';
import { formatDate } from '../shared/cast';
import { t } from './i18n';

type Props = { facts: FactView[]; sources: Source[] };

/** Each fact on its own line with where it comes from and when that source said so. */
export function FactList({ facts, sources }: Props) {
  const nameOf = (id: string) => sources.find((s) => s.id === id)?.name ?? id;
  return (
    <ul class="facts">
      {facts.map((f, i) => (
        <li key={i}>
          <span class="label">{f.label}:</span> <bdi>{f.value}</bdi>
          <span class="provenance">{t('popoverSource', [nameOf(f.source), formatDate(f.asOf)])}</span>
        </li>
      ))}
    </ul>
  );
}
