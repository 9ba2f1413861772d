/**
 * Whether two renderings can be the same utterance as far as *where* and *when* go. Similar
 * words said on different occasions (the same line on a September podcast and an April
 * radio show) are different utterances, so these checks veto any textual match.
 */
import type { PartialDate } from '../model.js';
import { GENERIC_OCCASION_WORDS, MEDIUM_SYNONYMS } from './occasion-words.js';
import { stemWord, tokenize, withoutPossessive } from './text-tokens.js';

/** Distinctive stems of an occasion label (`podcast: The Axe Files` → `axe`, `files`). */
export function occasionStems(label: string | null): Set<string> {
  const out = new Set<string>();
  if (!label) return out;
  for (const t of tokenize(label)) {
    const word = MEDIUM_SYNONYMS[t.norm] ?? t.norm;
    // Bare years say when, not where; the said-when check covers them.
    if (GENERIC_OCCASION_WORDS.has(word) || word.length < 2 || /^\d{4}$/.test(word)) continue;
    out.add(stemWord(withoutPossessive(word)));
  }
  return out;
}

/**
 * Occasions are compatible when either is unknown (or only generic), or when they share a
 * distinctive word: `The Axe Files podcast` and `conversation with CNN's David Axelrod`
 * share nothing, yet a third label `The Axe Files (David Axelrod's podcast)` joins both, so
 * the share-one-word rule is deliberately lenient; only labels with nothing in common block.
 */
export function occasionsCompatible(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return true;
  for (const s of a) if (b.has(s)) return true;
  return false;
}

const DAY = 86_400_000;

/** The first and last instant (ms) a partial date can stand for. */
export function dateRange(date: PartialDate): [number, number] {
  const [y, m, d] = date.value.split('-').map(Number);
  if (date.precision === 'year' || m === undefined || Number.isNaN(m)) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1) - 1];
  if (date.precision === 'month' || d === undefined || Number.isNaN(d)) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1) - 1];
  return [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d + 1) - 1];
}

/**
 * Said-when dates are compatible when unknown on either side or when their ranges overlap,
 * widened by one day (`slack`) because a statement made late on one day is often dated the next.
 */
export function datesCompatible(a: PartialDate | null, b: PartialDate | null, slack = DAY): boolean {
  if (!a || !b || a.value === b.value) return true;
  const [a0, a1] = dateRange(a);
  const [b0, b1] = dateRange(b);
  return a0 <= b1 + slack && b0 <= a1 + slack;
}
