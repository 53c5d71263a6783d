// The linker: article text in, mentions of known entities and names the dataset lacks out. Pure and
// synchronous; the matcher and the entity lookup are passed in, so the same code runs in the
// extension's background, the CLI and the tests.
import type { LinkRecord } from '../dataset/bundle';
import type { Matcher } from '../match/load';
import { type Mention, resolve } from '../resolve/index';
import { findUnknown, type UnknownName } from '../resolve/unknown';

export type { Mention } from '../resolve/index';
export type { UnknownName } from '../resolve/unknown';

/**
 * Languages whose capitalisation the unknown-name heuristics understand. German capitalises every noun,
 * so a run of capitals there says nothing about names.
 */
const UNKNOWN_NAME_LANGUAGES = ['en'];

const ISO_DAY = /^\d{4}(-\d{2}(-\d{2})?)?/;

export interface LinkInput {
  text: string;
  /** The article's publication date (ISO); roles and ambiguous names are judged as of it. */
  date?: string;
  language?: string;
}

export interface LinkDeps {
  matcher: Matcher;
  entity(id: string): LinkRecord | undefined;
}

export function linkText(input: LinkInput, deps: LinkDeps): { mentions: Mention[]; unknown: UnknownName[] } {
  const scan = deps.matcher.scan(input.text);
  // Roles and lives are dated to the day at most: "2021-10-20T18:42:00+03:00" is judged as 2021-10-20.
  const date = input.date && ISO_DAY.test(input.date) ? input.date.slice(0, 10) : undefined;
  const lang = input.language?.toLowerCase().split('-')[0];
  const { mentions, known } = resolve(scan, date, (id) => deps.entity(id), lang);
  const unknown = lang === undefined || UNKNOWN_NAME_LANGUAGES.includes(lang) ? findUnknown(scan.tokens, [...mentions, ...known], deps.matcher) : [];
  return { mentions, unknown };
}
