// Plain-English pieces shared by the as-of facts and the generated summaries.
import type { BoundedDate, Role } from '../dataset/schema.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2021-09-07" → "7 September 2021"; "2021-09" → "September 2021"; "2021" → "2021". */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1]!;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** A date as a reader reads it, with its bound: "1933 or earlier", "1939 or later". */
export function boundedDate(v: BoundedDate): string {
  const date = formatDate(v.value);
  return v.bound === 'by' ? `${date} or earlier` : v.bound === 'or-later' ? `${date} or later` : date;
}

export function year(date: string): string {
  return date.slice(0, 4);
}

/** "Minister of Foreign Affairs of Russia": the title, and the body it is of unless the title already says it. */
export function roleTitle(role: Role, name: (id: string) => string | undefined): string {
  const of = (role.of && name(role.of)) || role.ofName;
  if (!of || role.title.toLowerCase().includes(of.toLowerCase())) return role.title;
  const country = `${TAKES_THE.test(of) && !/^the /i.test(of) ? 'the ' : ''}${of}`;
  // "Ambassador of Russia to France", not "Ambassador to France of Russia".
  const envoy = ENVOY.exec(role.title);
  return envoy ? `${envoy[1]} of ${country} to ${envoy[2]}` : `${role.title} of ${country}`;
}

/** A diplomat's title and where they are sent: "Permanent Representative" to "the United Nations". */
const ENVOY = /^((?:ambassador|permanent representative|envoy|high commissioner)\b.*?) to (.+)$/i;

/** Names English gives "the": "Prime Minister of the United Kingdom", "of the Philippines", "of the African Union". */
const TAKES_THE = /^(?:United |Netherlands$|Philippines$|Bahamas$|Gambia$|Maldives$|Comoros$|Seychelles$)|\b(?:Republic|Kingdom|Islands|Emirates|Union|Federation)\b/;
