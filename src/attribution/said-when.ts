/**
 * Occasion and said-when for every attribution, from the article's own words.
 *
 * A quote takes the occasion and date stated in its own reporting sentence (outside its
 * content: `"…," Legend said on the podcast on Friday`). Otherwise it inherits the
 * *scene*: the latest occasion set by an earlier sentence for the same speaker (or for
 * anyone, when the article is about one interview), carried forward until a new one
 * appears. Quotes before the first scene (headline, lede) take the article's first
 * scene. A scene with an occasion but no date gets the publication year when the
 * publication date is known (an interview reported without a date is taken to be
 * recent); nothing else is guessed.
 */
import type { Occasion, SaidWhen, Span } from '../model.js';
import type { Tokenized, Token } from './tokenize.js';
import type { Found } from './types.js';
import { findDates, parseIsoReference, type DateHit, type Reference } from './date-words.js';
import { findOccasions, type OccasionHit } from './occasion.js';

/** Occasion and said-when of one attribution. */
export interface SceneResult {
  occasion: Occasion | null;
  saidWhen: SaidWhen | null;
}

interface Scene {
  occasion: Occasion | null;
  date: SaidWhen | null;
}

const PREPOSITIONS = new Set(['to', 'on', 'in', 'at', 'with', 'about', 'into', 'for', 'during', 'from', 'over']);

// A header date the way CMS templates print it: `2022-08-05T17:53:29+00:00`.
const HEADER_DATE = /\b(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2})?/;

/**
 * Resolves occasion and said-when for `found` (sorted by position).
 *
 * @param published Publication date (ISO 8601) or null; a date in the text header is used
 *   when it is null.
 * @param speakers Resolved speaker names, parallel to `found`.
 */
export function resolveOccasionsAndDates(
  text: string,
  doc: Tokenized,
  found: Found[],
  published: string | null,
  speakers: (string | null)[],
): SceneResult[] {
  if (found.length === 0) return [];
  const { tokens, sentences } = doc;
  const ref = parseIsoReference(published) ?? headerReference(text);
  const yearHint = ref?.year ?? latestExplicitYear(tokens);
  const spanOf = (a: number, b: number): Span => ({ start: tokens[a].start, end: tokens[b].end });
  const toSaid = (h: DateHit): SaidWhen => ({ ...h.date, span: spanOf(h.first, h.last) });
  const contentMask = new Uint8Array(tokens.length);
  // Content that is only a phrase (`spoke to the radio on Friday`) does not hide the
  // occasion in it; a reported clause does (`says his remarks during an August episode …`).
  for (const f of found) for (const c of f.content) if (!PREPOSITIONS.has(tokens[c.first].lower)) contentMask.fill(1, c.first, c.last + 1);
  const inContent = (k: number): boolean => contentMask[k] === 1;
  // Occasion and date phrases per sentence, computed once.
  const occasionsOf = new Map<number, OccasionHit[]>();
  const datesOf = new Map<number, DateHit[]>();
  const occasionsIn = (si: number): OccasionHit[] => {
    let hits = occasionsOf.get(si);
    if (!hits) occasionsOf.set(si, (hits = findOccasions(text, tokens, sentences[si].first, sentences[si].last - 1)));
    return hits;
  };
  const datesIn = (si: number): DateHit[] => {
    let hits = datesOf.get(si);
    if (!hits) datesOf.set(si, (hits = findDates(tokens, sentences[si].first, sentences[si].last - 1, ref, yearHint)));
    return hits;
  };

  // Scenes: occasions stated in narration (not inside anybody's content).
  const cueSentences = new Map<number, number>();
  found.forEach((f, i) => {
    if (f.cue && !cueSentences.has(tokens[f.cue.first].sentence)) cueSentences.set(tokens[f.cue.first].sentence, i);
  });
  const scenes: { at: number; owner: string | null; scene: Scene }[] = [];
  sentences.forEach((s, si) => {
    const hits = occasionsIn(si).filter((h) => !inContent(h.first));
    if (hits.length === 0) return;
    const hit = hits[0];
    const dates = datesIn(si).filter((d) => !inContent(d.first));
    const owner = cueSentences.has(si) ? speakers[cueSentences.get(si)!] : null;
    scenes.push({ at: s.first, owner, scene: { occasion: toOccasion(hit, spanOf), date: dates[0] ? toSaid(dates[0]) : yearOnly(ref) } });
  });

  return found.map((f, i) => {
    const anchor = f.cue ?? f.source ?? f.content[0];
    const sentence = tokens[anchor.first].sentence;
    let own: Scene = { occasion: null, date: null };
    if (sentence >= 0 && (f.cue || f.source)) {
      const outside = (k: number): boolean => !f.content.some((c) => k >= c.first && k <= c.last);
      const hits = occasionsIn(sentence).filter((h) => outside(h.first));
      const dates = datesIn(sentence).filter(
        (d) => outside(d.first) && !insideClauseOf(tokens, d, anchor.first) && !cueBetween(found, speakers, i, d.first, anchor.first),
      );
      // The date nearest the cue is the one that dates it (`In April 2018 …, and last year accused`).
      dates.sort((a, b) => Math.abs(a.first - anchor.first) - Math.abs(b.first - anchor.first));
      own = { occasion: hits[0] ? toOccasion(hits[0], spanOf) : null, date: dates[0] ? toSaid(dates[0]) : null };
    }
    const carried = sceneFor(scenes, anchor.first, speakers[i]);
    const occasion = own.occasion ?? carried?.occasion ?? null;
    const saidWhen = own.date ?? (own.occasion ? yearOnly(ref) : carried?.date ?? null);
    return { occasion, saidWhen };
  });
}

function toOccasion(hit: OccasionHit, spanOf: (a: number, b: number) => Span): Occasion {
  return { span: spanOf(hit.first, hit.last), label: hit.label };
}

/** The publication year, with no span: what an undated interview is taken to date from. */
function yearOnly(ref: Reference | null): SaidWhen | null {
  return ref && ref.month !== null ? { value: String(ref.year), precision: 'year', span: null } : null;
}

/** The latest scene before `at` for this speaker, else for anyone, else the first scene. */
function sceneFor(
  scenes: { at: number; owner: string | null; scene: Scene }[],
  at: number,
  speaker: string | null,
): Scene | null {
  let mine: Scene | null = null;
  let any: Scene | null = null;
  for (const s of scenes) {
    if (s.at > at) break;
    if (s.owner === null || s.owner === speaker) mine = s.scene;
    any = s.scene;
  }
  return mine ?? any ?? scenes[0]?.scene ?? null;
}

/** Dates inside a relative clause (`West, who at the time … in 2004`) describe something else. */
function insideClauseOf(tokens: Token[], d: DateHit, anchor: number): boolean {
  if (d.first < anchor) return false;
  for (let k = anchor; k < d.first; k++) {
    const w = tokens[k].lower;
    if (w === 'who' || w === 'which' || w === 'whose' || w === 'when' || w === 'after' || w === 'before') return true;
  }
  return false;
}

function headerReference(text: string): Reference | null {
  const m = HEADER_DATE.exec(text.slice(0, 600));
  return m ? parseIsoReference(m[1]) : null;
}

/** The latest year in a full written date (`Feb. 27, 2018`), as a hint for the year. */
function latestExplicitYear(tokens: Token[]): number | null {
  let best: number | null = null;
  for (let i = 2; i < tokens.length; i++) {
    if (!/^(19|20)\d\d$/.test(tokens[i].text)) continue;
    const y = Number(tokens[i].text);
    if (tokens[i - 1].text === ',' && /^\d{1,2}$/.test(tokens[i - 2].text) && (best === null || y > best)) best = y;
  }
  return best;
}

/** Another speaker's cue between a date and this cue claims the date for itself. */
function cueBetween(found: Found[], speakers: (string | null)[], self: number, a: number, b: number): boolean {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return found.some(
    (g, j) => j !== self && g.cue !== null && g.cue.first > lo && g.cue.first < hi && speakers[j] !== speakers[self],
  );
}
