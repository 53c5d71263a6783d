import { describe, expect, it } from 'vitest';
import { castOf, formatDate, unknownOf } from '../../../src/shared/cast';

const ref = (id: string, type: 'person' | 'organization' | 'country') => ({ id, name: id, type });

describe('cast', () => {
  it('groups mentions by entity, people first, then in reading order', () => {
    const cast = castOf([
      { entity: ref('Q1', 'organization'), start: 5 },
      { entity: ref('Q2', 'person'), start: 50 },
      { entity: ref('Q3', 'person'), start: 20 },
      { entity: ref('Q2', 'person'), start: 10 },
    ]);
    expect(cast.map((c) => [c.entity.id, c.count, c.firstStart])).toEqual([['Q2', 2, 10], ['Q3', 1, 20], ['Q1', 1, 5]]);
  });
  it('counts unknown names', () => {
    expect(unknownOf([{ text: 'A B', kind: 'person' }, { text: 'A B', kind: 'person' }, { text: 'C', kind: 'organization' }])).toEqual([
      { text: 'A B', kind: 'person', count: 2 },
      { text: 'C', kind: 'organization', count: 1 },
    ]);
  });
  it('formats dates at the precision they have', () => {
    expect(formatDate('2021-10-20')).toBe('20 Oct 2021');
    expect(formatDate('2021-09')).toMatch(/^Sept? 2021$/);
    expect(formatDate('2004')).toBe('2004');
  });
});
