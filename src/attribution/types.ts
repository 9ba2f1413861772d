/**
 * Working records of the attribution stage, in token indices. They become `QuoteDraft`s
 * (character spans) at the end of `attributeText`.
 */
import type { QuoteKind } from '../model.js';
import type { TokenRange } from './noun-phrase.js';

/** One attribution found by a rule, before speakers and dates are resolved. */
export interface Found {
  kind: QuoteKind;
  /** Content parts, in text order. */
  content: TokenRange[];
  /** The cue words (may cover a particle or `according to`). */
  cue: TokenRange | null;
  /** The local mention of the speaker. */
  source: TokenRange | null;
  /** Sentence holding the cue, or the content's when there is no cue. */
  sentence: number;
  /** How sure the rule is, 0..1. */
  confidence: number;
  /** Which rule fired (kept for debugging and tests). */
  rule: string;
  /** Source copied from an earlier attribution (a quote with no cue of its own). */
  inherited: boolean;
}
