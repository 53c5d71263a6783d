// The linking part of `annotate`: mentions, unknown names and entity cards for an article's body text.
// The committed dataset is read and its matcher compiled once, when this module is first imported.
import type { AnnotateExtension } from './annotate';
import { entityCard, entityRef } from '../core/facts/card';
import { linkText } from '../core/link/index';
import { reasonText } from '../core/resolve/basis';
import { type LinkData, loadLinkData } from '../../scripts/eval/link-data';

/** `annotate` fields for one article: offsets are into `bodyText`; cards are as of the article's date. */
export function createLinkFields(data: LinkData): AnnotateExtension {
  const sourceById = new Map(data.sources.map((s) => [s.id, s]));
  const ctx = { name: (id: string) => data.entity(id)?.name, source: (id: string) => sourceById.get(id) };
  return ({ bodyText, published, language }) => {
    const { mentions, unknown } = linkText({ text: bodyText, ...(published ? { date: published } : {}), ...(language ? { language } : {}) }, data);
    const date = published?.slice(0, 10);
    const linked = mentions.flatMap((m) => {
      const e = data.entity(m.entityId);
      return e ? [{ mention: m, entity: e }] : [];
    });
    const entities = [...new Map(linked.map(({ entity }) => [entity.id, entity])).values()];
    return {
      mentions: linked.map(({ mention: m, entity }) => ({ start: m.start, end: m.end, text: m.text, entity: entityRef(entity), confidence: m.confidence, reason: reasonText(m.basis, m.chosenOver) })),
      unknown,
      entities: entities.map((e) => {
        const { id, name, type, wikidata, summary, facts, since } = entityCard(e, date, ctx);
        return { id, name, type, ...(wikidata ? { wikidata } : {}), ...(summary ? { summary } : {}), facts, since };
      }),
    };
  };
}

export const linkFields: AnnotateExtension = createLinkFields(await loadLinkData());
