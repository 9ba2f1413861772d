/**
 * A reporting gerund after a preposition: the one speaking is the subject of the clause the
 * phrase hangs on, as PolNeAR annotates it.
 *
 *   Quell stunned the board by saying the levy was dead.      (source: Quell)
 *   After saying she would not run, Quell filed her papers.   (source: Quell; content ends at the comma)
 *   Quell, while denying the ferry would close, sold it.      (source: Quell)
 *
 * The rule proposes; the learned report check (report-model.ts) weighs the proposal like any
 * other, and gerunds of doing rather than saying (`by winning`) have no cue form to begin with.
 */
import type { Token } from './tokenize.js';
import type { Found } from './types.js';
import type { TokenRange } from './noun-phrase.js';
import { commaPhraseEnd, contentEnd, contentStart, makeReport, type SentenceBounds } from './clause-bounds.js';
import { clauseSubject, sentenceSubject } from './sentence-subject.js';

export const PREPOSITION_GERUND_RULE = 'indirect/preposition-gerund';

/** Prepositions whose gerund shares the clause's subject (`by saying`, `after warning`). */
const GERUND_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'after', 'while', 'before', 'since', 'when', 'upon']);

/** Particles that make a verb of their own with the gerund before them. */
const PARTICLES: ReadonlySet<string> = new Set(['up', 'off', 'through', 'down', 'over', 'away']);

/** The preposition before the gerund at `c`, past one adverb (`after initially saying`), or -1. */
export function prepositionBefore(tokens: Token[], c: number, first: number): number {
  let p = c - 1;
  if (p > first && tokens[p].type === 'word' && !tokens[p].upper && tokens[p].lower.endsWith('ly')) p--;
  return p >= first && tokens[p].type === 'word' && GERUND_PREPOSITIONS.has(tokens[p].lower) ? p : -1;
}

/**
 * The report made by the gerund cue `cue` (token range; the gerund is its first token) when a
 * preposition stands before it, else null.
 *
 * @param addressee Whether the cue's first object is the one spoken to (`by telling voters …`).
 * @param inQuote For each token, whether it sits inside quotation marks.
 */
export function findPrepositionGerund(tokens: Token[], cue: TokenRange, s: SentenceBounds, addressee: boolean, inQuote: Uint8Array): Found | null {
  const p = prepositionBefore(tokens, cue.first, s.first);
  if (p < 0) return null;
  // `After reading up on the levy`, `by writing off the debt`: a particle the cue form does not
  // take makes another verb (the cue range holds the particles the form takes).
  if (PARTICLES.has(tokens[cue.last + 1]?.lower ?? '')) return null;
  const start = contentStart(tokens, cue.last + 1, s, addressee);
  if (start > s.last) return null;
  let end = contentEnd(tokens, start, s);
  let source: TokenRange | null;
  if (p === s.first) {
    // `After saying …, Quell filed`: the phrase ends at its comma, the subject follows it.
    const phrase = commaPhraseEnd(tokens, start, s.last, inQuote);
    if (phrase < 0) return null;
    end = Math.min(end, phrase);
    source = sentenceSubject(tokens, phrase + 1, s.last + 1);
  } else if (tokens[p - 1]?.text === ',') {
    // `Quell, after saying …, filed`: the subject stands before the phrase's comma.
    const phrase = commaPhraseEnd(tokens, start, s.last, inQuote);
    if (phrase >= 0) end = Math.min(end, phrase);
    source = clauseSubject(tokens, s.first, p - 1);
  } else source = clauseSubject(tokens, s.first, p);
  if (!source || end < start) return null;
  return makeReport(tokens, cue, source, [{ first: start, last: end }], PREPOSITION_GERUND_RULE, 0.5);
}
