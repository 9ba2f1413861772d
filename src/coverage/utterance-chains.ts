/**
 * Consecutive quotations that continue one statement: the two paragraphs of a quoted text
 * message, or an answer split by "she added". Layout is the only evidence for this, so a
 * chain is proposed here and accepted by the aligner only when no other outlet contradicts
 * it (see `align-quotes.ts`).
 */
import { CONTINUATION_WORDS } from './continuation-words.js';
import { datesCompatible, occasionsCompatible } from './compatibility.js';
import { sortedParts, type Unit } from './occurrence-units.js';
import { foldWord } from './text-tokens.js';

// Longest stretch of text between two quotations that can still be a continuation cue
// ("” The message continued, saying, “"); longer gaps hold narration.
const MAX_GAP = 160;

function removeSpans(text: string, offset: number, spans: { start: number; end: number }[]): string {
  const chars = [...text];
  for (const s of spans) for (let i = Math.max(s.start, offset); i < Math.min(s.end, offset + text.length); i++) chars[i - offset] = ' ';
  return chars.join('');
}

/** Whether `b` directly continues `a` in the same article. */
export function continues(a: Unit, b: Unit): boolean {
  if (a.article.id !== b.article.id || a.quote.kind !== 'direct' || b.quote.kind !== 'direct') return false;
  if (!a.speaker || a.speaker !== b.speaker) return false;
  if (!occasionsCompatible(a.occasion, b.occasion) || !datesCompatible(a.saidWhen, b.saidWhen)) return false;
  const aParts = sortedParts(a.quote);
  const bParts = sortedParts(b.quote);
  const gapStart = aParts[aParts.length - 1]?.end ?? 0;
  const gapEnd = bParts[0]?.start ?? 0;
  if (gapEnd < gapStart || gapEnd - gapStart > MAX_GAP) return false;
  const cues = [a.quote.cue, a.quote.source, b.quote.cue, b.quote.source].filter((s): s is { start: number; end: number } => s !== null);
  const residual = removeSpans(a.article.text.slice(gapStart, gapEnd), gapStart, cues);
  const words = residual.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? [];
  return words.length <= 6 && words.every((w) => CONTINUATION_WORDS.has(foldWord(w)));
}

/** Pairs of unit indexes `[i, j]` where unit j continues unit i. */
export function findChains(units: readonly Unit[]): [number, number][] {
  const byArticle = new Map<string, number[]>();
  units.forEach((u, i) => {
    const list = byArticle.get(u.article.id) ?? [];
    list.push(i);
    byArticle.set(u.article.id, list);
  });
  const out: [number, number][] = [];
  for (const list of byArticle.values()) {
    const ordered = [...list].sort((x, y) => (sortedParts(units[x].quote)[0]?.start ?? 0) - (sortedParts(units[y].quote)[0]?.start ?? 0));
    for (let k = 0; k + 1 < ordered.length; k++) {
      if (continues(units[ordered[k]], units[ordered[k + 1]])) out.push([ordered[k], ordered[k + 1]]);
    }
  }
  return out;
}
