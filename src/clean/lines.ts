import type { Span } from '../model.js';

/** One line of a text with its span (without the newline). */
export interface Line {
  span: Span;
  /** The line as it stands in the text. */
  raw: string;
  /** Trimmed, with a leading bullet removed: what patterns are matched against. */
  bare: string;
  words: number;
}

const BULLET = /^[\s•·▪●◦*–—-]+(?=\S)/u;

/** Split a text into lines with spans; `\r\n` counts as one break. */
export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const spanEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    const raw = text.slice(start, spanEnd);
    const bare = raw.trim().replace(BULLET, '').trim();
    out.push({ span: { start, end: spanEnd }, raw, bare, words: bare === '' ? 0 : bare.split(/\s+/).length });
    start = end + 1;
  }
  return out;
}

/** Lowercase letters and digits only: the key under which two lines count as the same. */
export function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whitespace collapsed and lowercased: the key of a line in RepeatedLines. */
export function lineKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
