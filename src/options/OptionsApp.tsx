// The options page: every setting, grouped by what it decides, saved as soon as it changes (with a
// status line saying so), and the dataset packs. Native controls only, so it all works by keyboard.
import { useEffect, useState } from 'preact/hooks';
import { HOVER_DELAY_RANGE, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/settings-store';
import { t } from '../ui/i18n';
import { CorrectionsSection } from './CorrectionsSection';
import { PacksSection } from './PacksSection';
import { SiteListField } from './SiteListField';
import '../ui/page.css';
import './options.css';

type Option<V extends string> = { value: V; label: string };

function Choice<V extends string>({ name, legend, value, options, onChange }: { name: string; legend: string; value: V; options: Option<V>[]; onChange(value: V): void }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label class="row" key={o.value}>
          <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

function HoverDelayField({ value, disabled, onChange }: { value: number; disabled: boolean; onChange(ms: number): void }) {
  const [error, setError] = useState('');
  const commit = (text: string) => {
    const ms = Number(text);
    if (text.trim() === '' || !Number.isInteger(ms) || ms < HOVER_DELAY_RANGE.min || ms > HOVER_DELAY_RANGE.max) {
      return setError(t('optionsHoverDelayInvalid', [String(HOVER_DELAY_RANGE.min), String(HOVER_DELAY_RANGE.max)]));
    }
    setError('');
    if (ms !== value) onChange(ms);
  };
  return (
    <div>
      <label class="row" for="hover-delay">{t('optionsHoverDelay')}</label>
      <input
        id="hover-delay"
        type="number"
        min={HOVER_DELAY_RANGE.min}
        max={HOVER_DELAY_RANGE.max}
        step={50}
        value={value}
        disabled={disabled}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? 'hover-delay-error' : undefined}
        onChange={(e) => commit(e.currentTarget.value)}
      />
      {error && <p class="error" id="hover-delay-error" role="alert">{error}</p>}
    </div>
  );
}

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [status, setStatus] = useState('');
  useEffect(() => {
    void loadSettings().then(setSettings);
    // The popup changes the site lists too; show what is stored, not what this page last wrote.
    return onSettingsChanged(setSettings);
  }, []);
  const update = async (patch: Partial<Settings>) => {
    try {
      setSettings(await saveSettings(patch));
      setStatus(t('optionsSaved'));
    } catch (error) {
      setStatus(t('optionsSaveFailed', error instanceof Error ? error.message : String(error)));
    }
  };
  if (!settings) return null;
  const s = settings;
  return (
    <main class="options">
      <h1>{t('optionsHeading')}</h1>
      <p class="muted">{t('optionsIntro')}</p>
      <p role="status" class="status" aria-live="polite">{status}</p>

      <label class="row master">
        <input type="checkbox" checked={s.enabled} onChange={(e) => void update({ enabled: e.currentTarget.checked })} />
        {t('optionsEnabled')}
      </label>

      <section aria-labelledby="where-heading">
        <h2 id="where-heading">{t('optionsWhereHeading')}</h2>
        <Choice name="scope" legend={t('optionsScopeLegend')} value={s.scope} onChange={(scope) => void update({ scope })} options={[
          { value: 'all-articles', label: t('optionsScopeAll') },
          { value: 'listed-sites', label: t('optionsScopeListed') },
        ]} />
        <SiteListField id="allow" heading={t('optionsAllowHeading')} help={t('optionsAllowHelp')} sites={s.allowSites} onChange={(allowSites) => void update({ allowSites })} />
        <SiteListField id="deny" heading={t('optionsDenyHeading')} help={t('optionsDenyHelp')} sites={s.denySites} onChange={(denySites) => void update({ denySites })} />
      </section>

      <section aria-labelledby="what-heading">
        <h2 id="what-heading">{t('optionsCategoriesHeading')}</h2>
        <fieldset>
          <legend>{t('optionsCategoriesLegend')}</legend>
          {(['person', 'organization', 'country'] as const).map((c) => (
            <label class="row" key={c}>
              <input type="checkbox" checked={s.categories[c]} onChange={(e) => void update({ categories: { ...s.categories, [c]: e.currentTarget.checked } })} />
              {t(CATEGORY_LABEL[c])}
            </label>
          ))}
        </fieldset>
        <Choice name="mentions" legend={t('optionsMentionsLegend')} value={s.mentions} onChange={(mentions) => void update({ mentions })} options={[
          { value: 'all', label: t('optionsMentionsAll') },
          { value: 'first', label: t('optionsMentionsFirst') },
        ]} />
        <Choice name="style" legend={t('optionsStyleLegend')} value={s.highlightStyle} onChange={(highlightStyle) => void update({ highlightStyle })} options={[
          { value: 'underline', label: t('optionsStyleUnderline') },
          { value: 'tint', label: t('optionsStyleTint') },
        ]} />
      </section>

      <section aria-labelledby="popover-heading">
        <h2 id="popover-heading">{t('optionsPopoverHeading')}</h2>
        <Choice name="trigger" legend={t('optionsTriggerLegend')} value={s.popoverTrigger} onChange={(popoverTrigger) => void update({ popoverTrigger })} options={[
          { value: 'hover', label: t('optionsTriggerHover') },
          { value: 'modifier-hover', label: t('optionsTriggerModifier') },
          { value: 'click', label: t('optionsTriggerClick') },
        ]} />
        <HoverDelayField value={s.hoverDelayMs} disabled={s.popoverTrigger === 'click'} onChange={(hoverDelayMs) => void update({ hoverDelayMs })} />
      </section>

      <CorrectionsSection />

      <PacksSection />
    </main>
  );
}

const CATEGORY_LABEL: Record<keyof Settings['categories'], string> = {
  person: 'optionsCategoryPerson',
  organization: 'optionsCategoryOrganization',
  country: 'optionsCategoryCountry',
};
