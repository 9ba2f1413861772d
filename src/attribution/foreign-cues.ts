/**
 * The few frames French, Spanish and German news wrap around a quotation that English
 * does not: a cue split into auxiliary and participle (`a déclaré`, `ha dicho`, `hatte …
 * erklärt`), a subject pronoun inverted into the verb (`a-t-il déclaré`, `ajoute-t-elle`),
 * a source after a preposition (`selon Blix`, `según Blix`, `laut Marrow`, `so Marrow`),
 * and no subject at all (Spanish `«…», dijo.`). The word lists live in cue-lexicon.ts.
 */
import type { Token } from './tokenize.js';
import type { TokenRange } from './noun-phrase.js';
import { findRightSource } from './noun-phrase.js';
import { foreignAuxiliary, isAuxiliaryOf, lookupCue, type CueLanguage } from './cue-forms.js';
import { FOREIGN_COMPLEMENTIZERS, FOREIGN_PRONOUNS, FOREIGN_SOURCE_PREPOSITIONS } from './cue-lexicon.js';

const PREPOSITIONS: ReadonlySet<string> = new Set(FOREIGN_SOURCE_PREPOSITIONS);
const COMPLEMENTIZERS: ReadonlySet<string> = new Set(FOREIGN_COMPLEMENTIZERS);
const PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'plural'> = new Map(Object.entries(FOREIGN_PRONOUNS));
/** How far before its participle a German auxiliary may stand (`hatte zum Auftakt am Montag erklärt`). */
const GERMAN_BRACKET = 10;
const TERMINAL = new Set(['.', '!', '?', '…']);

/** The language of a cue form other than English, or null. */
function foreignLanguage(t: Token | undefined): CueLanguage | null {
  if (!t || t.type !== 'word') return null;
  const language = lookupCue(t.lower)?.language;
  return language && language !== 'en' ? language : null;
}

/**
 * Where the subject of a cue ends, left of it: before the auxiliary of another language's
 * participle (`Blix a déclaré`, `Stanch hatte am Montag erklärt`), else right before the cue.
 */
export function subjectEndBefore(tokens: Token[], cue: TokenRange, floor: number): number {
  const language = foreignLanguage(tokens[cue.last]);
  if (!language || cue.first < cue.last) return cue.first - 1;
  const reach = language === 'de' ? GERMAN_BRACKET : 2;
  for (let k = cue.first - 1; k >= floor && k >= cue.first - reach; k--) {
    const t = tokens[k];
    if (t.type !== 'word') break;
    if (isAuxiliaryOf(t.lower, language)) return k - 1;
  }
  return cue.first - 1;
}

/**
 * A French inverted subject in the cue itself (`dit-il`, `a-t-elle déclaré`): the token
 * that holds it, or null.
 */
export function subjectInCue(tokens: Token[], cue: TokenRange): TokenRange | null {
  const t = tokens[cue.first];
  if (lookupCue(t.lower)?.holdsSubject) return { first: cue.first, last: cue.first };
  if (cue.last > cue.first && t.lower.includes('-') && foreignAuxiliary(t.lower) !== null) return { first: cue.first, last: cue.first };
  return null;
}

/**
 * A cue right after a quotation that another language builds differently:
 * `selon Blix` / `según Blix` / `laut Marrow` / `so Marrow.` (source after a preposition) and
 * German `hatte Stanch erklärt` (auxiliary, subject, participle).
 *
 * @param k The first word after the closing mark (and its comma).
 * @param limit Last token to look at.
 */
export function foreignCueAfter(tokens: Token[], k: number, limit: number): { cue: TokenRange; source: TokenRange | null } | null {
  const t = tokens[k];
  if (PREPOSITIONS.has(t.lower)) {
    const source = findRightSource(tokens, k + 1, limit);
    return source ? { cue: { first: k, last: k }, source } : null;
  }
  // German `so Marrow.`: only a bare name closing the sentence, so English `so` never matches.
  if (t.lower === 'so' && tokens[k + 1]?.upper) {
    const source = findRightSource(tokens, k + 1, limit);
    if (!source) return null;
    for (let n = source.first; n <= source.last; n++) if (!tokens[n].upper) return null;
    const after = tokens[source.last + 1];
    return after && (TERMINAL.has(after.text) || after.text === ',') ? { cue: { first: k, last: k }, source } : null;
  }
  if (!isAuxiliaryOf(t.lower, 'de')) return null;
  for (let c = k + 2; c <= limit && c <= k + 6; c++) {
    if (tokens[c].type !== 'word') return null;
    if (foreignLanguage(tokens[c]) !== 'de') continue;
    const source = findRightSource(tokens, k + 1, c - 1);
    return source ? { cue: { first: c, last: c }, source } : null;
  }
  return null;
}

/** Whether token `i` opens a clause after another language's cue (`que`, `qu'il`, `dass`). */
export function isComplementizer(t: Token | undefined): boolean {
  return t !== undefined && t.type === 'word' && (COMPLEMENTIZERS.has(t.lower) || t.lower.startsWith("qu'"));
}

/** Whether the cue at `c` is another language's form (`dijo`, `sagte`, `a déclaré`). */
export function isForeignCue(tokens: Token[], cue: TokenRange): boolean {
  return foreignLanguage(tokens[cue.last]) !== null;
}

/**
 * The gender a pronoun of another language gives (`il`, `ella`, `er`, or the `-t-il` of
 * an inverted form), or undefined.
 */
export function foreignPronoun(lower: string): 'male' | 'female' | 'plural' | undefined {
  const own = PRONOUNS.get(lower);
  if (own !== undefined) return own;
  const dash = lower.lastIndexOf('-');
  return dash > 0 ? PRONOUNS.get(lower.slice(dash + 1)) : undefined;
}
