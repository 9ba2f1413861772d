/**
 * The trained cue prior (models/cue-prior.json, made by scripts/train-cue-prior.ts from
 * PolNeAR's train split): how often a word form outside quotation marks is an
 * attribution cue. Used to drop homographs that are mostly nouns (`tweet`, `attack`) and
 * to admit frequent cues the hand lexicon lacks.
 */
import prior from '../../models/cue-prior.json' with { type: 'json' };

const FORMS: Readonly<Record<string, readonly number[]>> = prior.forms;

/** Occurrences needed before a form missing from the lexicon is trusted as a cue. */
const MIN_SEEN = 5;

/**
 * The share of a form's occurrences that were cues, or null when the form was too rare
 * in training to say.
 */
export function cuePrior(form: string): number | null {
  const entry = FORMS[form];
  if (!entry || entry[0] < MIN_SEEN) return null;
  return entry[1] / entry[0];
}

/** Every form in the prior table, in table order. */
export function priorForms(): string[] {
  return Object.keys(FORMS);
}

/** How often the form occurred in training (0 when absent). */
export function priorCount(form: string): number {
  return FORMS[form]?.[0] ?? 0;
}
