// A charity or company that only a sanctions list knows is often named by one word ("Al-Aqsa",
// "Haleel") that is also a mosque's, a place's or a family's. Such a name links only with the rest
// of the name around it ("Al-Aqsa Foundation"); armed groups (orgKind armed-group) keep their
// one-word names (Hamas, Al-Qaeda), and so does anything another source also knows.
import type { Entity } from '../../src/core/dataset/schema.js';

const SANCTIONS_LIST_SOURCE = /^(ofac-|un-sc-)/;
/** "Al-Aqsa" is one word: the hyphen joins the Arabic article to the name. */
const isOneWord = (name: string) => !/\s/.test(name.trim());

export function holdBackListOnlyNames(e: Entity): Entity {
  const listOnly = e.type === 'organization' && e.orgKind === 'other' && e.sources.every((s) => SANCTIONS_LIST_SOURCE.test(s.source));
  if (!listOnly) return e;
  return { ...e, aliases: e.aliases.map((a) => (a.standalone && a.kind !== 'acronym' && isOneWord(a.name) ? { ...a, standalone: false } : a)) };
}
