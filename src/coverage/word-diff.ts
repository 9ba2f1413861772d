/**
 * Word-level diff of an occurrence against the canonical wording, for display: runs of
 * words that are the same, added by the outlet, or removed from the canonical. Words are
 * compared folded (case, accents, apostrophes), and shown as the outlet wrote them, with
 * their trailing punctuation.
 */
import type { DiffOp } from '../model.js';
import { alignWords } from './sequence-match.js';
import { tokenize, type Token } from './text-tokens.js';

function push(ops: DiffOp[], op: DiffOp['op'], text: string): void {
  const last = ops[ops.length - 1];
  if (last && last.op === op) last.text = `${last.text} ${text}`;
  else ops.push({ op, text });
}

/** A rendering's words and their pairing with the canonical wording's (see `alignWords`). */
export interface CanonicalAlignment {
  tokens: Token[];
  pairs: [number, number][];
}

/**
 * Aligns a rendering's words to the canonical wording's: what the diff shows and the
 * negation check reads (align-quotes.ts computes it once for both).
 */
export function alignToCanonical(text: string, canonicalTokens: readonly Token[]): CanonicalAlignment {
  const tokens = tokenize(text);
  const { pairs } = alignWords({ words: tokens.map((t) => t.norm), wild: tokens.map((t) => t.editorial) }, { words: canonicalTokens.map((t) => t.norm) });
  return { tokens, pairs };
}

/**
 * Diffs `text` against `canonical` word by word.
 * @param canonicalTokens `tokenize(canonical)`, when the caller has it
 * @param aligned `alignToCanonical(text, canonicalTokens)`, when the caller has it
 * @example diffWords('we are friends', 'we are not friends')
 * // [{op:'same',text:'we are'},{op:'removed',text:'not'},{op:'same',text:'friends'}]
 */
export function diffWords(
  text: string,
  canonical: string,
  canonicalTokens: readonly Token[] = tokenize(canonical),
  aligned: CanonicalAlignment = alignToCanonical(text, canonicalTokens),
): DiffOp[] {
  const a = aligned.tokens;
  const b = canonicalTokens;
  const { pairs } = aligned;
  const ops: DiffOp[] = [];
  let i = 0;
  let j = 0;
  // Show a word with the punctuation that follows it up to the next space ("friends,").
  const word = (source: string, t: { start: number; end: number }) => {
    const space = source.slice(t.end).search(/\s/);
    return source.slice(t.start, space < 0 ? source.length : t.end + space);
  };
  for (const [pi, pj] of [...pairs, [a.length, b.length] as [number, number]]) {
    while (j < pj) push(ops, 'removed', word(canonical, b[j++]));
    while (i < pi) push(ops, 'added', word(text, a[i++]));
    if (pi < a.length && pj < b.length) {
      push(ops, 'same', word(text, a[pi]));
      i = pi + 1;
      j = pj + 1;
    }
  }
  return ops;
}
