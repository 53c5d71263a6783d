// Reads the Factbook country profiles of one snapshot and finds each profile's ISO 3166 code.
// The JSON is keyed by the Factbook's own GEC codes; the internet country code field is the ISO
// alpha-2 code for nearly every country, except the UK's historical ".uk".
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface FactbookProfile {
  iso: string;
  gec: string;
  data: Record<string, Record<string, unknown>>;
}

const TLD_TO_ISO: Record<string, string> = { UK: 'GB' };

export function readFactbook(dir: string, isoCodes: Set<string>): FactbookProfile[] {
  const out: FactbookProfile[] = [];
  for (const region of readdirSync(dir).sort()) {
    if (region === 'meta') continue;
    for (const file of readdirSync(path.join(dir, region)).sort()) {
      if (!file.endsWith('.json')) continue;
      const data = JSON.parse(readFileSync(path.join(dir, region, file), 'utf8')) as FactbookProfile['data'];
      const tld = textOf(data['Communications']?.['Internet country code']);
      // "metropolitan France - .fr; French Guiana - .gf; …": the first code is the country's own.
      const code = /\.([a-z]{2})\b/.exec(tld ?? '')?.[1]?.toUpperCase();
      const iso = code ? (TLD_TO_ISO[code] ?? code) : undefined;
      if (iso && isoCodes.has(iso) && !out.some((p) => p.iso === iso)) out.push({ iso, gec: file.replace(/\.json$/, ''), data });
    }
  }
  return out;
}

/** Factbook fields are `{ text: "..." }`, sometimes with HTML entities and <br>. */
export function textOf(field: unknown): string | undefined {
  if (!field || typeof field !== 'object' || !('text' in field)) return undefined;
  const t = (field as { text: unknown }).text;
  if (typeof t !== 'string') return undefined;
  return decodeEntities(t.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** HTML's accented-letter entities ("&iacute;") are a letter plus a combining mark. */
const COMBINING: Record<string, string> = { acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', tilde: '\u0303', ring: '\u030A', cedil: '\u0327', caron: '\u030C' };

export function decodeEntities(s: string): string {
  s = s.replace(/&([a-zA-Z])(acute|grave|circ|uml|tilde|ring|cedil|caron);/g, (_m, l: string, mark: string) => (l + COMBINING[mark]).normalize('NFC'));
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”' };
  return s.replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return named[e.toLowerCase()] ?? m;
  });
}

/** The field at `keys` inside a profile ("Government", "Country name", "conventional short form"), if any. */
export function fieldAt(p: FactbookProfile, ...keys: string[]): unknown {
  let v: unknown = p.data;
  for (const k of keys) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}
