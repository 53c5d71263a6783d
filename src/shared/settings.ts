// Stored settings cross a trust boundary (storage.sync can hold values written by an older or
// newer version, or edited by hand), so they are first migrated from the version they were written
// by, then parsed field by field: one bad value falls back to its default without throwing away
// the others.
import * as z from 'zod/mini';

/**
 * 1: what shipped first. 2: site lists hold site keys (see `siteKey`) instead of any string, because
 * a stored "www.example.org" or "https://example.org/" never matched a page and silently did nothing.
 */
export const SETTINGS_VERSION = 2;

/** The longest DNS name. */
const MAX_HOST_CHARS = 253;
/** storage.sync allows 8 KB per item; a thousand sites per list stays well inside it. */
const MAX_SITES = 1000;

/** A host as `siteOf` gives it for a page: lower case, punycode, without "www.". */
const SITE_KEY = /^(?!www\.)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;
const SiteList = z.array(z.string().check(z.maxLength(MAX_HOST_CHARS), z.regex(SITE_KEY))).check(z.maxLength(MAX_SITES));

/** Hover delay bounds in ms: past three seconds a reader has given up waiting for the popover. */
export const HOVER_DELAY_RANGE = { min: 0, max: 3000 } as const;

const Categories = z.object({ person: z.boolean(), organization: z.boolean(), country: z.boolean() });

const fields = {
  enabled: z.boolean(),
  /** Run on every detected article, or only on the sites listed in `allowSites`. */
  scope: z.enum(['all-articles', 'listed-sites']),
  allowSites: SiteList,
  /** Exceptions: never run here, whatever the scope says. */
  denySites: SiteList,
  categories: Categories,
  popoverTrigger: z.enum(['hover', 'click', 'modifier-hover']),
  hoverDelayMs: z.int().check(z.gte(HOVER_DELAY_RANGE.min), z.lte(HOVER_DELAY_RANGE.max)),
  highlightStyle: z.enum(['underline', 'tint']),
  mentions: z.enum(['all', 'first']),
} as const;

export type Settings = { [K in keyof typeof fields]: z.infer<(typeof fields)[K]> } & { version: number };

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  enabled: true,
  scope: 'all-articles',
  allowSites: [],
  denySites: [],
  categories: { person: true, organization: true, country: true },
  popoverTrigger: 'hover',
  // Long enough that moving the pointer across a line of text does not flash popovers.
  hoverDelayMs: 350,
  highlightStyle: 'underline',
  mentions: 'all',
};

type Raw = Record<string, unknown>;

/** Each step takes a record written by version `from` to the shape of version `from + 1`. */
const MIGRATIONS: Record<number, (raw: Raw) => Raw> = {
  1: (raw) => ({ ...raw, allowSites: siteKeys(raw.allowSites), denySites: siteKeys(raw.denySites) }),
};

/** Version 1 lists held whatever was typed; keep the entries that name a site, as site keys. */
function siteKeys(list: unknown): unknown {
  if (!Array.isArray(list)) return list;
  return [...new Set(list.flatMap((entry) => (typeof entry === 'string' ? (siteKey(entry) ?? []) : [])))];
}

/** Brings a stored record up to the current version. Records without a version are version 1. */
export function migrateSettings(raw: unknown): Raw {
  let record: Raw = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Raw) : {};
  const stored = record.version;
  let version = typeof stored === 'number' && Number.isInteger(stored) && stored >= 1 ? stored : 1;
  // A newer version's record is read as it is: its fields that still parse are kept.
  for (; version < SETTINGS_VERSION; version++) record = MIGRATIONS[version]!(record);
  return record;
}

export function parseSettings(raw: unknown): Settings {
  const record = migrateSettings(raw);
  const out = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
  for (const [key, schema] of Object.entries(fields)) {
    const parsed = schema.safeParse(record[key]);
    if (parsed.success) out[key] = parsed.data;
  }
  out.version = SETTINGS_VERSION;
  return out as Settings;
}

/** The site key settings are stored under: the host without a leading "www.". */
export function siteOf(url: string): string | undefined {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return undefined;
    return hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** What a reader typed as a site ("www.Example.org", "https://example.org/news") as a site key. */
export function siteKey(input: string): string | undefined {
  const text = input.trim();
  if (!text) return undefined;
  const key = siteOf(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  return key && SITE_KEY.test(key) && key.length <= MAX_HOST_CHARS ? key : undefined;
}

/**
 * Why Backstory does or does not run on a site: the one rule the content script and the popup's
 * site switch both follow. `by` names the deny-list entry (the site or a parent domain) that
 * switches it off.
 */
export type SiteStatus =
  | { active: true; why: 'all-articles' | 'listed' }
  | { active: false; why: 'disabled' | 'not-listed' }
  | { active: false; why: 'denied'; by: string };

/**
 * The broadest list entry covering a site (an entry covers its own site and every subdomain of
 * it): with both "example.org" and "news.example.org" denied, switching the subdomain alone back
 * on cannot help, and the parent is what the reader needs to hear about.
 */
const coveringEntry = (list: string[], site: string) =>
  list.filter((s) => site === s || site.endsWith(`.${s}`)).reduce<string | undefined>((broadest, s) => (!broadest || s.length < broadest.length ? s : broadest), undefined);

export function siteStatus(settings: Settings, site: string): SiteStatus {
  if (!settings.enabled) return { active: false, why: 'disabled' };
  const by = coveringEntry(settings.denySites, site);
  if (by) return { active: false, why: 'denied', by };
  if (settings.scope === 'all-articles') return { active: true, why: 'all-articles' };
  return coveringEntry(settings.allowSites, site) ? { active: true, why: 'listed' } : { active: false, why: 'not-listed' };
}

export function isActiveOn(settings: Settings, url: string): boolean {
  const site = siteOf(url);
  return !!site && siteStatus(settings, site).active;
}

/**
 * The list changes that switch one site on or off, and nothing else: on takes the site off the
 * deny list and, where only listed sites run, puts it on the allow list. A parent domain on the
 * deny list is left alone (it speaks for its other subdomains too), so the site stays off.
 */
export function switchSite(settings: Settings, site: string, on: boolean): Pick<Settings, 'allowSites' | 'denySites'> {
  const { allowSites, denySites } = settings;
  if (!on) return { allowSites, denySites: [...new Set([...denySites, site])] };
  const allowed = settings.scope === 'listed-sites' && !coveringEntry(allowSites, site) ? [...allowSites, site] : allowSites;
  return { allowSites: allowed, denySites: denySites.filter((s) => s !== site) };
}
