/**
 * Turns of a transcript or a question-and-answer interview printed as narration, one
 * speaker label per paragraph:
 *
 *   QUELL: Well, the levy sank us. Nobody ships here.
 *   Q: Did the board listen?
 *   A: No one called.
 *
 * The label is the source, its colon the cue, and the rest of the paragraph the content.
 * A label is one to three capitalised words opening the paragraph; section labels
 * (`Editor's Note:`, `Update:`) and title-case phrases (`The Latest:`) are not speakers.
 */
import type { Token, Tokenized } from './tokenize.js';
import type { Found } from './types.js';
import { reportKind, trimEnd } from './clause-bounds.js';
import { TITLE_FUNCTION_WORDS } from './word-lists.js';

const MAX_LABEL_WORDS = 3;
/** Words that make a paragraph's opening label a section heading, not a speaker. */
const SECTION_WORDS: ReadonlySet<string> = new Set([
  'note', "editor's", 'editor', 'editors', 'update', 'updated', 'correction', 'corrections', 'clarification', 'related', 'source', 'sources', 'photo', 'read', 'more', 'transcript',
  'abstract', 'summary', 'background', 'contact', 'email', 'follow', 'subscribe', 'advertisement', 'credit', 'credits', 'warning', 'disclaimer',
  'key', 'why', 'what', 'how', 'when', 'where', 'who', 'bottom', 'line', 'tl', 'dr', 'ps', 'p.s', 'contributing', 'byline', 'by', 'so',
  'dateline', 'location', 'date', 'time', 'tags', 'topics', 'filed', 'posted', 'published', 'q&a', 'faq', 'explainer', 'analysis',
  'watch', 'listen', 'live', 'breaking', 'exclusive', 'opinion', 'comment', 'factbox', 'timeline',
]);

/** The transcript turns of a text (title paragraph excluded). */
export function findTranscriptTurns(doc: Tokenized, titleParagraph: number, inQuote: Uint8Array): Found[] {
  const { tokens, sentences } = doc;
  const out: Found[] = [];
  for (const s of sentences) {
    const first = s.first;
    const t = tokens[first];
    if (!t || t.paragraph === titleParagraph || inQuote[first] || !opensParagraph(tokens, first)) continue;
    let k = first;
    while (k < s.last && k - first < MAX_LABEL_WORDS && tokens[k].type === 'word' && tokens[k].upper) k++;
    if (k === first || tokens[k]?.text !== ':' || inQuote[k]) continue;
    if (!isSpeakerLabel(tokens, first, k - 1)) continue;
    const start = k + 1;
    // A quotation after the label is the quote rules' (`Quell: "…"`).
    if (!tokens[start] || tokens[start].type !== 'word' || tokens[start].paragraph !== t.paragraph) continue;
    let last = start;
    while (last + 1 < tokens.length && tokens[last + 1].paragraph === t.paragraph && tokens[last + 1].type !== 'break') last++;
    const end = trimEnd(tokens, start, last);
    if (end <= start) continue;
    const content = [{ first: start, last: end }];
    out.push({
      kind: reportKind(tokens, content) === 'mixed' ? 'mixed' : 'direct', content, cue: { first: k, last: k }, source: { first, last: k - 1 },
      sentence: tokens[k].sentence, confidence: 0.6, rule: 'direct/transcript-turn', inherited: false,
    });
  }
  return out;
}

function opensParagraph(tokens: Token[], i: number): boolean {
  return i === 0 || tokens[i - 1].paragraph !== tokens[i].paragraph || tokens[i - 1].type === 'break';
}

/** Whether the capitalised run `first..last` before a colon names a speaker (or is an interview's `Q` or `A`). */
function isSpeakerLabel(tokens: Token[], first: number, last: number): boolean {
  if (first === last && (tokens[first].text === 'Q' || tokens[first].text === 'A')) return true;
  for (let n = first; n <= last; n++) {
    const w = tokens[n].lower;
    if (TITLE_FUNCTION_WORDS.has(w) || SECTION_WORDS.has(w)) return false;
  }
  // Other one-letter labels are list markers (`B: the second option`).
  return last > first || tokens[first].text.length > 1;
}
