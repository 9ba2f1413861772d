/**
 * Turns of a transcript or a question-and-answer interview printed as narration, one
 * speaker label per paragraph:
 *
 *   QUELL: Well, the levy sank us. Nobody ships here.
 *   Q: Did the board listen?
 *   A: No one called.
 *
 * The label is the source, its colon the cue, and the rest of the paragraph the content.
 * A label is one to three capitalised words opening the paragraph, in capitals maybe with
 * the speaker's role after a comma (`DR ADA QUELL, HARBOUR ENGINEER:`); section labels
 * (`Editor's Note:`, `Update:`) and title-case phrases (`The Latest:`) are not speakers.
 * (`TL;DR:` never reaches the test: the semicolon ends the label.)
 */
import type { Token, Tokenized } from './tokenize.js';
import type { Found } from './types.js';
import { reportKind, trimEnd } from './clause-bounds.js';
import { sentenceSubject } from './sentence-subject.js';
import { SUBJECT_PRONOUN_WORDS, TITLE_FUNCTION_WORDS } from './word-lists.js';

const MAX_LABEL_WORDS = 3;
/** Words that make a paragraph's opening label a section heading, not a speaker. */
const SECTION_WORDS: ReadonlySet<string> = new Set([
  'note', "editor's", 'editor', 'editors', 'update', 'updated', 'correction', 'corrections', 'clarification', 'related', 'source', 'sources', 'photo', 'read', 'more', 'transcript',
  'abstract', 'summary', 'background', 'contact', 'email', 'follow', 'subscribe', 'advertisement', 'credit', 'credits', 'warning', 'disclaimer',
  'key', 'why', 'what', 'how', 'when', 'where', 'who', 'bottom', 'line', 'tl', 'ps', 'p.s', 'contributing', 'byline', 'by', 'so',
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
    const k = labelColon(tokens, first, s.last);
    if (k < 0 || inQuote[k]) continue;
    // A shouted label may give the speaker's role after a comma (`ROSALIND PIKE,
    // INFRASTRUCTURE COMMISSIONER:`, as broadcast transcripts do): the name is the source.
    const nameLast = shoutedRoleStart(tokens, first, k) - 2;
    if (!isSpeakerLabel(tokens, first, nameLast) || namesTitle(tokens, first, k)) continue;
    const start = k + 1;
    // A quotation after the label is the quote rules' (`Quell: "…"`).
    if (!tokens[start] || tokens[start].type !== 'word' || tokens[start].paragraph !== t.paragraph) continue;
    let last = start;
    while (last + 1 < tokens.length && tokens[last + 1].paragraph === t.paragraph && tokens[last + 1].type !== 'break') last++;
    const end = trimEnd(tokens, start, last);
    if (end <= start) continue;
    const content = [{ first: start, last: end }];
    out.push({
      kind: reportKind(tokens, content) === 'mixed' ? 'mixed' : 'direct', content, cue: { first: k, last: k }, source: { first, last: nameLast },
      sentence: tokens[k].sentence, confidence: 0.6, rule: 'direct/transcript-turn', inherited: false,
    });
  }
  // Labelled paragraphs none of which speaks in the first or second person are no
  // conversation: a list (a police blotter's `Ivo Brandt: Possession of …`, a cast list),
  // team notes (`Lakers: Kyle Kuzma left the court …`, in a wire template that names both
  // teams twice), a dateline (`NEW DELHI: Their dream …`) or a section label. A transcript
  // speaks to someone somewhere (`QUELL: I think it will.`); an interview says so by its `Q`.
  return out.some((f) => speaksPersonally(tokens, f) || isQuestionLabel(tokens, f)) ? out : [];
}

/** Whether a turn's label is an interview's `Q`. */
function isQuestionLabel(tokens: Token[], f: Found): boolean {
  return f.source!.first === f.source!.last && tokens[f.source!.first].lower === 'q';
}

/** Whether a turn's content has a word of the first or second person. */
function speaksPersonally(tokens: Token[], f: Found): boolean {
  const c = f.content[0];
  for (let k = c.first; k <= c.last; k++) if (tokens[k].type === 'word' && PERSONAL_WORDS.has(tokens[k].lower)) return true;
  return false;
}

/** Words of speech to someone: a turn has them, a roster entry does not. */
const PERSONAL_WORDS: ReadonlySet<string> = new Set(['i', 'me', 'my', 'we', 'us', 'our', 'you', 'your']);

/**
 * Whether the label, its colon and the word after them occur again in the text: then they
 * are a title with its subtitle (`Harbor Quest: Tidewater Edition is a game that …`, the
 * review naming its game again), not a speaker and the start of a turn.
 */
function namesTitle(tokens: Token[], first: number, colon: number): boolean {
  // An interview's `Q`/`A` and a shouted name (`QUELL`) are labels whatever follows them.
  if (isShouted(tokens, first, colon - 1)) return false;
  // A turn's first word may well open another turn (`Ada Brandt: I …`, `Ada Brandt: We …`);
  // a subtitle's is a name's (`Tidewater`).
  const next = tokens[colon + 1];
  if (!next || !next.upper || next.text === next.text.toUpperCase() || SUBJECT_PRONOUN_WORDS.has(next.lower) || TITLE_FUNCTION_WORDS.has(next.lower)) return false;
  const width = colon - first + 2;
  for (let k = 0; k + width <= tokens.length; k++) {
    if (k === first) continue;
    let same = true;
    for (let n = 0; n < width && same; n++) same = tokens[k + n].text === tokens[first + n].text;
    if (same) return true;
  }
  return false;
}

/**
 * The colon after a label of a few capitalised words opening at `first` (`QUELL:`, `Q:`,
 * `Editor's Note:`), looked for before `limit`; -1 when there is none.
 */
function labelColon(tokens: Token[], first: number, limit: number): number {
  let k = first;
  while (k < limit && k - first < MAX_LABEL_WORDS && tokens[k]?.type === 'word' && tokens[k].upper) k++;
  if (k > first && tokens[k]?.text === ',' && isShouted(tokens, first, k - 1)) {
    // `NAME, ROLE:`: a role of a few shouted words (`CORBEL & FINCH ENGINEERING`, `DOCK AND
    // HARBOUR WORKERS' UNION`, `CHIEF EXECUTIVE, CORRIN LINK`) after the comma.
    let r = k + 1;
    const roleComma = (n: number): boolean => tokens[n].text === ',' && n > k + 1 && tokens[n + 1]?.type === 'word' && tokens[n + 1].upper;
    while (r < limit && r - k <= MAX_ROLE_WORDS && ((tokens[r].type === 'word' && tokens[r].upper) || tokens[r].text === '&' || roleComma(r) || possessiveMark(tokens, r))) r++;
    return r > k + 1 && tokens[r]?.text === ':' && isShouted(tokens, k + 1, r - 1) ? r : -1;
  }
  return k > first && tokens[k]?.text === ':' ? k : -1;
}

/** Longest role after a shouted label's comma, in words. */
const MAX_ROLE_WORDS = 8;

/** Whether token `r` is a possessive's apostrophe right after a word (`WORKERS' UNION`). */
function possessiveMark(tokens: Token[], r: number): boolean {
  const t = tokens[r];
  return (t.text === "'" || t.text === '’') && tokens[r - 1]?.type === 'word' && tokens[r - 1].end === t.start;
}

/** Whether every word of `first..last` is written in capitals. */
function isShouted(tokens: Token[], first: number, last: number): boolean {
  for (let n = first; n <= last; n++) if (tokens[n].type === 'word' && tokens[n].text !== tokens[n].text.toUpperCase()) return false;
  return true;
}

/** Where the role of a `NAME, ROLE:` label starts (past its comma), or the colon when the label has none. */
function shoutedRoleStart(tokens: Token[], first: number, colon: number): number {
  for (let n = first; n < colon; n++) if (tokens[n].text === ',') return n + 1;
  return colon + 1;
}

function opensParagraph(tokens: Token[], i: number): boolean {
  return i === 0 || tokens[i - 1].paragraph !== tokens[i].paragraph || tokens[i - 1].type === 'break';
}

/** Whether the capitalised run `first..last` before a colon names a speaker (or is an interview's `Q` or `A`). */
function isSpeakerLabel(tokens: Token[], first: number, last: number): boolean {
  if (first === last && (tokens[first].text === 'Q' || tokens[first].text === 'A')) return true;
  // `DEAR ABBY:` opens a letter to the one it names: a salutation, not who speaks.
  if (tokens[first].lower === 'dear') return false;
  for (let n = first; n <= last; n++) {
    const w = tokens[n].lower;
    if (TITLE_FUNCTION_WORDS.has(w) || SECTION_WORDS.has(w)) return false;
  }
  // Other one-letter labels are list markers (`B: the second option`).
  return last > first || tokens[first].text.length > 1;
}

/** Question-and-answer pairs that make a text an interview printed without labels. */
const MIN_ANSWERS = 3;
/** Longest question paragraph, in tokens: a question put to the interviewee is short. */
const MAX_QUESTION = 60;
/** First-person words (the tokenizer splits `I'm` into `I` and `'m`): answers speak so. */
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'me', 'my', 'mine', 'we', 'us', 'our', 'ours']);

/** The token ranges of a text's paragraphs (breaks left out). */
function paragraphRanges(tokens: Token[]): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].type === 'break') continue;
    const first = k;
    while (k + 1 < tokens.length && tokens[k + 1].paragraph === tokens[first].paragraph && tokens[k + 1].type !== 'break') k++;
    out.push({ first, last: k });
  }
  return out;
}

/**
 * The answers of an interview printed as questions and answers without labels (a feature's
 * `How did that feel?` ¶ `Honestly, terrifying. I was never a politician.`): a paragraph
 * that only asks, then one in the first person that answers, at least MIN_ANSWERS times.
 * Each answer is the words of the person the first paragraph after the headline is about
 * (`Ines Lund, 47, led the port pilots …`), the source of every answer.
 */
export function findInterviewAnswers(doc: Tokenized, titleParagraph: number, inQuote: Uint8Array): Found[] {
  const { tokens, sentences } = doc;
  const paragraphs = paragraphRanges(tokens).filter((p) => tokens[p.first].paragraph !== titleParagraph);
  const marked = (p: { first: number; last: number }): boolean => {
    for (let k = p.first; k <= p.last; k++) if (tokens[k].type === 'open' || tokens[k].type === 'close' || inQuote[k]) return true;
    return false;
  };
  const asks = (p: { first: number; last: number }): boolean => tokens[p.last].text === '?' && p.last - p.first < MAX_QUESTION && !marked(p);
  const answers: { first: number; last: number }[] = [];
  for (let n = 1; n + 1 < paragraphs.length; n++) {
    const answer = paragraphs[n + 1];
    // Labelled turns (`A: …`, `BENENSON: …`) are the transcript rule's.
    if (!asks(paragraphs[n]) || asks(answer) || marked(answer) || labelColon(tokens, answer.first, tokens.length) >= 0) continue;
    let firstPerson = false;
    for (let k = answer.first; k <= answer.last && !firstPerson; k++) firstPerson = tokens[k].type === 'word' && FIRST_PERSON.has(tokens[k].lower);
    if (firstPerson) answers.push(answer);
  }
  if (answers.length < MIN_ANSWERS) return [];
  const intro = sentences.find((s) => s.first >= paragraphs[0].first);
  const source = intro ? sentenceSubject(tokens, intro.first, intro.last) : null;
  if (!source || !tokens.slice(source.first, source.last + 1).some((t) => t.upper)) return [];
  return answers.map((a) => {
    const content = [{ first: a.first, last: trimEnd(tokens, a.first, a.last) }];
    return {
      kind: 'direct', content, cue: null, source, sentence: tokens[a.first].sentence, confidence: 0.5,
      rule: 'direct/interview-answer', inherited: false,
    } satisfies Found;
  });
}
