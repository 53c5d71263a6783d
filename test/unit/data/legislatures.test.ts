// Open seats of a chamber elected whole end by the next legislature's first day (issue #11).
import { describe, expect, it } from 'vitest';
import { emptyDraft, type EntityDraft } from '../../../scripts/data/model';
import { closeAtNextLegislature } from '../../../scripts/data/sources/legislatures';

const p = { source: 'wd', asOf: '2022-07-29' };
const member = (title: string, start: string, end?: string): EntityDraft =>
  Object.assign(emptyDraft('person', 'M', [p]), { roles: [{ title, of: 'Q298', start, ...(end ? { end } : {}), ...p }] });
const cohort = (title: string, n: number, start: string, end?: string) => Array.from({ length: n }, () => member(title, start, end));

describe('closeAtNextLegislature', () => {
  it('ends an open seat by the next intake of a chamber whose closed terms end at the next intake', () => {
    const people = [...cohort('Deputy', 25, '2014-03-11', '2018-03-11'), ...cohort('Deputy', 25, '2018-03-11'), ...cohort('Deputy', 25, '2022-03-11')];
    closeAtNextLegislature(people);
    expect(people[30]!.roles[0]!.endedBy).toBe('2022-03-11');
    expect(people[60]!.roles[0]!.endedBy).toBeUndefined();
  });

  it('leaves a staggered chamber alone: there a term runs past the next intake', () => {
    // A third renewed every two years, six-year terms: closed terms end two intakes later.
    const people = [...cohort('Senator', 25, '2013-01-03', '2019-01-03'), ...cohort('Senator', 25, '2015-01-03', '2021-01-03'), ...cohort('Senator', 25, '2019-01-03'), ...cohort('Senator', 25, '2021-01-03')];
    closeAtNextLegislature(people);
    expect(people.flatMap((x) => x.roles).filter((r) => r.endedBy)).toEqual([]);
  });

  it('reads election day and first sitting weeks apart as one legislature', () => {
    const people = [...cohort('MP', 25, '2015-10-19', '2019-09-11'), ...cohort('MP', 25, '2019-10-21', '2021-08-15'), ...cohort('MP', 25, '2021-09-20'), ...cohort('MP', 25, '2021-11-22')];
    closeAtNextLegislature(people);
    expect(people[50]!.roles[0]!.endedBy).toBeUndefined();
  });
});
