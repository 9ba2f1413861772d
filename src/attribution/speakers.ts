/**
 * Speaker resolution placeholder.
 */
import type { Tokenized } from './tokenize.js';
import type { Found } from './types.js';

export function resolveSpeakers(text: string, doc: Tokenized, found: Found[]): { name: string | null; confidence: number }[] {
  return found.map((f) => ({ name: f.source ? text.slice(doc.tokens[f.source.first].start, doc.tokens[f.source.last].end) : null, confidence: 1 }));
}
