/**
 * Working records of the attribution stage, in token indices. They become `QuoteDraft`s
 * (character spans) at the end of `attributeText`.
 */
import type { QuoteKind } from '../model.js';
import type { TokenRange } from './noun-phrase.js';

/** Rule of the writer's hedged judgements (`X seemed to …`; judgements.ts). */
export const JUDGEMENT_RULE = 'indirect/judgement';
/** Rule of a question put in a participle clause (`Asked whether …,`; questions.ts). */
export const QUESTION_RULE = 'indirect/asked';

/**
 * Whether an attribution credits nobody by construction: a judgement, or a question whose
 * asker is not named. Nobody's words: no quote inherits a speaker from it, and the store
 * leaves it out; PolNeAR counts it, so `retold quotes` writes it.
 */
export function creditsNobody(f: { rule: string; source: unknown }): boolean {
  return f.source === null && (f.rule === JUDGEMENT_RULE || f.rule === QUESTION_RULE);
}

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
