// `npm run eval:link`: the linker on the seed article (every required mention, right entity, right
// count, nothing forbidden) and on the NER corpora (precision of linked people and organisations,
// recall of gold PER/ORG mentions, overall and by kind, the names most often left unlinked, actor recall,
// unknown-name recall), against the committed dataset.
// Usage: npm run eval:link [-- --misses FILE] [-- --baseline]
//   --misses FILE  writes every linked mention not on a gold span, for review
//   --baseline     also scores compromise's people()/organizations() on the same corpora (slow)
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { linkText } from '../../src/core/link/index';
import { countryLookup } from '../../src/core/dataset/bundle';
import { reasonText } from '../../src/core/resolve/basis';
import { REPO_ROOT } from '../data/read';
import { compromiseFinder } from './link-baseline';
import { type LinkData, loadLinkData } from './link-data';
import { addScore, emptyScore, figures, GOLD_KINDS, type LinkFn, type NerFigures, type NerScore, readNerDocs, scoreDoc, topUnlinked } from './link-ner';
import { checkSeed, type SeedResult } from './link-seed';

export const NER_CORPORA = ['conll2003_en', 'worldwide_newswire_en', 'gum_wikinews', 'wikigold_en'];
export const SHARED = path.resolve(REPO_ROOT, '../shared');
/** How many of the most frequent unlinked gold names to list per kind. */
const UNLINKED_LISTED = 20;

export function nerLink(data: LinkData): LinkFn {
  const deps = { ...data, countryOfCode: countryLookup(() => data.entities) };
  return (text, date, site) => {
    const { mentions, unknown } = linkText({ text, ...(date ? { date } : {}), ...(site ? { site } : {}), language: 'en' }, deps);
    return { mentions: mentions.map((m) => ({ ...m, type: data.entity(m.entityId)!.type, reason: reasonText(m.basis, m.chosenOver) })), unknown };
  };
}

export function evalSeed(data: LinkData): Promise<SeedResult[]> {
  return checkSeed(path.join(SHARED, 'fixtures'), (text, date, language) => linkText({ text, ...(date ? { date } : {}), ...(language ? { language } : {}) }, data).mentions, data.entity);
}

/** Scores one corpus; `pooled`, when given, also receives its counts. */
export function evalNer(data: LinkData, corpus: string, misses?: string[], pooled?: NerScore, link: LinkFn = nerLink(data)): NerFigures & { linked: number; gold: number } {
  const score = emptyScore();
  for (const doc of readNerDocs(path.join(SHARED, 'corpora/ner', corpus, 'dev'))) scoreDoc(doc, link, score);
  if (pooled) addScore(pooled, score);
  for (const m of score.misses) misses?.push([corpus, m.doc, m.text, m.entityId, data.entity(m.entityId)?.name, m.reason, m.gold].join('\t'));
  return { ...figures(score), linked: score.linked, gold: score.gold };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

async function main(argv: string[]): Promise<number> {
  if (!existsSync(SHARED)) {
    console.log(`eval:link: ${SHARED} is absent; the seed article and NER corpora cannot be checked, skipped`);
    return 0;
  }
  const data = await loadLinkData();
  console.log(`dataset: ${data.entities.length} entities, ${data.matcher.aliasCount} aliases in the matcher`);
  let failed = false;
  for (const r of await evalSeed(data)) {
    console.log(`seed ${r.layout}: ${r.checks - r.failures.length}/${r.checks} checks pass`);
    for (const f of r.failures) console.log(`  FAIL ${f}`);
    failed ||= r.failures.length > 0;
  }
  const misses: string[] = [];
  const pooled = emptyScore();
  const line = (name: string, f: NerFigures & { linked: number; gold: number }) =>
    console.log(
      `${name}: precision ${pct(f.precision)} (exact span ${pct(f.exactPrecision)}) of ${f.linked} linked · recall ${pct(f.recall)} of ${f.gold} gold PER/ORG · actor recall ${pct(f.actorRecall)} · unknown-name recall ${pct(f.unknownRecall)} (precision ${pct(f.unknownPrecision)}) · linked or unknown ${pct(f.markedRecall)}`,
    );
  for (const corpus of NER_CORPORA) line(corpus, evalNer(data, corpus, misses, pooled));
  line('all four pooled', { ...figures(pooled), linked: pooled.linked, gold: pooled.gold });
  // Recall here is mention-level: the share of gold PER and ORG mentions a linked mention of their kind covers.
  console.log(`pooled recall by kind: ${GOLD_KINDS.map((k) => `${k} ${pct(pooled.byKind[k].found / Math.max(1, pooled.byKind[k].gold))} of ${pooled.byKind[k].gold}`).join(' · ')}`);
  for (const kind of GOLD_KINDS) {
    const top = topUnlinked(pooled, kind, UNLINKED_LISTED);
    console.log(`most frequent unlinked gold ${kind} names (pooled): ${top.map((t) => `${t.name} ×${t.count}`).join(', ')}`);
  }
  if (argv.includes('--baseline')) {
    const base = emptyScore();
    // compromise only finds names, so its recall is the "linked" one and it reports no unknown names.
    for (const corpus of NER_CORPORA) line(`compromise on ${corpus}`, evalNer(data, corpus, undefined, base, compromiseFinder));
    line('compromise pooled', { ...figures(base), linked: base.linked, gold: base.gold });
  }
  const missesFile = argv[argv.indexOf('--misses') + 1];
  if (argv.includes('--misses') && missesFile) writeFileSync(missesFile, `${misses.join('\n')}\n`);
  return failed ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
