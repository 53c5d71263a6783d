// Stored settings cross a trust boundary (storage.sync can hold values written by an older or
// newer version, or edited by hand), so they are parsed field by field: one bad value falls back
// to its default without throwing away the others.
import { z } from 'zod';

export const SETTINGS_VERSION = 1;

const Categories = z.object({ person: z.boolean(), organization: z.boolean(), country: z.boolean() });

const fields = {
  enabled: z.boolean(),
  /** Run on every detected article, or only on the sites listed in `allowSites`. */
  scope: z.enum(['all-articles', 'listed-sites']),
  allowSites: z.array(z.string().max(253)).max(1000),
  denySites: z.array(z.string().max(253)).max(1000),
  categories: Categories,
  popoverTrigger: z.enum(['hover', 'click', 'modifier-hover']),
  hoverDelayMs: z.number().int().min(0).max(3000),
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

export function parseSettings(raw: unknown): Settings {
  const record: Record<string, unknown> = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
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

export function isActiveOn(settings: Settings, url: string): boolean {
  const site = siteOf(url);
  if (!settings.enabled || !site) return false;
  const listed = (list: string[]) => list.some((s) => site === s || site.endsWith(`.${s}`));
  if (listed(settings.denySites)) return false;
  return settings.scope === 'all-articles' || listed(settings.allowSites);
}
