// Hand entries (data/hand/): facts no source extract holds, each cited with a public page that was
// read for it (data/hand/sources.json), plus reviewed same-as links that join source records the
// name rules would not join on their own (ISIS in appendix T, OFAC and the UN list).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { Entity, Source } from '../../../src/core/dataset/schema.js';
import type { SourceRecord } from '../model.js';

const HandEntry = z.object({ sameAs: z.array(z.string()).optional(), entity: Entity });

export function readHandSources(repoRoot: string): Source[] {
  return z.array(Source).parse(JSON.parse(readFileSync(path.join(repoRoot, 'data/hand/sources.json'), 'utf8')));
}

export function importHand(repoRoot: string): SourceRecord[] {
  const entries = z.array(HandEntry).parse(JSON.parse(readFileSync(path.join(repoRoot, 'data/hand/entities.json'), 'utf8')));
  return entries.map((e) => ({ key: `hand:${e.entity.id}`, entity: e.entity, ...(e.sameAs ? { sameAs: e.sameAs } : {}), rank: 0 }));
}
