// A report on a country names its heads of state and government by surname alone ("the Boric
// administration"); the rule that links them must not reach ministers, common surnames, leaders of
// later years or namesakes the article names too.
import { describe, expect, it } from 'vitest';
import { Entity, type EntityInput } from '../../../../src/core/dataset/schema';
import { linkText } from '../../../../src/core/link/index';
import { compileMatcher } from '../../../../src/core/match/compile';
import { loadMatcher } from '../../../../src/core/match/load';

const at = { source: 'test', asOf: '2024-01-01' };
const person = (id: string, name: string, roles: EntityInput['roles'] = []): EntityInput => ({ id, type: 'person', name, sources: [at], country: { value: 'Q298', ...at }, roles });
const role = (title: string, start: string, end?: string) => ({ title, of: 'Q298', start, ...(end ? { end } : {}), ...at });

const raw: EntityInput[] = [
  { id: 'Q298', type: 'country', name: 'Chile', sources: [at], country: { value: 'CL', ...at } },
  { id: 'Q155', type: 'country', name: 'Brazil', sources: [at], country: { value: 'BR', ...at } },
  person('Q16297876', 'Gabriel Boric', [role('President', '2022-03-11', '2026-03-11')]),
  person('Q306', 'Sebastián Piñera', [role('President', '2018-03-11', '2022-03-11')]),
  person('bs:kast', 'José Antonio Kast', [role('President', '2026-03-11')]),
  person('bs:minister', 'Carolina Tohá', [role('Minister of the Interior', '2022-09-06')]),
  // Four people of the dataset share this leader's surname: it is no one's alone.
  person('bs:leader-common', 'Ana Silvaro', [role('Prime Minister', '2019-01-01')]),
  ...['Luis Silvaro', 'Marta Silvaro', 'Pedro Silvaro'].map((name, i) => person(`bs:silvaro-${i}`, name)),
];
const entities = raw.map((e) => Entity.parse(e));
const matcher = loadMatcher(compileMatcher(entities));
const byId = new Map(entities.map((e) => [e.id, e]));
const link = (text: string, date: string | undefined = '2022-05-12') => linkText({ text, language: 'en', ...(date ? { date } : {}) }, { matcher, entity: (id) => byId.get(id) }).mentions;
const linked = (text: string, date?: string) => link(text, date).map((m) => [m.text, m.entityId]);

const CHILE = 'SANTIAGO, Chile - Chile debated the bill. ';

describe("a leader's surname in a report on their country", () => {
  it('links to the head of state whose term had begun', () => {
    const mentions = link(`${CHILE}The Boric administration seeks approval in Congress.`);
    expect(mentions.map((m) => [m.text, m.entityId])).toContainEqual(['Boric', 'Q16297876']);
    expect(mentions.find((m) => m.text === 'Boric')!.basis).toEqual({ kind: 'leader', title: 'President' });
    // A former one too: the report looks back.
    expect(linked(`${CHILE}The conservative Piñera government chose repression.`)).toContainEqual(['Piñera', 'Q306']);
  });

  it('not before their term began, nor in a report on another country', () => {
    expect(linked(`${CHILE}Kast said the bill would fail.`)).not.toContainEqual(['Kast', 'bs:kast']);
    expect(linked('BRASILIA, Brazil - Brazil watched. Boric said the bill would pass.')).not.toContainEqual(['Boric', 'Q16297876']);
  });

  it("not a minister's surname, nor one that several people of the dataset bear", () => {
    expect(linked(`${CHILE}Tohá said the bill would pass.`)).toEqual([['Chile', 'Q298'], ['Chile', 'Q298']]);
    expect(linked(`${CHILE}Silvaro said the bill would pass.`, '2023-01-01')).not.toContainEqual(['Silvaro', 'bs:leader-common']);
  });

  it('not where the article gives the surname to someone else too', () => {
    for (const other of ['Carlos F. Boric', 'Gabriela de Boric', 'Francisco Ruiz-Boric', 'Naina Boric']) {
      expect(linked(`${CHILE}${other} wrote on Monday. Boric said the bill would pass.`), other).not.toContainEqual(['Boric', 'Q16297876']);
    }
    // Their own full name is no other bearer.
    expect(linked(`${CHILE}Gabriel Boric spoke. Boric said the bill would pass.`)).toContainEqual(['Boric', 'Q16297876']);
    // Nor a title or a sentence's first word.
    expect(linked(`${CHILE}President Boric spoke. Yesterday Boric said the bill would pass.`).filter(([t]) => t === 'Boric')).toHaveLength(2);
  });
});
