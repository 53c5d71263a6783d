// Publication dates as pages write them, turned into ISO 8601. Machine-readable values keep their
// time and offset (the article's own clock); dates read from visible text become a plain date.

const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Earliest and latest years a news page plausibly carries; anything else is a parsing accident. */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDate(y: number, m: number, d: number): boolean {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function isoFrom(m: RegExpMatchArray): string | undefined {
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!validDate(y, mo, d)) return undefined;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (m[4] === undefined) return date;
  const offset = m[7] === undefined ? '' : m[7] === 'Z' ? 'Z' : m[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  return `${date}T${m[4]}:${m[5]}:${m[6] ?? '00'}${offset}`;
}

/** Normalise a machine-readable date (meta content, datetime attribute, JSON-LD value). */
export function normaliseDate(raw: string | undefined | null): string | undefined {
  if (!raw) return undefined;
  const s = raw.trim();
  const iso = s.match(ISO_LIKE) ?? s.match(COMPACT);
  if (iso) return isoFrom(iso);
  if (/^\d{9,13}$/.test(s)) {
    // Epoch seconds or milliseconds (some CMSes put these in meta tags).
    const ms = s.length > 10 ? Number(s) : Number(s) * 1000;
    return fromTimestamp(ms);
  }
  // Written-out dates keep only the day: Date.parse would invent a midnight in the machine's zone.
  return parseDateText(s);
}

function fromTimestamp(ms: number): string | undefined {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  if (Number.isNaN(ms) || y < MIN_YEAR || y > MAX_YEAR) return undefined;
  return d.toISOString().replace('.000Z', 'Z');
}

/** Month names in the languages most of our pages use, by their first letters. */
const MONTHS: ReadonlyArray<[RegExp, number]> = [
  [/^(?:jan|jän|ene|gen)/, 1], [/^(?:feb|fév|fev)/, 2], [/^(?:mar|mär|mrz)/, 3], [/^(?:apr|avr|abr)/, 4],
  [/^(?:may|mai|mag|mayo)/, 5], [/^(?:jun|juin|giu)/, 6], [/^(?:jul|juil|lug)/, 7], [/^(?:aug|aoû|aou|ago)/, 8],
  [/^(?:sep|set)/, 9], [/^(?:oct|okt|ott)/, 10], [/^(?:nov)/, 11], [/^(?:dec|dez|déc|dic)/, 12],
];

function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  for (const [re, n] of MONTHS) if (re.test(w)) return n;
  return undefined;
}

const MONTH_DAY_YEAR = /\b(\p{L}{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(\d{4})\b/u;
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:\.|st|nd|rd|th)?\s+(?:de\s+)?(\p{L}{3,10})\.?\s+(?:de\s+)?(\d{4})\b/u;
const NUMERIC_DMY = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;
const NUMERIC_YMD = /\b(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})\b/;

/** A date written for readers ("Oct 20, 2021", "20. Oktober 2021", "20.10.2021") as YYYY-MM-DD. */
export function parseDateText(text: string): string | undefined {
  const tries: Array<() => [number, number, number] | undefined> = [
    () => {
      const m = text.match(NUMERIC_YMD);
      return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
    },
    () => {
      const m = text.match(MONTH_DAY_YEAR);
      const mo = m ? monthNumber(m[1]!) : undefined;
      return m && mo ? [Number(m[3]), mo, Number(m[2])] : undefined;
    },
    () => {
      const m = text.match(DAY_MONTH_YEAR);
      const mo = m ? monthNumber(m[2]!) : undefined;
      return m && mo ? [Number(m[3]), mo, Number(m[1])] : undefined;
    },
    () => {
      const m = text.match(NUMERIC_DMY);
      return m ? [Number(m[3]), Number(m[2]), Number(m[1])] : undefined;
    },
  ];
  for (const attempt of tries) {
    const ymd = attempt();
    if (ymd && validDate(...ymd)) return `${ymd[0]}-${pad(ymd[1])}-${pad(ymd[2])}`;
  }
  return undefined;
}

const URL_DATE = /\/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=[/_-]|\D|$)/;

/** A date in a URL path ("/2021/10/20/slug", "/20211020-slug"). */
export function dateFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m = url.match(URL_DATE);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return validDate(y, mo, d) ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}
