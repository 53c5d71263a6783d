import type { FactView } from '../shared/messages';
import type { Source } from '../core/dataset/schema';
import { provenanceText } from '../shared/provenance';
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
          <span class="provenance">{provenanceText(f, nameOf, t)}</span>
        </li>
      ))}
    </ul>
  );
}
