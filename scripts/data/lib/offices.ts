// What makes two terms terms of one office, and which offices one person holds at a time: shared by
// the importers that close open terms and the audit that checks them.
import type { Role } from '../../../src/core/dataset/schema.js';

/** One office: the same title of the same country (or named jurisdiction). */
export function officeKey(role: Role): string {
  return `${role.title}|${role.of ?? ''}|${role.ofName ?? ''}`;
}

/**
 * Offices one person holds at a time by their nature: a head of state or government ("President",
 * "Premier of Victoria"). Others (deputies, members, ambassadors) are shared or too loosely titled
 * for a newer holder to prove anything about an older one.
 */
export const SINGLE_HOLDER = /^(?:president|prime minister|premier|chancellor|federal chancellor|monarch|king|queen|emperor|emir|sultan|supreme leader|governor-general)(?: of\b|$)/i;
