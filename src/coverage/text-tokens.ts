/**
 * Word tokens with their offsets, folded for comparison. All matching in the coverage
 * stage (quote alignment, story similarity, copy detection) works on these folded tokens,
 * so typographic variants (curly vs straight apostrophes, case, accents) never count as
 * differences in wording.
 */
import { STOPWORDS } from './stopwords.js';

/** One word of a text: its folded form, its place, and whether an editor inserted it. */
export interface Token {
  /** Lower-cased, accent-folded, apostrophes straightened. */
  norm: string;
  start: number;
  end: number;
  /** Inside square brackets (`[himself]`): an editorial insertion that stands for any word. */
  editorial: boolean;
  /** The previous character run ends a sentence (`.`, `!`, `?`, `…`) or this is the first token. */
  sentenceStart: boolean;
}

// Letters/digits, with inner apostrophes kept (don't, Legend's) so contractions stay one word.
const WORD = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/gu;

/** Folds a word for comparison: lower case, no accents, straight apostrophes. */
export function foldWord(word: string): string {
  // Fast path: plain ASCII words only need lower-casing.
  if (/^[\x00-\x7f]*$/.test(word)) return word.toLowerCase();
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’ʼ]/g, "'")
    .toLowerCase();
}

/**
 * Splits `text` into word tokens. Offsets are relative to `text` plus `offset`.
 * @example tokenize('Hey, it’s [him].').map((t) => t.norm) // ['hey', "it's", 'him']
 */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  let bracketDepth = 0;
  let last = 0;
  let pendingBoundary = true;
  for (const m of text.matchAll(WORD)) {
    const index = m.index ?? 0;
    // What lies between the previous word and this one: brackets open or close an
    // editorial insertion, and sentence-final punctuation starts a sentence.
    for (let k = last; k < index; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x5b) bracketDepth++;
      else if (c === 0x5d) bracketDepth = Math.max(0, bracketDepth - 1);
      else if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026) pendingBoundary = true;
    }
    tokens.push({
      norm: foldWord(m[0]),
      start: offset + index,
      end: offset + index + m[0].length,
      editorial: bracketDepth > 0,
      sentenceStart: pendingBoundary,
    });
    pendingBoundary = false;
    last = index + m[0].length;
  }
  return tokens;
}

/** Whether a folded word is a function word in one of the supported languages. */
export function isStopword(norm: string): boolean {
  return STOPWORDS.has(norm) || norm.length < 2;
}

/** A folded word without a possessive `'s` (`google's` → `google`, `legend's` → `legend`). */
export function withoutPossessive(norm: string): string {
  return norm.endsWith("'s") ? norm.slice(0, -2) : norm;
}

/**
 * The base of an English verb form that a five-letter prefix does not reach: an irregular
 * past (`knew`, `rang`, `stood`: a report retells `I know` as `he knew`) and a short word's
 * `-s` (`stays`, `knows`; `-ss`, `-us` and `-is` are no inflection). A closed list, so a
 * table rather than a lemmatiser run over every quotation; a few foreign words that look
 * like these forms (`rang` in French) are the false friends the stem already tolerates.
 */
function verbBase(norm: string): string {
  const irregular = IRREGULAR_BASES.get(norm);
  if (irregular !== undefined) return irregular;
  return norm.length >= 4 && norm.length <= 5 && norm.endsWith('s') && !/(?:ss|us|is)$/.test(norm) ? norm.slice(0, -1) : norm;
}

const IRREGULAR_BASES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    know: ['knew', 'known'], go: ['went', 'gone', 'goes'], stand: ['stood'], ring: ['rang', 'rung'], say: ['said', 'says'],
    tell: ['told'], think: ['thought'], find: ['found'], give: ['gave', 'given'], take: ['took', 'taken'], make: ['made'],
    come: ['came'], see: ['saw', 'seen'], get: ['got', 'gotten'], leave: ['left'], keep: ['kept'], hold: ['held'],
    feel: ['felt'], bring: ['brought'], buy: ['bought'], send: ['sent'], spend: ['spent'], speak: ['spoke', 'spoken'],
    write: ['wrote', 'written'], begin: ['began', 'begun'], break: ['broke', 'broken'], choose: ['chose', 'chosen'],
    fall: ['fell', 'fallen'], mean: ['meant'], meet: ['met'], pay: ['paid'], run: ['ran'], sell: ['sold'], win: ['won'],
    lose: ['lost'], lead: ['led'], build: ['built'], hear: ['heard'], sit: ['sat'], teach: ['taught'], catch: ['caught'],
    fight: ['fought'], seek: ['sought'], throw: ['threw', 'thrown'], grow: ['grew', 'grown'], draw: ['drew', 'drawn'],
    wear: ['wore', 'worn'], swear: ['swore', 'sworn'], rise: ['rose', 'risen'], drive: ['drove', 'driven'], fly: ['flew', 'flown'],
    forget: ['forgot', 'forgotten'], understand: ['understood'], sing: ['sang', 'sung'], sleep: ['slept'], steal: ['stole', 'stolen'],
  }).flatMap(([base, forms]) => forms.map((form) => [form, base] as const)),
);

/**
 * A crude language-independent stem: the word without a possessive `'s`, on its verb base
 * (`verbBase`), cut to five letters. Five-letter prefixes join inflections and derivations (support/supporting,
 * influence/influential) and many cross-language cognates once accents are folded
 * (democracy/démocratie), at the price of a few false friends, which the callers tolerate
 * because they only compare texts already known to share a speaker or a story.
 */
export function stemWord(norm: string): string {
  // Without an apostrophe there is nothing to strip (the common case, kept fast).
  if (!norm.includes("'")) return verbBase(norm).slice(0, 5);
  // Elided articles and pronouns (French/Italian l'hiver, d'aide, qu'il) are not the word.
  const base = norm.replace(/^(?:l|d|j|m|n|s|t|c|qu|dell|all|nell|sull)'(?=\p{L})/u, '').replace(/'s$/, '').replace(/'/g, '');
  return verbBase(base).slice(0, 5);
}

/** Distinct stems of the content words (no stop words, no editorial insertions). */
export function contentStems(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) if (!t.editorial && !isStopword(t.norm)) out.add(stemWord(t.norm));
  return out;
}
