// What an alias is, as the matcher stores it. The dataset's kinds plus `given` (a person's first name,
// derived at build time like `surname`), because both need the full name earlier to link.
export const ALIAS_KINDS = ['name', 'acronym', 'short', 'surname', 'transliteration', 'metonym', 'demonym', 'given'] as const;
export type AliasKind = (typeof ALIAS_KINDS)[number];

/** One way an entity can be written, after the build decided how it may link. */
export interface AliasEntry {
  entityId: string;
  kind: AliasKind;
  /** May link with no other evidence in the article. */
  standalone: boolean;
  /** Case-sensitive short form (US, AFP): `caseForm` is how it must be written. */
  acronym: boolean;
  /** A single everyday word ("May", "Reform"): never links alone, whatever the dataset says. */
  common: boolean;
  /** The entity's own name, not a variant. */
  primary: boolean;
  /**
   * Known only in a language other than English ("Island", Iceland in German and Norse; "Maurice",
   * Mauritius in French): in English text such words are English words and given names.
   */
  foreign: boolean;
  caseForm: string | undefined;
}

const STANDALONE = 1;
const ACRONYM = 2;
const COMMON = 4;
const PRIMARY = 8;
const FOREIGN = 16;
const KIND_SHIFT = 5;

export function encodeFlags(e: AliasEntry): number {
  return (
    (e.standalone ? STANDALONE : 0) |
    (e.acronym ? ACRONYM : 0) |
    (e.common ? COMMON : 0) |
    (e.primary ? PRIMARY : 0) |
    (e.foreign ? FOREIGN : 0) |
    (ALIAS_KINDS.indexOf(e.kind) << KIND_SHIFT)
  );
}

export function decodeFlags(flags: number): Pick<AliasEntry, 'standalone' | 'acronym' | 'common' | 'primary' | 'foreign' | 'kind'> {
  return {
    standalone: (flags & STANDALONE) !== 0,
    acronym: (flags & ACRONYM) !== 0,
    common: (flags & COMMON) !== 0,
    primary: (flags & PRIMARY) !== 0,
    foreign: (flags & FOREIGN) !== 0,
    kind: ALIAS_KINDS[flags >> KIND_SHIFT] ?? 'name',
  };
}

/** Lower is stronger: when one entity gets the same words twice, the entry that may link more easily wins. */
export function entryRank(e: AliasEntry): number {
  return (e.standalone ? 0 : 100) + (e.primary ? 0 : 10) + ALIAS_KINDS.indexOf(e.kind);
}
