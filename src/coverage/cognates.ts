/**
 * Cognate keys: what a word keeps across the languages of European news once its vowels
 * and spelling habits are gone. `garantía` / `guarantee` / `Garantie` → `grnt`; `Krone` /
 * `crown` / `couronne` → `krn`; `contrat` / `contract` → `kntr`. Translation keeps such words
 * (and names and numbers) while it changes every other, so two renderings of one statement
 * in different languages share several keys where two different statements share few.
 */

/** Letters that carry no consonant sound worth comparing (vowels, and glides). */
const SOFT = /[aeiouyhw]/g;

/**
 * The cognate key of a folded word (lower case, no accents): its first four consonants after
 * common spelling variants are merged (c and q → k, ph → f) and doubled letters collapsed
 * (so `ck` → `k`); null for a word with fewer than two consonants (too short to say anything).
 * @example cognateKey('conteneur') === cognateKey('container') // 'kntn'
 */
export function cognateKey(norm: string): string | null {
  // A plural -s (French, Spanish, English) is no part of the stem.
  const consonants = (norm.length > 4 ? norm.replace(/s$/, '') : norm)
    .replace(/ph/g, 'f')
    .replace(/[cq]/g, 'k')
    .replace(/[^a-z]/g, '')
    .replace(SOFT, '')
    .replace(/(.)\1+/g, '$1');
  return consonants.length >= 2 ? consonants.slice(0, 4) : null;
}

/** Cognate keys of the content words of a word list (words of four letters or more). */
export function cognateKeys(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    if (w.length < 4) continue;
    const key = /^\d+$/.test(w) ? `#${w}` : cognateKey(w);
    if (key) out.add(key);
  }
  return out;
}
