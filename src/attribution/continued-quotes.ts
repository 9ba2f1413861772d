/**
 * A quotation that runs over several paragraphs: the paragraph ends with its mark left open
 * and the next one opens again (`"… the day they cut the ribbon.` ¶ `"Nobody saw this
 * coming," he said.`). Newspapers print one statement this way; PolNeAR annotates it as one
 * attribution whose content has a part per paragraph, and so does Retold.
 */
import type { Token } from './tokenize.js';
import type { Found } from './types.js';

/** Whether `f` opens the paragraph right after the one where `before`, a quotation, ends with its mark left open. */
export function continuesQuote(tokens: Token[], before: Found, f: Found): boolean {
  const end = before.content[before.content.length - 1].last;
  const opening = f.content[0].first;
  if (before.kind !== 'direct' || f.kind !== 'direct' || tokens[end].type === 'close' || tokens[end].paragraph === tokens[opening].paragraph) return false;
  for (let k = end + 1; k < opening; k++) if (tokens[k].type !== 'break') return false;
  // It reopens with the mark it opened with: another mark (`“` in an excerpt set in `"`)
  // opens a quotation inside the first.
  const first = tokens[before.content[0].first];
  return first.type !== 'open' || tokens[opening].type !== 'open' || first.text === tokens[opening].text;
}

/** What is known of one attribution besides its `Found`, carried through a join. */
export interface Resolved<S, C> {
  found: Found;
  speaker: S & { name: string | null };
  context: C;
  report: number;
}

/**
 * Joins each run of paragraphs of one quotation into one attribution, credited to the same
 * speaker: its parts in order, the cue and source of the one part that has its own (an
 * introduction, `McCrummen reports: "…` ¶ `"…"`, or the cue at the end, `"…` ¶ `"…," she said`).
 */
export function joinContinued<S, C>(tokens: Token[], items: Resolved<S, C>[]): Resolved<S, C>[] {
  const out: Resolved<S, C>[] = [];
  for (const item of items) {
    const prev = out[out.length - 1];
    const own = (x: Resolved<S, C>) => x.found.cue !== null && !x.found.inherited;
    // Two parts with cues of their own are two attributions (`"…," Rubio said.` ¶ `"…," he continued.`).
    if (!prev || !continuesQuote(tokens, prev.found, item.found) || prev.speaker.name !== item.speaker.name || (own(prev) && own(item))) {
      out.push(item);
      continue;
    }
    const lead = own(prev) || !own(item) ? prev : item;
    out[out.length - 1] = {
      ...lead,
      found: { ...lead.found, content: [...prev.found.content, ...item.found.content] },
      report: Math.max(prev.report, item.report),
    };
  }
  return out;
}
