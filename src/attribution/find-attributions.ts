/**
 * Runs the attribution rules over one tokenized text, in order: direct quotes with their
 * own cue, interrupted and multi-paragraph continuations, reported speech, quotes that
 * inherit the previous speaker, nested quotes, and left-over quoted fragments.
 */
import { countWords, type Token, type Tokenized } from './tokenize.js';
import { quoteRange, type QuotedSpan } from './quote-marks.js';
import { creditsNobody, type Found } from './types.js';
import { attributeQuote, cueAt, findCueAfter, findCueBefore, isFreeStanding, isInterruption, isNounUse } from './direct-quotes.js';
import { findLeftSource, isAsideDash, type TokenRange } from './noun-phrase.js';
import { attributeParagraphIntro, attributeClauseColon, attributeEmbedded, attributeNameLabel, attributeSpeakerLabel, NAME_LABEL_RULE } from './quote-frames.js';
import { findReportedSpeech, LISTED_VERB_RULE } from './reported-speech.js';
import { findInterviewAnswers, findTranscriptTurns } from './transcript-turns.js';
import { reportKind, trimEnd } from './clause-bounds.js';
import { DETERMINERS, SUBJECT_PRONOUNS, TITLE_FUNCTION_WORDS, WORK_NOUNS } from './word-lists.js';
import { NOUN_REPORT_RULE } from './noun-reports.js';
import { lookupCue } from './cue-forms.js';
import { joinedThatReports } from './joined-clauses.js';


/** How far back (in paragraphs) a quote with no cue may borrow the previous speaker. */
export const INHERIT_PARAGRAPHS = 6;

/**
 * Finds every attribution in a tokenized text.
 *
 * @param doc Tokens and sentences.
 * @param quotes Quoted spans from `findQuotedSpans`.
 * @param titleParagraph Paragraph index of the title, or -1.
 */
export function findAttributions(doc: Tokenized, quotes: QuotedSpan[], titleParagraph: number): Found[] {
  const { tokens, sentences } = doc;
  const inQuote = new Uint8Array(tokens.length);
  for (const q of quotes) {
    if (q.parent !== null) continue;
    for (let k = q.first; k <= q.last; k++) inQuote[k] = 1;
  }
  const used = new Set<number>();
  const byQuote = new Map<number, Found>();
  const found: Found[] = [];
  const sentenceStart = (i: number): number => {
    const s = tokens[i].sentence;
    return s >= 0 ? sentences[s].first : i;
  };

  // 1. Direct quotes with a cue next to them, and their continuations.
  let previous: { q: QuotedSpan; f: Found } | null = null;
  quotes.forEach((q, qi) => {
    if (q.parent !== null) return;
    const start = sentenceStart(q.first);
    const free = isFreeStanding(tokens, q, start);
    // A second part with a cue of its own (`"…," added Rep. Quell.`) is a new quote.
    if (free && previous && isInterruption(tokens, previous.q, q, previous.f) && !(q.close >= 0 && findCueAfter(tokens, q))) {
      previous.f.content.push(quoteRange(q));
      byQuote.set(qi, previous.f);
      previous = { q, f: previous.f };
      return;
    }
    // Headlines have their own grammar (title case, no commas); see step 3.
    if (!free || q.paragraph === titleParagraph) return;
    const f = attributeQuote(tokens, q, start) ?? attributeSpeakerLabel(tokens, q) ?? attributeParagraphIntro(tokens, q, sentences) ?? attributeNameLabel(tokens, q, start) ?? attributeClauseColon(tokens, q, start);
    if (f) {
      if (q.paragraph === titleParagraph) f.kind = 'headline';
      if (f.cue && f.rule !== 'direct/speaker-label') for (let k = f.cue.first; k <= f.cue.last; k++) used.add(k);
      found.push(f);
      byQuote.set(qi, f);
      previous = { q, f };
      return;
    }
    // A paragraph that reopens an unclosed quote continues it: one more content part.
    if (q.continues !== null && byQuote.has(q.continues)) {
      const prior = byQuote.get(q.continues)!;
      prior.content.push(quoteRange(q));
      byQuote.set(qi, prior);
      previous = { q, f: prior };
    }
  });

  // 1b. A headline of the form `Name: claim` (`Mara Quell: The Port Will Reopen`).
  const label = titleParagraph >= 0 ? headlineLabel(tokens, titleParagraph) : null;
  if (label) found.push(label);
  // 1c. Transcript turns printed as narration (`TAPPER: Do you think …`, `Q: …`).
  for (const turn of findTranscriptTurns(doc, titleParagraph, inQuote)) found.push(turn);
  // 1d. The answers of an interview printed as questions and answers without labels.
  for (const answer of findInterviewAnswers(doc, titleParagraph, inQuote)) found.push(answer);

  // Quotations with a cue of their own (`in which he said, "…"`) stay their own reports.
  const cued = new Set(byQuote.keys());

  // 2. Reported speech, sentence by sentence.
  const directBySentence = new Map<number, Found>();
  for (const f of found) if (f.cue && f.source) directBySentence.set(tokens[f.cue.first].sentence, f);
  sentences.forEach((s, si) => {
    const direct = directBySentence.get(si)?.source ?? null;
    const rs = findReportedSpeech(tokens, { first: s.first, last: s.last - 1 }, used, inQuote, direct, s.paragraph === titleParagraph);
    for (const f of rs) {
      if (s.paragraph === titleParagraph) {
        f.kind = 'headline';
        quotedAfterColon(tokens, f);
      }
      found.push(f);
    }
  });
  found.sort((a, b) => a.content[0].first - b.content[0].first);
  settleNestedReports(tokens, found);
  endBeforeCoordinatedReports(tokens, found);

  // 3. Quotes inside narration with a cue after them; then free-standing quotes with no
  // cue, which inherit the nearest earlier speaker.
  quotes.forEach((q, qi) => {
    if (q.parent !== null || byQuote.has(qi)) return;
    const credit = (f: Found): void => {
      found.push(f);
      byQuote.set(qi, f);
    };
    const start = sentenceStart(q.first);
    if (covered(tokens, found, q) && !coveredWithOwnCue(tokens, found, q)) return;
    // A title (`on "The Long Table," the food podcast`) names a work; nobody says it.
    if (namesWork(tokens, q)) return;
    const free = isFreeStanding(tokens, q, start);
    const embedded = free ? null : attributeEmbedded(tokens, q, start);
    if (embedded) {
      credit(embedded);
      return;
    }
    // `“We sail at dawn. The crews are ready.` ¶ `“The tide is right,” Quell said.`: a
    // paragraph left open is the speaker's whose words the next paragraph reopens.
    // Only a cue after the reopened quotation's closing mark names its speaker, and only when
    // it reopens with the same mark: `"…` ¶ `“…,” King said` quotes King inside a quoted report.
    const next = free && q.close < 0 ? quotes.findIndex((o) => o.continues === qi) : -1;
    const reopened = next >= 0 ? byQuote.get(next) : undefined;
    const sameMark = next >= 0 && q.open >= 0 && tokens[quotes[next].open]?.text === tokens[q.open].text;
    if (reopened?.source && reopened.cue && sameMark && quotes[next].close >= 0 && reopened.cue.first > quotes[next].close) {
      credit(inheritedQuote(tokens, q, 'direct', reopened.source, 0.5, 'direct/inherit-next'));
      return;
    }
    const prior = free ? lastBefore(found, q.first) : null;
    if (prior && prior.source && tokens[q.first].paragraph - tokens[prior.content[0].first].paragraph <= INHERIT_PARAGRAPHS) {
      credit(inheritedQuote(tokens, q, q.paragraph === titleParagraph ? 'headline' : 'direct', prior.source, 0.5, 'direct/inherit-previous'));
      return;
    }
    // A quoted phrase inside a reporting clause (`Legend credits the rapper with
    // popularizing his "lofty stage name"`) belongs to that clause's subject.
    const clause = free || q.paragraph === titleParagraph ? null : cueBeforeFragment(tokens, q, start, used);
    if (clause) {
      credit(clause);
      return;
    }
    // `“…,” said Ada Brandt. Unless the board acts, “the port will not last the winter.”`: a
    // quotation of five words or more that ends its sentence, with a lead-in but no cue, goes
    // on with the speaker of the quotation just before it, as a free-standing one does.
    const goesOn = !free && q.paragraph !== titleParagraph ? continuedSpeech(tokens, q, found) : null;
    if (goesOn?.source) {
      credit(inheritedQuote(tokens, q, 'direct', goesOn.source, 0.4, 'direct/inherit-previous'));
      return;
    }
    // A headline quote with no cue is credited to the name the headline opens with.
    const lead = q.paragraph === titleParagraph ? leadingName(tokens, sentences[tokens[q.first].sentence]?.first ?? q.first, q.open) : null;
    const f: Found = {
      kind: q.paragraph === titleParagraph ? 'headline' : free ? 'direct' : 'fragment', content: [quoteRange(q)],
      cue: null, source: lead, sentence: tokens[q.first].sentence, confidence: 0.2,
      rule: free ? 'direct/no-cue' : 'fragment/no-cue', inherited: false,
    };
    credit(f);
  });

  // 4. A quote inside a quote is the speaker quoting someone. When its own cue names them
  // (`Brandt looked at me and said, 'The harbor is finished'`), it is theirs, as the outer
  // speaker tells it; when the speaker quotes themself (`my other side was, 'Well, I'm
  // glad …'`), it is the speaker's; otherwise the text rarely says whose words they are,
  // so nobody is credited.
  quotes.forEach((q) => {
    if (q.parent === null) return;
    const outer = byQuote.get(q.parent);
    if (!outer) return;
    const floor = Math.max(quotes[q.parent].first, sentences[tokens[q.first].sentence]?.first ?? 0);
    const named = namedNestedCue(tokens, q, floor);
    if (named) {
      found.push({
        kind: 'direct', content: [quoteRange(q)], cue: named.cue, source: named.source,
        sentence: tokens[q.first].sentence, confidence: 0.4, rule: 'direct/nested-cue', inherited: false,
      });
      return;
    }
    const self = quotesSelf(tokens, q, quotes[q.parent].first);
    found.push({
      kind: self ? 'direct' : 'fragment', content: [quoteRange(q)], cue: null, source: self ? outer.source : null,
      sentence: tokens[q.first].sentence, confidence: self ? 0.4 : 0.2, rule: self ? 'direct/nested-self' : 'fragment/nested',
      inherited: self,
    });
  });
  // 5. A report that opens a quotation runs on to its end (after step 3, which gives the
  // quotation itself a quote of its own for the store's alignment).
  for (const f of found) if (f.rule.startsWith('indirect/')) runOnIntoQuote(f, quotes, cued);
  // 6. `The governor added: It's typical. She knows nothing …`: what a colon introduces runs on
  // to the end of its paragraph.
  for (const f of found) if (f.rule === 'indirect/source-cue-content') runOnAfterColon(tokens, f, inQuote);
  // 7. An aside between dashes inside a report is no part of it (see `leaveOutAside`).
  for (const f of found) if (f.rule.startsWith('indirect/')) leaveOutAside(doc, f, inQuote, found);
  // 8. `…, and that …`: the second clause of a report is also a report of its own.
  found.push(...joinedThatReports(tokens, found, inQuote));
  found.sort((a, b) => a.content[0].first - b.content[0].first);
  return found;
}

/** Most tokens an aside between dashes may hold (a quotation in it included). */
const MAX_ASIDE = 80;

/**
 * A report whose content holds an aside between dashes with a report of its own (`his
 * remarks during an episode of the show — in which he said, "…" — were misconstrued`)
 * leaves the aside out, as PolNeAR marks it: the content is the words before the opening
 * dash and those after the closing one, to the content's end or, when the aside ran past it
 * (a quotation inside the aside ends a sentence), to the end of the sentence the closing
 * dash stands in. (An aside with no report of its own, `that the port — by which I mean the
 * board — had lost`, PolNeAR leaves in as often as out; measured, leaving all out cost
 * content exact F1 0.1 on train.)
 */
function leaveOutAside(doc: Tokenized, f: Found, inQuote: Uint8Array, found: readonly Found[]): void {
  if (f.content.length !== 1) return;
  const { tokens, sentences } = doc;
  const c = f.content[0];
  let open = -1;
  for (let k = c.first + 1; k <= c.last; k++) {
    if (isAsideDash(tokens[k]) && !inQuote[k]) {
      open = k;
      break;
    }
  }
  if (open < 0) return;
  const inner = tokens[open + 1]?.text === '-' ? open + 1 : open;
  let close = -1;
  for (let k = inner + 2; k < tokens.length && k <= inner + MAX_ASIDE && tokens[k].paragraph === tokens[open].paragraph; k++) {
    if (inQuote[k]) continue;
    if (isAsideDash(tokens[k])) {
      close = k;
      break;
    }
    // An aside never runs past the end of a sentence of narration.
    if (TERMINAL_MARKS.has(tokens[k].text)) return;
  }
  if (close < 0 || !found.some((g) => g !== f && g.cue !== null && g.cue.first > open && g.cue.last < close)) return;
  let after = close + 1;
  if (tokens[after]?.text === '-') after++;
  const sentence = sentences[tokens[after]?.sentence ?? -1];
  const end = close < c.last ? c.last : sentence ? trimEnd(tokens, after, sentence.last - 1) : -1;
  const before = trimEnd(tokens, c.first, open - 1);
  if (end < after || before < c.first || tokens[after].type !== 'word') return;
  f.content = [{ first: c.first, last: before }, { first: after, last: end }];
}

/**
 * Reports inside another report's content, settled in place:
 * - `West shared Legend's texts urging him to "…"`: what the document says is its owner's
 *   (`indirect/document-gerund`), so the outer report ends at the document (`Legend's
 *   texts`) instead of also crediting the owner's words to the one who shared them; so
 *   does a gerund with a name of its own (`shared their messages -- which had Legend
 *   urging West to …`, `indirect/named-gerund`), the outer report ending before its clause;
 * - `Quell said she thinks the levy failed`: a report that opens another report's content
 *   (its subject and cue are that content's first words) is part of what the outer
 *   speaker says, not a statement of its own: `she` did not say it, Quell says she thinks
 *   it. Such reports are removed, unless the outer cue comes after them (`Brandt said the
 *   tapes …, the report found`): then the inner report is the sentence's own statement.
 */
function settleNestedReports(tokens: Tokenized['tokens'], found: Found[]): void {
  for (const f of found) {
    if (!OWN_VOICE_GERUNDS.has(f.rule) || !f.cue || !f.source) continue;
    const at = f.cue.first;
    for (const o of found) {
      const part = o === f ? undefined : o.content.find((c) => c.first < at && c.last >= at);
      if (!part) continue;
      const cut = f.rule === 'indirect/document-gerund' ? at : clauseOpening(tokens, f.source.first, part.first);
      // A gerund whose name opens the content (`recalled Obama talking about …`) is left
      // to the rule below: the outer speaker reports it.
      if (cut <= part.first) continue;
      part.last = Math.max(part.first, trimEnd(tokens, part.first, cut - 1));
      if (o.kind === 'mixed') o.kind = reportKind(tokens, o.content);
    }
  }
  // `Legend texted his friend asking him to reconsider`: the gerund opening its own
  // speaker's report is that report's manner, not a second statement.
  const folded = new Set<Found>();
  for (const f of found) {
    if (f.rule !== 'indirect/gerund' || !f.cue || !f.source) continue;
    const o = found.find((x) => x !== f && x.source?.first === f.source!.first && x.source.last === f.source!.last && x.content[0].first === f.cue!.first);
    if (!o || f.cue.last + 1 > o.content[0].last) continue;
    o.content[0].first = f.cue.last + 1;
    folded.add(f);
  }
  // The attributions with a content part opening at each token: a report is looked for only
  // among those opening at its source.
  const openingAt = new Map<number, Found[]>();
  for (const o of found) {
    for (const c of o.content) {
      const list = openingAt.get(c.first);
      if (list) list.push(o);
      else openingAt.set(c.first, [o]);
    }
  }
  const nested = (f: Found): boolean =>
    folded.has(f) ||
    f.rule.startsWith('indirect/') && !KEPT_WHEN_NESTED.has(f.rule) && f.source !== null && f.cue !== null &&
    (openingAt.get(f.source.first) ?? []).some((o) => o !== f && swallows(tokens, o, f) && !(o.cue && o.cue.first > f.cue!.last) && o.content.some((c) => c.first === f.source!.first && c.last >= f.cue!.last));
  const keep = found.filter((f) => !nested(f));
  found.splice(0, found.length, ...keep);
}

/** Words that join a clause with a subject of its own to the one before (`…, while Y said`). */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas', 'though', 'although', 'yet']);
/** Dashes, which end a report before a labelled quotation only (`— and Sanders believes —` is an aside). */
const DASHES: ReadonlySet<string> = new Set(['-', '—', '–']);

/**
 * A report whose content runs into a coordinated clause with a report of its own ends
 * before that clause: in `half of white women preferred Clinton while about 6 in 10 white
 * men supported Sanders` and `Cook said Carter stopped it, but Cook did not say when`, the
 * second clause is the second subject's statement, not part of the first; so is a quotation
 * a name labels after a dash (`Dockers split on the levy - Ivo Brandt: "…"`).
 */
function endBeforeCoordinatedReports(tokens: Token[], found: Found[]): void {
  for (const inner of found) {
    if (!(inner.rule.startsWith('indirect/') || inner.rule === NAME_LABEL_RULE) || !inner.source || !inner.cue) continue;
    // `He suggested …, called her “third-rate”`: a listed verb's clause opens at its comma.
    const listed = inner.rule === LISTED_VERB_RULE;
    if (!listed && inner.source.first > inner.cue.first) continue;
    const joiner = listed ? inner.cue.first - 1 : inner.source.first - 1;
    const word = tokens[joiner]?.lower ?? '';
    if (!listed) {
      if (inner.rule === NAME_LABEL_RULE ? !DASHES.has(word) : !CLAUSE_JOINERS.has(word)) continue;
      // `he and Trump differ` is one subject; `, and three-quarters said` a second clause, as
      // is `“vile,” but she noted` (the comma inside the quotation).
      const comma = tokens[joiner - 1]?.text === ',' || (tokens[joiner - 1]?.type === 'close' && tokens[joiner - 2]?.text === ',');
      if ((word === 'and' || word === 'but') && !comma) continue;
    }
    for (const outer of found) {
      if (outer === inner || !outer.rule.startsWith('indirect/')) continue;
      // Inside a third report (`a poll found that 28 percent backed Trump, while 23 percent
      // favored Cruz`) the coordinated clauses are that report's content together.
      if (outer.source && found.some((o) => o !== outer && o !== inner && o.content.some((c) => c.first <= outer.source!.first && c.last >= outer.source!.last))) continue;
      const part = outer.content.find((c) => c.first < joiner && c.last >= inner.cue!.last);
      if (!part) continue;
      // `even though`, `even while`: the clause opens at `even`.
      const opening = tokens[joiner - 1]?.lower === 'even' ? joiner - 1 : joiner;
      part.last = Math.max(part.first, trimEnd(tokens, part.first, opening - 1));
    }
  }
}

/**
 * Whether report `outer` may hold report `inner` as part of its content: not when a comma
 * ends the outer cue's clause before the inner report opens (`Making the rounds on the
 * Sunday morning shows, Carson said …`): that cue reports nothing, and the report after
 * the comma stands on its own.
 */
function swallows(tokens: Tokenized['tokens'], outer: Found, inner: Found): boolean {
  return outer.cue === null || tokens[outer.cue.last + 1]?.text !== ',' || inner.source!.first !== outer.cue.last + 2;
}

/**
 * Reports kept when they open another report's content: a document's words, and a noun's
 * (`rejected her warning that …` reports the warning as well as the rejection).
 */
const KEPT_WHEN_NESTED: ReadonlySet<string> = new Set(['indirect/document-gerund', NOUN_REPORT_RULE]);
/** Gerund reports that speak in someone else's voice inside another report (see `settleNestedReports`). */
const OWN_VOICE_GERUNDS: ReadonlySet<string> = new Set(['indirect/document-gerund', 'indirect/named-gerund']);
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['which', 'who', 'that', 'with', '—', '–', '-', '(', ',']);

/**
 * Where the clause holding a named gerund opens (`messages -- which had Legend urging`):
 * the nearest clause word or mark within a few tokens before the name; else the name.
 */
function clauseOpening(tokens: Tokenized['tokens'], name: number, floor: number): number {
  for (let k = name - 1; k > floor && k >= name - 4; k--) if (CLAUSE_OPENERS.has(tokens[k].lower)) return k;
  return name;
}

// Generic `you` is the speaker too (`You're thinking, 'Well, …'`).
const FIRST_PERSON = new Set(['i', 'me', 'my', 'myself', 'we', 'us', 'our', 'you']);

/**
 * The cue of a quotation inside a quotation, from `floor` (its sentence inside the outer
 * quotation) on, when its source is a name, all capitalised words (`Brandt … said, '…'`,
 * `'…,' Brandt said`); else null. A pronoun inside a quotation points into the speaker's
 * story, where the narration's people do not reach, so only a name counts.
 */
function namedNestedCue(tokens: Tokenized['tokens'], q: QuotedSpan, floor: number): { cue: TokenRange; source: TokenRange } | null {
  const found = findCueBefore(tokens, q, floor) ?? findCueAfter(tokens, q);
  if (!found?.source) return null;
  const { first, last } = found.source;
  for (let k = first; k <= last; k++) if (!tokens[k].upper || SUBJECT_PRONOUNS[tokens[k].lower] !== undefined) return null;
  // `campaign against Donald saying, '…'`: a name after a preposition is no subject.
  const before = tokens[first - 1];
  return before?.type === 'word' && OBJECT_PREPOSITIONS.has(before.lower) ? null : { cue: found.cue, source: found.source };
}

const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['against', 'with', 'to', 'for', 'at', 'of', 'by', 'from', 'on', 'in', 'about', 'like']);

/** Whether a first-person word shortly before a nested quote makes it a self-quote. */
function quotesSelf(tokens: Tokenized['tokens'], q: QuotedSpan, outerFirst: number): boolean {
  if (q.open < 0) return false;
  for (let k = q.open - 1; k >= outerFirst && k >= q.open - 8; k--) {
    if (TERMINAL_MARKS.has(tokens[k].text)) return false;
    if (FIRST_PERSON.has(tokens[k].lower)) return true;
    // `I'd rather live in what he calls “hell”`: a third person nearer the quote is its speaker.
    if (THIRD_PERSON.has(tokens[k].lower)) return false;
  }
  return false;
}

const THIRD_PERSON: ReadonlySet<string> = new Set(['he', 'she', 'they']);

const TERMINAL_MARKS = new Set(['.', '!', '?']);

/** How far before a quoted phrase its clause's cue may be. */
const FRAGMENT_CUE_WINDOW = 12;

/** A cue with a subject shortly before a quoted phrase, in the same clause: `mixed`. */
function cueBeforeFragment(tokens: Tokenized['tokens'], q: QuotedSpan, sentenceStart: number, used: Set<number>): Found | null {
  if (q.open < 0) return null;
  for (let c = q.open - 1; c >= sentenceStart && c >= q.open - FRAGMENT_CUE_WINDOW; c--) {
    const t = tokens[c];
    if (t.type === 'open' || t.type === 'close' || t.text === ';' || t.text === ':') return null;
    if (t.type !== 'word' || t.upper || used.has(c)) continue;
    const cue = cueAt(tokens, c);
    if (!cue || isNounUse(tokens, c)) continue;
    const src = findLeftSource(tokens, c - 1, sentenceStart);
    if (!src) return null;
    return {
      kind: 'mixed', content: [quoteRange(q)], cue, source: { first: src.first, last: src.last },
      sentence: t.sentence, confidence: 0.4, rule: 'fragment/cue-before', inherited: false,
    };
  }
  return null;
}

/**
 * A report whose content opens a quotation that closes in a later sentence takes the
 * quotation to its closing mark (`Cruz said he would "carpet-bomb them. I don't know …"`):
 * the sentence split inside the quotation is not the end of what was reported.
 */
function runOnIntoQuote(f: Found, quotes: QuotedSpan[], cued: ReadonlySet<number>): void {
  const part = f.content[f.content.length - 1];
  for (const [qi, q] of quotes.entries()) {
    if (q.parent === null && !cued.has(qi) && q.open >= part.first && q.open <= part.last && q.close > part.last) {
      part.last = q.close;
      return;
    }
  }
}

/**
 * A report whose cue a colon ends (`added: …`) and whose unquoted content ends its sentence
 * takes the rest of the paragraph: the sentences after the colon are what was said, as
 * PolNeAR marks them. A sentence with quotation marks of its own stops it (that quotation
 * has its own reading).
 */
function runOnAfterColon(tokens: Token[], f: Found, inQuote: Uint8Array): void {
  if (!f.cue || tokens[f.cue.last + 1]?.text !== ':') return;
  const part = f.content[f.content.length - 1];
  if (part.first !== f.cue.last + 2 || inQuote[part.first]) return;
  const sentence = tokens[part.last].sentence;
  const paragraph = tokens[part.last].paragraph;
  let k = part.last + 1;
  while (tokens[k] && tokens[k].sentence === sentence) k++;
  let last = part.last;
  while (tokens[k] && tokens[k].paragraph === paragraph && tokens[k].type !== 'break') {
    const first = k;
    let quoted = false;
    while (tokens[k] && tokens[k].sentence === tokens[first].sentence && tokens[k].paragraph === paragraph) {
      if (tokens[k].type === 'open' || tokens[k].type === 'close') quoted = true;
      k++;
    }
    if (quoted) break;
    last = Math.max(last, trimEnd(tokens, first, k - 1));
  }
  part.last = last;
}

/**
 * Whether a span holds the quote: from its first token to its last but a closing comma (a
 * content part trimmed of the quotation's last comma still holds it: `called it a “farce,”`).
 */
function holdsQuote(tokens: Token[], r: TokenRange, q: QuotedSpan): boolean {
  return r.first <= q.first && r.last >= trimEnd(tokens, q.first, q.last);
}

/** Whether some attribution's content already contains the quote. */
function covered(tokens: Token[], found: Found[], q: QuotedSpan): boolean {
  return found.some((f) => f.content.some((c) => holdsQuote(tokens, c, q)) || (f.source !== null && holdsQuote(tokens, f.source, q)));
}

/**
 * Whether the reports that hold the quotation all come after its own cue, which they hold
 * too (`Workers "say …," she said, according to the Ledger`): a trailing report wraps the
 * sentence, and the quotation still has its own speaker.
 */
function coveredWithOwnCue(tokens: Token[], found: Found[], q: QuotedSpan): boolean {
  if (q.close < 0) return false;
  const own = findCueAfter(tokens, q);
  if (!own?.source) return false;
  const covering = found.filter((f) => f.content.some((c) => holdsQuote(tokens, c, q)));
  return covering.length > 0 && covering.every((f) => f.cue !== null && f.cue.first > own.cue.last && f.content.some((c) => c.first <= own.cue.first && c.last >= own.cue.last));
}

/** A quotation with no cue of its own, credited to the source of another attribution. */
function inheritedQuote(tokens: Token[], q: QuotedSpan, kind: Found['kind'], source: TokenRange, confidence: number, rule: string): Found {
  return { kind, content: [quoteRange(q)], cue: null, source, sentence: tokens[q.first].sentence, confidence, rule, inherited: true };
}

/** Shortest quotation taken as a speaker's words when narration leads into it with no cue. */
const CONTINUED_MIN_WORDS = 5;

/**
 * The direct quotation a quotation inside narration goes on from: the last one before it, with
 * a source, in the same paragraph or the one before and with no report of another sentence
 * between them, when the quotation holds five words or more and ends its sentence (its own
 * terminal mark, or one right after it). Else null.
 */
function continuedSpeech(tokens: Tokenized['tokens'], q: QuotedSpan, found: Found[]): Found | null {
  if (q.open < 0 || q.close < 0) return null;
  const words = countWords(tokens, q.open + 1, q.close - 1);
  const inside = tokens[q.close - 1];
  const after = tokens[q.close + 1];
  const ends = TERMINAL_MARKS.has(inside?.text ?? '') || after === undefined || TERMINAL_MARKS.has(after.text) || after.sentence !== tokens[q.close].sentence;
  if (words < CONTINUED_MIN_WORDS || !ends) return null;
  // The last direct quotation before it, past reports inside that quotation's own sentence
  // (`“…,” said Vela, who published a book on it.`), but no report of another sentence.
  const prior = lastBefore(found, q.first, (f) => f.kind === 'direct' && f.source !== null);
  if (!prior) return null;
  const from = prior.content[0].first;
  const sentence = prior.sentence;
  if (found.some((f) => f.content[0].first > from && f.content[0].first < q.first && f.sentence !== sentence)) return null;
  return tokens[q.first].paragraph - tokens[from].paragraph <= 1 ? prior : null;
}

/**
 * The latest attribution before `at` that `keep` accepts; by default one that credits someone
 * (a quote may inherit its speaker), passing over a quoted phrase credited to nobody (a
 * scare quote).
 */
function lastBefore(found: Found[], at: number, keep: (f: Found) => boolean = creditsSomeone): Found | null {
  let best: Found | null = null;
  for (const f of found) {
    if (f.content[0].first < at && keep(f) && (!best || f.content[0].first > best.content[0].first)) best = f;
  }
  return best;
}

function creditsSomeone(f: Found): boolean {
  return !creditsNobody(f) && !(f.source === null && f.kind === 'fragment');
}

/**
 * A headline report whose content ends in a colon and a quotation (`Vela hits back at
 * 'Tide': 'He has never paid a fare'`) reports the quotation: what comes before the colon
 * is what the headline says the speaker did, not what they said.
 */
function quotedAfterColon(tokens: Tokenized['tokens'], f: Found): void {
  const part = f.content[f.content.length - 1];
  for (let k = part.last - 1; k >= part.first; k--) {
    if (tokens[k].text !== ':') continue;
    if (tokens[k + 1].type === 'open') f.content = [{ first: k + 1, last: part.last }];
    return;
  }
}

/** Two or more capitalised words opening a title, before `end` (`John Legend on …`). */
function leadingName(tokens: Tokenized['tokens'], first: number, end: number): { first: number; last: number } | null {
  // A title-case headline capitalises every word: an article or a function word makes the
  // run a phrase (`A Docker Developed 'Crane Elbow'`), not a name.
  if (DETERMINERS.has(tokens[first]?.lower ?? '')) return null;
  let k = first;
  while (k < end && k - first < 4 && tokens[k].type === 'word' && tokens[k].upper) {
    if (TITLE_FUNCTION_WORDS.has(tokens[k].lower)) return null;
    k++;
  }
  return k - first >= 2 ? { first, last: k - 1 } : null;
}

/**
 * `Name: claim` headlines credit the claim to the name before the colon (one to four
 * capitalised words), unless the claim is itself a quotation the quote rules handle.
 */
function headlineLabel(tokens: Tokenized['tokens'], paragraph: number): Found | null {
  let first = 0;
  while (first < tokens.length && tokens[first].paragraph !== paragraph) first++;
  let k = first;
  while (k < tokens.length && k - first < 4 && tokens[k].type === 'word' && tokens[k].upper) k++;
  if (k === first || tokens[k]?.text !== ':' || tokens[k].paragraph !== paragraph) return null;
  // Title-case function words mean a phrase, not a name (`Stealth Over Health:`, `The Latest:`).
  for (let n = first; n < k; n++) if (TITLE_FUNCTION_WORDS.has(tokens[n].lower)) return null;
  // The claim may be quoted (`Trump: ‘I’m the Worst Thing …’`).
  if (k + 1 >= tokens.length || tokens[k + 1].paragraph !== paragraph || (tokens[k + 1].type !== 'word' && tokens[k + 1].type !== 'open')) return null;
  let last = k + 1;
  while (last + 1 < tokens.length && tokens[last + 1].paragraph === paragraph && tokens[last + 1].type !== 'break') last++;
  while (last > k && tokens[last].type === 'punct') last--;
  if (last <= k + 1) return null;
  // A verb of saying after a name of one or two words makes the label a clause (`Lark
  // Admits Text Rant: ‘…’`): the name is the source and the verb the cue. Headlines put
  // such verbs in the present (`Admits`, `Slams`); `NY Post:` and `Munich Attack` are nouns.
  let verb = first + 1;
  while (verb < k && verb <= first + 2 && !(tokens[verb].lower.endsWith('s') && lookupCue(tokens[verb].lower) !== null)) verb++;
  if (verb > first + 2) verb = k;
  // A clause before the colon and a quotation inside the claim (`Lighthouse Goes Dark:
  // Dacosta Tells Athletic ‘I’m Finished Here’`): the claim is a report of its own, which
  // the quote rules read with its own speaker. (After a bare name the quotation is the
  // name's: `Sanders: Clinton needs to 'get away from all of this'`.)
  if (verb < k) for (let n = k + 2; n <= last; n++) if (tokens[n].type === 'open') return null;
  return {
    kind: 'headline', content: [{ first: k + 1, last }], cue: verb < k ? { first: verb, last: verb } : { first: k, last: k }, source: { first, last: verb - 1 },
    sentence: tokens[k].sentence, confidence: 0.6, rule: 'headline/name-colon', inherited: false,
  };
}

const WORK_TITLE_WORDS = 8;
/** Words that introduce examples of works (`hits like “…”`, `songs including “…”`; `such as` below). */
const EXAMPLE_WORDS: ReadonlySet<string> = new Set(['like', 'including']);
/** Short words a title leaves in lower case (`What a Fool Believes`). */
const TITLE_LOWER_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'and', 'or', 'for', 'by', 'with', 'at', 'from', 'as', 'is']);

/** Whether tokens `first..last` hold one word, capitalised (`Tidewatch,` with its comma). */
function oneCapitalisedWord(tokens: Token[], first: number, last: number): boolean {
  const words = tokens.slice(first, last + 1).filter((t) => t.type === 'word');
  return words.length === 1 && words[0].upper;
}

/** Whether every word from `first` to `last` is capitalised, short function words aside, and two or more are. */
function titleCased(tokens: Token[], first: number, last: number): boolean {
  let capitals = 0;
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    if (t.type !== 'word') continue;
    if (t.upper) capitals++;
    else if (!TITLE_LOWER_WORDS.has(t.lower) && !/^['’]/.test(t.text)) return false;
  }
  return capitals >= 2;
}

/**
 * Whether the quotation opening at `open` stands where a work's title would: after `like`,
 * `including` or `such as`, after a year's possessive (`1978’s “…”`), or after another
 * quotation in a list (`“Black Water,” “China Grove” and …`).
 */
function listsWorks(tokens: Token[], open: number): boolean {
  const before = tokens[open - 1];
  if (!before) return false;
  const such = before.lower === 'as' && tokens[open - 2]?.lower === 'such';
  if (EXAMPLE_WORDS.has(before.lower) || such || (before.lower === "'s" && /^\d{4}$/.test(tokens[open - 2]?.text ?? ''))) return true;
  // A comma or `and` joins the two, outside the closing mark or inside it (`“Black Water,” “China Grove”`).
  let k = open - 1;
  const joined = before.lower === 'and' || before.lower === 'or';
  if (joined) k--;
  const comma = tokens[k]?.text === ',';
  if (comma) k--;
  return tokens[k]?.type === 'close' && (joined || comma || tokens[k - 1]?.text === ',');
}

/** Lower-case words a channel's name may end in (`Fox News channel's`). */
const CHANNEL_NOUNS: ReadonlySet<string> = new Set(['channel', 'network', 'station', 'radio', 'television', 'tv']);

/**
 * Whether the mark at `open` follows `on` or `of` and a channel's possessive (`on Harbor
 * FM's`, `host of Harbor FM's`, `On Harbor FM's` opening a sentence, `on Harbor News
 * channel's`), or follows `on` alone before a title-case name (`an appearance on “Noon Desk,”`).
 */
function onOwnersShow(tokens: Token[], open: number): boolean {
  const clitic = tokens[open - 1];
  if (clitic?.lower === 'on') return true;
  if (!clitic || (clitic.lower !== "'s" && clitic.lower !== '’s')) return false;
  const channel = tokens[open - 2];
  if (!channel?.upper && !CHANNEL_NOUNS.has(channel?.lower ?? '')) return false;
  for (let k = open - 2; k >= 0 && k > open - 8; k--) {
    const t = tokens[k];
    if (t.type !== 'word') return false;
    if (t.lower === 'on' || t.lower === 'of') return k < open - 2;
    if (!t.upper && !CHANNEL_NOUNS.has(t.lower)) return false;
  }
  return false;
}

/**
 * Whether a quoted span is the title of a work: set right after a work noun (`the podcast
 * "The Long Table"`), right before one (`"The Long Table" podcast`), before an apposition
 * headed by one (`"The Long Table," the food-and-culture podcast`), in a list of examples,
 * or after `on` and a channel's possessive (`on Harbor FM's "Noon Desk,"`).
 */
function namesWork(tokens: Token[], q: QuotedSpan): boolean {
  if (q.open < 0 || q.close < 0 || q.last - q.first >= WORK_TITLE_WORDS || !tokens[q.first].upper) return false;
  if (WORK_NOUNS.has(tokens[q.open - 1]?.lower ?? '')) return true;
  if (titleCased(tokens, q.first, q.last) && listsWorks(tokens, q.open)) return true;
  // `said on Harbor FM's “Noon Desk,”`: a title-case name owned by a channel after `on`; a
  // one-word name so only when a channel owns it (`on “Disgraceful,”` may be a word quoted).
  if (onOwnersShow(tokens, q.open) && (titleCased(tokens, q.first, q.last) || (tokens[q.open - 1].lower !== 'on' && oneCapitalisedWord(tokens, q.first, q.last)))) return true;
  let k = q.close + 1;
  if (tokens[k]?.text === ',') k++;
  if (WORK_NOUNS.has(tokens[k]?.lower ?? '')) return true;
  if (!DETERMINERS.has(tokens[k]?.lower ?? '')) return false;
  for (let j = k + 1; j < k + WORK_TITLE_WORDS && tokens[j] !== undefined; j++) {
    if (tokens[j].type === 'word' && WORK_NOUNS.has(tokens[j].lower)) return true;
    if (tokens[j].type !== 'word' && tokens[j].text !== '-') return false;
  }
  return false;
}
