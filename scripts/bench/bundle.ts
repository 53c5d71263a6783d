// Bundle part of `npm run bench`: the size of the built extension (dist/chrome) and of what the
// background reads before the first article's highlights (the matcher and the link index), as shipped.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The files read to link the first article; the facts shards wait for a popover. */
const FIRST_ARTICLE_FILES = ['data/matcher.bin.gz', 'data/link.json.gz'];

function sizeOf(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(target).reduce((sum, name) => sum + sizeOf(path.join(target, name)), 0);
}

export function benchBundle(root: string): void {
  const dir = path.join(root, 'dist/chrome');
  if (!existsSync(path.join(dir, 'manifest.json'))) return console.log('bundle: skipped, run `npm run build` first');
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  const first = FIRST_ARTICLE_FILES.map((f) => path.join(dir, f)).filter(existsSync);
  const shards = existsSync(path.join(dir, 'data/facts')) ? readdirSync(path.join(dir, 'data/facts')).length : 0;
  console.log(`bundle: dist/chrome ${kb(sizeOf(dir))} (data ${kb(sizeOf(path.join(dir, 'data')))}); first article reads ${kb(first.reduce((s, f) => s + sizeOf(f), 0))} (${first.map((f) => `${path.relative(dir, f)} ${kb(sizeOf(f))}`).join(', ')}); ${shards} facts shards`);
}
