/**
 * Word-level diff of an occurrence against the canonical wording, for display: runs of
 * words that are the same, added by the outlet, or removed from the canonical. Words are
 * compared folded (case, accents, apostrophes), and shown as the outlet wrote them, with
 * the punctuation around them (`‘mocking’`, `(really)`, `left-wing`), each character once.
 */
import type { DiffOp } from '../model.js';
import { alignWords } from './sequence-match.js';
import { tokenize, type Token } from './text-tokens.js';

/** How one word is shown: its text with the punctuation it carries, and what joins it to the word before. */
interface Piece {
  text: string;
  /** '' when nothing but punctuation stands between this word and the previous one (`left-wing`), else ' '. */
  glue: string;
}

/**
 * The words of `source` as display pieces that, joined with their glue, give back `source`
 * trimmed and with its whitespace runs as single spaces. What stands between two words is
 * split at its last space: before it goes to the earlier word (`said,`, `abolish —`),
 * after it to the later one (`‘mocking`); with no space at all it stays with the earlier
 * word (`left-`, `9/`). Text before the first word and after the last goes to them.
 */
function pieces(source: string, tokens: readonly Token[]): Piece[] {
  const squeeze = (x: string) => x.replace(/\s+/g, ' ');
  return tokens.map((t, i) => {
    const before = i === 0 ? source.slice(0, t.start).trimStart() : source.slice(tokens[i - 1].end, t.start);
    const after = i === tokens.length - 1 ? source.slice(t.end).trimEnd() : source.slice(t.end, tokens[i + 1].start);
    const space = before.search(/\s\S*$/);
    const lead = i === 0 ? before : space < 0 ? '' : before.slice(space + 1);
    const cut = after.search(/\s\S*$/);
    const trail = i === tokens.length - 1 || cut < 0 ? after : after.slice(0, cut);
    return { text: squeeze(lead + source.slice(t.start, t.end) + trail), glue: i > 0 && /\s/.test(before) ? ' ' : '' };
  });
}

function push(ops: DiffOp[], op: DiffOp['op'], piece: Piece, continues: boolean): void {
  const last = ops[ops.length - 1];
  if (last && last.op === op) last.text = `${last.text}${continues ? piece.glue : ' '}${piece.text}`;
  else ops.push({ op, text: piece.text });
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
  const shownA = pieces(text, a);
  const shownB = pieces(canonical, b);
  let i = 0;
  let j = 0;
  // Whether the last step pushed was the previous word of the same side, so the glue the
  // text has between them applies.
  let lastSide: 'a' | 'b' | null = null;
  let lastIndex = -1;
  const step = (op: DiffOp['op'], side: 'a' | 'b', k: number) => {
    push(ops, op, (side === 'a' ? shownA : shownB)[k], lastSide === side && lastIndex === k - 1);
    lastSide = side;
    lastIndex = k;
  };
  for (const [pi, pj] of [...pairs, [a.length, b.length] as [number, number]]) {
    while (j < pj) step('removed', 'b', j++);
    while (i < pi) step('added', 'a', i++);
    if (pi < a.length && pj < b.length) {
      step('same', 'a', pi);
      i = pi + 1;
      j = pj + 1;
    }
  }
  return ops;
}
