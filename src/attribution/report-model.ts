/**
 * A learned check on the rules' output: how likely one found attribution is a reporting
 * relation as PolNeAR annotates them (right content, right source). The rules propose;
 * this logistic model, trained by scripts/train-report-model.ts on PolNeAR's train split
 * into models/report-logistic.json, weighs each proposal by what the rules cannot see at
 * once: which rule fired, the cue word and its trained prior, what the source looks like
 * (`raising`, `left little` are no speakers), how long the content is, whether it sits
 * inside another report.
 *
 * Its probability is the draft's `report` field. `retold quotes` leaves out attributions
 * below REPORT_THRESHOLD; the store leaves out only those on a cue the hand-written
 * lexicon lacks (attribute-article.ts says why).
 */
import type { Token, Tokenized } from './tokenize.js';
import { isCueCandidate, scoreCue } from './cue-model.js';
import type { Found } from './types.js';
import type { TokenRange } from './noun-phrase.js';
import { lookupCue } from './cue-forms.js';
import { isFiniteVerb } from './verb-forms.js';
import { RELATIVE_PRONOUNS, SUBJECT_PRONOUN_WORDS } from './word-lists.js';
import { templateTables, withInternedKeys } from './weight-tables.js';
import model from '../../models/report-logistic.json' with { type: 'json' };

/**
 * Below this probability `retold quotes` leaves an attribution out. Chosen by
 * cross-validation on the train split (the F1-optimal cut sits near half the F1 reached);
 * the training script prints the figures behind it.
 */
export const REPORT_THRESHOLD: number = model.threshold;

const BIAS: number = model.bias;

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'many', 'most', 'one', 'two', 'several', 'other', 'another', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'both', 'all', 'few', 'no', 'any', 'each', 'every']);
/** Lower-case words that may stand inside a name (`Bank of America`, `Ruth Bader Ginsburg's`). */
const NAME_JOINERS = new Set(['of', 'the', 'and', 'for', 'de', 'van', 'von', 'al', 'bin', "'s", 'in']);

/** The source mention's shape: absent, a pronoun, a relative word, a name, a determiner phrase, or another phrase. */
function sourceShape(tokens: Token[], s: TokenRange | null): string {
  if (!s) return 'none';
  const first = tokens[s.first];
  if (s.first === s.last && SUBJECT_PRONOUN_WORDS.has(first.lower)) return 'pron';
  if (s.first === s.last && RELATIVE_PRONOUNS.has(first.lower)) return 'rel';
  let name = first.upper;
  for (let k = s.first; k <= s.last && name; k++) {
    const t = tokens[k];
    if (t.type === 'word' && !t.upper && !NAME_JOINERS.has(t.lower)) name = false;
  }
  if (name) return 'name';
  if (DETERMINERS.has(first.lower)) return 'det';
  return first.upper ? 'cap' : 'low';
}

/** The learned cue detector's score for the cue's head word, in coarse steps. */
function cueModelBucket(doc: Tokenized, c: number): string {
  const { tokens, sentences } = doc;
  if (!isCueCandidate(tokens, c)) return 'na';
  const s = tokens[c].sentence;
  const score = scoreCue(tokens, c, s >= 0 ? sentences[s].first : c);
  return bucket(Math.round(score), SCORE_CUTS);
}

/** Cut points and the label of each bucket they make, built once. */
interface Buckets {
  cuts: readonly number[];
  labels: readonly string[];
}

function buckets(...cuts: number[]): Buckets {
  return { cuts, labels: [...cuts.map((c) => `≤${c}`), `>${cuts[cuts.length - 1]}`] };
}

function bucket(n: number, b: Buckets): string {
  const { cuts, labels } = b;
  for (let k = 0; k < cuts.length; k++) if (n <= cuts[k]) return labels[k];
  return labels[cuts.length];
}

/**
 * A template's value: one string, or the two parts of a conjoined template (`r&ch`: rule,
 * cue head), which the feature string joins as `rule|head`. Kept apart, scoring looks the
 * parts up in turn and no joined string is built or hashed per attribution.
 */
export type ReportValue = string | readonly [string, string];

/** The value as the feature string writes it. */
function valueText(value: ReportValue): string {
  return typeof value === 'string' ? value : `${value[0]}|${value[1]}`;
}

const rangeTokens = (r: TokenRange): number => r.last - r.first + 1;

function within(inner: TokenRange, outer: TokenRange): boolean {
  return inner.first >= outer.first && inner.last <= outer.last;
}

/** Reports inside reports (PolNeAR never nests one relation in another), for all found at once. */
export interface Nesting {
  /** Every content part of found[i] lies inside another found's content. */
  inside: boolean[];
  /** Another found's cue lies inside found[i]'s content. */
  holds: boolean[];
}

/** The nesting of every found attribution of one text. */
export function nesting(found: readonly Found[]): Nesting {
  const n = found.length;
  const inside = new Array<boolean>(n).fill(false);
  const holds = new Array<boolean>(n).fill(false);
  // A range inside one of a found's content parts lies inside its hull (first to last
  // content token), so a test against the hull rules out most pairs at once.
  const hulls = found.map(contentHull);
  for (let i = 0; i < n; i++) {
    const parts = found[i].content;
    for (let j = 0; j < n && !(inside[i] && holds[i]); j++) {
      if (j === i) continue;
      const o = found[j];
      if (!inside[i] && parts.length > 0 && within(hulls[i], hulls[j])) {
        let all = true;
        for (const c of parts) {
          let held = false;
          for (const p of o.content) if (within(c, p)) held = true;
          if (!held) {
            all = false;
            break;
          }
        }
        inside[i] = all;
      }
      if (!holds[i] && o.cue && within(o.cue, hulls[i])) for (const c of parts) if (within(o.cue, c)) holds[i] = true;
    }
  }
  return { inside, holds };
}

/** The token range from a found's first content token to its last (empty: first > last). */
function contentHull(f: Found): TokenRange {
  let first = Infinity;
  let last = -Infinity;
  for (const c of f.content) {
    if (c.first < first) first = c.first;
    if (c.last > last) last = c.last;
  }
  return { first, last };
}

/** The feature templates, in the order `reportValues` fills them. */
const TEMPLATES = [
  'r', 'k', 's', 'r&s', 'ch', 'cf', 'cn', 'cl', 'cp', 'r&ch', 'pre', 'post', 's&ch', 'cm', 'gap', 'order', 'cpos',
  'sn', 'sl', 'sf', 'n', 'q', 'r&n', 'c0', 'sp', 'inh', 'in', 'holds', 'r&in', 'cv', 'ch&cv',
] as const;
type Template = (typeof TEMPLATES)[number];
const SLOT = Object.fromEntries(TEMPLATES.map((t, k) => [t, k])) as Record<Template, number>;
const CUE_CUTS = buckets(1, 2, 3);
const PRIOR_CUTS = buckets(0.1, 0.25, 0.5, 0.75);
const GAP_CUTS = buckets(0, 1, 3);
const SOURCE_CUTS = buckets(1, 2, 3, 6);
const WORD_CUTS = buckets(2, 4, 8, 15, 30, 60);
const RULE_WORD_CUTS = buckets(2, 4, 8, 15, 30);
const SPEAKER_CUTS = buckets(0.55, 0.75, 0.9);
const SCORE_CUTS = buckets(-4, -2, 0, 2, 4, 8);

/**
 * The weights split by template and keyed by bare value (weight-tables.ts), interned: most
 * values scored are literals (rule names, shapes, `true`) that then find their key by reference.
 */
const TABLES: ReadonlyArray<Map<string, number>> = templateTables(TEMPLATES, model.weights as Record<string, number>).map(withInternedKeys);

/**
 * The conjoined templates' (`r&ch`) weights by first part, then second: `rule|head` split at its
 * first `|`. The first part (a rule name, a source shape) never holds a `|`, so the split
 * gives back exactly the parts `valueText` joined.
 */
const PAIR_TABLES: ReadonlyArray<Map<string, Map<string, number>>> = TABLES.map((table, k) => {
  const out = new Map<string, Map<string, number>>();
  if (!TEMPLATES[k].includes('&')) return out;
  for (const [joined, weight] of table) {
    const bar = joined.indexOf('|');
    if (bar < 0) continue;
    const first = joined.slice(0, bar);
    if (!out.has(first)) out.set(first, new Map());
    out.get(first)!.set(joined.slice(bar + 1), weight);
  }
  return withInternedKeys(new Map([...out].map(([first, seconds]) => [first, withInternedKeys(seconds)])));
});

/**
 * The value of each template for `found[i]` (null where a template does not apply): the
 * one definition of the features, read by training (`reportFeatures`) and scoring
 * (`reportProbability`) alike.
 *
 * @param nest `nesting(found)`, computed once per text.
 * @param speakerConfidence How sure speaker resolution is of the speaker (0 when unknown).
 */
export function reportValues(doc: Tokenized, found: readonly Found[], nest: Nesting, i: number, speakerConfidence: number): (ReportValue | null)[] {
  const { tokens } = doc;
  const f = found[i];
  const rule = f.rule;
  const shape = sourceShape(tokens, f.source);
  const v: (ReportValue | null)[] = new Array<ReportValue | null>(TEMPLATES.length).fill(null);
  const set = (t: Template, value: ReportValue): void => {
    v[SLOT[t]] = value;
  };
  set('r', rule);
  set('k', f.kind);
  set('s', shape);
  set('r&s', [rule, shape]);
  // The cue's last word (`said`; `on` of `called on`), or `none`.
  const head = f.cue ? tokens[f.cue.last].lower : 'none';
  if (f.cue) {
    const first = tokens[f.cue.first].lower;
    const form = lookupCue(head) ?? lookupCue(first);
    const prior = form?.prior;
    set('ch', head);
    set('cf', first);
    set('cn', bucket(rangeTokens(f.cue), CUE_CUTS));
    set('cl', form ? form.class : 'none');
    set('cp', prior == null ? 'n' : bucket(prior, PRIOR_CUTS));
    set('r&ch', [rule, head]);
    set('pre', tokens[f.cue.first - 1]?.lower ?? '<s>');
    set('post', tokens[f.cue.last + 1]?.lower ?? '</s>');
    set('s&ch', [shape, head]);
    set('cm', cueModelBucket(doc, f.cue.last));
    if (f.source) {
      const gap = f.source.last < f.cue.first ? f.cue.first - f.source.last - 1 : f.source.first - f.cue.last - 1;
      set('gap', bucket(gap, GAP_CUTS));
      set('order', f.source.first < f.cue.first ? 'sc' : 'cs');
    }
    const contentFirst = f.content[0]?.first ?? f.cue.last;
    set('cpos', contentFirst > f.cue.last ? 'after' : 'before');
  } else {
    set('ch', 'none');
    set('r&ch', [rule, 'none']);
  }
  if (f.source) {
    const first = tokens[f.source.first];
    const last = tokens[f.source.last];
    set('sn', bucket(rangeTokens(f.source), SOURCE_CUTS));
    set('sl', last.upper ? 'Cap' : last.lower);
    if (!first.upper) set('sf', first.lower);
  }
  let words = 0;
  let quoted = false;
  let clause = false;
  for (const c of f.content) {
    for (let k = c.first; k <= c.last; k++) {
      const t = tokens[k];
      if (t.type === 'word') {
        words++;
        if (!clause && isFiniteVerb(t)) clause = true;
      } else if (t.mark === 'double') quoted = true;
    }
  }
  // Whether the content is a clause or a noun phrase, alone and with the cue word
  // (`criticized the plan` is a report in PolNeAR for some cues and not others).
  set('cv', String(clause));
  set('ch&cv', [head, String(clause)]);
  const firstContent = f.content[0] ? tokens[f.content[0].first] : undefined;
  set('n', bucket(words, WORD_CUTS));
  set('q', String(quoted));
  set('r&n', [rule, bucket(words, RULE_WORD_CUTS)]);
  set('c0', firstContent ? (firstContent.upper ? 'Cap' : firstContent.lower) : 'none');
  set('sp', speakerConfidence === 0 ? '0' : bucket(speakerConfidence, SPEAKER_CUTS));
  set('inh', String(f.inherited));
  const inside = nest.inside[i];
  const holds = nest.holds[i];
  set('in', String(inside));
  set('holds', String(holds));
  set('r&in', [rule, String(inside)]);
  return v;
}

/** Feature strings (`template=value`) of one `reportValues` result, as the training script stores them. */
export function featureStrings(values: readonly (ReportValue | null)[]): string[] {
  const out: string[] = [];
  values.forEach((value, k) => {
    if (value !== null) out.push(`${TEMPLATES[k]}=${valueText(value)}`);
  });
  return out;
}

/** Feature strings of `found[i]`. */
export function reportFeatures(doc: Tokenized, found: readonly Found[], nest: Nesting, i: number, speakerConfidence: number): string[] {
  return featureStrings(reportValues(doc, found, nest, i, speakerConfidence));
}

/**
 * The check judges reported speech only (the `indirect/` rules): there a verb's reading is
 * ambiguous (`raising questions`, `plans`), and PolNeAR's conventions are what "right"
 * means. Quoted words are not judged: quotation marks with a cue or speaker are evidence the
 * reader expects to see credited, and PolNeAR annotates several quote structures unevenly
 * (it often leaves a quote continuing the previous speaker's unattributed), so its figures
 * would teach the check to drop quotes the seeds' annotation rightly keeps.
 */
export function isJudged(rule: string): boolean {
  return rule.startsWith('indirect/');
}

/** The model's probability that `found[i]` is a right attribution, from its `reportValues`. */
export function reportProbability(values: readonly (ReportValue | null)[]): number {
  let z = BIAS;
  for (let k = 0; k < values.length; k++) {
    const value = values[k];
    if (value === null) continue;
    z += (typeof value === 'string' ? TABLES[k].get(value) : PAIR_TABLES[k].get(value[0])?.get(value[1])) ?? 0;
  }
  return 1 / (1 + Math.exp(-z));
}
