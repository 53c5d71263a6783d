// Two cards as the background gives them for an article of 12 Nov 2021.
import type { EntityCard } from '../../../src/shared/messages';

const wd = { id: 'wd', name: 'Wikidata', url: 'https://www.wikidata.org/', licence: 'CC0-1.0', retrieved: '2025-10-01' };
const un = { id: 'un', name: 'UN <Security Council> list', url: 'javascript:alert(1)', licence: 'Public domain', retrieved: '2025-10-02' };

export const CARDS: EntityCard[] = [
  {
    id: 'Q58217', name: 'Sergey Lavrov', type: 'person',
    summary: { label: 'Summary', value: 'Russian diplomat', source: 'wd', asOf: '2025-10-01' },
    facts: [
      { label: 'Role', value: 'Minister of Foreign Affairs of Russia (since 2004)', start: '2004-03-09', source: 'wd', asOf: '2025-10-01' },
      { label: 'Born', value: '21 Mar 1950', source: 'wd', asOf: '2025-10-01' },
    ],
    since: [{ label: 'Sanctioned', value: 'EU, Feb 2022', source: 'wd', asOf: '2025-10-01' }],
    sources: [wd],
    asOf: '2021-11-12',
  },
  {
    id: 'Q42954', name: 'Taliban', type: 'organization',
    facts: [{ label: 'Designation', value: 'UN 1988 sanctions list <since 2011>', source: 'un', asOf: '2025-10-02' }],
    since: [],
    sources: [un],
    asOf: '2021-11-12',
  },
];
