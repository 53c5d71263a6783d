// Titles before a name ("Foreign Minister Sergei Lavrov", "President Bush"): evidence for who is
// meant, checked against the roles the dataset says the person held on the article's date.
import type { LinkRecord, LinkRole as Role } from '../dataset/bundle';
import type { Tokens } from '../match/tokenize';
import { foldWord, tokenize } from '../match/tokenize';
import { within } from './dates';

/** The last word of a title phrase; the words before it (Foreign, Deputy Prime…) qualify it. */
export const TITLE_HEADS = new Set([
  'president', 'minister', 'secretary', 'chancellor', 'king', 'queen', 'prince', 'princess', 'emir', 'sheikh',
  'senator', 'sen', 'governor', 'gov', 'mayor', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson',
  'chairman', 'chairwoman', 'chair', 'leader', 'pope', 'ayatollah', 'commander', 'chief', 'director', 'premier',
  'general', 'gen', 'representative', 'rep', 'speaker', 'judge', 'justice', 'mullah', 'cardinal', 'archbishop',
  // "PM Modi", "MP Jess Phillips": the press's shorthand; then military, legislative and religious titles.
  'pm', 'mp', 'admiral', 'undersecretary', 'colonel', 'col', 'captain', 'capt', 'lieutenant', 'commissioner',
  'inspector', 'congressman', 'congresswoman', 'councillor', 'lawmaker', 'legislator', 'rabbi', 'imam',
  // Companies' officers: "Google CEO Sundar Pichai" is Google's chief executive, not a "Google CEO".
  'ceo', 'cfo', 'coo', 'founder', 'cofounder', 'chairperson',
]);
/** Words that narrow a title ("Foreign Minister", "Deputy Prime Minister") and may precede its head. */
export const TITLE_QUALIFIERS = new Set([
  'foreign', 'interior', 'defence', 'defense', 'finance', 'prime', 'deputy', 'vice', 'first', 'acting', 'special',
  'presidential', 'supreme', 'state', 'crown', 'grand', 'economy', 'economic', 'justice', 'health', 'trade', 'energy',
  'education', 'home', 'chief', 'executive', 'attorney', 'general', 'secretary', 'army', 'military', 'senior',
]);
/** Honorifics say "a person" but not which one. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'mullah', 'maulvi', 'mawlawi', 'sheikh', 'haji', 'alhaji', 'alhaja', 'hajia']);
/** Role words that the press says differently from the sources ("Interior Minister" = "Minister of Internal Affairs"). */
const SYNONYMS: Record<string, string[]> = {
  foreign: ['foreign', 'external'],
  interior: ['interior', 'internal', 'home'],
  home: ['interior', 'internal', 'home'],
  defence: ['defence', 'defense'],
  defense: ['defence', 'defense'],
  sen: ['senator'],
  gov: ['governor'],
  gen: ['general'],
  rep: ['representative'],
  pm: ['prime'],
  spokesman: ['spokesman', 'spokesperson', 'spokeswoman'],
  chairman: ['chairman', 'chair', 'chairwoman', 'chairperson'],
};
/** A role marked like this is a different office from the bare title ("Deputy Prime Minister" is not "Prime Minister"). */
const RANK_MARKERS = ['deputy', 'vice', 'first', 'alternate'];
/** How many words before the name a title may start. */
const MAX_TITLE_WORDS = 4;

export interface Title {
  /** Folded words of the title, qualifiers first. */
  words: string[];
  start: number;
  /** A capitalised word right before the title that may name its portfolio: "climate" in "Climate Minister". */
  portfolio?: string;
}

/** The title (if any) written right before token `first`: "Foreign Minister" in "Foreign Minister Sergei Lavrov". */
export function titleBefore(tokens: Tokens, first: number): Title | undefined {
  if (first < 1 || !TITLE_HEADS.has(tokens.key(first - 1)) || !adjacent(tokens, first - 1)) return undefined;
  let from = first - 1;
  while (from > 0 && first - from < MAX_TITLE_WORDS) {
    if (!TITLE_QUALIFIERS.has(tokens.key(from - 1)) || !adjacent(tokens, from - 1)) break;
    from--;
  }
  const before = from > 0 && adjacent(tokens, from - 1) && tokens.capitalised(from - 1) ? tokens.key(from - 1) : undefined;
  const portfolio = before !== undefined && !ARTICLES.has(before) ? before : undefined;
  return { words: tokens.keys(from, first), start: tokens.start(from), ...(portfolio ? { portfolio } : {}) };
}

/** "The Minister …" opening a sentence names no portfolio. */
const ARTICLES = new Set(['the', 'a', 'an']);

// Abbreviated titles and honorifics written with a dot ("Gen. Smith", "Mr. Lavrov"); after any other
// word a dot ends the sentence, so the next name is not titled by it.
const ABBREVIATIONS = new Set(['sen', 'gov', 'gen', 'rep', 'mr', 'mrs', 'ms', 'dr', 'st', 'lt', 'col', 'capt', 'sgt']);

/** Words a and a + 1 are one title-and-name phrase: only spaces between them, or an abbreviation's dot. */
function adjacent(tokens: Tokens, a: number): boolean {
  const gap = tokens.gap(a, a + 1);
  if (/^[ \t\u00a0]+$/.test(gap)) return true;
  return /^\.[ \t\u00a0]*$/.test(gap) && ABBREVIATIONS.has(tokens.key(a));
}

export function isHonorific(tokens: Tokens, first: number): boolean {
  return first > 0 && HONORIFICS.has(tokens.key(first - 1)) && adjacent(tokens, first - 1);
}

// Role titles are tokenised once per role object, not at every titled name of every article.
const roleWordCache = new WeakMap<object, Set<string>>();

function roleWords(role: Role): Set<string> {
  let words = roleWordCache.get(role);
  if (!words) roleWordCache.set(role, (words = new Set(tokenize(role.title).keys())));
  return words;
}

/**
 * The role of `entity` held on `date` that this title names, if any. Of several ("Climate Minister
 * Chris Bowen" on an undated page, where his immigration and climate ministries both fit "Minister"),
 * the one the word before the title names, else one still open.
 */
export function roleForTitle(entity: LinkRecord, title: Title, date: string | undefined): Role | undefined {
  const wanted = title.words.filter((w) => w !== 'acting');
  let best: Role | undefined;
  let bestRank = -1;
  for (const role of entity.roles) {
    if (!within(date, role.start, role.end)) continue;
    const words = roleWords(role);
    const all = wanted.every((w) => (SYNONYMS[w] ?? [w]).some((s) => words.has(foldWord(s))));
    const rankClash = RANK_MARKERS.some((m) => words.has(m) && !wanted.includes(m));
    if (!all || rankClash) continue;
    const rank = (title.portfolio !== undefined && words.has(title.portfolio) ? 2 : 0) + (role.end === undefined ? 1 : 0);
    if (rank > bestRank) [best, bestRank] = [role, rank];
  }
  return best;
}
