/**
 * Places a word-level diff back onto the outlet's own words. `Occurrence.diff` steps are
 * word tokens (often without punctuation); showing them joined would misquote the outlet.
 * Instead the unchanged and added steps are matched, in order, to the words of
 * `Occurrence.text`, so the version is shown exactly as printed, with added words marked
 * and removed canonical words inserted where they went missing.
 */
import type { DiffOp } from '../model.js';

/** A piece of an aligned version: the outlet's own text, its added words, or removed canonical words. */
export interface AlignedPiece {
  type: 'text' | 'added' | 'removed';
  text: string;
}

interface Token {
  start: number;
  end: number;
  key: string;
}

// Keys ignore case, edge punctuation and apostrophe style, so `Hers,` matches `hers`.
function keyOf(word: string): string {
  return word
    .toLowerCase()
    .replace(/[\u2019\u2018\u02bc]/g, "'")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const key = keyOf(m[0]);
    if (key !== '') tokens.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, key });
  }
  return tokens;
}

/**
 * Aligns `ops` to `text`. Returns null when the unchanged and added words of the diff are
 * not, in order, exactly the words of `text` (then the caller shows the diff as is).
 * When it succeeds, joining the `text` and `added` pieces gives back `text` exactly.
 *
 * @example
 *   alignDiff('We open, in March.', [{op:'same',text:'We open'},{op:'removed',text:'soon'},{op:'same',text:'in March'}])
 *   // [{type:'text',text:'We open'},{type:'removed',text:'soon'},{type:'text',text:', in March.'}]
 */
export function alignDiff(text: string, ops: DiffOp[]): AlignedPiece[] | null {
  const tokens = tokenize(text);
  const pieces: AlignedPiece[] = [];
  const push = (type: AlignedPiece['type'], value: string): void => {
    if (value === '') return;
    const last = pieces[pieces.length - 1];
    if (last && last.type === type) last.text += value;
    else pieces.push({ type, text: value });
  };
  let next = 0;
  let cursor = 0;
  for (const op of ops) {
    if (op.op === 'removed') {
      if (op.text.trim() !== '') push('removed', op.text.trim());
      continue;
    }
    const words = op.text.split(/\s+/).map(keyOf).filter((k) => k !== '');
    if (words.length === 0) continue;
    const first = tokens[next];
    for (const word of words) {
      if (tokens[next]?.key !== word) return null;
      next += 1;
    }
    const last = tokens[next - 1];
    if (op.op === 'same') {
      push('text', text.slice(cursor, last.end));
    } else {
      push('text', text.slice(cursor, first.start));
      push('added', text.slice(first.start, last.end));
    }
    cursor = last.end;
  }
  if (next !== tokens.length) return null;
  push('text', text.slice(cursor));
  return pieces;
}
