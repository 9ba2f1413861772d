/**
 * Credits headline quotes from the body: a headline quote with no cue of its own
 * (`'My Record Is an Open Book'`) is cut from a quote the story gives in full.
 */
import type { Token } from './tokenize.js';
import type { Found } from './types.js';

/** Words of a quote, lower-cased, for matching a headline quote to the body. */
function quoteWords(tokens: Token[], f: Found): string[] {
  const words: string[] = [];
  for (const c of f.content) for (let k = c.first; k <= c.last; k++) if (tokens[k].type === 'word') words.push(tokens[k].lower);
  return words;
}

/** Index of the first body (not headline) quote `ok` accepts whose words hold `words` in a row, or -1. */
function bodyQuoteHolding(tokens: Token[], found: readonly Found[], words: readonly string[], ok: (j: number) => boolean): number {
  const needle = ` ${words.join(' ')} `;
  return found.findIndex((g, j) => g.kind !== 'headline' && ok(j) && ` ${quoteWords(tokens, g).join(' ')} `.includes(needle));
}

/** Fewest words a headline quote needs before the body may vouch for its speaker. */
const MIN_HEADLINE_WORDS = 3;

/**
 * A headline quote nobody is credited with (`'My Record Is an Open Book'`) takes the
 * speaker of the body quote that holds its words: headlines cut quotes from the story.
 * Updates `out` (resolved speakers, parallel to `found`) in place.
 */
export function creditHeadlineQuotes(tokens: Token[], found: Found[], out: { name: string | null; confidence: number }[]): void {
  found.forEach((f, i) => {
    if (f.kind !== 'headline' || out[i].name || !f.content.some((c) => tokens[c.first].type === 'open')) return;
    const words = quoteWords(tokens, f);
    if (words.length < MIN_HEADLINE_WORDS) return;
    const match = bodyQuoteHolding(tokens, found, words, (j) => out[j].name !== null);
    if (match >= 0) out[i] = { name: out[match].name, confidence: 0.6 };
  });
}

/** Fewest marked words a headline quote needs to be matched to a body quote of its speaker. */
const MIN_MARKED_WORDS = 2;

/** The words inside quotation marks in a headline's content, lower-cased. */
function markedWords(tokens: Token[], f: Found): string[] {
  const words: string[] = [];
  for (const c of f.content) {
    let depth = 0;
    for (let k = c.first; k <= c.last; k++) {
      const t = tokens[k];
      if (t.type === 'open') depth++;
      else if (t.type === 'close') depth = Math.max(0, depth - 1);
      else if (depth > 0 && t.type === 'word') words.push(t.lower);
    }
  }
  return words;
}

/**
 * For each headline quote, the index in `found` of the body quote of the same speaker that
 * holds its marked words in order (`Solace calls story 'a mischaracterisation'` and `"That
 * headline is a mischaracterisation of …," Solace wrote on Instagram`), else -1: the words
 * were said when and where that body quote was.
 */
export function headlineOrigins(tokens: Token[], found: readonly Found[], speakers: readonly (string | null)[]): number[] {
  return found.map((f, i) => {
    if (f.kind !== 'headline' || !speakers[i]) return -1;
    const words = markedWords(tokens, f);
    return words.length < MIN_MARKED_WORDS ? -1 : bodyQuoteHolding(tokens, found, words, (j) => speakers[j] === speakers[i]);
  });
}
