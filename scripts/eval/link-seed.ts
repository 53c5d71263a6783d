// The seed article (../shared/fixtures): in each layout, every "must" and "countries" mention linked
// to the named entity exactly as often as expected, optional ones only to what they stand for, and no
// "mustNot" text linked. The page goes through the real detector and text collector first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Entity } from '../../src/core/dataset/schema';
import type { Mention } from '../../src/core/link/index';
import { foldWord } from '../../src/core/match/tokenize';
import { annotateDocument } from '../../src/cli/annotate';

interface Expected {
  mentions: {
    must: Array<{ surface: string; count: number; entity: string }>;
    countries: Array<{ surface: string; count: number; entity: string }>;
    optional: Array<{ surface: string; entity: string }>;
    mustNot: string[];
  };
}

export const SEED_LAYOUTS = ['seed-article.html', 'seed-article-divsoup.html', 'seed-article-dynamic.html'];
/** The dynamic layout adds its body 0.3 s and 1.2 s after load. */
const DYNAMIC_SETTLE_MS = 1500;

export interface SeedResult {
  layout: string;
  checks: number;
  failures: string[];
}

const fold = (s: string) => s.split(/[\s\-'’]+/).map(foldWord).join(' ');

/** The fixture names entities by label, sometimes with a gloss: "Kremlin (Russian presidency and government)". */
export function isEntityNamed(entity: Entity, label: string): boolean {
  const wanted = new Set([fold(label), fold(label.replace(/\s*\(.*\)\s*$/, ''))]);
  return [entity.name, ...entity.aliases.map((a) => a.name)].some((n) => wanted.has(fold(n)));
}

async function articleOf(path: string, dynamic: boolean): Promise<{ bodyText: string; published?: string; language?: string }> {
  const dom = new JSDOM(readFileSync(path), { virtualConsole: new VirtualConsole(), ...(dynamic ? { runScripts: 'dangerously' as const } : {}) });
  try {
    if (dynamic) await new Promise((r) => setTimeout(r, DYNAMIC_SETTLE_MS));
    const a = annotateDocument(dom.window.document);
    return { bodyText: a.bodyText, ...(a.published ? { published: a.published } : {}), ...(a.language ? { language: a.language } : {}) };
  } finally {
    dom.window.close();
  }
}

/** The semantic layout's article, as the detector and text collector give it. */
export function seedArticle(fixtures: string): Promise<{ bodyText: string; published?: string; language?: string }> {
  return articleOf(join(fixtures, SEED_LAYOUTS[0]!), false);
}

export type SeedLink = (text: string, date: string | undefined, language: string | undefined) => Mention[];

/** The photo caption of the semantic layout: expected counts include it, and one layout has no photo. */
function referenceCaption(fixtures: string): string {
  const dom = new JSDOM(readFileSync(join(fixtures, SEED_LAYOUTS[0]!)));
  try {
    return dom.window.document.querySelector('figcaption')?.textContent?.trim() ?? '';
  } finally {
    dom.window.close();
  }
}

function occurrences(text: string, surface: string): number {
  return text.split(new RegExp(`\\b${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`)).length - 1;
}

export async function checkSeed(fixtures: string, link: SeedLink, entity: (id: string) => Entity | undefined): Promise<SeedResult[]> {
  const expected = JSON.parse(readFileSync(join(fixtures, 'seed-article.expected.json'), 'utf8')) as Expected;
  const caption = referenceCaption(fixtures);
  const results: SeedResult[] = [];
  for (const layout of SEED_LAYOUTS) {
    const path = join(fixtures, layout);
    const article = await articleOf(path, layout.includes('dynamic'));
    // A layout whose page has no photo has no caption to count in; a caption the page has but the
    // collected text lacks is the detector's miss and is not excused.
    const captionless = caption !== '' && !readFileSync(path, 'utf8').includes(caption.slice(0, 40));
    const mentions = link(article.bodyText, article.published, article.language);
    const failures: string[] = [];
    let checks = 0;
    for (const item of [...expected.mentions.must, ...expected.mentions.countries]) {
      checks++;
      const count = item.count - (captionless ? occurrences(caption, item.surface) : 0);
      const same = mentions.filter((m) => m.text === item.surface);
      const right = same.filter((m) => { const e = entity(m.entityId); return e !== undefined && isEntityNamed(e, item.entity); });
      if (right.length !== count || same.length !== right.length) {
        failures.push(`${item.surface}: ${right.length}/${count} linked to ${item.entity}${same.length > right.length ? `, ${same.length - right.length} to another entity` : ''}`);
      }
    }
    for (const item of expected.mentions.optional) {
      checks++;
      const wrong = mentions.filter((m) => m.text === item.surface && !item.entity.split(/ or /).some((label) => { const e = entity(m.entityId); return e !== undefined && isEntityNamed(e, label); }));
      if (wrong.length > 0) failures.push(`${item.surface}: linked to ${wrong[0]!.entityId}, not ${item.entity}`);
    }
    for (const text of expected.mentions.mustNot) {
      checks++;
      const bad = mentions.filter((m) => m.text.includes(text));
      if (bad.length > 0) failures.push(`"${text}" must not be linked (linked ${bad.length}×)`);
    }
    results.push({ layout, checks, failures });
  }
  return results;
}
