/**
 * Finds where something was said when the text says so: `on the British podcast The Dan
 * Wootton Interview`, `in a new interview with the New Yorker`, `wrote on Twitter`,
 * `phoned into Hot 97`, `for his Axe Files podcast`, `in the text message`.
 */
import type { Token } from './tokenize.js';
import { DETERMINERS, MEDIUM_VERBS, MONTHS, OCCASION_NOUNS, PLATFORMS, WEEKDAYS } from './word-lists.js';

/** An occasion phrase in tokens `first..last`, with its normalised label. */
export interface OccasionHit {
  first: number;
  last: number;
  label: string;
}

// Adjectives that may sit between a determiner and an occasion noun (`a new interview`).
const OCCASION_ADJECTIVES = new Set([
  'new', 'recent', 'latest', 'exclusive', 'british', 'weekly', 'daily', 'radio', 'television',
  'tv', 'phone', 'video', 'lengthy', 'wide-ranging', 'candid', 'joint', 'written', 'live',
  'private', 'public', 'text', 'morning', 'evening', 'late-night', 'sunday', 'podcast',
  'first', 'last', 'later', 'final', 'earlier', 'leaked', 'campaign', 'signing', 'call-in',
  'local', 'national', 'regional', 'state', 'cable', 'talk', 'press', 'news', 'pre-match',
  'post-match', 'post-game', 'pre-game', 'post-race',
]);

/** Adjectives that make an occasion of a press conference or briefing only. */
const PRESS: ReadonlySet<string> = new Set(['press', 'news']);

/** Nouns a medium's name may end in (`a local radio station`, `a cable news channel`). */
const OUTLET_TAILS: ReadonlySet<string> = new Set(['station', 'stations', 'network', 'channel', 'programme']);

/** Lower-case objects of `told` that are a live audience, not a medium. */
const AUDIENCES = new Set(['reporters', 'journalists', 'supporters', 'voters', 'crowds', 'listeners', 'viewers']);

/** Words that can start an occasion phrase; everything else is skipped at once. */
const TRIGGERS: ReadonlySet<string> = new Set([...Object.keys(OCCASION_NOUNS), ...MEDIUM_VERBS, 'on', 'to', 'tweeted', 'texted']);

/** Verbs before `to` that post on a platform (`took to Instagram`). */
const TAKING: ReadonlySet<string> = new Set(['took', 'takes', 'take', 'taking']);

/** Last words of a medium's two-word name (`BBC Sport`, `Sky News`, `Radio Five`). */
const MEDIUM_TAILS: ReadonlySet<string> = new Set(['sport', 'sports', 'news', 'radio', 'tv', 'television', 'today', 'live', 'online', 'magazine']);

/** Longest programme title read between quotation marks, in tokens. */
const MAX_QUOTED_TITLE = 6;

/**
 * The words of a title in quotation marks opening at `k` (`"CBS This Morning"`): all
 * capitalised but their function words, and closed within a few words; else null.
 */
function quotedTitle(tokens: Token[], k: number, to: number): [number, number] | null {
  if (tokens[k]?.type !== 'open') return null;
  let close = k + 1;
  while (close <= to && close - k <= MAX_QUOTED_TITLE + 1 && tokens[close].type === 'word') close++;
  if (close > to || tokens[close]?.type !== 'close' || close === k + 1 || !tokens[k + 1].upper) return null;
  for (let m = k + 1; m < close; m++) if (!tokens[m].upper && !SENTENCE_OPENERS.has(tokens[m].lower) && tokens[m].lower !== 'the') return null;
  // A leading `The` is left out of the label, as for unquoted names (`The Dan Wootton Interview`).
  const first = tokens[k + 1].lower === 'the' && close - k > 2 ? k + 2 : k + 1;
  return [first, close - 1];
}

/** Whether two capitalised words name a medium rather than a person (`BBC Sport`, not `Kanye West`). */
function mediumName(first: Token, second: Token): boolean {
  const acronym = first.text.length > 1 && first.text === first.text.toUpperCase() && /\p{Lu}/u.test(first.text);
  return acronym || MEDIUM_TAILS.has(second.lower);
}

/** Function words capitalised only because they open a sentence (`In messages from …`). */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'but', 'and', 'or', 'if', 'when', 'while', 'after', 'before', 'as', 'for', 'with', 'from', 'by', 'to', 'so', 'yet', 'during', 'since', 'upon', 'once']);
/** A number or an ordinal (`12`, `3rd`, `Seventh`): a date's or a rank's, not a name. */
const ORDINAL = /^(?:\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/;

function nameRun(tokens: Token[], from: number, to: number, dir: 1 | -1): [number, number] | null {
  let k = from;
  if (dir === 1 && tokens[k]?.lower === 'the' && tokens[k + 1]?.upper) k++;
  const start = k;
  let end = -1;
  for (; k >= 0 && k < tokens.length && k <= to && Math.abs(k - start) < 6; k += dir) {
    const t = tokens[k];
    const glue = t.lower === "'s" || t.lower === 'of' || /^\d+$/.test(t.text);
    // `told CNBC Saturday`: a date after the name ends it.
    const date = dir === 1 && (WEEKDAYS[t.lower] !== undefined || MONTHS[t.lower] !== undefined);
    if (t.type !== 'word' || !(t.upper || (glue && end >= 0)) || SENTENCE_OPENERS.has(t.lower) || (date && end >= 0)) break;
    end = k;
  }
  if (end < 0) return null;
  let a = Math.min(start, end);
  const b = Math.max(start, end);
  // Drop dangling glue at either end (`… of GiveWell's Grants` read leftwards → `GiveWell's Grants`);
  // a possessive inside stays (`Axelrod's The Axe Files`), one at the end goes (`Ford's`).
  let last = b;
  while (last > a && (tokens[last].lower === 'of' || tokens[last].lower === "'s")) last--;
  while (a < last && (tokens[a].lower === 'of' || tokens[a].lower === "'s")) a++;
  // A single capitalised word opening the sentence before the noun is an ordinary word
  // (`Polls show that …`, `Videos show …`), unless it is an acronym (`CNN interview`).
  if (dir === -1 && a === last && (a === 0 || tokens[a - 1].sentence !== tokens[a].sentence) && tokens[a].text !== tokens[a].text.toUpperCase()) return null;
  return [a, last];
}

/** A date or a function word, not the name of a show or an outlet (`a June episode`, `show Sept. 12`, `Upon`). */
function isNotName(tokens: Token[], [a, b]: [number, number]): boolean {
  for (let k = a; k <= b; k++) {
    const w = tokens[k].lower.replace(/\.$/, '');
    if (MONTHS[w] === undefined && WEEKDAYS[w] === undefined && !DETERMINERS.has(w) && !SENTENCE_OPENERS.has(w) && !ORDINAL.test(w)) return false;
  }
  return true;
}

function textOf(text: string, tokens: Token[], a: number, b: number): string {
  return text.slice(tokens[a].start, tokens[b].end);
}

/**
 * Occasion phrases in tokens `from..to` (inclusive), in order.
 *
 * @param text The text the tokens point into (labels quote it).
 */
export function findOccasions(text: string, tokens: Token[], from: number, to: number): OccasionHit[] {
  const out: OccasionHit[] = [];
  for (let i = from; i <= to; i++) {
    const t = tokens[i];
    if (t.type !== 'word' || !TRIGGERS.has(t.lower)) continue;
    const kind = t.upper ? undefined : OCCASION_NOUNS[t.lower];
    if (kind !== undefined) {
      const prev = tokens[i - 1];
      // Any lower-case modifier after a determiner (`the foodie podcast`, `a weekly show`).
      const modified = prev && prev.type === 'word' && !prev.upper && DETERMINERS.has(tokens[i - 2]?.lower ?? '');
      // `press` and `news` make an occasion of a conference only (`a news conference`, not
      // `the global news conversation`).
      const adjective = prev && OCCASION_ADJECTIVES.has(prev.lower) && (!PRESS.has(prev.lower) || kind === 'press conference' || kind === 'briefing');
      const nounUse = prev && (DETERMINERS.has(prev.lower) || prev.upper || adjective || prev.lower === "'s" || modified);
      if (!nounUse) continue;
      // Name after (`podcast The Dan Wootton Interview`, `interview with the New Yorker`,
      // `episode of David Axelrod's The Axe Files`) or before (`his Axe Files podcast`).
      let name: [number, number] | null = null;
      const next = tokens[i + 1];
      if (next && (next.lower === 'with' || next.lower === 'of' || next.lower === 'on' || next.lower === 'to')) {
        name = nameRun(tokens, i + 2, to, 1);
      } else if (next?.upper) {
        name = nameRun(tokens, i + 1, to, 1);
      }
      if (!name && prev?.upper) name = nameRun(tokens, i - 1, to, -1);
      // `a June episode`, `a Friday interview`: a date word is when, not which show; and a
      // capitalised sentence opener (`The message continued`) names nothing.
      if (name && isNotName(tokens, name)) name = null;
      let first = i;
      let k = i - 1;
      while (k >= from && (OCCASION_ADJECTIVES.has(tokens[k].lower) || DETERMINERS.has(tokens[k].lower) || tokens[k].upper) && i - k < 6) k--;
      first = k + 1;
      // `a conference call` is a call, not a press conference.
      const call = t.lower === 'conference' && next?.lower === 'call';
      const tail = !name && (OUTLET_TAILS.has(next?.lower ?? '') || call) ? i + 1 : i;
      const last = name ? Math.max(i, name[1]) : tail;
      first = name ? Math.min(first, name[0]) : first;
      if (call) name = null;
      const label = call ? 'conference call' : name ? `${kind}: ${textOf(text, tokens, name[0], name[1])}` : kind;
      out.push({ first, last, label });
      i = last;
      continue;
    }
    // `wrote on Instagram`, `took to Instagram`.
    const onto = t.lower === 'on' || (t.lower === 'to' && TAKING.has(tokens[i - 1]?.lower ?? ''));
    if (onto && tokens[i + 1] && PLATFORMS.has(tokens[i + 1].lower) && tokens[i + 1].upper) {
      out.push({ first: i, last: i + 1, label: tokens[i + 1].text });
      i++;
      continue;
    }
    if (t.lower === 'tweeted') {
      out.push({ first: i, last: i, label: 'Twitter' });
      continue;
    }
    if (t.lower === 'texted') {
      out.push({ first: i, last: i, label: 'text message' });
      continue;
    }
    if (MEDIUM_VERBS.has(t.lower)) {
      // `told the New Yorker`, `told CNN`, `phoned into Hot 97`, `appeared on Fox News`.
      // A bare two-word capitalised object is a person (`told Kanye West`), not a medium.
      let k = i + 1;
      const particle = tokens[k]?.lower === 'into' || tokens[k]?.lower === 'on' || tokens[k]?.lower === 'to';
      if (particle) k++;
      // `called on Olin to resign` is a demand of Olin; a show is `called into`.
      if (t.lower === 'called' && tokens[i + 1]?.lower === 'on') continue;
      const telling = t.lower.startsWith('tel') || t.lower === 'told';
      // `told reporters`, `told supporters`: said in person, at an event of its own.
      if (telling && AUDIENCES.has(tokens[k]?.lower ?? '')) {
        out.push({ first: i, last: k, label: 'remarks to reporters' });
        i = k;
        continue;
      }
      if (!particle && !telling) continue;
      // `Speaking to "CBS This Morning"`, `told "The Noon Hour"`: a programme named in quotation marks.
      const quoted = quotedTitle(tokens, k, to);
      if (quoted) {
        const kind = t.lower === 'phoned' ? 'radio' : 'interview';
        out.push({ first: i, last: quoted[1] + 1, label: `${kind}: ${textOf(text, tokens, quoted[0], quoted[1])}` });
        i = quoted[1] + 1;
        continue;
      }
      // `told BBC Sport`, `told Sky News`: an acronym or a medium's word makes it a medium.
      const bare = !particle && tokens[k]?.upper && tokens[k + 1]?.upper && !mediumName(tokens[k], tokens[k + 1]);
      if (tokens[k]?.lower !== 'the' && (!tokens[k]?.upper || bare)) continue;
      if (PLATFORMS.has(tokens[k].lower)) continue; // `wrote on Twitter`: the `on` rule labels it.
      if (WEEKDAYS[tokens[k].lower] !== undefined || MONTHS[tokens[k].lower] !== undefined) continue; // `said on Friday`
      const name = nameRun(tokens, k, to, 1);
      if (!name || OCCASION_NOUNS[tokens[name[1] + 1]?.lower ?? ''] !== undefined) continue;
      const kind = t.lower === 'phoned' ? 'radio' : 'interview';
      out.push({ first: i, last: name[1], label: `${kind}: ${textOf(text, tokens, name[0], name[1])}` });
      i = name[1];
    }
  }
  return out;
}
