// The reader's "not this person" corrections on the options page: newest first, each with who it
// was linked to and a button that removes it, so a name can be marked again. Shown a page at a
// time: a list of thousands would be neither readable nor quick to draw.
import { useEffect, useRef, useState } from 'preact/hooks';
import { callBackground } from '../shared/client';
import { listNotThis, removeNotThis, splitNotThisKey } from '../shared/not-this';
import { t } from '../ui/i18n';

/** Corrections shown at first and added by each "Show more". */
const PAGE = 50;

export function CorrectionsSection() {
  const [keys, setKeys] = useState<string[] | undefined>();
  const [shown, setShown] = useState(PAGE);
  const [names, setNames] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => void listNotThis().then((list) => setKeys(list.reverse())), []);
  const visible = keys?.slice(0, shown) ?? [];
  // Names only for what is shown: one lookup per row, never one per stored correction.
  useEffect(() => {
    const missing = [...new Set(visible.map((k) => splitNotThisKey(k).entityId))].filter((id) => !(id in names));
    if (!missing.length) return;
    void Promise.all(missing.map(async (id) => [id, await callBackground('getEntity', { id })] as const)).then((answers) =>
      setNames((known) => ({ ...known, ...Object.fromEntries(answers.map(([id, r]) => [id, r.ok ? r.value.name : id])) })),
    );
  }, [keys, shown]);

  const remove = async (key: string) => {
    await removeNotThis(key);
    setKeys((list) => list?.filter((k) => k !== key));
    const { text } = splitNotThisKey(key);
    setStatus(t('correctionsRemoved', text));
    // The removed row's button is gone: the section heading keeps a keyboard user in place.
    heading.current?.focus();
  };

  return (
    <section aria-labelledby="corrections-heading" class="corrections">
      <h2 id="corrections-heading" tabIndex={-1} ref={heading}>{t('correctionsHeading')}</h2>
      <p class="muted">{t('correctionsIntro')}</p>
      <p role="status" aria-live="polite" class="status">{status}</p>
      {keys && keys.length === 0 && <p class="muted">{t('correctionsNone')}</p>}
      {visible.length > 0 && (
        <ul class="correction-list">
          {visible.map((key) => {
            const { entityId, text } = splitNotThisKey(key);
            const name = names[entityId] ?? entityId;
            return (
              <li key={key} class="row">
                <span>{t('correctionsItem', [text, name])}</span>
                <button type="button" aria-label={t('correctionsRemoveLabel', [text, name])} onClick={() => void remove(key)}>{t('correctionsRemove')}</button>
              </li>
            );
          })}
        </ul>
      )}
      {keys && keys.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + PAGE)}>{t('correctionsShowMore', [String(shown), String(keys.length)])}</button>
      )}
    </section>
  );
}
