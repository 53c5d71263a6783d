// Why a mention links to its entity, as data: the popover words it for readers (ui/reason.ts) and
// `reasonText` gives the line evaluations and logs print.

/** Which country a name was read against: the article's, or the one named right before it ("Russia's Defense Ministry"). */
export type CountryOf = 'article' | 'owner';

/** Whose a party is: a country's, or that of someone the article names in full ('member'). */
export type PartyOf = { of: CountryOf; country: string } | { of: 'member' };

export type Basis =
  /** A full name, acronym or metonym ("the Kremlin") that may link on its own. */
  | { kind: 'alias' | 'acronym' | 'metonym' }
  /** A title before the name fits a role the entity held ("Foreign Minister Lavrov"). */
  | { kind: 'title'; title: string }
  /** Part of a name given in full at offset `at` of the body; in the headline, before it. */
  | { kind: 'earlier'; part: 'surname' | 'given' | 'short'; at: number; headline: boolean }
  /** The surname of a head of state or government of the article's country. */
  | { kind: 'leader'; title: string }
  /** A name every country's body shares ("Parliament"), or another shared name or acronym of an organisation, of a country. */
  | { kind: 'institution' | 'namesake' | 'national-acronym'; of: CountryOf; country: string }
  /** A party's acronym or shared name. */
  | ({ kind: 'party'; acronym: boolean } & PartyOf)
  /** A news agency credited as the report's source. */
  | { kind: 'credit' }
  /** An acronym the article spells out before using it. */
  | { kind: 'defined-acronym' };

/** A short name or surname written after the full name, in the body or the headline. */
export const isPartialName = (basis: Basis) => basis.kind === 'earlier' && basis.part !== 'short';

const PART = { surname: 'surname', given: 'given name', short: 'short name' } as const;
const whose = (of: CountryOf) => (of === 'owner' ? 'the country named right before it' : "the article's country");

function baseText(basis: Basis): string {
  switch (basis.kind) {
    case 'alias':
    case 'acronym':
    case 'metonym':
      return basis.kind;
    case 'title':
      return `title + name (${basis.title})`;
    case 'earlier':
      return basis.headline ? `${PART[basis.part]} in the headline, full name at offset ${basis.at}` : `${PART[basis.part]} after the full name at offset ${basis.at}`;
    case 'leader':
      return `surname of a leader of the article's country (${basis.title})`;
    case 'institution':
      return `short name of a body of ${whose(basis.of)} (${basis.country})`;
    case 'namesake':
      return `shared name of an organisation of ${whose(basis.of)} (${basis.country})`;
    case 'national-acronym':
      return `acronym of an organisation of ${whose(basis.of)} (${basis.country})`;
    case 'party':
      return `${basis.acronym ? 'acronym' : 'shared name'} of ${basis.of === 'member' ? 'the party of someone the article names in full' : `a party of ${whose(basis.of)} (${basis.country})`}`;
    case 'credit':
      return 'a news agency credited as the source ("(PTI)", "told IPS")';
    case 'defined-acronym':
      return 'acronym the article spells out';
  }
}

/** The basis in one line; `chosenOver`, the other candidates the context ruled out. */
export function reasonText(basis: Basis, chosenOver?: number): string {
  return chosenOver === undefined ? baseText(basis) : `${baseText(basis)}; chosen over ${chosenOver} other(s) by context`;
}
