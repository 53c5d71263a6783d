// The reference the issue measures against: compromise's people() and organizations() on the same
// texts, scored the same way (its spans are found, not linked, so this bounds what NER alone gives).
import nlp from 'compromise';
import type { LinkFn } from './link-ner';

type Found = { offset: { start: number; length: number } };

export const compromiseFinder: LinkFn = (text) => {
  const doc = nlp(text);
  const spans = (list: Found[], type: 'person' | 'organization') =>
    list.map(({ offset }) => ({
      start: offset.start,
      end: offset.start + offset.length,
      text: text.slice(offset.start, offset.start + offset.length),
      entityId: '',
      confidence: 1,
      reason: 'compromise',
      type,
    }));
  return {
    mentions: [...spans(doc.people().json({ offset: true }) as Found[], 'person'), ...spans(doc.organizations().json({ offset: true }) as Found[], 'organization')],
    unknown: [],
  };
};
