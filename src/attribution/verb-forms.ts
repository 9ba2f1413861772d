/**
 * Finite verb forms read from a token alone, shared by the clause readers (clause-bounds.ts)
 * and the noun-phrase scans (noun-phrase.ts), which cannot import each other.
 */
import type { Token } from './tokenize.js';
import { FINITE_AUXILIARIES, IRREGULAR_PARTICIPLES, IRREGULAR_PAST } from './word-lists.js';

/** A lower-case verb in the past tense (`kept`, `added`). */
export function isPastTense(t: Token): boolean {
  return t.type === 'word' && !t.upper && (t.lower.endsWith('ed') || IRREGULAR_PAST.has(t.lower));
}

/** A past tense or a past participle (`opened`, `spoken`). */
export function isParticiple(t: Token): boolean {
  return isPastTense(t) || IRREGULAR_PARTICIPLES.has(t.lower);
}

/** A lower-case word of four letters or more in -s, not -ss or -us: a present form (`helps`, `comments`) or a plural. */
export function isPresentForm(t: Token): boolean {
  return t.type === 'word' && !t.upper && t.lower.length >= 4 && /[^su]s$/.test(t.lower);
}

/** A lower-case finite verb: a past tense or an auxiliary (`kept`, `has`; not `May` or `Will`). */
export function isFiniteVerb(t: Token): boolean {
  return isPastTense(t) || (t.type === 'word' && !t.upper && FINITE_AUXILIARIES.has(t.lower));
}
