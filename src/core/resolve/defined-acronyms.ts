// An article that spells an acronym out says what it means there: "the National Police Agency (NPA)"
// or "Isis (Institute of Strategic and International Studies)" is not the New People's Army or the
// Islamic State, "the United Democratic Alliance (UDA)" not a foreign abbreviation of
// the United States. Such an acronym links, anywhere in that article, only to an entity that the
// spelt-out name is a name of, however well known the others that bear it.
import type { LinkRecord } from '../dataset/bundle';
import type { ScanResult } from '../match/load';
import { tokenize, type Tokens } from '../match/tokenize';

/** Lower-case words that may stand inside a spelt-out name ("Bank of England", "Food and Agriculture"). */
const NAME_JOINERS = new Set(['of', 'and', 'for', 'the', 'on', 'de', 'du', 'des', 'la', 'le', 'del', 'di']);
/** A spelt-out name is at least this many words: one capitalised word before brackets is a place or a name, not an expansion. */
const MIN_EXPANSION_WORDS = 2;
const OPENING = /^\s*\(\s*$/;
const CLOSING = /^\s*\)/;
/** Spaces, a hyphen, or a possessive ending ("Supreme People's Procuratorate") between two words of one name. */
const WORD_GAP = /^(?:['\u2019]s?)?(?:[ \t\u00a0]+|[ \t\u00a0]*[-\u2010\u2011][ \t\u00a0]*)$/;

/**
 * Words are compared by their first letters, so that spellings of one name meet ("Organisation" and
 * "Organization", "Labour" and "Labor", "Africa" and "African") while different words ("Court" and
 * "Commerce", "Police" and "People's") stay apart.
 */
const STEM_LENGTH = 4;

/** The content words of a name, cut to their stems: "the Democratic Republic of Congo" → demo, repu, cong. */
const stems = (keys: string[]) => keys.filter((k) => !NAME_JOINERS.has(k)).map((k) => k.slice(0, STEM_LENGTH));

/** The capitalised words right before word `end` (joiners allowed inside), as [first, end). */
function nameBefore(tokens: Tokens, end: number): number {
  let first = end;
  while (first > 0 && (first === end || WORD_GAP.test(tokens.gap(first - 1, first)))) {
    const i = first - 1;
    if (!tokens.capitalised(i) && !NAME_JOINERS.has(tokens.key(i))) break;
    first = i;
  }
  while (first < end && !tokens.capitalised(first)) first++;
  return first;
}

/** What stands after word i: the gap to the next word, or the rest of the text after the last. */
function textAfter(tokens: Tokens, i: number): string {
  return i + 1 < tokens.length ? tokens.gap(i, i + 1) : tokens.text.slice(tokens.end(i));
}

/** The capitalised words from word `first` on (joiners allowed inside) that a closing bracket ends, as their end; else `first`. */
function nameInBrackets(tokens: Tokens, first: number): number {
  let end = first;
  while (end < tokens.length && (tokens.capitalised(end) || (end > first && NAME_JOINERS.has(tokens.key(end))))) {
    const after = textAfter(tokens, end);
    end++;
    if (CLOSING.test(after)) return tokens.capitalised(end - 1) ? end : first;
    if (!WORD_GAP.test(after)) break;
  }
  return first;
}

/**
 * Whether the spelt-out words end the way one of the entity's names ends, over at least two words (the
 * text may put other words before: "South Africa's National Prosecuting Authority", "UN Environment
 * Programme" for "United Nations Environment Programme"), or spell the same letters ("Non-Aligned
 * Movement" for "Nonaligned Movement").
 */
function isNameOf(entity: LinkRecord, expansion: string[]): boolean {
  const spelt = stems(expansion);
  const letters = spelt.length && expansion.filter((k) => !NAME_JOINERS.has(k)).join('');
  return [entity.name, ...entity.aliases.map((a) => a.name)].some((name) => {
    const keys = tokenize(name).keys().filter((k) => !NAME_JOINERS.has(k));
    if (keys.join('') === letters) return true;
    const own = keys.map((k) => k.slice(0, STEM_LENGTH));
    const tail = (xs: string[], k: number) => xs.slice(-k).join(' ');
    return own.length >= MIN_EXPANSION_WORDS && spelt.length >= MIN_EXPANSION_WORDS && tail(own, MIN_EXPANSION_WORDS) === tail(spelt, MIN_EXPANSION_WORDS);
  });
}

/** "the National Police Agency (NPA)": the words before an acronym in brackets. */
function spelledBefore(tokens: Tokens, m: ScanResult['matches'][number]): string[] | undefined {
  if (m.first === 0) return undefined;
  const after = textAfter(tokens, m.end - 1);
  // Only a bracket between: "(NPA)" right after "Agency", not after "said on Monday,".
  if (!OPENING.test(tokens.gap(m.first - 1, m.first)) || !CLOSING.test(after)) return undefined;
  const first = nameBefore(tokens, m.first);
  return m.first - first < MIN_EXPANSION_WORDS ? undefined : tokens.keys(first, m.first);
}

/** "Isis (Institute of Strategic and International Studies)": the words in brackets after an acronym. */
function spelledAfter(tokens: Tokens, m: ScanResult['matches'][number]): string[] | undefined {
  if (m.end >= tokens.length || !OPENING.test(tokens.gap(m.end - 1, m.end))) return undefined;
  const end = nameInBrackets(tokens, m.end);
  return end - m.end < MIN_EXPANSION_WORDS ? undefined : tokens.keys(m.end, end);
}

/** A name in brackets is spelt out only if one of its words starts as the acronym does: not a dateline ("NICARAGUA (EFE)"). */
function mayExpand(expansion: string[], acronym: string): boolean {
  const initial = acronym[0]?.toLowerCase();
  return expansion.some((k) => k[0] === initial);
}

/**
 * The acronyms (as written) that this article spells out, each with the entities it may stand for
 * there: those that the spelt-out name is a name of, and none when it names no entity the acronym is
 * known for (every occurrence then stays unlinked). Spelt out twice, it stands only for what both
 * spellings name.
 */
export function acronymsDefined(scan: ScanResult, entity: (id: string) => LinkRecord | undefined): Map<string, ReadonlySet<string>> {
  const out = new Map<string, ReadonlySet<string>>();
  const { tokens } = scan;
  for (const m of scan.matches) {
    if (!m.entries.some((e) => e.acronym)) continue;
    const expansion = spelledBefore(tokens, m) ?? spelledAfter(tokens, m);
    if (!expansion) continue;
    const written = tokens.span(m.first, m.end);
    if (!mayExpand(expansion, written)) continue;
    const named = new Set(
      m.entries.filter((e) => {
        const target = e.acronym ? entity(e.entityId) : undefined;
        return target !== undefined && isNameOf(target, expansion);
      }).map((e) => e.entityId),
    );
    const before = out.get(written);
    out.set(written, before ? new Set([...named].filter((id) => before.has(id))) : named);
  }
  return out;
}
