/**
 * Aligns the quotes of one story into utterance groups (`QuoteGroup`): who said it, the
 * canonical wording, and for every article's rendering its diff, drift label and flags.
 */
import type { Article, Occurrence, PartialDate, Person, Quote, QuoteGroup, Story } from '../model.js';
import { chooseCanonical, type Canonical } from './canonical.js';
import { dateRange } from './compatibility.js';
import { nameWordsOf } from './article-features.js';
import { classifyDrift } from './drift.js';
import { groupUnits } from './group-units.js';
import { buildUnit, quotedStretches, sortedParts, type Unit } from './occurrence-units.js';
import { encodeWords, type WordSeq } from './sequence-match.js';
import { stableId } from './stable-id.js';
import { findChains } from './utterance-chains.js';
import { alignToCanonical, diffWords } from './word-diff.js';
import { negationChanged } from './negation.js';
import { tokenize, type Token } from './text-tokens.js';

// A statement is "recycled" when an article presents it as current although it was said
// more than about six months before publication.
const RECYCLED_MS = 183 * 86_400_000;

function firstStart(unit: Unit): number {
  let start = Number.POSITIVE_INFINITY;
  for (const p of unit.quote.content) start = Math.min(start, p.start);
  return Number.isFinite(start) ? start : 0;
}

function compareUnits(a: Unit, b: Unit): number {
  const pa = a.published ?? Number.POSITIVE_INFINITY;
  const pb = b.published ?? Number.POSITIVE_INFINITY;
  if (pa !== pb) return pa - pb;
  if (a.article.id !== b.article.id) return a.article.id < b.article.id ? -1 : 1;
  const sa = firstStart(a);
  const sb = firstStart(b);
  if (sa !== sb) return sa - sb;
  return a.quote.id < b.quote.id ? -1 : a.quote.id > b.quote.id ? 1 : 0;
}

function chooseSpeaker(units: readonly Unit[], members: readonly number[], canonical: Canonical): string | null {
  const votes = new Map<string, number>();
  for (const k of members) {
    const s = units[k].speaker;
    if (s) votes.set(s, (votes.get(s) ?? 0) + (units[k].quoted ? 2 : 1));
  }
  const preferred = units[canonical.from[0]].speaker;
  let best: string | null = null;
  let bestVotes = 0;
  for (const [s, v] of [...votes].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    if (v > bestVotes || (v === bestVotes && s === preferred)) {
      best = s;
      bestVotes = v;
    }
  }
  return best;
}

function chooseSaidWhen(units: readonly Unit[], members: readonly number[], canonical: Canonical): PartialDate | null {
  const pick = (ids: readonly number[], dateOf: (u: Unit) => PartialDate | null) =>
    ids
      .map((k) => dateOf(units[k]))
      .filter((d): d is PartialDate => d !== null)
      .sort((x, y) => dateRange(x)[0] - dateRange(y)[0] || dateRange(x)[1] - dateRange(y)[1])[0] ?? null;
  // Dates the texts state first; failing those, an inferred publication year.
  const inferred = (u: Unit): PartialDate | null => (u.quote.saidWhen ? { value: u.quote.saidWhen.value, precision: u.quote.saidWhen.precision } : null);
  return pick(canonical.from, (u) => u.saidWhen) ?? pick(members, (u) => u.saidWhen) ?? pick(members, inferred);
}

function chooseOccasion(units: readonly Unit[], members: readonly number[], canonical: Canonical): string | null {
  const counts = new Map<string, number>();
  for (const k of members) {
    const label = units[k].quote.occasion?.label;
    if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const own = units[canonical.from[0]].quote.occasion?.label ?? null;
  const sorted = [...counts].sort((x, y) => y[1] - x[1] || (x[0] === own ? -1 : y[0] === own ? 1 : x[0] < y[0] ? -1 : 1));
  return sorted[0]?.[0] ?? null;
}

/** What every occurrence of one group is judged against. */
interface GroupView {
  speaker: string | null;
  /**
   * Latest time the words can have been said: the first publication of any rendering, or
   * the time two articles date them by (`corroboratedSaidBy`), whichever is earlier.
   */
  saidBy: number | null;
  /** Articles that credit the words to the group's speaker somewhere. */
  vouching: ReadonlySet<string>;
  /** Per article, the earliest end of the said-when its renderings in the group carry. */
  datedBy: ReadonlyMap<string, number>;
}

/**
 * Whether the unit presents as current words said more than six months before its article.
 * The article says so itself when it dates the words to the past, in this rendering or in
 * another rendering of them (the lead says "in 2008 he said", the quote further down is bare).
 */
function isRecycled(unit: Unit, group: GroupView): boolean {
  if (group.saidBy === null || unit.published === null) return false;
  const cutoff = unit.published - RECYCLED_MS;
  if (group.saidBy >= cutoff) return false;
  return !((group.datedBy.get(unit.article.id) ?? Number.POSITIVE_INFINITY) < cutoff);
}

/**
 * The latest time by which two articles agree the words were said (null when fewer than
 * two date them). Calling an outlet's rendering recycled is an accusation; one article's
 * said-when is one reading of a scene-setting phrase ("Axelrod, Obama's strategist in
 * 2008, …"), which on real coverage is often about something else, so it takes a second
 * article, or a rendering published that long before, to show the words are old.
 */
function corroboratedSaidBy(datedBy: ReadonlyMap<string, number>): number | null {
  const ends = [...datedBy.values()].sort((a, b) => a - b);
  return ends.length >= 2 ? ends[1] : null;
}

/** Per article, the earliest end of the said-when of its renderings among `members`. */
function datedByArticle(units: readonly Unit[], members: readonly number[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const k of members) {
    const u = units[k];
    if (!u.saidWhen) continue;
    const end = dateRange(u.saidWhen)[1];
    out.set(u.article.id, Math.min(end, out.get(u.article.id) ?? Number.POSITIVE_INFINITY));
  }
  return out;
}

/**
 * Whether the unit credits the group's words to someone other than its speaker. An article
 * that also credits them to the speaker itself is not misattributing them: its second
 * crediting is a conduit (`…,” Welch said, according to Vermont Edition`), one speaker
 * quoting another (a senator reading out a judge's line), or two readings of one sentence;
 * on PolNeAR's 924 election articles these were most of the flags.
 */
function isMisattributed(unit: Unit, group: GroupView, insideQuotation: () => boolean): boolean {
  const { speaker } = group;
  return speaker !== null && unit.speaker !== null && unit.speaker !== speaker && !group.vouching.has(unit.article.id) && !insideQuotation();
}

/**
 * Whether every canonical word the rendering matched lies inside quotation marks within the
 * canonical: words its speaker quoted from someone else (Trump's tweet quoting Comey's
 * "extremely careless"), which an outlet rightly credits to that someone.
 */
function withinInnerQuotation(canonical: { text: string; tokens: readonly Token[] }, pairs: readonly [number, number][]): boolean {
  if (pairs.length === 0) return false;
  const inner = quotedStretches(canonical.text);
  if (inner.length === 0) return false;
  return pairs.every(([, j]) => {
    const t = canonical.tokens[j];
    return inner.some((s) => t.start >= s.start && t.end <= s.end);
  });
}

/**
 * Marked words a report must carry for its drift to be read from them. A report that
 * quotes a stretch of the utterance (`said the fractures were "not hairline cracks" and
 * that…`) renders that stretch, truncated; one that borrows a word or two in marks (`he
 * "appreciated" the dialogue`, `called him a "sellout"`) stays a report.
 */
const PRESENTED_WORDS = 3;

/** Whether `unit` presents words as the speaker's own: a quotation, or a report quoting a stretch of them. */
function presentsQuotation(unit: Unit): boolean {
  return unit.quoted || (unit.marked && unit.words.length >= PRESENTED_WORDS);
}

function toOccurrence(unit: Unit, canonical: Canonical & { tokens: readonly Token[]; seq: WordSeq }, isCanonical: boolean, group: GroupView): Occurrence {
  const parts = sortedParts(unit.quote);
  // A mixed quote is compared by its marked words, as its drift is: the reporter's words
  // around them are no change to what was said. The diff and the negation check read one
  // alignment of them.
  const presented = presentsQuotation(unit);
  const compared = unit.marked && presented ? unit.quotedText : unit.text;
  const aligned = alignToCanonical(compared, canonical.tokens);
  // A report is judged by its marked words: the reporter's own around them credit nobody.
  const judged = unit.marked ? unit.quotedText : unit.text;
  return {
    quoteId: unit.quote.id,
    articleId: unit.article.id,
    start: parts[0]?.start ?? 0,
    end: parts[parts.length - 1]?.end ?? 0,
    text: unit.text,
    kind: unit.quote.kind,
    // The canonical's own words are exact, unless nobody quoted the utterance and the
    // canonical is itself a report.
    drift: isCanonical
      ? unit.quoted
        ? 'exact'
        : 'reported'
      : classifyDrift(
          { words: unit.words, source: unit.article.text, rendered: unit.quotedText, quoted: presented, language: unit.article.language, seq: unit.seq },
          canonical,
        ),
    diff: diffWords(compared, canonical.text, canonical.tokens, aligned),
    misattributed: isMisattributed(unit, group, () =>
      withinInnerQuotation(canonical, (judged === compared ? aligned : alignToCanonical(judged, canonical.tokens)).pairs),
    ),
    recycled: isRecycled(unit, group),
    negationChanged: !isCanonical && negationChanged(compared, canonical.text, canonical.tokens, aligned),
  };
}

/**
 * Groups every occurrence of one utterance across the story's articles and describes how
 * each article rendered it. Quotes of articles outside the story are ignored. Every quote
 * ends up in exactly one group (a quote nobody else carried is a group of one).
 */
export function alignQuotes(input: { story: Story; articles: Article[]; quotes: Quote[]; people: Person[] }): QuoteGroup[] {
  const { story } = input;
  const inStory = new Set(story.articleIds);
  const articleById = new Map(input.articles.filter((a) => inStory.has(a.id)).map((a) => [a.id, a]));
  const names = new Map(input.people.map((p) => [p.id, p.name]));
  const nameWords = nameWordsOf(input.people);
  const vocabulary = new Map<string, number>();
  const units = input.quotes
    .filter((q) => q.content.length > 0 && articleById.has(q.articleId))
    .map((q) => buildUnit(q, articleById.get(q.articleId) as Article, nameWords, vocabulary))
    .sort(compareUnits);
  const chains = findChains(units);
  const groups: QuoteGroup[] = [];
  for (const members of groupUnits(units)) {
    const chosen = chooseCanonical(units, members, chains);
    const tokens = tokenize(chosen.text);
    const canonical = { ...chosen, tokens, seq: encodeWords({ words: tokens.map((t) => t.norm) }, vocabulary) };
    const speaker = chooseSpeaker(units, members, canonical);
    const said = chooseSaidWhen(units, members, canonical);
    const fromSet = new Set(canonical.from);
    const datedBy = datedByArticle(units, members);
    const bounds = members.map((k) => units[k].published).filter((t): t is number => t !== null);
    const corroborated = corroboratedSaidBy(datedBy);
    if (corroborated !== null) bounds.push(corroborated);
    const saidBy = bounds.length > 0 ? Math.min(...bounds) : null;
    const speakerUnit = members.map((k) => units[k]).find((u) => u.speaker === speaker);
    const personId = speakerUnit?.quote.personId ?? null;
    const view: GroupView = {
      speaker,
      saidBy,
      vouching: new Set(members.filter((k) => speaker !== null && units[k].speaker === speaker).map((k) => units[k].article.id)),
      datedBy,
    };
    groups.push({
      id: stableId('group', [story.id, units[members[0]].quote.id]),
      storyId: story.id,
      speaker: personId,
      speakerName: (personId ? names.get(personId) : undefined) ?? speakerUnit?.quote.speaker ?? null,
      canonical: canonical.text,
      canonicalQuoted: canonical.from.some((k) => units[k].quoted || units[k].marked),
      saidWhen: said,
      occasion: chooseOccasion(units, members, canonical),
      occurrences: members.map((k) => toOccurrence(units[k], canonical, fromSet.has(k), view)),
    });
  }
  return groups;
}
