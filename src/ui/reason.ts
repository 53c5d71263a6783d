// The linker's reason for a mention ("surname after the full name at offset 55") in words a
// reader can use. Unknown reasons pass through unchanged rather than being hidden.
import { DEFINED_ACRONYM } from '../core/resolve/acronyms-for-names';
import { LEADER_SURNAME, OWNER_COUNTRY } from '../core/resolve/evidence';
import { t } from './i18n';

const CHOSEN = /; chosen over \d+ other\(s\) by context$/;

export function explainReason(reason: string, text: string, name: string): string {
  const chosen = CHOSEN.test(reason);
  const base = reason.replace(CHOSEN, '');
  const title = /^title \+ name \((.+)\)$/.exec(base);
  const leader = base.startsWith(`${LEADER_SURNAME} (`) ? base.slice(LEADER_SURNAME.length + 2, -1) : undefined;
  let out: string;
  if (title) out = t('reasonTitle', title[1]!);
  else if (/ after the full name at offset \d+$/.test(base)) out = t('reasonEarlier', [text, name]);
  else if (/ in the headline, full name at offset \d+$/.test(base)) out = t('reasonHeadline', [text, name]);
  else if (leader !== undefined) out = t('reasonLeader', [text, name, leader]);
  else if (/ of the article's country \(.+\)$/.test(base)) out = t('reasonArticleCountry', [text, name]);
  else if (base.includes(` of ${OWNER_COUNTRY} (`)) out = t('reasonOwnerCountry', [text, name]);
  else if (base.endsWith(' of the party of someone the article names in full')) out = t('reasonPartyOfPerson', [text, name]);
  else if (base.startsWith('a news agency credited as the source')) out = t('reasonCredit', [text, name]);
  else if (base === 'acronym') out = t('reasonAcronym', [text, name]);
  else if (base === DEFINED_ACRONYM) out = t('reasonDefinedAcronym', [text, name]);
  else if (base === 'metonym') out = t('reasonMetonym', [text, name]);
  else if (base === 'alias') out = t('reasonAlias', [text, name]);
  else out = base;
  return chosen ? `${out} ${t('reasonChosen')}` : out;
}
