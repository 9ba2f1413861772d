/**
 * Whether a rendering turns what was said around by its negation: it keeps words a
 * negation governed in the canonical wording but drops the negation (`I never said teachers
 * are paid too much` → `are paid too much`), or puts one on words the canonical did not
 * negate. The drift label says how much of the wording survived (`truncated`); this says
 * the part that survived now means the opposite, which a reader cannot see from the label.
 */
import { tokenize, type Token } from './text-tokens.js';
import { alignToCanonical, type CanonicalAlignment } from './word-diff.js';

/** Negating words of the languages Retold reads (folded: lower case, no accents). */
const NEGATIONS: ReadonlySet<string> = new Set([
  'not', 'never', 'no', 'nobody', 'nothing', 'none', 'neither', 'nor', 'cannot', 'without',
  'ne', 'pas', 'jamais', 'rien', 'aucun', 'aucune', 'nunca', 'nada', 'ningun', 'ninguna',
  'nicht', 'kein', 'keine', 'keinen', 'nie', 'niemals',
]);

/** How many words after a negation it is taken to govern (`never said [teachers are paid]`). */
const SCOPE = 6;

function negates(t: Token): boolean {
  return NEGATIONS.has(t.norm) || t.norm.endsWith("n't");
}

/** Index of each token's sentence (a token that starts a sentence opens the next one). */
function sentenceOf(tokens: readonly Token[]): number[] {
  let s = -1;
  return tokens.map((t) => (t.sentenceStart ? ++s : s));
}

/** Words the other side must keep within a negation's scope: one shared word is chance. */
const MIN_KEPT = 2;

/**
 * Whether a negation of `from` that the other side lacks governed words the other side
 * kept (MIN_KEPT words in a row on both sides, within SCOPE words after it, in its
 * sentence), and the other side puts no negation of its own before those words (`never
 * said` → `did not say`).
 *
 * @param partner For each token of `from`, the index of its partner in `other`, or -1.
 */
function lostNegation(from: readonly Token[], partner: readonly number[], other: readonly Token[], otherPartner: readonly number[]): boolean {
  const sentence = sentenceOf(from);
  const otherSentence = sentenceOf(other);
  for (let k = 0; k < from.length; k++) {
    if (partner[k] >= 0 || !negates(from[k])) continue;
    // The kept words run together on both sides (`are paid too much`), not scattered over a
    // looser retelling by chance (`no way I was` / `a way to`).
    const kept: number[] = [];
    let run = 0;
    for (let m = k + 1; m < from.length && m <= k + SCOPE && sentence[m] === sentence[k]; m++) {
      if (partner[m] < 0 || negates(from[m])) continue;
      kept.push(partner[m]);
      run = partner[m - 1] >= 0 && partner[m - 1] === partner[m] - 1 && m - 1 > k ? run + 1 : 1;
      if (run >= MIN_KEPT) break;
    }
    if (run < MIN_KEPT) continue;
    const first = Math.min(...kept);
    let replaced = false;
    for (let j = first - 1; j >= 0 && j >= first - SCOPE && otherSentence[j] === otherSentence[first] && !replaced; j--) {
      replaced = otherPartner[j] < 0 && negates(other[j]);
    }
    if (!replaced) return true;
  }
  return false;
}

/**
 * Whether `text` drops a negation of `canonical` from words it keeps, or adds one to them.
 * @param canonicalTokens `tokenize(canonical)`, when the caller has it
 * @param aligned `alignToCanonical(text, canonicalTokens)`, when the caller has it (the diff's)
 * @example negationChanged('are paid too much', 'I never said teachers are paid too much') // true
 * @example negationChanged('I said they are paid far too little', 'I never said they are paid too much. I said they are paid far too little') // false
 */
export function negationChanged(
  text: string,
  canonical: string,
  canonicalTokens: readonly Token[] = tokenize(canonical),
  aligned?: CanonicalAlignment,
): boolean {
  const a = aligned?.tokens ?? tokenize(text);
  const b = canonicalTokens;
  if (!a.some(negates) && !b.some(negates)) return false;
  const { pairs } = aligned ?? alignToCanonical(text, b);
  const inCanonical = new Array<number>(a.length).fill(-1);
  const inText = new Array<number>(b.length).fill(-1);
  for (const [i, j] of pairs) {
    inCanonical[i] = j;
    inText[j] = i;
  }
  return lostNegation(b, inText, a, inCanonical) || lostNegation(a, inCanonical, b, inText);
}
