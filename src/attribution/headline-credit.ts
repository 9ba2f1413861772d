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
    const needle = ` ${words.join(' ')} `;
    const match = found.findIndex((g, j) => g.kind !== 'headline' && out[j].name !== null && ` ${quoteWords(tokens, g).join(' ')} `.includes(needle));
    if (match >= 0) out[i] = { name: out[match].name, confidence: 0.6 };
  });
}
