// Scores the linker on NER corpora (../shared/corpora/ner/<corpus>/dev/docs.jsonl): every linked person
// or organisation should sit on a gold PER/ORG span (precision); recall is against all gold PER/ORG
// mentions, most of whom the dataset cannot know, so it measures coverage as much as the linker.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType } from '../../src/core/dataset/schema';
import type { Mention, UnknownName } from '../../src/core/link/index';
import { foldWord } from '../../src/core/match/tokenize';

export interface GoldSpan {
  type: string;
  start: number;
  end: number;
  text: string;
}

export interface NerDoc {
  id: string;
  /** The page's host name, where the corpus gives the page's address (worldwide_newswire). */
  site?: string;
  text: string;
  gold: GoldSpan[];
}

/** What scoring reads of a mention, with why it was linked in one line (the misses file prints it). */
type ScoredMention = Pick<Mention, 'start' | 'end' | 'text' | 'entityId'> & { type: EntityType; reason: string };
export type LinkFn = (text: string, date: string | undefined, site?: string) => { mentions: ScoredMention[]; unknown: UnknownName[] };

export interface NerScore {
  docs: number;
  linked: number;
  /** Linked mentions overlapping a gold span of their type (person ↔ PER, organisation ↔ ORG). */
  correct: number;
  /** Linked mentions whose span is exactly a gold span of their type. */
  exact: number;
  gold: number;
  goldFound: number;
  actorRecallSum: number;
  actorDocs: number;
  unknownGold: number;
  unknownFound: number;
  unknownReported: number;
  unknownOnGold: number;
  misses: Array<{ doc: string; text: string; entityId: string; reason: string; gold: string }>;
  /** Gold PER/ORG mentions by kind: how many, and how many a linked mention of that kind covers. */
  byKind: Record<GoldKind, { gold: number; found: number }>;
  /** Gold mentions left unlinked, counted by kind and name as written: what the dataset or linker misses most. */
  unlinked: Map<string, number>;
}

export const GOLD_KINDS = ['PER', 'ORG'] as const;
export type GoldKind = (typeof GOLD_KINDS)[number];

const GOLD_TYPE: Record<string, string> = { person: 'PER', organization: 'ORG' };
// A dateline such as "LONDON 1996-08-30" gives the article's date when the corpus has no metadata.
const DATELINE_DATE = /\b(1[89]\d\d|20\d\d)-(0[1-9]|1[0-2])-([0-2]\d|3[01])\b/;

interface RawDoc {
  doc_id: string;
  url?: string | null;
  text: string;
  text_is_original: boolean;
  token_offsets: Array<[number, number]>;
  sentences: Array<[number, number]>;
  entities: Array<{ type: string; char_start: number; char_end: number; text: string }>;
}

export function readNerDocs(dir: string): NerDoc[] {
  return readFileSync(join(dir, 'docs.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const d = JSON.parse(line) as RawDoc;
      const site = d.url && URL.canParse(d.url) ? new URL(d.url).hostname : undefined;
      return { id: d.doc_id, ...(site ? { site } : {}), text: segmented(d), gold: d.entities.map((e) => ({ type: e.type, start: e.char_start, end: e.char_end, text: e.text })) };
    });
}

/**
 * Where the corpus has no original text (CoNLL, WikiGold) it joins every token with one space, so the
 * headline, the dateline and the body run together on one line; a page gives each its own block, and
 * the linker reads a headline and a dateline by their lines. Each segment of the corpus starts a line
 * here: the space before it becomes a line break, so no offset moves.
 */
function segmented(d: RawDoc): string {
  if (d.text_is_original) return d.text;
  const chars = d.text.split('');
  for (const [first] of d.sentences.slice(1)) {
    const at = d.token_offsets[first]![0] - 1;
    if (chars[at] === ' ') chars[at] = '\n';
  }
  return chars.join('');
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** One actor per distinct name: a person by surname (so "Lavrov" and "Sergei Lavrov" are one), an organisation by its words. */
function actorKey(g: GoldSpan): string {
  const words = g.text.split(/[\s-]+/).map(foldWord).filter(Boolean);
  return `${g.type}:${g.type === 'PER' ? words[words.length - 1] : words.join(' ')}`;
}

export function emptyScore(): NerScore {
  return {
    docs: 0, linked: 0, correct: 0, exact: 0, gold: 0, goldFound: 0, actorRecallSum: 0, actorDocs: 0, unknownGold: 0, unknownFound: 0, unknownReported: 0, unknownOnGold: 0, misses: [],
    byKind: { PER: { gold: 0, found: 0 }, ORG: { gold: 0, found: 0 } },
    unlinked: new Map(),
  };
}

type Counts = Exclude<keyof NerScore, 'misses' | 'byKind' | 'unlinked'>;

/** Adds the counts of `from` into `into` (misses stay with their corpus). */
export function addScore(into: NerScore, from: NerScore): void {
  for (const key of Object.keys(from) as Array<keyof NerScore>) {
    if (key !== 'misses' && key !== 'byKind' && key !== 'unlinked') into[key as Counts] += from[key as Counts];
  }
  for (const kind of GOLD_KINDS) {
    into.byKind[kind].gold += from.byKind[kind].gold;
    into.byKind[kind].found += from.byKind[kind].found;
  }
  for (const [name, n] of from.unlinked) into.unlinked.set(name, (into.unlinked.get(name) ?? 0) + n);
}

/** The `limit` gold names of `kind` most often left unlinked, most frequent first (ties by name, for stable output). */
export function topUnlinked(score: NerScore, kind: GoldKind, limit: number): Array<{ name: string; count: number }> {
  const prefix = `${kind}\t`;
  return [...score.unlinked]
    .filter(([key]) => key.startsWith(prefix))
    .map(([key, count]) => ({ name: key.slice(prefix.length), count }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, limit);
}

export function scoreDoc(doc: NerDoc, link: LinkFn, into: NerScore): void {
  const { mentions, unknown } = link(doc.text, DATELINE_DATE.exec(doc.text.slice(0, 200))?.[0], doc.site);
  const gold = doc.gold.filter((g) => g.type === 'PER' || g.type === 'ORG');
  const actors = mentions.filter((m) => m.type !== 'country');
  into.docs++;
  for (const m of actors) {
    into.linked++;
    const same = gold.filter((g) => g.type === GOLD_TYPE[m.type] && overlaps(g, m));
    if (same.length > 0) into.correct++;
    else into.misses.push({ doc: doc.id, text: m.text, entityId: m.entityId, reason: m.reason, gold: doc.gold.filter((g) => overlaps(g, m)).map((g) => `${g.type}:${g.text}`).join(',') });
    if (same.some((g) => g.start === m.start && g.end === m.end)) into.exact++;
  }
  const found = new Set<string>();
  const keys = new Set<string>();
  for (const g of gold) {
    const kind = into.byKind[g.type as GoldKind];
    into.gold++;
    kind.gold++;
    keys.add(actorKey(g));
    if (actors.some((m) => GOLD_TYPE[m.type] === g.type && overlaps(g, m))) {
      into.goldFound++;
      kind.found++;
      found.add(actorKey(g));
      continue;
    }
    const key = `${g.type}\t${g.text}`;
    into.unlinked.set(key, (into.unlinked.get(key) ?? 0) + 1);
    if (!mentions.some((m) => overlaps(g, m))) {
      into.unknownGold++;
      if (unknown.some((u) => overlaps(g, u))) into.unknownFound++;
    }
  }
  into.unknownReported += unknown.length;
  into.unknownOnGold += unknown.filter((u) => gold.some((g) => overlaps(g, u))).length;
  if (keys.size > 0) {
    into.actorDocs++;
    into.actorRecallSum += found.size / keys.size;
  }
}

export interface NerFigures {
  precision: number;
  exactPrecision: number;
  recall: number;
  actorRecall: number;
  unknownRecall: number;
  unknownPrecision: number;
  /** Gold PER/ORG mentions either linked or reported as unknown: what the reader sees marked at all. */
  markedRecall: number;
}

export function figures(s: NerScore): NerFigures {
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    precision: ratio(s.correct, s.linked),
    exactPrecision: ratio(s.exact, s.linked),
    recall: ratio(s.goldFound, s.gold),
    actorRecall: ratio(s.actorRecallSum, s.actorDocs),
    unknownRecall: ratio(s.unknownFound, s.unknownGold),
    unknownPrecision: ratio(s.unknownOnGold, s.unknownReported),
    markedRecall: ratio(s.goldFound + s.unknownFound, s.gold),
  };
}
