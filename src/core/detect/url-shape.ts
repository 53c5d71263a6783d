// What a URL's path says about the page. Article URLs carry a slug, a long id or a date; home pages,
// section fronts and legal pages have short, generic paths. Only a hint: weighed with the rest.

import { dateFromUrl } from './dates';

export type UrlShape = 'article' | 'home' | 'front' | 'legal' | 'shop' | 'forum' | 'neutral';

/** A slug of at least this many words is a headline turned into a path ("kremlin-urges-taliban-..."). */
const SLUG_MIN_WORDS = 4;
/** Numeric ids at least this long identify one story in most CMSes (e.g. "/14848164.php", "/a/30657941"). */
const STORY_ID_MIN_DIGITS = 6;

// Legal and service pages are long, well-formed prose with low link density: the classic false
// positive of any text-density detector. They are recognised by name, in the languages we see most.
const LEGAL_STEMS = [
  'privacy', 'datenschutz', 'datenschutzerklaerung', 'datenschutzhinweise', 'impressum', 'imprint', 'terms', 'legal', 'agb', 'nutzungsbedingungen', 'cookie',
  'cookies', 'disclaimer', 'about-us', 'aboutus', 'ueber-uns', 'uber-uns', 'kontakt', 'contact', 'contacts',
  'mentions-legales', 'aviso-legal', 'privacidad', 'confidentialite', 'help', 'faq', 'hilfe', 'support', 'careers',
  'jobs', 'karriere-bei', 'sitemap', 'login', 'register', 'account', 'subscribe', 'abo', 'newsletter',
];
// The stem alone or with a short tail ("privacy-policy", "terms-of-use", "datenschutzerklaerung-198"),
// not a headline slug that starts with the word ("privacy-law-passes-the-senate").
const LEGAL_SEGMENT = new RegExp(`^(?:${LEGAL_STEMS.join('|')})(?:$|[-_.][\\w-]{0,12}$)`);

// The same pages recognised by their headline, for sites whose legal URLs carry long slugs.
const LEGAL_TITLE =
  /^(?:impressum|imprint|datenschutz\S*|privacy(?: policy| notice| statement)?|terms(?: of (?:use|service))?|legal notice|cookie policy|agb|nutzungsbedingungen|allgemeine geschäftsbedingungen|mentions légales|aviso legal|política de privacidad)\b/i;

export function isLegalTitle(title: string | undefined): boolean {
  return title !== undefined && LEGAL_TITLE.test(title.trim());
}

const SHOP_SEGMENTS = /^(?:dp|gp|product|products|produkt|produkte|p|item|items|itm|shop|store|cart|buy|sku|artikelnummer)$/;
/** An ISBN-13 (978/979 and ten more digits, hyphens allowed) addresses a book edition: its catalogue or shop page. */
const ISBN_SEGMENT = /^97[89](?:-?\d){10}$/;

/** Discussion threads, Q&A pages and social posts ("/status/<id>"): comments or posts, not articles. */
const FORUM_SEGMENTS = /^(?:comments|forum|forums|thread|threads|questions|qa|answers|discussion|discussions|showthread|viewtopic|status|statuses)$/;

const FRONT_SEGMENTS = /^(?:index|home|start|startseite|news|nachrichten|latest|topics?|tags?|themen?|thema|category|categories|kategorie|section|rubrik|ressort|archive|archiv|search|suche|page|seite|author|autor|authors)$/;

/** A query parameter naming one story by number ("?idx=8576", "?story_id=44233864", "?p=1234"). */
const STORY_QUERY = /[?&](?:\w*_)?(?:id|idx|no|nid|aid|seq|article|story|p)=\d{4,}(?:&|$)/i;
/**
 * Story-addressing parameters of older and smaller CMSes, named for the story ("?newsid=6486285",
 * "?storyid=504", TYPO3's "tx_ttnews[tt_news]=477") or carrying the id in the key (SPIP's
 * "?article8532"). A story word in the name makes a short id enough.
 */
const STORY_NAMED_QUERY = /(?:^|[?&;\]\[])(?:\w*(?:news|story|article|artikel|beitrag|post)\w*\]?=|(?:article|artikel|news|story)(?=\d))\d{3,}(?:[&;]|$)/i;

/** Path words under which a CMS files one story by its id ("/article/3834/1", "/archives/2562", "/news/articles/clymn8zyrp9o"). */
const STORY_WORDS = /^(?:a|article|articles|artikel|archives|story|stories|post|posts|news|nachricht|nachrichten|meldung|beitrag|contents?|detail|view|read|lesen)$/;
/** Letters-and-digits story codes ("clymn8zyrp9o", "ast1f4445t1futil02sm") are at least this long; shorter ones are words like "mp3" or "h264". */
const STORY_CODE_MIN_CHARS = 8;
/** An id after a story word: three or more digits (not a year: "/news/2019" is that year's archive), or letters and digits mixed. */
function isStoryId(segment: string): boolean {
  if (/^(?:19|20)\d{2}$/.test(segment)) return false;
  if (/^\d{3,}$/.test(segment)) return true;
  return segment.length >= STORY_CODE_MIN_CHARS && /^[a-z0-9]+$/.test(segment) && (segment.match(/\d/g) ?? []).length >= 2 && /[a-z]/.test(segment);
}

/**
 * Chinese, Japanese, Korean and Thai headlines become slugs without word separators; this many
 * of their characters (a short headline) make one.
 */
const SPACELESS_SLUG_MIN_CHARS = 6;
const SPACELESS_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu;

/**
 * A story filed under its year and month ("/journal/2019/01/80642", "/2018/10/actress-is-back.html"):
 * the permalink shape of WordPress and many news CMSes. The year and month alone ("/2019/01/") are
 * that month's archive, and so is a page of it ("/2019/01/page/2").
 */
function isFiledByMonth(segments: string[]): boolean {
  for (let i = 0; i + 2 < segments.length; i++) {
    if (/^(?:19|20)\d{2}$/.test(segments[i]!) && /^(?:0[1-9]|1[0-2])$/.test(segments[i + 1]!) && !FRONT_SEGMENTS.test(segments[i + 2]!)) return true;
  }
  return false;
}

function pathSegments(url: URL): string[] {
  return url.pathname
    .split('/')
    .map((s) => decodeSafe(s).toLowerCase().replace(/\.(?:s?html?|php|aspx?|jsp|cms)$/, ''))
    .filter((s) => s.length > 0);
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function looksLikeStory(segment: string): boolean {
  const words = segment.split(/[-_+]+/).filter((w) => /\p{L}{2,}/u.test(w));
  if (words.length >= SLUG_MIN_WORDS) return true;
  if ((segment.match(SPACELESS_SCRIPT) ?? []).length >= SPACELESS_SLUG_MIN_CHARS) return true;
  const digits = segment.match(/\d+/g) ?? [];
  return digits.some((d) => d.length >= STORY_ID_MIN_DIGITS);
}

/** Parameters holding what a reader typed into a search box, not a page's own address. */
const SEARCH_PARAMS = /^(?:q|query|s|search|suche|keywords?|term|text|k)$/i;
/** A headline slug as a query value: its parts, numbers included ("Steam-May-2019-Numbers"). */
const QUERY_SLUG = /^[\p{L}\p{N}]+(?:[-_+][\p{L}\p{N}]+){3,}$/u;

/** The query names one story: by a story id, or by a headline slug as a value ("?px=Steam-May-2019-Numbers"). */
function isStoryQuery(search: string): boolean {
  const decoded = decodeSafe(search);
  if (STORY_QUERY.test(decoded) || STORY_NAMED_QUERY.test(decoded)) return true;
  return search.slice(1).split('&').some((pair) => {
    const eq = pair.indexOf('=');
    return eq > 0 && !SEARCH_PARAMS.test(pair.slice(0, eq)) && QUERY_SLUG.test(decodeSafe(pair.slice(eq + 1)));
  });
}

export function urlShape(href: string | undefined): UrlShape {
  if (!href) return 'neutral';
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return 'neutral';
  }
  if (!/^https?:$/.test(url.protocol)) return 'neutral';
  const segments = pathSegments(url);
  // "/blog/privacy-technology/facebook-is-tracking-me" is a story filed under a privacy section.
  if (segments.some((s) => LEGAL_SEGMENT.test(s)) && !segments.some(looksLikeStory)) return 'legal';
  if (segments.some((s) => SHOP_SEGMENTS.test(s) || ISBN_SEGMENT.test(s))) return 'shop';
  if (segments.some((s) => FORUM_SEGMENTS.test(s))) return 'forum';
  if (
    segments.some(looksLikeStory) || segments.some((s, i) => i > 0 && STORY_WORDS.test(segments[i - 1]!) && isStoryId(s)) ||
    isStoryQuery(url.search) || dateFromUrl(href) || isFiledByMonth(segments)
  ) return 'article';
  if (segments.length === 0) return 'home';
  // Sections are one or two plain words ("/politik", "/news/world/", "/themen/arbeit"); a two-word
  // path without a trailing slash or a listing word may be a short story slug, so it stays neutral.
  const plainWords = segments.length <= 2 && segments.every((s) => /^\p{L}+$/u.test(s));
  const listingWord = segments.some((s) => FRONT_SEGMENTS.test(s));
  if (plainWords && (segments.length === 1 || url.pathname.endsWith('/') || listingWord)) return 'front';
  return 'neutral';
}
