// Alias rules shared by the organisation importers (appendix T, UN, OFAC).
import type { Alias, Provenance } from '../../../src/core/dataset/schema.js';
import { detectScript, isAcronym, titleCase } from '../lib/text.js';
import { alias } from '../model.js';

/**
 * Names that start with "the" ("The Base", "the Islamic Army") describe rather than name a group,
 * and collide with ordinary prose: they are kept, but never linked on their own.
 */
const DESCRIPTIVE = /^the\s/i;

/**
 * A list's government bodies go by names every government's bodies bear: North Korea's "Ministry of
 * National Defence" is listed as "Ministry of Defense" too, which is every country's. A body's name of
 * a few words after "Ministry of" (or Department, Office…) links only where the article is about its
 * country; a longer one ("Ministry of Culture and Islamic Guidance") is its own.
 */
const GENERIC_BODY = /^(?:the )?(?:ministry|department|directorate|office|bureau|secretariat) (?:of|for) (?:the )?\S+(?: \S+){0,2}$/i;

/** "AL-AQSA", "AL-QAIDA": list capitals of hyphenated words, not an acronym like "ISIL" or "AQAP". */
const HYPHENATED_WORDS = /\p{Lu}{2,}-\p{Lu}{2,}/u;

/** An Arabic article joined to a name ("al-Qaeda"). */
const ARABIC_ARTICLE = /^(al|ad|ash|an|as|at|ar|az)-/i;

/**
 * Words that say what kind of group something is and name none: an alias made of nothing else
 * ("People's Liberation Army", "Islamic Army", "Liberation Struggle") is what lists record as a
 * group's other name, but news uses the same words for other groups and for states' bodies (China's
 * People's Liberation Army had linked Shining Path, whose OFAC entry gives it as an alias).
 */
const KIND_OF_GROUP_WORDS = new Set([
  'people', 'peoples', 'popular', 'national', 'liberation', 'revolutionary', 'revolution', 'islamic', 'democratic',
  'army', 'front', 'guard', 'guards', 'movement', 'party', 'forces', 'force', 'armed', 'red', 'republican', 'socialist',
  'communist', 'united', 'union', 'new', 'holy', 'war', 'warriors', 'fighters', 'brigade', 'brigades', 'battalion',
  'battalions', 'council', 'organization', 'organisation', 'group', 'resistance', 'jihad', 'mujahideen', 'mujahidin',
  'martyrs', 'struggle', 'freedom', 'liberty', 'independence', 'patriotic', 'workers', 'militia', 'command', 'committee',
  'committees', 'solidarity', 'unity', 'justice', 'defense', 'defence', 'action', 'youth', 'of', 'the', 'for', 'and',
]);

export const namesAKindOfGroup = (reading: string) =>
  reading.toLowerCase().split(/\s+/).every((w) => KIND_OF_GROUP_WORDS.has(w.replace(/['’]s?$/, '')));

/**
 * One organisation alias; list-style capitals become reading form, acronyms stay as they are.
 * `aka` marks a list's other name for the group, as opposed to the name it is listed under.
 */
export function orgAlias(raw: string, prov: Provenance, aka = false): Alias[] {
  const name = raw.replace(/\s+/g, ' ').trim();
  if (!name) return [];
  if (isAcronym(name.replace(/[-\s]/g, '')) && !HYPHENATED_WORDS.test(name)) return [alias(name, prov, { script: 'Latn', standalone: true, kind: 'acronym' })];
  const reading = /\p{Ll}/u.test(name) ? name : titleCase(name);
  const standalone = !DESCRIPTIVE.test(reading) && !GENERIC_BODY.test(reading) && !(aka && namesAKindOfGroup(reading));
  const out = [alias(reading, prov, { script: detectScript(reading), standalone, kind: 'name' })];
  // "al-Qaeda" in a list reads "Al-Qaeda" at the start of a sentence or headline: keep both forms.
  if (ARABIC_ARTICLE.test(reading) && reading[0] !== reading[0]!.toUpperCase()) {
    out.push(alias(reading[0]!.toUpperCase() + reading.slice(1), prov, { script: 'Latn', standalone, kind: 'name' }));
  }
  return out;
}

/** "Islamic State in the Levant (ISIL)" → the name and its acronym; other parentheticals are translations and dropped. */
export function splitParenthetical(text: string): string[] {
  const m = /^(.*?)\s*\(([^)]*)\)\s*(.*)$/.exec(text);
  if (!m) return [text.trim()];
  const inner = m[2]!.trim();
  const outer = `${m[1]} ${m[3]}`.trim();
  return isAcronym(inner.replace(/[-\s]/g, '')) ? [outer, inner] : [outer];
}
