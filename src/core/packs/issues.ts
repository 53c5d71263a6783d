// Turns validation failures into issues a reader can act on: "entities[2].roles[0].start: expected
// an ISO date, found "last spring"" instead of zod's internal vocabulary.
import type * as z from 'zod';
import type { PackIssue } from './schema';

/** Past this a list of errors stops helping; the reader fixes these and tries again. */
export const MAX_ISSUES = 50;
const MAX_FOUND_CHARS = 60;

/** `entities[2].roles[0].start` from a zod path. */
export function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '') || 'the file';
}

/** A short, quoted description of a value found in the file. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const text = value.length > MAX_FOUND_CHARS ? `${value.slice(0, MAX_FOUND_CHARS)}…` : value;
    return JSON.stringify(text);
  }
  return String(value);
}

/** Our schemas word their own messages as "expected …"; zod's defaults are reworded here. */
function expectedOf(issue: z.core.$ZodIssue): string {
  if (issue.message.startsWith('expected ')) return issue.message.slice('expected '.length);
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'an object' : `a ${issue.expected}`;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array' ? `at least ${issue.minimum} item(s)` : issue.origin === 'string' ? `at least ${issue.minimum} character(s)` : `at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array' ? `at most ${issue.maximum} item(s)` : issue.origin === 'string' ? `at most ${issue.maximum} character(s)` : `at most ${issue.maximum}`;
    case 'invalid_format':
      return issue.format === 'regex' ? `text matching ${String((issue as { pattern?: string }).pattern ?? 'the expected pattern')}` : `a valid ${issue.format}`;
    default:
      return issue.message;
  }
}

/** `prefix` places the issues inside a larger document ("entities[3]"). Needs `reportInput: true`. */
export function issuesFromZod(error: z.ZodError, prefix: readonly PropertyKey[] = []): PackIssue[] {
  return error.issues.slice(0, MAX_ISSUES).map((issue) => ({
    where: pathText([...prefix, ...issue.path]),
    expected: expectedOf(issue),
    found: describeFound((issue as { input?: unknown }).input),
  }));
}
