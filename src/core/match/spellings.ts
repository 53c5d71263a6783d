// One key for the romanisations of one name. Arabic, Persian and Urdu names reach English in several
// spellings, and a report writes "Mohammed bin Salman" where the dataset lists "Mohammad bin Salman",
// "Shah Mehmood Qureshi" for "Shah Mahmood Qureshi". Matching them as one word lets a full name link
// whichever spelling the report chose; a name's parts are held to the same rules either way (a given
// name alone still never links). Only spellings of the same name, never two names ("Nasser" and
// "Nasir" are two).
const GROUPS: string[][] = [
  ['muhammad', 'mohammed', 'mohammad', 'mohamed', 'muhammed', 'mohamad', 'muhamad', 'mohammod', 'muhamed'],
  ['ahmad', 'ahmed'],
  ['mahmoud', 'mahmud', 'mahmood', 'mehmood', 'mehmud', 'mahmut'],
  ['hussein', 'hussain', 'husain', 'husein', 'hossein', 'hosein', 'husayn'],
  ['hassan', 'hasan'],
  ['yousef', 'yusuf', 'youssef', 'yousuf', 'yusef', 'yousif', 'youssouf'],
  ['abdullah', 'abdallah', 'abdulla'],
  ['khaled', 'khalid'],
  ['omar', 'umar'],
  ['osman', 'usman', 'othman', 'uthman'],
  ['rahman', 'rehman'],
  ['abdel', 'abdul'],
  ['mustafa', 'mostafa', 'moustafa', 'mustapha'],
  ['ibrahim', 'ebrahim'],
  ['sharif', 'shareef'],
  ['qureshi', 'qureishi', 'quraishi'],
  ['faisal', 'faysal'],
  // The Arabic article as English spells it: "Abdel Fattah el-Sisi", "Abdel Fattah Al Sisi".
  ['al', 'el'],
];

const CANONICAL = new Map<string, string>();
for (const [first, ...others] of GROUPS) for (const w of others) CANONICAL.set(w, first!);

/** The group's key for a folded word that is one of these spellings, else the word. */
export function canonicalSpelling(key: string): string {
  return CANONICAL.get(key) ?? key;
}

/**
 * Names borne by so many people that, with one other word, they narrow nothing: "Muhammad Asif" is a
 * cricketer, a Kashmiri shopkeeper and a minister's shortened name. Keys of the groups above.
 */
export const UBIQUITOUS_NAMES: ReadonlySet<string> = new Set(['muhammad', 'ahmad', 'ali', 'hassan', 'hussein', 'abdullah', 'abdel', 'mahmoud', 'ibrahim', 'khaled', 'omar', 'mustafa', 'yousef']);

/** The spellings that have another key, for the tokeniser's check of plain words by hash. */
export function respelled(): Iterable<string> {
  return CANONICAL.keys();
}
