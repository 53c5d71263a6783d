// One way in for a file the reader picked: its format from its name, then the parse and the checks
// against what is already there. Nothing is stored here; an import either yields a whole pack or
// the list of what is wrong with it.
import { type PackBase, checkPack } from './check';
import { packFromCsv } from './csv';
import { slugOrHash } from './ids';
import { packFromJson } from './json';
import { type Checked, MAX_PACK_CHARS, type PackFile, type PackFormat, sizeIssue } from './schema';

export function formatOf(fileName: string): PackFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return ext === 'json' ? 'json' : ext === 'csv' ? 'csv' : undefined;
}

/** Packs are stored under an id from their name: importing a pack of the same name replaces it. */
export const packIdOf = (name: string) => slugOrHash(name);

export type ReadInput = { fileName: string; text: string; /** ISO date of the import. */ today: string };
export type ReadPack = { pack: PackFile; format: PackFormat; id: string };

/** `stored` are the packs already kept; the one with the same id is the one this would replace. */
export function readPack({ fileName, text, today }: ReadInput, base: PackBase, stored: readonly (PackFile & { id: string })[]): Checked<ReadPack> {
  const format = formatOf(fileName);
  if (!format) return { ok: false, issues: [{ where: 'the file name', expected: 'a .json or .csv file', found: JSON.stringify(fileName) }] };
  if (text.length > MAX_PACK_CHARS) return { ok: false, issues: [sizeIssue(text.length)] };
  const parsed = format === 'json' ? packFromJson(text) : packFromCsv(text, { fileName, today });
  if (!parsed.ok) return parsed;
  const id = packIdOf(parsed.value.name);
  const issues = checkPack(parsed.value, base, stored.filter((p) => p.id !== id));
  return issues.length ? { ok: false, issues } : { ok: true, value: { pack: parsed.value, format, id } };
}
