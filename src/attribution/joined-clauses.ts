/**
 * The second statement of a report that joins two `that` clauses (`Solace said Harrow sees
 * some aspects of himself in Tennant, and that she would not bet against him running for
 * mayor`): PolNeAR marks one reporting event over both, which the report keeps; the clause
 * after `and that` is also a report of its own, with the same cue and source, so that the
 * statement it renders can be lined up with the other outlets' renderings of it (the
 * PolNeAR record folds it back into the report it was split from).
 */
import type { Token } from './tokenize.js';
import type { Found } from './types.js';
import type { Span } from '../model.js';
import { makeReport } from './clause-bounds.js';
import { DETERMINERS, SUBJECT_PRONOUNS } from './word-lists.js';

/** Words that join the second clause (`, and that`, `, but that`). */
const JOINERS: ReadonlySet<string> = new Set(['and', 'but']);

/** The rule of a clause split off a report. */
export const JOINED_THAT_RULE = 'indirect/joined-that';

/**
 * For each report whose content joins a second `that` clause after a comma or semicolon,
 * outside quotation marks, a report of that clause alone. `that` must open a clause: a
 * subject follows it (a pronoun, a name, a determiner), not a verb (`, and that was it`).
 */
export function joinedThatReports(tokens: Token[], found: readonly Found[], inQuote: Uint8Array): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    if (!f.rule.startsWith('indirect/') || !f.cue || f.content.length !== 1) continue;
    const { first, last } = f.content[0];
    for (let k = first + 1; k + 2 < last; k++) {
      const t = tokens[k];
      if (inQuote[k] || (t.text !== ',' && t.text !== ';') || !JOINERS.has(tokens[k + 1].lower) || tokens[k + 2].lower !== 'that') continue;
      const subject = tokens[k + 3];
      if (subject.type !== 'word' || !(subject.upper || SUBJECT_PRONOUNS[subject.lower] !== undefined || DETERMINERS.has(subject.lower))) continue;
      // (The very cue object of the report: `attribute-text.ts` finds the report by it.)
      out.push({ ...makeReport(tokens, f.cue, f.source, [{ first: k + 3, last }], JOINED_THAT_RULE, f.confidence), cue: f.cue, inherited: f.inherited });
      break;
    }
  }
  return out;
}

/** The joiner before a split clause, at the end of the text before it. */
const JOINER_BEFORE = /\s*[,;]\s*(?:and|but)\s+that\s*$/i;
/** A double quotation mark: a report holding one is `mixed`. */
const DOUBLE_MARK = /["“”„«»]/;

/**
 * For the store: each report a clause was split off ends before `, and that`, so that each
 * statement is shown, and lined up across outlets, once (`retold quotes` and the PolNeAR
 * record keep the one report over both). Returns new drafts; the input is left as it is.
 */
export function endBeforeSplitClauses<D extends { rule: string; kind: string; cue: Span | null; content: Span[] }>(text: string, drafts: readonly D[]): D[] {
  const out = drafts.map((d) => ({ ...d, content: [...d.content] }));
  for (const d of out) {
    if (d.rule !== JOINED_THAT_RULE || !d.cue) continue;
    const start = d.content[0].start;
    const parent = out.find((p) => p !== d && p.rule !== JOINED_THAT_RULE && p.cue?.start === d.cue!.start && p.cue.end === d.cue!.end);
    const last = parent ? parent.content.length - 1 : -1;
    if (!parent || parent.content[last].start >= start || parent.content[last].end < start) continue;
    const m = JOINER_BEFORE.exec(text.slice(parent.content[last].start, start));
    if (!m) continue;
    parent.content[last] = { start: parent.content[last].start, end: start - m[0].length };
    if (parent.kind === 'mixed' && !parent.content.some((c) => DOUBLE_MARK.test(text.slice(c.start, c.end)))) parent.kind = 'indirect';
  }
  return out;
}
