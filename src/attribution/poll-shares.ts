/**
 * The share of a poll's respondents as the subject of a report, which a noun-phrase scan
 * misses (a number is no name):
 *
 *   47 percent of voters say …     Six in 10 (white men) say …     with 30% saying …     43 said …
 */
import type { Token } from './tokenize.js';
import type { TokenRange } from './noun-phrase.js';
import { NP_BARRIERS } from './word-lists.js';

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'half', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
/** Words a share may open with (`only 4 percent`, `nearly six in 10`). */
const HEDGES = new Set(['only', 'just', 'about', 'nearly', 'almost', 'roughly', 'some', 'over', 'under', 'fully']);
const YEAR = /^(1[89]|20)\d\d$/;
/** How many words may follow `percent` (`percent of likely Republican voters`). */
const MAX_TAIL = 6;

function isNumber(t: Token | undefined): boolean {
  // `47`, `six`, `thirty-seven`.
  return t !== undefined && (/^\d[\d.,]*$/.test(t.text) || t.lower.split('-').every((w) => NUMBER_WORDS.has(w)));
}

/** The poll share ending right before the cue at `c` (inclusive range), or null. */
export function pollShare(tokens: Token[], c: number, floor: number): TokenRange | null {
  const k = c - 1;
  if (k < floor) return null;
  let start = -1;
  // `47 percent (of voters)`, `47% (of voters)`, `Six in 10 (white men)`.
  for (let j = k; j >= floor && k - j <= MAX_TAIL; j--) {
    const t = tokens[j];
    if (t.lower === 'percent' || t.text === '%') {
      if (isNumber(tokens[j - 1]) && j - 1 >= floor) start = j - 1;
      break;
    }
    if (t.type !== 'word') break;
    // A clause word ends the share's phrase (`Shares fell 3 percent after the company warned`).
    if (NP_BARRIERS.has(t.lower) && t.lower !== 'not') break;
    // The cheap test first: this runs for every cue candidate.
    if (tokens[j - 1]?.lower === 'in' && j - 2 >= floor && isNumber(t) && isNumber(tokens[j - 2])) {
      start = j - 2;
      break;
    }
    // `Nine out of 10 (voters)`.
    if (tokens[j - 1]?.lower === 'of' && tokens[j - 2]?.lower === 'out' && j - 3 >= floor && isNumber(t) && isNumber(tokens[j - 3])) {
      start = j - 3;
      break;
    }
  }
  // `43 said …` opening its clause; not a year closing a date (`Feb. 2, 2018 shows`).
  if (start < 0 && /^\d+$/.test(tokens[k].text) && !YEAR.test(tokens[k].text) && (k === floor || tokens[k - 1].text === ',' || tokens[k - 1].lower === 'and')) start = k;
  if (start < 0) return null;
  if (start - 1 >= floor && HEDGES.has(tokens[start - 1].lower)) start--;
  return { first: start, last: k };
}
