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

/**
 * Whether `b` directly continues `a` in the same article: `'same-mention'` when both are
 * attributed through one mention of the speaker (one interrupted quotation), `'layout'`
 * when only continuation cues stand between them, else null.
 */
export function continues(a: Unit, b: Unit): 'same-mention' | 'layout' | null {
  if (a.article.id !== b.article.id || a.quote.kind !== 'direct' || b.quote.kind !== 'direct') return null;
  if (!a.speaker || a.speaker !== b.speaker) return null;
  if (!occasionsCompatible(a.occasion, b.occasion) || !datesCompatible(a.saidWhen, b.saidWhen)) return null;
  const aParts = sortedParts(a.quote);
  const bParts = sortedParts(b.quote);
  const gapStart = aParts[aParts.length - 1]?.end ?? 0;
  const gapEnd = bParts[0]?.start ?? 0;
  // Attributed through the very same mention of the speaker within one paragraph: one
  // quotation interrupted by narration ("…,” Legend said of the rapper who … “He was
  // upset …”). Across a paragraph break a shared mention only means the next paragraph
  // has no attribution of its own, which is layout evidence at best.
  const [sa, sb] = [a.quote.source, b.quote.source];
  const sameMention = sa && sb && sa.start === sb.start && sa.end === sb.end;
  if (sameMention && gapEnd >= gapStart && !a.article.text.slice(gapStart, gapEnd).includes('\n')) return 'same-mention';
  if (gapEnd < gapStart || gapEnd - gapStart > MAX_GAP) return null;
  const cues = [a.quote.cue, a.quote.source, b.quote.cue, b.quote.source].filter((s): s is { start: number; end: number } => s !== null);
  const residual = removeSpans(a.article.text.slice(gapStart, gapEnd), gapStart, cues);
  const words = residual.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? [];
  return words.length <= 8 && words.every((w) => CONTINUATION_WORDS.has(foldWord(w))) ? 'layout' : null;
}

/** A continuation: unit `next` continues unit `prev`. */
export interface Chain {
  prev: number;
  next: number;
  evidence: 'same-mention' | 'layout';
}

/** Continuations between consecutive quotes of each article. */
export function findChains(units: readonly Unit[]): Chain[] {
  const byArticle = new Map<string, number[]>();
  units.forEach((u, i) => {
    // Only quotations continue one another; a report in between (often the cue itself,
    // extracted as a paraphrase) is narration, which the gap test below judges.
    if (u.quote.kind !== 'direct') return;
    const list = byArticle.get(u.article.id) ?? [];
    list.push(i);
    byArticle.set(u.article.id, list);
  });
  const out: Chain[] = [];
  for (const list of byArticle.values()) {
    const ordered = [...list].sort((x, y) => (sortedParts(units[x].quote)[0]?.start ?? 0) - (sortedParts(units[y].quote)[0]?.start ?? 0));
    for (let k = 0; k + 1 < ordered.length; k++) {
      const evidence = continues(units[ordered[k]], units[ordered[k + 1]]);
      if (evidence) out.push({ prev: ordered[k], next: ordered[k + 1], evidence });
    }
  }
  return out;
}
