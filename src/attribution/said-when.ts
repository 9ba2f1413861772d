import type { Tokenized } from './tokenize.js';
import type { Found } from './types.js';
import type { Occasion, SaidWhen } from '../model.js';
export function resolveOccasionsAndDates(text: string, doc: Tokenized, found: Found[], published: string | null): { occasion: Occasion | null; saidWhen: SaidWhen | null }[] {
  return found.map(() => ({ occasion: null, saidWhen: null }));
}
