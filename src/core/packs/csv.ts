// CSV packs, for lists kept in a spreadsheet: one row per entity with its name, type, a one-line
// summary and where that summary comes from. Each row becomes an Entity in the dataset's schema;
// what the sheet cannot say (as-of dates, licences) is filled with the import date, stated as such.
import { Entity, type EntityInput, type Source } from '../dataset/schema';
import { slugOrHash } from './ids';
import { describeFound, issuesFromZod, MAX_ISSUES } from './issues';
import { type Checked, MAX_PACK_ENTITIES, type PackFile, type PackIssue } from './schema';

const REQUIRED_COLUMNS = ['name', 'type', 'summary', 'source'] as const;
const OPTIONAL_COLUMNS = ['aliases'] as const;
type Column = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];
const CSV_TYPES = ['person', 'organization', 'country'] as const;
/** The British spelling is what the extension itself shows, so a sheet may well use it. */
const TYPE_SPELLINGS: Record<string, (typeof CSV_TYPES)[number]> = { organisation: 'organization' };
/** Aliases share one cell; names do not contain semicolons, while commas would need quoting. */
const ALIAS_SEPARATOR = ';';
/** A sheet says nothing of the terms its sources are under. */
const UNSTATED_LICENCE = 'not stated (imported from a CSV pack)';

type Row = { line: number; fields: string[] };

/** RFC 4180 records, each with the line it starts on (quoted fields may span lines). */
export function csvRecords(text: string): Checked<Row[]> {
  const rows: Row[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a spreadsheet's byte-order mark
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0]!.trim() !== '') rows.push({ line: start, fields });
    fields = [];
    field = '';
  };
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else { if (c === '\n') line++; field += c; }
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') { fields.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else field += c;
  }
  if (quoted) return { ok: false, issues: [{ where: `line ${start}`, expected: 'a closing quote (")', found: 'the end of the file' }] };
  if (field !== '' || fields.length) endRecord();
  return { ok: true, value: rows };
}

function headerColumns(header: Row): Checked<Column[]> {
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const known: readonly string[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];
  const issues: PackIssue[] = [];
  names.forEach((name, i) => {
    if (!known.includes(name)) issues.push({ where: `line ${header.line}, column ${i + 1}`, expected: `one of ${known.join(', ')}`, found: describeFound(name) });
    else if (names.indexOf(name) !== i) issues.push({ where: `line ${header.line}, column ${i + 1}`, expected: 'each column once', found: `a second "${name}" column` });
  });
  for (const column of REQUIRED_COLUMNS) {
    if (!names.includes(column)) issues.push({ where: `line ${header.line}`, expected: `a "${column}" column (header: ${REQUIRED_COLUMNS.join(',')}[,aliases])`, found: describeFound(header.fields.join(',')) });
  }
  return issues.length ? { ok: false, issues } : { ok: true, value: names as Column[] };
}

/** Each distinct source cell becomes one Source of the pack. */
function sourceFor(text: string, sources: Map<string, Source>, today: string): string {
  const existing = sources.get(text);
  if (existing) return existing.id;
  const base = `pack-${slugOrHash(text)}`;
  let id = base;
  for (let n = 2; [...sources.values()].some((s) => s.id === id); n++) id = `${base}-${n}`;
  const isUrl = /^https?:\/\/\S+$/i.test(text);
  sources.set(text, { id, name: text, ...(isUrl ? { url: text } : {}), licence: UNSTATED_LICENCE, retrieved: today });
  return id;
}

/** Where a problem in the entity built from a row lies in the sheet. */
function columnOfPath(path: readonly PropertyKey[]): Column | undefined {
  const key = path[0];
  if (key === 'sources') return 'source';
  return key === 'name' || key === 'type' || key === 'summary' || key === 'aliases' ? key : undefined;
}

export type CsvOptions = { fileName: string; /** ISO date of the import: the as-of date of every fact. */ today: string };

export function packFromCsv(text: string, { fileName, today }: CsvOptions): Checked<PackFile> {
  const records = csvRecords(text);
  if (!records.ok) return records;
  const [header, ...rows] = records.value;
  if (!header) return { ok: false, issues: [{ where: 'the file', expected: `a header line ${REQUIRED_COLUMNS.join(',')}`, found: 'an empty file' }] };
  const columns = headerColumns(header);
  if (!columns.ok) return columns;
  if (rows.length === 0) return { ok: false, issues: [{ where: `line ${header.line + 1}`, expected: 'at least one row after the header', found: 'nothing' }] };
  if (rows.length > MAX_PACK_ENTITIES) return { ok: false, issues: [{ where: 'the file', expected: `at most ${MAX_PACK_ENTITIES} rows`, found: `${rows.length} rows` }] };

  const issues: PackIssue[] = [];
  const sources = new Map<string, Source>();
  const entities: Entity[] = [];
  const firstLineOfId = new Map<string, number>();
  for (const row of rows) {
    if (issues.length >= MAX_ISSUES) break;
    const at = (column: Column) => `line ${row.line}, column ${column}`;
    if (row.fields.length !== columns.value.length) {
      issues.push({ where: `line ${row.line}`, expected: `${columns.value.length} fields`, found: `${row.fields.length} fields` });
      continue;
    }
    const cell = Object.fromEntries(columns.value.map((c, i) => [c, row.fields[i]!.trim()])) as Record<Column, string | undefined>;
    const written = cell.type!.toLowerCase();
    const type = TYPE_SPELLINGS[written] ?? written;
    if (!(CSV_TYPES as readonly string[]).includes(type)) {
      issues.push({ where: at('type'), expected: `one of ${CSV_TYPES.join(', ')}`, found: describeFound(cell.type) });
      continue;
    }
    if (!cell.source) {
      issues.push({ where: at('source'), expected: 'where the summary comes from (a URL or a publication)', found: describeFound(cell.source) });
      continue;
    }
    const name = cell.name!;
    const id = `bs:pack-${slugOrHash(name)}`;
    const first = firstLineOfId.get(id);
    if (first !== undefined) {
      issues.push({ where: at('name'), expected: `a name not already given on line ${first}`, found: describeFound(name) });
      continue;
    }
    firstLineOfId.set(id, row.line);
    const source = sourceFor(cell.source, sources, today);
    const aliases = (cell.aliases ?? '').split(ALIAS_SEPARATOR).map((a) => a.trim()).filter(Boolean);
    const input: EntityInput = {
      id,
      type: type as (typeof CSV_TYPES)[number],
      name,
      // A lone word for a person is a surname or given name: it needs the full name nearby to link.
      aliases: aliases.map((alias) => ({ name: alias, source, asOf: today, standalone: type !== 'person' || alias.includes(' ') })),
      ...(cell.summary ? { summary: { value: cell.summary, source, asOf: today } } : {}),
      sources: [{ source, asOf: today }],
    };
    const parsed = Entity.safeParse(input, { reportInput: true });
    if (parsed.success) entities.push(parsed.data);
    else issues.push(...issuesFromZod(parsed.error).map((issue, i) => ({ ...issue, where: `line ${row.line}, column ${columnOfPath(parsed.error.issues[i]!.path) ?? issue.where}` })));
  }
  if (issues.length) return { ok: false, issues: issues.slice(0, MAX_ISSUES) };
  const name = fileName.replace(/\.[^.]*$/, '').trim() || 'CSV pack';
  return { ok: true, value: { name, version: today, entities, sources: [...sources.values()] } };
}

