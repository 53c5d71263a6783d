// The linker: article text in, mentions of known entities and names the dataset lacks out. Pure and
// synchronous; the matcher and the entity lookup are passed in, so the same code runs in the
// extension's background, the CLI and the tests.
import type { LinkRecord } from '../dataset/bundle';
import type { Matcher } from '../match/load';
import { foldWord } from '../match/tokenize';
import { isPartialName } from '../resolve/basis';
import { type Mention, resolve } from '../resolve/index';
import { siteCountryCode } from '../resolve/site-country';
import { findUnknown, type UnknownName } from '../resolve/unknown';

export type { Mention } from '../resolve/index';
export type { UnknownName } from '../resolve/unknown';

/**
 * Languages whose capitalisation the unknown-name heuristics understand. German capitalises every noun,
 * so a run of capitals there says nothing about names.
 */
const UNKNOWN_NAME_LANGUAGES = ['en'];

/** Initials written together: "KB", "K.B.", "J." */
const INITIALS = /^(?:\p{Lu}\.?){1,3}$/u;

const ISO_DAY = /^\d{4}(-\d{2}(-\d{2})?)?/;

export interface LinkInput {
  text: string;
  /** The article's publication date (ISO); roles and ambiguous names are judged as of it. */
  date?: string;
  language?: string;
  /** The page's host name ("www.iol.co.za"): its country-code domain may say which country the report is from. */
  site?: string;
}

export interface LinkDeps {
  matcher: Matcher;
  entity(id: string): LinkRecord | undefined;
  /** The country entity of an ISO code (`countryCodes` in dataset/bundle.ts): without it a site's domain is not read. */
  countryOfCode?(code: string): string | undefined;
}

export function linkText(input: LinkInput, deps: LinkDeps): { mentions: Mention[]; unknown: UnknownName[] } {
  const scan = deps.matcher.scan(input.text);
  // Roles and lives are dated to the day at most: "2021-10-20T18:42:00+03:00" is judged as 2021-10-20.
  const date = input.date && ISO_DAY.test(input.date) ? input.date.slice(0, 10) : undefined;
  const lang = input.language?.toLowerCase().split('-')[0];
  const code = input.site !== undefined ? siteCountryCode(input.site) : undefined;
  const siteCountry = code !== undefined ? deps.countryOfCode?.(code) : undefined;
  const { mentions, known } = resolve(scan, date, (id) => deps.entity(id), lang, siteCountry);
  const unknown = lang === undefined || UNKNOWN_NAME_LANGUAGES.includes(lang) ? findUnknown(scan.tokens, [...mentions, ...known], deps.matcher) : [];
  return { mentions: withoutSharedNameParts(mentions, unknown), unknown };
}

/**
 * A surname or given name is linked because the article named its bearer in full ("Han" after Han
 * Duck-soo); when the article also names in full someone the dataset lacks who shares it ("Justice
 * Minister Han Dong-hoon"), the word names either of them, and is left unlinked.
 */
function withoutSharedNameParts(mentions: Mention[], unknown: UnknownName[]): Mention[] {
  const fold = (text: string) => text.split(/\s+/).map(foldWord).join(' ');
  // A name linked elsewhere in the article and left unlinked in one place ("— Rick Santorum" under a
  // quote) is the same person, not a namesake.
  let linked: Set<string> | undefined;
  const parts = new Set<string>();
  for (const u of unknown) {
    if (u.kind !== 'person') continue;
    if ((linked ??= new Set(mentions.map((m) => fold(m.text)))).has(fold(u.text))) continue;
    // "Dr KB Hedgewar" is Keshav Baliram Hedgewar with initials, not a namesake.
    const words = u.text.split(/\s+/).filter((w) => !INITIALS.test(w));
    if (words.length > 1) parts.add(foldWord(words[0]!)).add(foldWord(words[words.length - 1]!));
  }
  if (parts.size === 0) return mentions;
  return mentions.filter((m) => !(isPartialName(m.basis) && parts.has(foldWord(m.text))));
}
