// A tiny bundled dataset for the pack tests: one person, one country, one source.
import { parseBundle } from '../../../../src/core/dataset/bundle';

const provenance = { source: 'base-src', asOf: '2021-10-01' };

export const BASE = parseBundle({
  format: 1,
  sources: [{ id: 'base-src', name: 'Base source', licence: 'CC0-1.0', retrieved: '2021-10-01' }],
  entities: [
    { id: 'Q1', type: 'person', name: 'Sergey Lavrov', sources: [provenance], aliases: [{ name: 'Sergei Lavrov', standalone: true, ...provenance }] },
    { id: 'Q100', type: 'country', name: 'Russia', sources: [provenance] },
  ],
});

export const baseLookup = { entity: (id: string) => BASE.get(id), source: (id: string) => BASE.source(id) };

const packSource = { id: 'my-notes', name: 'My notes', licence: 'CC0-1.0', retrieved: '2026-01-01' };
const mine = { source: 'my-notes', asOf: '2026-01-01' };

/** A JSON pack that adds one person and extends the bundled Q1. */
export const GOOD_PACK = {
  name: 'Newsroom pack',
  version: '1.0',
  sources: [packSource],
  entities: [
    {
      id: 'bs:pack-jane-placeholder',
      type: 'person',
      name: 'Jane Placeholder',
      sources: [mine],
      summary: { value: 'Spokesperson of the Example Ministry', ...mine },
      roles: [{ title: 'Spokesperson', of: 'Q100', start: '2024-02', ...mine }],
    },
    { id: 'Q1', type: 'person', name: 'Sergey Lavrov', sources: [mine], aliases: [{ name: 'Sergey V. Lavrov', standalone: true, ...mine }] },
  ],
};
