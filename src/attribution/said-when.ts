/**
 * Occasion and said-when for every attribution, from the article's own words.
 *
 * A quote takes the occasion and date stated in its own reporting sentence (outside its
 * content: `"…," Legend said on the podcast on Friday`). An occasion named again without a
 * date (`On the podcast, Teles said`, `The exchange begins …`) takes the date of its
 * earlier mention. Otherwise the quote inherits a *scene*, in this order:
 *   1. a dated scene in its paragraph or the two before (a sentence that names an occasion
 *      or opens with a date, or this speaker's own dated statement);
 *   2. this speaker's latest dated statement that is not bound to another occasion;
 *   3. the article's latest dated scene (the lede's dated statement counts as one);
 *   4. for quotes before any scene (headline, lede), the article's first scene.
 * Dated correspondence (`messages sent in October 2022`) is a scene only for quotes that
 * name no other occasion of their own (`told reporters`). A headline's quotation cut from a
 * body quote of its speaker takes that quote's date and, failing its own, occasion. Only an
 * occasion the text names but never dates (`says in a new interview`) is taken to be recent
 * and gets the publication year; with no occasion and no scene the date is null.
 */
import type { Occasion, PartialDate, SaidWhen, Span } from '../model.js';
import type { Tokenized, Token } from './tokenize.js';
import type { Found } from './types.js';
import type { TokenRange } from './noun-phrase.js';
import { eventTimePhrases, findDates, isYearText, parseIsoReference, relativeDatePhrases, type DateHit, type Reference } from './date-words.js';
import { findOccasions, type OccasionHit } from './occasion.js';
import { lookupCue, RELIABLE_PRIOR } from './cue-forms.js';
import { holdsClauseVerb } from './noun-phrase.js';
import { headlineOrigins } from './headline-credit.js';
import { CORRESPONDENCE_KINDS, DETERMINERS, MONTHS, OCCASION_FAMILIES, OCCASION_NOUNS, PLATFORMS, RELATIVE_PRONOUNS, WEEKDAYS } from './word-lists.js';

/** Occasion and said-when of one attribution. */
export interface SceneResult {
  occasion: Occasion | null;
  saidWhen: SaidWhen | null;
}

interface Scene {
  occasion: Occasion | null;
  date: SaidWhen | null;
  /** The text dates it, but to a time that cannot be resolved (`last year`, no reference). */
  undated?: boolean;
}

/** A scene: where and when the statements after it were made. */
interface SceneEntry {
  at: number;
  rank: number;
  /** Speaker whose statement this is, or null for a scene set by narration. */
  owner: string | null;
  /** A speaker's own dated statement: it sets the scene for that speaker only. */
  personal: boolean;
  family: string | null;
  document: boolean;
  /** The date is only the publication year, for an occasion the text does not date. */
  guessed: boolean;
  /**
   * Someone speaks in the scene's sentence with a reliable cue (`Quell said in a new
   * interview …`), or a speaker of the article takes part in it (`Teles turned up on the
   * podcast`, `he appeared on the show`).
   */
  spoken?: boolean;
  /** Dated to an earlier year than the publication (`During the 2028 dispute`): it dates its paragraph only. */
  flashback?: boolean;
  scene: Scene;
}

// Only indefinite: `addressed a rally` names a new occasion, `say the program …` opens a clause.
const OCCASION_ARTICLES = new Set(['a', 'an']);
const PREPOSITIONS = new Set(['to', 'on', 'in', 'at', 'with', 'about', 'into', 'for', 'during', 'from', 'over']);
/** How many paragraphs back a scene is still the quote's own (rule 1). */
const SCENE_PARAGRAPHS = 2;
/** Cues that write rather than speak: their quote is the document or post just named. */
const WRITING_CUES: ReadonlySet<string> = new Set(['wrote', 'writes', 'posted', 'posts', 'tweeted', 'tweets', 'captioned']);

// A header date the way CMS templates print it: `2022-08-05T17:53:29+00:00`.
const HEADER_DATE = /\b(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2})?/;

/** Words before an occasion noun that make it one more of its kind (`another statement`). */
const ANOTHER_WORDS: ReadonlySet<string> = new Set(['another', 'second', 'third', 'fresh', 'further', 'separate', 'subsequent']);

/** Whether the occasion phrase, or the two words before it, say it is another one of its kind. */
function isAnotherOccasion(tokens: Token[], hit: OccasionHit): boolean {
  for (let k = Math.max(0, hit.first - 2); k <= hit.last; k++) if (ANOTHER_WORDS.has(tokens[k].lower)) return true;
  return false;
}

const PARTICLES: ReadonlySet<string> = new Set(['out', 'up', 'off', 'down', 'back']);

/** Words that open a clause inside a phrase (`the news that …`, `the plan, which …`). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([...RELATIVE_PRONOUNS, 'whose', 'because', 'if', 'whether']);

/** Most words a content may have and still be the object of its verb rather than a clause. */
const MAX_OBJECT_WORDS = 12;

/**
 * Whether content `first..last` is a short object with no verb of its own and nothing
 * quoted (`shared their private messages on social media back in April`): a date in it
 * dates the deed, as one after the cue would, not something the speaker said.
 */
function bareObject(tokens: Token[], first: number, last: number): boolean {
  // A particle the cue left in the content goes with the verb (`put out another statement`).
  if (PARTICLES.has(tokens[first].lower) && first < last) first++;
  // A noun phrase opens with its determiner (`their private messages`), not a noun that may
  // be a clause's subject (`Polls show that …`).
  if (!DETERMINERS.has(tokens[first].lower)) return false;
  let words = 0;
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    if (t.type === 'open' || t.type === 'close') return false;
    if (t.type === 'word' && (++words > MAX_OBJECT_WORDS || CLAUSE_OPENERS.has(t.lower))) return false;
  }
  return !holdsClauseVerb(tokens, first, last);
}

/** The kind of an occasion: its label before the name (`podcast: The Long Table` → `podcast`). */
function kindOf(o: Occasion): string {
  const colon = o.label.indexOf(':');
  return colon < 0 ? o.label : o.label.slice(0, colon);
}

/** Occasions one speaker has to themself: an interview with an outlet or a host, a speech. */
const OWN_OCCASION_KINDS: ReadonlySet<string> = new Set(['interview', 'speech']);

/** One speaker's occasion (`interview: Harbor Gazette`, `speech`): not the scene of others' quotes. */
function isOwnOccasion(o: Occasion | null): boolean {
  return o !== null && OWN_OCCASION_KINDS.has(kindOf(o));
}

/** The family of an occasion label (`podcast: The Long Table` → `broadcast`). */
function familyOf(o: Occasion | null): string | null {
  if (!o) return null;
  const kind = kindOf(o);
  // A platform (`Twitter`, `Instagram`) is one account's posts: written, like a statement.
  return OCCASION_FAMILIES[kind] ?? (PLATFORMS.has(kind.toLowerCase()) ? 'correspondence' : kind);
}

/**
 * Resolves occasion and said-when for `found` (sorted by position).
 *
 * @param published Publication date (ISO 8601) or null; a date in the text header is used
 *   when it is null, else the latest full date the text gives.
 * @param speakers Resolved speaker names, parallel to `found`.
 * @param kept Whether the report check keeps each of `found` (a rejected one claims no date).
 */
export function resolveOccasionsAndDates(
  text: string,
  doc: Tokenized,
  found: Found[],
  published: string | null,
  speakers: (string | null)[],
  kept: readonly boolean[] = found.map(() => true),
): SceneResult[] {
  if (found.length === 0) return [];
  const { tokens, sentences } = doc;
  let ref = parseIsoReference(published) ?? headerReference(text);
  const yearHint = ref?.year ?? latestExplicitYear(tokens);
  const floorYear = ref ? null : latestYear(tokens);
  const spanOf = (a: number, b: number): Span => ({ start: tokens[a].start, end: tokens[b].end });
  const toSaid = (h: DateHit): SaidWhen => ({ ...h.date, span: spanOf(h.first, h.last) });
  if (!ref) ref = latestDay(tokens, sentences, yearHint, floorYear);
  const contentMask = new Uint8Array(tokens.length);
  // Content that is only a phrase (`spoke to the radio on Friday`) does not hide the
  // occasion in it; a reported clause does (`says his remarks during an August episode …`).
  // Nor does an occasion that is the object itself (`addressed a rally of members`).
  const occasionObject = (k: number): boolean =>
    OCCASION_ARTICLES.has(tokens[k].lower) && (Object.hasOwn(OCCASION_NOUNS, tokens[k + 1]?.lower ?? '') || Object.hasOwn(OCCASION_NOUNS, tokens[k + 2]?.lower ?? ''));
  for (const f of found) {
    for (const c of f.content) if (!PREPOSITIONS.has(tokens[c.first].lower) && !occasionObject(c.first) && !bareObject(tokens, c.first, c.last)) contentMask.fill(1, c.first, c.last + 1);
  }
  const inContent = (k: number): boolean => contentMask[k] === 1;
  // A speaker told something is no medium (`Teles tells Brandt:` is not an interview).
  // Each name is split once: most speakers are credited with several quotes.
  const people = new Set<string>();
  for (const name of new Set(speakers)) if (name) for (const w of name.toLowerCase().split(' ')) people.add(w);
  // Occasion and date phrases per sentence, computed once.
  const occasionsOf = new Map<number, OccasionHit[]>();
  const datesOf = new Map<number, DateHit[]>();
  const occasionsIn = (si: number): OccasionHit[] => {
    let hits = occasionsOf.get(si);
    if (!hits) {
      hits = findOccasions(text, tokens, sentences[si].first, sentences[si].last - 1).filter((h) => !namesPerson(tokens, h, people));
      occasionsOf.set(si, hits);
    }
    return hits;
  };
  const datesIn = (si: number): DateHit[] => {
    let hits = datesOf.get(si);
    if (!hits) datesOf.set(si, (hits = findDates(tokens, sentences[si].first, sentences[si].last - 1, ref, yearHint, floorYear)));
    return hits;
  };
  const ranks = paragraphRanks(tokens);
  const rankAt = (k: number): number => ranks.get(tokens[k].paragraph) ?? 0;

  // Each attribution's own occasion and date, from its reporting sentence.
  const owns: Scene[] = found.map((f, i) => {
    // A quote that borrows an earlier speaker is dated by the narration around it, if any
    // (`Recalling last Thursday's episode, he stood by the line: "…"`).
    if (f.inherited) {
      const own = tokens[f.content[0].first].sentence;
      const outside = (k: number): boolean => !f.content.some((c) => k >= c.first && k <= c.last);
      const dates = own >= 0 ? datesIn(own).filter((d) => outside(d.first)) : [];
      if (dates.length > 0) return { occasion: null, date: toSaid(dates[dates.length - 1]) };
    }
    const anchor = anchorOf(f);
    const sentence = tokens[anchor.first].sentence;
    if (sentence < 0 || !(f.cue || f.source)) return { occasion: null, date: null };
    const outside = (k: number): boolean => !f.content.some((c) => k >= c.first && k <= c.last);
    // Another speaker's cue between the occasion and this cue claims it (`While West … in
    // an interview last November — "…," he said …, Legend says …`).
    const hits = occasionsIn(sentence).filter((h) => outside(h.first) && !cueBetween(found, speakers, i, h.first, anchor.first));
    // Nor is a date inside the fronted content of another report before this one's cue
    // (`The bridge will stay shut until the end of August, the engineers who found the
    // cracks said`: August dates nothing the engineers found).
    const othersSay = (k: number): boolean =>
      found.some((g, j) => {
        if (j === i || !g.cue || !kept[j]) return false;
        const last = g.content[g.content.length - 1].last;
        return last < anchor.first && g.cue.first > last && g.content.some((c) => k >= c.first && k <= c.last);
      });
    const dates = datesIn(sentence).filter(
      (d) => outside(d.first) && !othersSay(d.first) && !insideClauseOf(tokens, d, anchor.first) && !cueBetween(found, speakers, i, d.first, anchor.first),
    );
    // The date nearest the cue is the one that dates it (`In April 2018 …, and last year accused`).
    dates.sort((a, b) => Math.abs(a.first - anchor.first) - Math.abs(b.first - anchor.first));
    const occasion = hits[0] ? toOccasion(hits[0], spanOf) : null;
    // A nearer phrase that dates it to a time no reference resolves dates it to an unknown
    // time: an event (`At the start of the strike, Blix told a rally …`) always, and
    // `last year` when there is no reference date.
    const { first, last } = sentences[sentence];
    const unresolved = eventTimePhrases(tokens, first, last - 1);
    if (!ref) unresolved.push(...relativeDatePhrases(tokens, first, last - 1));
    const distance = (k: number): number => Math.abs(k - anchor.first);
    const nearer = (k: number): boolean => outside(k) && !cueBetween(found, speakers, i, k, anchor.first) && (!dates[0] || distance(k) < distance(dates[0].first));
    if (unresolved.some(nearer)) return { occasion, date: null, undated: true };
    if (!dates[0] && atTheTime(tokens, first, last, outside)) {
      // `Pike closed the bridge on Monday. She said at the time that …`: the time is the
      // one the sentence before gives (in its narration), in the same paragraph.
      const before = sentences[sentence - 1];
      const then = before && before.paragraph === sentences[sentence].paragraph ? datesIn(sentence - 1).filter((d) => !inContent(d.first)) : [];
      if (then.length > 0) return { occasion, date: toSaid(then[then.length - 1]) };
    }
    return { occasion, date: dates[0] ? toSaid(dates[0]) : null };
  });

  // Scenes set by narration: a sentence naming an occasion, or opening with a date.
  const cueSentences = new Map<number, number[]>();
  found.forEach((f, i) => {
    if (!f.cue) return;
    const si = tokens[f.cue.first].sentence;
    const list = cueSentences.get(si);
    if (list) list.push(i);
    else cueSentences.set(si, [i]);
  });
  // The scene belongs to the speaker whose cue is nearest the occasion
  // (`While West made his feelings plain in an interview last November …, Legend says …`).
  // A gerund's report sits inside another clause (`Legend phoned into Hot 97 … to clarify
  // his stance on Kanye tweeting the messages` is Legend's call, not Kanye's): it owns no
  // scene, and a sentence with only such reports sets the scene for everyone.
  const ownerOf = (si: number, at: number): string | null => {
    const list = cueSentences.get(si)?.filter((i) => !found[i].rule.endsWith('gerund'));
    if (!list || list.length === 0) return null;
    let best = list[0];
    for (const i of list) if (Math.abs(found[i].cue!.first - at) < Math.abs(found[best].cue!.first - at)) best = i;
    return speakers[best];
  };
  // The words of the article's speakers' names (`people`), and `he`/`she`: a scene sentence
  // holding one has a speaker of the article taking part in it.
  const speakerIn = (s: { first: number; last: number }): boolean => {
    // A sentence's `last` is the index after its last token.
    for (let k = s.first; k < s.last; k++) {
      const t = tokens[k];
      if (t.type === 'word' && !inContent(k) && ((t.upper && people.has(t.lower)) || t.lower === 'he' || t.lower === 'she')) return true;
    }
    return false;
  };
  const scenes: SceneEntry[] = [];
  const earlierDate = (family: string | null, at: number): SaidWhen | null => {
    let date: SaidWhen | null = null;
    for (const e of scenes) if (e.at < at && e.family === family && e.scene.date && !e.personal && !e.guessed) date = e.scene.date;
    return date;
  };
  sentences.forEach((s, si) => {
    const hits = occasionsIn(si).filter((h) => !inContent(h.first));
    // A sentence that opens with a day sets a scene (`On Thursday, the chef …`); one that
    // opens with a month or year tells background (`In April 2018 West shared …`).
    // Only such sentences and occasion sentences need their dates (speed).
    if (hits.length === 0 && !opensWithDay(tokens, s.first)) return;
    const dates = datesIn(si).filter((d) => !inContent(d.first));
    const opening = dates.find((d) => d.first <= s.first + 1 && d.date.precision === 'day');
    if (hits.length === 0 && !opening) return;
    const occasion = hits[0] ? toOccasion(hits[0], spanOf) : null;
    const family = familyOf(occasion);
    // `another statement`, `a second interview`: one more occasion of its kind, not the one
    // dated before (`a new interview` is only a recent one).
    const another = dates.length === 0 && hits[0] !== undefined && isAnotherOccasion(tokens, hits[0]);
    const date = dates[0] ? toSaid(dates[0]) : another ? null : earlierDate(family, s.first);
    const owner = ownerOf(si, hits[0] ? hits[0].first : s.first);
    // An occasion reported with no date is taken to be recent: the publication year (but
    // another one of a kind dated before is left undated, so it hides that date).
    const guess = date === null && occasion !== null && !another ? yearOnly(ref) : null;
    // `During the 2028 wage dispute … he told the Courier:`: an occasion in an earlier year
    // is a flashback, its speaker's own, not the scene of the quotes around it.
    const flashback = owner !== null && isPastYear(date, ref);
    scenes.push({
      at: s.first, rank: rankAt(s.first), owner, personal: flashback, flashback, family, guessed: guess !== null, spoken: (cueSentences.get(si) ?? []).some((i) => reliableCue(tokens, found[i])) || speakerIn(s),
      document: family !== null && CORRESPONDENCE_KINDS.has(family), scene: { occasion, date: date ?? guess, undated: another },
    });
  });
  // A speaker's own dated statement; the lede's sets the scene for everyone.
  const ledeRank = found.length > 0 ? firstBodyRank(tokens, ranks) : -1;
  found.forEach((f, i) => {
    const own = owns[i];
    if (!own.date) return;
    const anchor = anchorOf(f).first;
    const sentenceFirst = sentences[tokens[anchor].sentence]?.first ?? anchor;
    // `In his 2002 book, McKinley suggested …`: an earlier year dates that statement and
    // its paragraph, not everything the speaker says later.
    const flashback = isPastYear(own.date, ref);
    const lede = rankAt(anchor) === ledeRank && !flashback;
    if (!speakers[i] && !lede) return;
    // A document stays one party's even in the lede (`told analysts on a conference call`).
    const family = familyOf(own.occasion);
    scenes.push({
      at: sentenceFirst, rank: rankAt(anchor), owner: lede ? null : speakers[i], personal: !lede, flashback, family,
      document: family !== null && CORRESPONDENCE_KINDS.has(family), guessed: false, scene: own,
    });
  });
  scenes.sort((a, b) => a.at - b.at);
  const occasionScenes = scenes.filter((e) => !e.personal && e.scene.occasion !== null);

  const results = found.map((f, i): SceneResult => {
    const anchor = anchorOf(f).first;
    const own = owns[i];
    if (own.undated) return { occasion: own.occasion, saidWhen: null };
    const speaker = speakers[i];
    const rank = rankAt(anchor);
    // A document (`wrote in the text message`) is one occasion, not the article's: it is
    // carried only to the cue-less quotes right after it that go on quoting its writer.
    // So is a writing verb's quote of its writer right after it (`took to Instagram …` ¶
    // `"…," the star wrote`).
    const written = f.cue !== null && WRITING_CUES.has(tokens[f.cue.first].lower);
    // An occasion only narration names (`the market rally`, `The video shows …`) is the
    // scene of its paragraph and the two after; one someone speaks on (`Quell said in a new
    // interview`) is the scene of the article from there on.
    const carriable = occasionScenes.filter(
      (e) => (e.spoken === true || e.at > anchor || rank - e.rank <= SCENE_PARAGRAPHS) &&
        (!e.document || ((f.cue === null || written) && e.at <= anchor && rank - e.rank <= SCENE_PARAGRAPHS && (e.owner === null || e.owner === speaker))),
    );
    const scene = sceneFor(carriable, anchor, speaker, speaker === null && f.source !== null);
    // A statement its own sentence dates to another time than the scene's (`In April 2018
    // West shared …`) is background told inside the scene, not said on its occasion.
    const carried = scene && (!own.date || (scene.date !== null && sameTime(own.date, scene.date))) ? scene : null;
    const occasion = own.occasion ?? carried?.occasion ?? null;
    if (own.date) return { occasion, saidWhen: own.date };
    const family = familyOf(own.occasion);
    if (own.occasion) {
      const again = earlierDate(family, anchor);
      if (again) return { occasion, saidWhen: again };
    }
    const documentsOk = family === null || CORRESPONDENCE_KINDS.has(family);
    const usable = (e: SceneEntry): boolean =>
      e.scene.date !== null && !e.guessed && e.at <= anchor && (documentsOk || !e.document) && (!e.flashback || e.rank === rank) &&
      (e.personal ? speaker !== null && e.owner === speaker : e.owner === null || e.owner === speaker);
    let pick: SceneEntry | null = null;
    // 1. A scene of this paragraph or the two before.
    for (const e of scenes) if (usable(e) && rank - e.rank <= SCENE_PARAGRAPHS && (!e.personal || e.rank === rank || e.family === null || e.family === family)) pick = e;
    // 2. This speaker's latest dated statement not bound to another occasion.
    if (!pick) for (const e of scenes) if (usable(e) && e.personal && (e.family === null || e.family === family)) pick = e;
    // 3. The article's latest scene.
    if (!pick) for (const e of scenes) if (usable(e) && !e.personal && !e.document) pick = e;
    // 4. Before any scene: the first one.
    if (!pick && !scenes.some((e) => e.at <= anchor)) pick = scenes.find((e) => e.scene.date !== null && !e.personal && !e.document) ?? null;
    // `Now they have put out another statement.` after the dated one: a newer occasion of
    // unknown date stands between the quote and the scene picked.
    if (pick && scenes.some((e) => e.scene.undated && e.at > pick!.at && e.at <= anchor && rank - e.rank <= SCENE_PARAGRAPHS)) return { occasion, saidWhen: null };
    if (pick) return { occasion, saidWhen: pick.scene.date };
    // 5. An occasion with no date at all: the publication year (see `yearOnly`).
    return { occasion, saidWhen: carried?.date ?? (own.occasion ? yearOnly(ref) : null) };
  });
  // A headline's quotation cut from a body quote of its speaker was said where and when
  // that quote was, not at the article's first scene.
  headlineOrigins(tokens, found, speakers).forEach((j, i) => {
    if (j >= 0 && results[j].saidWhen) results[i] = { occasion: results[i].occasion ?? results[j].occasion, saidWhen: results[j].saidWhen };
  });
  // Nothing is said after its article was published: a later date (`On June 3, 2031, the
  // ferry will sail again`) dates an event to come, not the statement.
  return results.map((r) => (r.saidWhen && ref && laterThan(r.saidWhen, ref) ? { ...r, saidWhen: null } : r));
}

/**
 * Where an attribution stands in the text: its cue, else its source, else its content. A
 * quote that borrows the source of an earlier one (`"…"` after `"…," he said.`) stands at
 * its own words: the borrowed source may lie paragraphs back, in the lede.
 */
function anchorOf(f: Found): TokenRange {
  return f.cue ?? (f.inherited ? f.content[0] : (f.source ?? f.content[0]));
}

/** Whether tokens `first..last` (end exclusive) hold `at the time` outside the quote's content. */
function atTheTime(tokens: Token[], first: number, last: number, outside: (k: number) => boolean): boolean {
  for (let k = first; k + 2 < last; k++) {
    if (tokens[k].lower === 'at' && tokens[k + 1].lower === 'the' && tokens[k + 2].lower === 'time' && outside(k)) return true;
  }
  return false;
}

/** Whether an attribution's cue is a form that reliably reports (`said`, `told`), not a verb that may (`shows`, `featured`). */
function reliableCue(tokens: Token[], f: Found): boolean {
  if (!f.cue) return false;
  const form = lookupCue(tokens[f.cue.first].lower);
  return form !== null && form.class === 'speech' && (form.prior ?? 0) >= RELIABLE_PRIOR;
}

/** Whether a date falls after the reference day, compared at the precision both state. */
function laterThan(date: SaidWhen, ref: Reference): boolean {
  const [y, m, d] = date.value.split('-').map(Number);
  if (y !== ref.year) return y > ref.year;
  if (m === undefined || ref.month === null || m !== ref.month) return m !== undefined && ref.month !== null && m > ref.month;
  return d !== undefined && ref.day !== null && d > ref.day;
}

/** Whether the sentence at `first` opens with a weekday or a month (`On Thursday`, `Last Friday`). */
function opensWithDay(tokens: Token[], first: number): boolean {
  for (let k = first; k <= first + 1 && k < tokens.length; k++) if (DAY_WORDS.has(tokens[k].lower)) return true;
  return false;
}

const DAY_WORDS: ReadonlySet<string> = new Set([...Object.keys(WEEKDAYS), ...Object.keys(MONTHS), 'yesterday']);

/**
 * Whether an occasion names a person of the article (`interview: Brandt`): not when `the`
 * opens the name (`told the Harbor Gazette` is an outlet, even one the article quotes).
 */
function namesPerson(tokens: Token[], hit: OccasionHit, people: Set<string>): boolean {
  const colon = hit.label.indexOf(': ');
  if (colon < 0) return false;
  const words = hit.label.slice(colon + 2).toLowerCase().split(' ');
  return words.length <= 2 && words.every((w) => people.has(w)) && tokens[hit.last - words.length]?.lower !== 'the';
}

/** Rank of each paragraph index among the paragraphs that hold words (title = 0). */
function paragraphRanks(tokens: Token[]): Map<number, number> {
  const ranks = new Map<number, number>();
  // Paragraph indices only grow along the tokens: a paragraph is new unless it is the last one ranked.
  let last = -1;
  for (const t of tokens) {
    if (t.type === 'word' && t.paragraph !== last) {
      ranks.set(t.paragraph, ranks.size);
      last = t.paragraph;
    }
  }
  return ranks;
}

/** Rank of the first body paragraph (after the title). */
function firstBodyRank(tokens: Token[], ranks: Map<number, number>): number {
  return ranks.size > 1 ? 1 : 0;
}

/**
 * The latest day the text pins by its weekday (`On Thursday (May 8)`), as a stand-in
 * reference: an article names the weekdays of its own week.
 */
function latestDay(tokens: Token[], sentences: Tokenized['sentences'], yearHint: number | null, floorYear: number | null): Reference | null {
  let best: string | null = null;
  for (const s of sentences) {
    for (const d of findDates(tokens, s.first, s.last - 1, null, yearHint, floorYear)) {
      const pinned = Object.hasOwn(WEEKDAYS, tokens[d.first].lower) || Object.hasOwn(WEEKDAYS, tokens[d.first + 1]?.lower ?? '');
      if (pinned && d.date.precision === 'day' && (best === null || d.date.value > best)) best = d.date.value;
    }
  }
  return best ? parseIsoReference(best) : null;
}

/** The latest year the text mentions (`in 2014`, `late 2022`), or null. */
function latestYear(tokens: Token[]): number | null {
  let best: number | null = null;
  for (const t of tokens) {
    if (t.type !== 'word' || !isYearText(t.text)) continue;
    const y = Number(t.text);
    if (best === null || y > best) best = y;
  }
  return best;
}

function toOccasion(hit: OccasionHit, spanOf: (a: number, b: number) => Span): Occasion {
  return { span: spanOf(hit.first, hit.last), label: hit.label };
}

/** A year-precision date before the reference year: a flashback, not the time of the article. */
function isPastYear(date: PartialDate | null, ref: Reference | null): boolean {
  return date !== null && date.precision === 'year' && ref !== null && Number(date.value) < ref.year;
}

/** The publication year, with no span: what an undated interview is taken to date from. */
function yearOnly(ref: Reference | null): SaidWhen | null {
  return ref && ref.month !== null ? { value: String(ref.year), precision: 'year', span: null } : null;
}

/** Whether one date contains the other (`2018-04` and `2018-04-27`). */
function sameTime(a: PartialDate, b: PartialDate): boolean {
  return a.value.startsWith(b.value) || b.value.startsWith(a.value);
}

/**
 * The latest scene before `at` for this speaker (or one whose occasion names them); before
 * any scene, the first one not another speaker's.
 */
function sceneFor(
  scenes: { at: number; owner: string | null; scene: Scene }[],
  at: number,
  speaker: string | null,
  unnamed = false,
): Scene | null {
  let mine: Scene | null = null;
  let any: Scene | null = null;
  for (const s of scenes) {
    if (s.at > at) break;
    if (s.owner === null || s.owner === speaker) mine = s.scene;
    // Another speaker's event (a ceremony, a podcast) is this one's too, but not another
    // speaker's interview or speech (`Ashdown told the Gazette …` is not where the mayor said
    // what she said next), unless it names them: the host of `an interview with CNN's David
    // Axelrod` asks questions in it.
    // An unnamed source (`A source close to the singer said`) is no guest of it either; a
    // question with no source (`When asked …`) is the host's, in it.
    const guest = speaker === null ? !unnamed : s.scene.occasion?.label.includes(speaker) === true;
    if (!isOwnOccasion(s.scene.occasion) || guest) any = s.scene;
  }
  const latest = mine ?? any;
  if (latest) return latest;
  // Before any scene (headline, lede): the first one that is not another speaker's own
  // (`Pell called it reckless. … "…," Ashdown told the Gazette` is no interview of Pell's).
  if (scenes.length > 0 && scenes[0].at <= at) return null;
  return scenes.find((s) => s.owner === null || s.owner === speaker)?.scene ?? null;
}

/**
 * Dates inside a relative clause (`West, who at the time … in 2004`, `Rendell, who chaired
 * the party during the 2000 election, agreed`) describe something else.
 */
function insideClauseOf(tokens: Token[], d: DateHit, anchor: number): boolean {
  if (d.first < anchor) return relativeBefore(tokens, d, anchor);
  for (let k = anchor; k < d.first; k++) {
    const w = tokens[k].lower;
    if (w === 'who' || w === 'which' || w === 'whose' || w === 'when' || w === 'after' || w === 'before') return true;
  }
  return false;
}

/** Whether a date before the cue sits in a `, who …,` clause that closes before the cue. */
function relativeBefore(tokens: Token[], d: DateHit, anchor: number): boolean {
  let opened = false;
  for (let k = d.first - 1; k >= 0 && d.first - k < 30; k--) {
    const t = tokens[k];
    if (t.type === 'break' || t.sentence !== tokens[d.first].sentence || t.text === ',') break;
    if ((t.lower === 'who' || t.lower === 'which' || t.lower === 'whose') && tokens[k - 1]?.text === ',') {
      opened = true;
      break;
    }
  }
  if (!opened) return false;
  for (let k = d.last + 1; k < anchor; k++) if (tokens[k].text === ',') return true;
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
    if (!isYearText(tokens[i].text)) continue;
    const y = Number(tokens[i].text);
    if (tokens[i - 1].text === ',' && /^\d{1,2}$/.test(tokens[i - 2].text) && (best === null || y > best)) best = y;
  }
  return best;
}

/** Another speaker's cue between a date and this cue claims the date for itself. */
function cueBetween(found: Found[], speakers: (string | null)[], self: number, a: number, b: number): boolean {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  // A report whose content holds this one's source (`In April 2018 West shared Legend's
  // texts urging …`) shares its time with it: it does not claim the date.
  const source = found[self].source;
  const holdsSource = (g: Found): boolean => source !== null && g.content.some((c) => c.first <= source.first && c.last >= source.last);
  return found.some(
    (g, j) => j !== self && g.cue !== null && g.cue.first > lo && g.cue.first < hi && speakers[j] !== speakers[self] && !holdsSource(g),
  );
}
