// Person names as lists write them, turned into the order an article writes them. Parliament rolls
// and sanctions lists put the surname first behind a comma ("Gandhi, Smt. Sonia", "LAVROV, Sergei
// Viktorovich"); Wikidata labels put a suffix or a peerage there ("Jon Huntsman, Jr.", "David
// Wolfson, Baron Wolfson of Tredegar"), and fall back to a Russian label in catalogue form
// ("Камко, Андрей Леонидович") when a person has no English one. Kept in list order, no article
// ever matches the name.
import { titleCase } from './text.js';

/**
 * Forms of address the Lok Sabha roll and the sanctions lists write before the given names: not part
 * of anyone's name ("Shri", "Smt.", "Km." are Mr, Mrs and Miss; "(Smt.)" follows a "Dr.").
 */
const HONORIFIC = /^(?:(?:Shri|Shrimati|Smt|Sushri|Kumari|Km|Dr|Prof|Adv|Mr|Mrs|Ms)\.?\s+|\((?:Smt|Dr|Shri)\.?\)\s*)/i;
/** Generational suffixes stay with the name, after it: "Jon Huntsman Jr.". */
const SUFFIX = /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/;
/**
 * A peerage or a throne after the comma is a title, not given names: the name before it is the
 * person's own. A throne only with its "of": Sultan and Prince are given names too ("Zabin, Sultan").
 */
const TITLE = /^(?:(?:\d+(?:st|nd|rd|th)\s+)?(?:Baron|Baroness|Lord|Lady|Viscount|Viscountess|Earl|Countess|Marquess|Marchioness)\s+\S|(?:Prince|Princess|King|Queen|Grand Duke|Grand Duchess|Duke|Duchess|Emir|Sultan)\s+of\s)/;
/** Degrees written after a name ("Dr. Ir. Hertifah, MPP", "S.H., M.Si."): capitals or dotted abbreviations only. */
const DEGREE = String.raw`(?:[A-Z]{2,4}|(?:[A-Z][a-z]?\.){1,3})`;
const DEGREES = new RegExp(`^${DEGREE}(?:[\\s,]+${DEGREE})*$`);

export interface ReadingName {
  /** How the person is named: the list form in reading order, or the list form when it already is. */
  name: string;
  /** The person's own name apart from the title after the comma ("David Wolfson"), when there is one. */
  own?: string;
}

function stripHonorifics(text: string): string {
  let out = text.trim();
  for (let m = HONORIFIC.exec(out); m; m = HONORIFIC.exec(out)) out = out.slice(m[0].length).trim();
  return out;
}

/** Surname-first list names in reading order; other names unchanged. */
export function readingName(written: string): ReadingName {
  const comma = written.indexOf(',');
  if (comma < 0) return { name: written.trim() };
  const head = written.slice(0, comma).trim();
  const tail = written.slice(comma + 1).trim();
  if (!head || !tail) return { name: (head || tail).trim() };
  if (SUFFIX.test(tail)) return { name: `${head} ${tail}` };
  if (TITLE.test(tail)) return { name: written.trim(), own: head };
  const given = stripHonorifics(tail);
  // "Bhavana Gawali (Patil), Ms.", "Dr. Ir. Hertifah, MPP": the comma closes the name.
  if (!given || DEGREES.test(tail)) return { name: head };
  const surname = /\p{Ll}/u.test(head) ? head : titleCase(head);
  return { name: `${given} ${surname}` };
}
