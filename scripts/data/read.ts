// Reads the committed dataset (data/entities/*.jsonl + data/sources.json) and validates it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { Entity, Source } from '../../src/core/dataset/schema.js';
import { ENTITY_FILES } from './canonical.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function readCommittedDataset(repoRoot: string = REPO_ROOT): Promise<{ entities: Entity[]; sources: Source[] }> {
  const dataDir = path.join(repoRoot, 'data');
  const sourcesPath = path.join(dataDir, 'sources.json');
  const sources = parseOrThrow(z.array(Source), JSON.parse(await readFile(sourcesPath, 'utf8')), sourcesPath);
  const entities: Entity[] = [];
  for (const file of Object.values(ENTITY_FILES)) {
    const filePath = path.join(dataDir, 'entities', file);
    const lines = (await readFile(filePath, 'utf8')).split('\n');
    lines.forEach((line, i) => {
      if (line.trim()) entities.push(parseOrThrow(Entity, JSON.parse(line), `${filePath}:${i + 1}`));
    });
  }
  return { entities, sources };
}

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new Error(`invalid dataset at ${where}: ${z.prettifyError(r.error)}`);
  return r.data;
}
