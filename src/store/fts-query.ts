/**
 * Turns what a user typed into a safe FTS5 query. FTS5 has its own syntax (`"`, `*`, `^`,
 * `:`, `-`, `+`, parentheses, and the words `AND`, `OR`, `NOT`, `NEAR`); none of it may
 * reach the engine from user input. The query is split into words the way the `unicode61`
 * tokenizer splits text (runs of letters, marks and digits), and each word becomes a
 * double-quoted string, which FTS5 reads as a literal. Words are combined with FTS5's
 * implicit AND, so every word must appear.
 */

/** Runs of letters, combining marks and digits: what `unicode61` keeps as token characters. */
const word = /[\p{L}\p{M}\p{N}]+/gu;

/** Upper bound on words taken from one query, so a pasted page cannot make a huge query. */
const maxWords = 32;

/**
 * Builds an FTS5 MATCH expression that searches for every word of `query` literally.
 *
 * @param query Free text typed by a user.
 * @returns The expression, or `null` when the query holds no words (nothing can match).
 * @example
 * toFtsQuery('NEAR(tax "cut"') // => '"NEAR" "tax" "cut"'
 */
export function toFtsQuery(query: string): string | null {
  const words = query.match(word);
  if (!words) return null;
  // A word never contains `"` (only letters, marks, digits), so quoting needs no escaping.
  return words
    .slice(0, maxWords)
    .map((w) => `"${w}"`)
    .join(' ');
}
