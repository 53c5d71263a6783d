import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, parseSettings, siteOf } from '../../../src/shared/settings';

describe('settings', () => {
  it('falls back to defaults one field at a time', () => {
    const s = parseSettings({ enabled: false, hoverDelayMs: 'slow', categories: { person: false, organization: true, country: true }, popoverTrigger: 'telepathy' });
    expect(s.enabled).toBe(false);
    expect(s.categories.person).toBe(false);
    expect(s.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(s.popoverTrigger).toBe(DEFAULT_SETTINGS.popoverTrigger);
  });
  it('treats garbage as defaults', () => {
    expect(parseSettings('nonsense')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
  });
  it('runs on every article unless the site is excluded, or only on listed sites', () => {
    const s = parseSettings({ denySites: ['example.org'] });
    expect(isActiveOn(s, 'https://news.example.org/a')).toBe(false);
    expect(isActiveOn(s, 'https://example.com/a')).toBe(true);
    const listed = parseSettings({ scope: 'listed-sites', allowSites: ['example.com'] });
    expect(isActiveOn(listed, 'https://www.example.com/a')).toBe(true);
    expect(isActiveOn(listed, 'https://other.net/')).toBe(false);
    expect(isActiveOn(parseSettings({ enabled: false }), 'https://example.com/')).toBe(false);
  });
  it('keys sites by host without www and ignores non-web URLs', () => {
    expect(siteOf('https://www.bbc.co.uk/news')).toBe('bbc.co.uk');
    expect(siteOf('chrome://extensions')).toBeUndefined();
  });
});
