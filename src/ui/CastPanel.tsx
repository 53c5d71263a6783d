// The article's cast as a list: the way in for keyboard and screen-reader users, and an overview
// for everyone. Choosing a name goes to its first mention and opens its popover.
import type { EntityType } from '../core/dataset/schema';
import type { CastEntry, UnknownEntry } from '../shared/cast';
import { t } from './i18n';
import { TYPE_GROUP_LABEL } from './labels';

type Props = {
  entries: CastEntry[];
  unknown: UnknownEntry[];
  onSelect(id: string): void;
  summaries?: Record<string, string>;
};

const GROUPS: EntityType[] = ['person', 'organization', 'country', 'place'];

export function CastList({ entries, unknown, onSelect, summaries }: Props) {
  if (!entries.length && !unknown.length) return <p class="muted">{t('castEmpty')}</p>;
  return (
    <div class="cast">
      {GROUPS.map((type) => {
        const group = entries.filter((e) => e.entity.type === type);
        if (!group.length) return null;
        return (
          <section key={type}>
            <h3>{t(TYPE_GROUP_LABEL[type])}</h3>
            <ul>
              {group.map((e) => (
                <li key={e.entity.id}>
                  <button type="button" class={`cast-item ${type}`} onClick={() => onSelect(e.entity.id)}>
                    <bdi class="name">{e.entity.name}</bdi> <span class="count">{t('castMentions', String(e.count))}</span>
                    {summaries?.[e.entity.id] && <span class="summary">{summaries[e.entity.id]}</span>}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {unknown.length > 0 && (
        <section>
          <h3>{t('castUnknown')}</h3>
          <ul class="unknown">
            {unknown.map((u) => (
              <li key={u.text}><bdi>{u.text}</bdi> <span class="count">{t('castMentions', String(u.count))}</span></li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
