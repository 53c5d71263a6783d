// The article's cast: who is named, how often, in the order a reader meets them. Shared by the
// in-page cast panel, the toolbar popup and the trainer view.
import type { EntityRef, MentionView, UnknownView } from './messages';

export type CastEntry = { entity: EntityRef; count: number; firstStart: number };
export type UnknownEntry = { text: string; kind: UnknownView['kind']; count: number };

const TYPE_ORDER: Record<EntityRef['type'], number> = { person: 0, organization: 1, country: 2, place: 3 };

/** Highlight and settings categories: places (cities, regions) go with countries. */
export type Category = 'person' | 'organization' | 'country';
export const categoryOf = (type: EntityRef['type']): Category => (type === 'place' ? 'country' : type);

export function castOf(mentions: Pick<MentionView, 'entity' | 'start'>[]): CastEntry[] {
  const byId = new Map<string, CastEntry>();
  for (const m of mentions) {
    const entry = byId.get(m.entity.id);
    if (entry) {
      entry.count++;
      entry.firstStart = Math.min(entry.firstStart, m.start);
    } else byId.set(m.entity.id, { entity: m.entity, count: 1, firstStart: m.start });
  }
  return [...byId.values()].sort((a, b) => TYPE_ORDER[a.entity.type] - TYPE_ORDER[b.entity.type] || a.firstStart - b.firstStart);
}

export function unknownOf(unknown: Pick<UnknownView, 'text' | 'kind'>[]): UnknownEntry[] {
  const byText = new Map<string, UnknownEntry>();
  for (const u of unknown) {
    const entry = byText.get(u.text);
    if (entry) entry.count++;
    else byText.set(u.text, { text: u.text, kind: u.kind, count: 1 });
  }
  return [...byText.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}

/** "2021-10-20" → "20 Oct 2021"; partial dates keep their precision ("2004", "Sep 2021"). */
export function formatDate(iso: string, locale = 'en-GB'): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y) return iso;
  if (!m) return String(y);
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = d ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' } : { month: 'short', year: 'numeric', timeZone: 'UTC' };
  return date.toLocaleDateString(locale, options);
}
