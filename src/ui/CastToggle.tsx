// The in-page way into the cast: a small button that opens the list of who is named. A named
// region, so screen-reader users find it among the page's landmarks.
import { useState } from 'preact/hooks';
import type { CastEntry, UnknownEntry } from '../shared/cast';
import { CastList } from './CastPanel';
import { t } from './i18n';

type Props = { entries: CastEntry[]; unknown: UnknownEntry[]; onSelect(id: string): void };

export function CastToggle({ entries, unknown, onSelect }: Props) {
  const [open, setOpen] = useState(false);
  const panelId = 'backstory-cast-panel';
  return (
    <div role="region" aria-label={t('castHeading')}>
      <button type="button" class="cast-toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {t('castButton', String(entries.length))}
      </button>
      {open && (
        <div class="cast-panel" id={panelId} onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); setOpen(false); } }}>
          <h2>{t('castHeading')}</h2>
          <CastList entries={entries} unknown={unknown} onSelect={onSelect} />
        </div>
      )}
    </div>
  );
}
