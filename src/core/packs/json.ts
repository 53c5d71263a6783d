// JSON packs: {name, version, entities, sources} with entities and sources exactly as the committed
// dataset writes them. Fields the schema does not know are reported, not dropped in silence: a
// misspelt "alias" would otherwise lose the reader's aliases without a word.
import { Entity } from '../dataset/schema';
import { describeFound, issuesFromZod, MAX_ISSUES } from './issues';
import { type Checked, PackFile, type PackIssue } from './schema';

const PACK_FIELDS = Object.keys(PackFile.shape);
const ENTITY_FIELDS = Object.keys(Entity.shape);

/** Where a JSON syntax error is, from the engine's message (V8 gives a position, Gecko a line and column). */
function syntaxWhere(text: string, message: string): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return `line ${lineColumn[1]}, column ${lineColumn[2]}`;
  const position = /position (\d+)/.exec(message);
  if (!position) return 'the file';
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  return `line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
}

function unknownFields(raw: unknown): PackIssue[] {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return [];
  const issues: PackIssue[] = [];
  const unknown = (where: string, key: string, known: string[]) => issues.push({ where, expected: `one of the fields ${known.join(', ')}`, found: `an unknown field "${key}"` });
  for (const key of Object.keys(raw)) if (!PACK_FIELDS.includes(key)) unknown(key, key, PACK_FIELDS);
  const entities = (raw as { entities?: unknown }).entities;
  if (Array.isArray(entities)) {
    entities.forEach((e, i) => {
      if (e && typeof e === 'object' && !Array.isArray(e)) for (const key of Object.keys(e)) if (!ENTITY_FIELDS.includes(key)) unknown(`entities[${i}].${key}`, key, ENTITY_FIELDS);
    });
  }
  return issues;
}

export function packFromJson(text: string): Checked<PackFile> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ where: syntaxWhere(text, message), expected: 'valid JSON', found: describeFound(message) }] };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, issues: [{ where: 'the file', expected: 'an object {"name", "version", "entities", "sources"}', found: describeFound(raw) }] };
  }
  const parsed = PackFile.safeParse(raw, { reportInput: true });
  const issues = [...unknownFields(raw), ...(parsed.success ? [] : issuesFromZod(parsed.error))];
  if (issues.length || !parsed.success) return { ok: false, issues: issues.slice(0, MAX_ISSUES) };
  return { ok: true, value: parsed.data };
}
