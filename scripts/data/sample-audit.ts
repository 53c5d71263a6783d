// tsx scripts/data/sample-audit.ts [seed] [count] — the own audit of issue #11: draws entities at
// random (seed printed), picks a realistic article date for each, and prints every fact the card
// shows at that date next to the raw source lines it cites, for a person to check one by one.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Entity } from '../../src/core/dataset/schema.js';
import { demonymOf } from '../../src/core/dataset/bundle.js';
import { entityCard } from '../../src/core/facts/card.js';
import { readCommittedDataset, REPO_ROOT } from './read.js';
import { SOURCES } from './sources/registry.js';

/** Article dates are drawn from these years: the span the sources' dates cover. */
const FIRST_YEAR = 2019;
const LAST_YEAR = 2025;

/** mulberry32: a small seeded generator, so a printed seed redraws the same sample. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const shared = path.resolve(REPO_ROOT, '../shared/data');
const wdDir = path.join(shared, 'wikidata-everypolitician-scrapers');
const csvFiles = existsSync(wdDir)
  ? readdirSync(wdDir).flatMap((repo) =>
      ['html/holders21.csv', 'html/current.csv', 'html/bio.csv', 'html/legislators.csv', 'wikidata/results/current-cabinet.csv', 'wikidata/results/current-members.csv', 'sources/foreign/wikidata.csv', 'data/wikidata.csv']
        .map((f) => path.join(wdDir, repo, f))
        .filter(existsSync),
    )
  : [];
const csvText = new Map(csvFiles.map((f) => [f, readFileSync(f, 'utf8').split('\n')]));
const factbookDirs = ['cia-factbook-json/snapshot-2021-10-21', 'cia-factbook-json/latest-2026-01-22'].map((d) => path.join(shared, d));
const sharedLines = (rel: string) => (existsSync(path.join(shared, rel)) ? readFileSync(path.join(shared, rel), 'utf8').split('\n') : []);
const OFAC_FILES: Record<string, string[]> = { [SOURCES.ofac2022.id]: sharedLines('ofac-sdn/2022-01-31/sdn.csv'), [SOURCES.ofac2024.id]: sharedLines('ofac-sdn/2024-05-03/sdn.csv') };
const partyRows = sharedLines('partyfacts/import__elecglob__partyfacts-core-parties.csv');
const partyLinks = sharedLines('partyfacts/import__wikipedia__wikidata.csv');
const unXml = existsSync(path.join(shared, 'un-sc-consolidated/consolidated_2025-04-19.xml')) ? readFileSync(path.join(shared, 'un-sc-consolidated/consolidated_2025-04-19.xml'), 'utf8') : '';

/** The raw lines a fact's source holds about the entity. */
function rawLines(e: Entity, source: string): string[] {
  if (source === SOURCES.wikidata.id && e.wikidata) {
    const out: string[] = [];
    for (const [f, lines] of csvText) for (const l of lines) if (l.includes(`${e.wikidata},`) || l.endsWith(e.wikidata)) out.push(`${path.relative(wdDir, f)}: ${l}`);
    return out;
  }
  if (source === SOURCES.factbook2021.id || source === SOURCES.factbook2026.id) {
    const surname = e.aliases.find((a) => a.kind === 'surname' && a.source === source)?.name.toUpperCase();
    const dir = factbookDirs[source === SOURCES.factbook2021.id ? 0 : 1]!;
    if (!surname) return [];
    const out: string[] = [];
    for (const region of readdirSync(dir)) {
      if (region === 'meta' || !existsSync(path.join(dir, region)) || region.endsWith('.md')) continue;
      for (const file of readdirSync(path.join(dir, region))) {
        const g = (JSON.parse(readFileSync(path.join(dir, region, file), 'utf8')) as Record<string, Record<string, Record<string, { text?: string }>>>)['Government']?.['Executive branch'];
        for (const field of ['chief of state', 'head of government']) {
          const t = g?.[field]?.text;
          if (t?.includes(surname)) out.push(`${region}/${file} ${field}: ${t.slice(0, 240)}`);
        }
      }
    }
    return out;
  }
  if (source === SOURCES.un.id) {
    const refs = e.designations.filter((d) => d.source === source).map((d) => d.reference);
    return [...unXml.matchAll(/<(INDIVIDUAL|ENTITY)>([\s\S]*?)<\/\1>/g)]
      .filter((m) => refs.some((r) => m[2]!.includes(`<REFERENCE_NUMBER>${r}</REFERENCE_NUMBER>`)))
      .map((m) => m[2]!.replace(/<COMMENTS1>[\s\S]*?<\/COMMENTS1>/, '').replace(/\s+/g, ' ').slice(0, 700));
  }
  const ofac = OFAC_FILES[source];
  if (ofac) {
    // The list's name field ("OO, Mya Tun") holds every word of the name, in any order.
    const wordsOf = (name: string) => name.toUpperCase().split(/[\s,]+/).filter(Boolean);
    const words = wordsOf(e.name);
    return ofac
      .filter((l) => {
        const listed = wordsOf(/^\d+,"([^"]*)"/.exec(l)?.[1] ?? '');
        return words.every((w) => listed.includes(w));
      })
      .map((l) => l.slice(0, 400));
  }
  if (source === SOURCES.partyfacts.id) {
    // By the Wikidata link when there is one, else by the party's name.
    const ids = new Set(partyLinks.filter((l) => e.wikidata && l.split(',')[2] === e.wikidata).map((l) => l.split(',')[1]));
    return partyRows.filter((l) => ids.has(l.split(',')[1]) || (!ids.size && l.includes(e.name))).map((l) => l.slice(0, 400));
  }
  const s = handSources.find((h) => h.id === source);
  return [s ? `${s.name} ${s.url ?? ''} (read ${s.retrieved})` : `(${source}: see data/sources.json)`];
}

const seed = Number(process.argv[2] ?? Date.now() % 100000);
const count = Number(process.argv[3] ?? 60);
const next = rng(seed);
const { entities, sources } = await readCommittedDataset();
const handSources = sources.filter((h) => h.id.startsWith('web-'));
const byId = new Map(entities.map((e) => [e.id, e]));
const ctx = { name: (id: string) => byId.get(id)?.name, source: (id: string) => sources.find((s) => s.id === id), demonym: (id: string) => { const c = byId.get(id); return c && demonymOf(c); } };
console.log(`seed ${seed}, ${count} entities of ${entities.length}`);
const drawn = new Set<number>();
while (drawn.size < Math.min(count, entities.length)) drawn.add(Math.floor(next() * entities.length));
for (const i of drawn) {
  const e = entities[i]!;
  const year = FIRST_YEAR + Math.floor(next() * (LAST_YEAR - FIRST_YEAR + 1));
  const date = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
  const card = entityCard(e, date, ctx);
  console.log(`\n=== ${e.id} ${e.name} (${e.type}) at ${date}`);
  const shown = [...(card.summary ? [card.summary] : []), ...card.facts, ...card.since.map((f) => ({ ...f, label: `since: ${f.label}` }))];
  for (const f of shown) console.log(`  [${f.label}] ${f.value}   <${f.source} ${f.asOf}>`);
  for (const s of new Set(shown.map((f) => f.source))) for (const l of rawLines(e, s)) console.log(`    raw ${s}: ${l}`);
}
