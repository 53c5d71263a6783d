// Readable, stable ids for what a pack brings: entity ids from names, pack ids from pack names.

/** Long enough to tell names apart, short enough for a storage key. */
const MAX_SLUG_CHARS = 60;

/** "Sergeï Lavrov" → "sergei-lavrov". Empty for names with no Latin letters or digits. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_CHARS)
    .replace(/-+$/, '');
}

/** FNV-1a, as 8 hex digits: an id for a name in a script `slug` drops ("Ахмед Закаев"). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** A slug of the text, or a hash of it when it has nothing to slug. */
export function slugOrHash(text: string): string {
  return slug(text) || `x${hash(text.normalize('NFC'))}`;
}
