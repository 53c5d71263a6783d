// Why the linker linked a mention (resolve/basis.ts), in words a reader can use.
import type { Basis } from '../core/resolve/basis';
import { t } from './i18n';

function explainBase(basis: Basis, text: string, name: string): string {
  switch (basis.kind) {
    case 'title':
      return t('reasonTitle', basis.title);
    case 'earlier':
      return t(basis.headline ? 'reasonHeadline' : 'reasonEarlier', [text, name]);
    case 'leader':
      return t('reasonLeader', [text, name, basis.title]);
    case 'institution':
    case 'namesake':
    case 'national-acronym':
    case 'party':
      if (basis.of === 'member') return t('reasonPartyOfPerson', [text, name]);
      return t(basis.of === 'owner' ? 'reasonOwnerCountry' : 'reasonArticleCountry', [text, name]);
    case 'credit':
      return t('reasonCredit', [text, name]);
    case 'acronym':
      return t('reasonAcronym', [text, name]);
    case 'defined-acronym':
      return t('reasonDefinedAcronym', [text, name]);
    case 'metonym':
      return t('reasonMetonym', [text, name]);
    case 'alias':
      return t('reasonAlias', [text, name]);
  }
}

/** `chosenOver`: how many other candidates the article's context ruled out. */
export function explainBasis(basis: Basis, chosenOver: number | undefined, text: string, name: string): string {
  const out = explainBase(basis, text, name);
  return chosenOver === undefined ? out : `${out} ${t('reasonChosen')}`;
}
