import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, migrateSettings, parseSettings, SETTINGS_VERSION, siteKey, siteOf, siteStatus, switchSite } from '../../../src/shared/settings';

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
  it('says why a site is on or off, by scope and by parent domains', () => {
    const all = parseSettings({ denySites: ['example.org', 'shop.example.com'] });
    expect(siteStatus(all, 'news.example.org')).toEqual({ active: false, why: 'denied', by: 'example.org' });
    expect(siteStatus(all, 'example.org')).toEqual({ active: false, why: 'denied', by: 'example.org' });
    // A subdomain on the list speaks for itself and its own subdomains, not for its parent.
    expect(siteStatus(all, 'example.com')).toEqual({ active: true, why: 'all-articles' });
    expect(siteStatus(all, 'a.shop.example.com')).toEqual({ active: false, why: 'denied', by: 'shop.example.com' });
    // "example.org" does not cover "badexample.org".
    expect(siteStatus(all, 'badexample.org')).toEqual({ active: true, why: 'all-articles' });
    const listed = parseSettings({ scope: 'listed-sites', allowSites: ['example.com'], denySites: ['blog.example.com'] });
    expect(siteStatus(listed, 'news.example.com')).toEqual({ active: true, why: 'listed' });
    expect(siteStatus(listed, 'other.net')).toEqual({ active: false, why: 'not-listed' });
    expect(siteStatus(listed, 'blog.example.com')).toEqual({ active: false, why: 'denied', by: 'blog.example.com' });
    expect(siteStatus(parseSettings({ enabled: false }), 'example.com')).toEqual({ active: false, why: 'disabled' });
    // Denied itself and through its parent: the parent is what keeps it off.
    expect(siteStatus(parseSettings({ denySites: ['news.example.org', 'example.org'] }), 'news.example.org')).toEqual({ active: false, why: 'denied', by: 'example.org' });
  });
  it('switches one site on or off with the same rule, leaving parent domains alone', () => {
    const listed = parseSettings({ scope: 'listed-sites', allowSites: ['a.com'] });
    const on = { ...listed, ...switchSite(listed, 'news.example', true) };
    expect(on.allowSites).toEqual(['a.com', 'news.example']);
    expect(siteStatus(on, 'news.example').active).toBe(true);
    const off = { ...on, ...switchSite(on, 'news.example', false) };
    expect(siteStatus(off, 'news.example')).toEqual({ active: false, why: 'denied', by: 'news.example' });
    const back = { ...off, ...switchSite(off, 'news.example', true) };
    expect(siteStatus(back, 'news.example').active).toBe(true);
    expect(back.allowSites).toEqual(['a.com', 'news.example']);
    // Every article: on only takes the site off the deny list.
    const all = parseSettings({ denySites: ['news.example', 'example.org'] });
    expect(switchSite(all, 'news.example', true)).toEqual({ allowSites: [], denySites: ['example.org'] });
    expect(siteStatus({ ...all, ...switchSite(all, 'a.example.org', true) }, 'a.example.org').active).toBe(false);
  });
  it('keys sites by host without www and ignores non-web URLs', () => {
    expect(siteOf('https://www.bbc.co.uk/news')).toBe('bbc.co.uk');
    expect(siteOf('chrome://extensions')).toBeUndefined();
  });
  it('turns what a reader types into a site key, and refuses what names no site', () => {
    expect(siteKey(' WWW.Example.org ')).toBe('example.org');
    expect(siteKey('https://news.example.org/world/1')).toBe('news.example.org');
    expect(siteKey('bücher.de')).toBe('xn--bcher-kva.de');
    expect(siteKey('')).toBeUndefined();
    expect(siteKey('not a site')).toBeUndefined();
    expect(siteKey('ftp://example.org')).toBeUndefined();
  });
  it('migrates version 1 site lists to site keys instead of dropping the whole list', () => {
    const v1 = { version: 1, enabled: true, denySites: ['www.BBC.co.uk', 'https://example.org/news', 'example.org', '???'], allowSites: 'junk' };
    const s = parseSettings(v1);
    expect(s.version).toBe(SETTINGS_VERSION);
    expect(s.denySites).toEqual(['bbc.co.uk', 'example.org']);
    expect(s.allowSites).toEqual([]);
    expect(isActiveOn(s, 'https://www.bbc.co.uk/news/1')).toBe(false);
    // A record without a version was written by version 1.
    expect(migrateSettings({ denySites: ['WWW.a.com'] }).denySites).toEqual(['a.com']);
  });
  it('does not migrate a current record again, and reads a newer one field by field', () => {
    expect(parseSettings({ version: SETTINGS_VERSION, denySites: ['www.a.com'] }).denySites).toEqual([]);
    const newer = parseSettings({ version: SETTINGS_VERSION + 1, mentions: 'first', futureField: 1 });
    expect(newer.mentions).toBe('first');
    expect(newer).not.toHaveProperty('futureField');
  });
});
