import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';
import { loadSettings, saveSettings } from '../shared/settings-store';
import { t } from '../ui/i18n';
import '../ui/page.css';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [status, setStatus] = useState('');
  useEffect(() => void loadSettings().then(setSettings), []);
  const update = async (patch: Partial<Settings>) => {
    setSettings(await saveSettings(patch));
    setStatus(t('optionsSaved'));
  };
  if (!settings) return null;
  return (
    <main class="options">
      <h1>{t('optionsHeading')}</h1>
      <label class="row">
        <input type="checkbox" checked={settings.enabled} onChange={(e) => void update({ enabled: e.currentTarget.checked })} />
        {t('optionsEnabled')}
      </label>
      <p role="status" class="muted">{status}</p>
    </main>
  );
}
