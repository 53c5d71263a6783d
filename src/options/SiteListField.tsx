// One editable list of sites: each site with its remove button, and a field to add one. What is
// typed is turned into a site key ("https://www.Example.org/x" → "example.org") or refused.
import { useState } from 'preact/hooks';
import { siteKey } from '../shared/settings';
import { t } from '../ui/i18n';

type Props = { id: string; heading: string; help: string; sites: string[]; onChange(sites: string[]): void };

export function SiteListField({ id, heading, help, sites, onChange }: Props) {
  const [input, setInput] = useState('');
  const [error, setError] = useState('');
  const add = (e: Event) => {
    e.preventDefault();
    const key = siteKey(input);
    if (!key) return setError(t('optionsSiteInvalid', input.trim()));
    setError('');
    setInput('');
    if (!sites.includes(key)) onChange([...sites, key].sort());
  };
  return (
    <section class="site-list" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      <p class="muted small" id={`${id}-help`}>{help}</p>
      {sites.length === 0 ? <p class="muted">{t('optionsSiteNone')}</p> : (
        <ul class="sites">
          {sites.map((site) => (
            <li key={site}>
              <bdi>{site}</bdi>
              <button type="button" aria-label={t('optionsSiteRemove', site)} onClick={() => onChange(sites.filter((s) => s !== site))}>×</button>
            </li>
          ))}
        </ul>
      )}
      <form class="row" onSubmit={add}>
        <label for={`${id}-input`}>{t('optionsSiteInput')}</label>
        <input
          id={`${id}-input`}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder={t('optionsSitePlaceholder')}
          value={input}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : `${id}-help`}
          onInput={(e) => setInput(e.currentTarget.value)}
        />
        <button type="submit">{t('optionsSiteAdd')}</button>
      </form>
      {error && <p class="error" id={`${id}-error`} role="alert">{error}</p>}
    </section>
  );
}
