// The annotate fields of src/cli/link-fields.ts (kept beside the linker's tests, whose data it uses).
import { describe, expect, it } from 'vitest';
import { createLinkFields } from '../../../../src/cli/link-fields';
import { prepareLinkData } from '../../../../scripts/eval/link-data';
import { TEST_ENTITIES } from '../../../fixtures/link/entities';

const sources = [{ id: 'test', name: 'Test entities', licence: 'CC0', retrieved: '2021-10-01' }];
const fields = createLinkFields(prepareLinkData(TEST_ENTITIES, sources));

describe('linkFields', () => {
  it('adds mentions with their entity, unknown names, and one card per entity as of the article date', () => {
    const bodyText = 'Foreign Minister Sergei Lavrov met Mr. John Smith. Lavrov said so.';
    const out = fields({ bodyText, published: '2021-10-20T18:42:00+03:00', language: 'en' }) as {
      mentions: Array<{ start: number; end: number; text: string; entity: { id: string; type: string }; reason: string }>;
      unknown: Array<{ text: string; kind: string }>;
      entities: Array<{ id: string; facts: Array<{ label: string; source: string; asOf: string }>; since: unknown[] }>;
    };
    expect(out.mentions.map((m) => [bodyText.slice(m.start, m.end), m.entity.id, m.entity.type])).toEqual([
      ['Sergei Lavrov', 'Q1', 'person'],
      ['Lavrov', 'Q1', 'person'],
    ]);
    expect(out.unknown.map((u) => [u.text, u.kind])).toEqual([['John Smith', 'person']]);
    expect(out.entities.map((e) => e.id)).toEqual(['Q1']);
    expect(out.entities[0]!.facts.length).toBeGreaterThan(0);
    for (const f of out.entities[0]!.facts) expect(f).toMatchObject({ source: 'test', asOf: expect.any(String) });
  });
});
