// `import { z } from 'zod'` keeps every locale and the JSON-schema code in each bundle (454 KB
// instead of 85 KB minified): esbuild can only tree-shake the namespace form.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../../src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('zod imports', () => {
  it('use the namespace form everywhere in src/', () => {
    const named = sources(SRC).filter((file) => /import\s+(type\s+)?\{[^}]*\bz\b[^}]*\}\s+from\s+'zod'/.test(readFileSync(file, 'utf8')));
    expect(named).toEqual([]);
  });
});
