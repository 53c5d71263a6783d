// An article that spells a body out before giving its acronym ("the International Criminal Court
// (ICC)", "the Israeli Prison Service (IPS)") says what the acronym means there, whether or not the
// dataset knows it by that acronym or knows others by it. Every later "ICC" in that article is the
// body its spelt-out name was linked to.
import type { Basis } from './basis';
import type { Mention } from './index';

const DEFINED_ACRONYM: Basis = { kind: 'defined-acronym' };

/** The acronym in brackets right after the name, two to eight capitals: "Court (ICC)", "(UNCTAD)". */
const BRACKETED = /^\s*\(\s*(\p{Lu}{2,8})\s*\)/u;
/** Lower-case words an acronym may or may not take a letter from ("Bank of England", "Trade and Development"). */
const JOINERS = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'del', 'di', '&']);

/**
 * Whether `acronym` is the initials of `name`: of its words without joiners, or with them (a
 * hyphenated word gives a letter per part: "Non-Aligned Movement", NAM).
 */
export function initialsOf(name: string, acronym: string): boolean {
  const words = name.split(/[\s\u00a0\-\u2010\u2011]+/).filter(Boolean);
  const letters = (keep: (w: string) => boolean) =>
    words
      .filter(keep)
      .map((w) => w[0]!.toUpperCase())
      .join('');
  return letters((w) => !JOINERS.has(w.toLowerCase())) === acronym || letters(() => true) === acronym;
}

/**
 * Mentions of the acronyms the article defines for an organisation it links by name: the bracketed
 * acronym itself and each later occurrence, wherever no other mention stands. An acronym defined for
 * two different bodies in one article means neither for sure, and adds nothing.
 */
export function mentionsOfDefinedAcronyms(text: string, mentions: readonly Mention[], isOrganization: (id: string) => boolean): Mention[] {
  const defined = new Map<string, { at: number; mention: Mention } | null>();
  for (const m of mentions) {
    if (!isOrganization(m.entityId)) continue;
    const acronym = BRACKETED.exec(text.slice(m.end))?.[1];
    if (!acronym || !initialsOf(m.text, acronym)) continue;
    const had = defined.get(acronym);
    if (had === undefined) defined.set(acronym, { at: m.end, mention: m });
    else if (had && had.mention.entityId !== m.entityId) defined.set(acronym, null);
  }
  const out: Mention[] = [];
  const taken = (start: number, end: number) => mentions.some((m) => m.start < end && start < m.end);
  for (const [acronym, definition] of defined) {
    if (!definition) continue;
    const word = new RegExp(`(?<![\\p{L}\\p{N}])${acronym}(?![\\p{L}\\p{N}])`, 'gu');
    word.lastIndex = definition.at;
    for (let hit = word.exec(text); hit; hit = word.exec(text)) {
      const start = hit.index;
      const end = start + acronym.length;
      if (taken(start, end)) continue;
      const { entityId, confidence } = definition.mention;
      out.push({ start, end, text: acronym, entityId, confidence, basis: DEFINED_ACRONYM });
    }
  }
  return out;
}
