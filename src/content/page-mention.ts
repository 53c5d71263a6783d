import type { MentionView } from '../shared/messages';

/** A linked mention on the live page: the background's answer plus where it sits in the DOM. */
export type PageMention = MentionView & { range: Range; index: number };
