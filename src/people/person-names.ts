/**
 * Normalising person names and deriving their lookup keys. A name is reduced to its folded
 * words without titles, possessives or generational suffixes, so that "President Kanye
 * West", "Kanye West's" and "KANYE WEST" all read as `kanye west`.
 */
import { FORMAL_GIVEN_NAMES, fold, NAME_PARTICLES, SUFFIXES, TITLES } from './name-words.js';

/**
 * The folded words of a name, without leading titles, possessive `'s`, trailing suffixes
 * and bracketing punctuation.
 * @example nameWords('Former President Donald J. Trump Jr.') // ['donald', 'j', 'trump']
 */
export function nameWords(name: string): string[] {
  const words = (name.match(/[\p{L}\p{N}]+(?:['’ʼ-][\p{L}\p{N}]+)*/gu) ?? []).map(fold).map((w) => w.replace(/'s$/, ''));
  let start = 0;
  while (start < words.length - 1 && TITLES.has(words[start])) start++;
  // A place or body before the title belongs to the title, not the name ("Kelderhaven
  // Mayor Ansel Marrow", "Harbor Authority Director Jo Quill"): cut after the last title
  // that still leaves two words.
  for (let k = words.length - 3; k > start; k--) {
    if (TITLES.has(words[k])) {
      start = k + 1;
      break;
    }
  }
  let end = words.length;
  while (end > start + 1 && SUFFIXES.has(words[end - 1])) end--;
  return words.slice(start, end).filter((w) => w.length > 0);
}

/** The normalised name: its words joined by single spaces. */
export function normalizeName(name: string): string {
  return nameWords(name).join(' ');
}

/** The surname: the last word, with any lower-case particles before it (`van gogh`). */
export function surnameOf(words: readonly string[]): string {
  if (words.length === 0) return '';
  let k = words.length - 1;
  while (k > 1 && NAME_PARTICLES.has(words[k - 1])) k--;
  return words.slice(k).join(' ');
}

/**
 * Whether two folded given names are the same name: equal, or a pet form and its formal
 * name (`tim` and `timothy`, `bill` and `will`; not `tim` and `tom`).
 */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  const formalA = FORMAL_GIVEN_NAMES.get(a);
  const formalB = FORMAL_GIVEN_NAMES.get(b);
  return formalA !== undefined && formalB !== undefined && formalA.some((f) => formalB.includes(f));
}

/** Initials of a multi-word name (`john legend` → `jl`), or '' for one word. */
export function initialsOf(words: readonly string[]): string {
  return words.length >= 2 ? words.map((w) => w[0]).join('') : '';
}

/**
 * Normalised lookup keys for a name, used by the store to find known people: the full name,
 * and for several words the surname and first name; a single word may be either.
 * @example personKeys('John Legend') // ['name:john legend', 'surname:legend', 'first:john']
 * @example personKeys('Legend') // ['name:legend', 'surname:legend', 'first:legend']
 */
export function personKeys(name: string): string[] {
  const words = nameWords(name);
  if (words.length === 0) return [];
  const full = words.join(' ');
  if (words.length === 1) return [`name:${full}`, `surname:${full}`, `first:${full}`];
  return [`name:${full}`, `surname:${surnameOf(words)}`, `first:${words[0]}`];
}
