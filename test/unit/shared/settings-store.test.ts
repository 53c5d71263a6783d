import { describe, expect, it } from 'vitest';
import { loadSettings, onSettingsChanged, saveSettings } from '../../../src/shared/settings-store';
import { SETTINGS_VERSION } from '../../../src/shared/settings';
import { fakeBrowser } from '../fake-browser';

describe('settings store', () => {
  it('keeps both of two saves made at once', async () => {
    await Promise.all([saveSettings({ mentions: 'first' }), saveSettings({ highlightStyle: 'tint' })]);
    expect(await loadSettings()).toMatchObject({ mentions: 'first', highlightStyle: 'tint' });
  });
  it('migrates what version 1 stored when it is read, and stores the current version', async () => {
    await fakeBrowser.storage.sync.set({ settings: { version: 1, denySites: ['www.example.org'], hoverDelayMs: -5 } });
    const loaded = await loadSettings();
    expect(loaded).toMatchObject({ version: SETTINGS_VERSION, denySites: ['example.org'], hoverDelayMs: 350 });
    await saveSettings({ enabled: false });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ version: SETTINGS_VERSION, denySites: ['example.org'], enabled: false });
  });
  it('tells listeners the parsed settings', async () => {
    const seen: unknown[] = [];
    const stop = onSettingsChanged((s) => seen.push(s.scope));
    await fakeBrowser.storage.sync.set({ settings: { scope: 'listed-sites' } });
    await fakeBrowser.storage.sync.set({ settings: { scope: 'everywhere' } });
    stop();
    await fakeBrowser.storage.sync.set({ settings: { scope: 'listed-sites' } });
    expect(seen).toEqual(['listed-sites', 'all-articles']);
  });
});
