// The country a news site's address names: "www.iol.co.za" is a South African paper's, "rnz.co.nz"
// New Zealand's. A report there that never names its own country ("Parliament voted on Tuesday") is
// about that country more often than not, so the address decides a generic body's country when the
// text does not (article-country.ts).

/**
 * Country-code domains sold worldwide as brands (.co for "company", .io, .tv, .fm, .ai, .me, .ly for
 * "-ly"), and codes that are no country (.eu, .su): they say nothing about where a site reports from.
 */
const BRAND_DOMAINS = new Set(['ac', 'ad', 'ag', 'ai', 'am', 'as', 'bz', 'cc', 'cd', 'co', 'dj', 'eu', 'fm', 'gg', 'im', 'io', 'la', 'ly', 'me', 'ms', 'nu', 'sh', 'st', 'su', 'tk', 'to', 'tv', 'vc', 'ws']);
const CC_DOMAIN = /^[a-z]{2}$/;

/** The ISO 3166 code of the country a host's country-code domain names ("uk" is GB), if any. */
export function siteCountryCode(host: string): string | undefined {
  const tld = host.toLowerCase().replace(/\.$/, '').split('.').pop() ?? '';
  if (!CC_DOMAIN.test(tld) || BRAND_DOMAINS.has(tld)) return undefined;
  return tld === 'uk' ? 'GB' : tld.toUpperCase();
}
