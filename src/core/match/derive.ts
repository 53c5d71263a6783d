// Which aliases an entity gets in the matcher, beyond those the dataset lists: the dataset gives
// names, the article uses surnames ("Lavrov") and sometimes given names after the full name.
import type { Entity } from '../dataset/schema';
import type { AliasEntry, AliasKind } from './alias-kind';
import { COMMON_WORDS } from './common-words';
import { caseForm, tokenize } from './tokenize';

/** Longest all-capitals form still read as an acronym (AFP, NATO, ISIL, OPEC), not a shouted word. */
export const MAX_ACRONYM_LENGTH = 5;
/** Surnames shorter than this ("Li", "Xi") are too often other words or other people. */
const MIN_SURNAME_LENGTH = 3;
// Generational suffixes are not surnames: "Martin Luther King Jr" is "King".
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
// East Slavic patronymics: "Sergey Viktorovich Lavrov" is written "Sergey Lavrov" in the press.
const PATRONYMIC = /(ovich|evich|ovna|evna|ichna|ich)$/;

export interface DerivedAlias {
  name: string;
  entry: AliasEntry;
}

function isAcronymForm(name: string, kind: AliasKind): boolean {
  if (kind === 'acronym') return true;
  const letters = caseForm(name);
  return letters.length > 0 && letters.length <= MAX_ACRONYM_LENGTH && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function entry(entity: Entity, name: string, kind: AliasKind, standalone: boolean, primary: boolean): DerivedAlias {
  const words = tokenize(name);
  const acronym = isAcronymForm(name, kind);
  // Written as an acronym, a common word is the acronym (US); its all-capitals-line trap is handled at match time.
  const common = !acronym && words.length === 1 && COMMON_WORDS.has(words[0]!.key);
  return {
    name,
    entry: { entityId: entity.id, kind, standalone, acronym, common, primary, caseForm: acronym ? caseForm(name) : undefined },
  };
}

function personParts(entity: Entity, name: string): DerivedAlias[] {
  const words = tokenize(name).map((t) => name.slice(t.start, t.end));
  while (words.length > 2 && NAME_SUFFIXES.has(words[words.length - 1]!.toLowerCase())) words.pop();
  if (words.length < 2) return [];
  const out: DerivedAlias[] = [];
  const surname = words[words.length - 1]!;
  const given = words[0]!;
  if (surname.length >= MIN_SURNAME_LENGTH) out.push(entry(entity, surname, 'surname', false, false));
  if (given.length >= MIN_SURNAME_LENGTH) out.push(entry(entity, given, 'given', false, false));
  if (words.length === 3 && PATRONYMIC.test(words[1]!.toLowerCase())) {
    out.push(entry(entity, `${given} ${surname}`, 'short', true, false));
  }
  return out;
}

/** Every alias of one entity that the matcher should know, with how each may link. */
export function deriveAliases(entity: Entity): DerivedAlias[] {
  const out: DerivedAlias[] = [entry(entity, entity.name, 'name', true, true)];
  for (const alias of entity.aliases) {
    out.push(entry(entity, alias.name, alias.kind ?? 'name', alias.standalone, false));
  }
  if (entity.type === 'person') {
    const fullNames = out.filter((a) => a.entry.standalone && a.entry.kind !== 'acronym').map((a) => a.name);
    for (const name of fullNames) out.push(...personParts(entity, name));
  }
  return out;
}
