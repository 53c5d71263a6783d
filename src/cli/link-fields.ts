// The linking part of `annotate`: mentions, unknown names and entity cards for an article's body text.
// The committed dataset is read and its matcher compiled once, when this module is first imported.
import type { AnnotateExtension } from './annotate';
import type { Entity } from '../core/dataset/schema';
import { factsAsOf } from '../core/facts/as-of';
import { linkText, type Mention } from '../core/link/index';
import { type LinkData, loadLinkData } from '../../scripts/eval/link-data';

const ref = (e: Entity) => ({ id: e.id, name: e.name, type: e.type, ...(e.wikidata ? { wikidata: e.wikidata } : {}) });

function card(e: Entity, date: string | undefined, data: LinkData) {
  const sourceById = new Map(data.sources.map((s) => [s.id, s]));
  const { facts, since } = factsAsOf(e, date, { name: (id) => data.entity(id)?.name, source: (id) => sourceById.get(id) });
  const summary = e.summary ? { label: 'Summary', value: e.summary.value, source: e.summary.source, asOf: e.summary.asOf } : undefined;
  return { ...ref(e), ...(summary ? { summary } : {}), facts, since };
}

/** `annotate` fields for one article: offsets are into `bodyText`; cards are as of the article's date. */
export function createLinkFields(data: LinkData): AnnotateExtension {
  return ({ bodyText, published, language }) => {
    const { mentions, unknown } = linkText({ text: bodyText, ...(published ? { date: published } : {}), ...(language ? { language } : {}) }, data);
    const date = published?.slice(0, 10);
    const known = (m: Mention) => data.entity(m.entityId);
    const ids = [...new Set(mentions.map((m) => m.entityId))];
    return {
      mentions: mentions.flatMap((m) => {
        const e = known(m);
        return e ? [{ start: m.start, end: m.end, text: m.text, entity: ref(e), confidence: m.confidence, reason: m.reason }] : [];
      }),
      unknown,
      entities: ids.flatMap((id) => {
        const e = data.entity(id);
        return e ? [card(e, date, data)] : [];
      }),
    };
  };
}

export const linkFields: AnnotateExtension = createLinkFields(await loadLinkData());
