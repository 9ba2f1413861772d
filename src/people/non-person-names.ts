/**
 * Capitalised names that are not people: news outlets, organisations, named things (shows,
 * restaurants, projects), acronyms, and words that are capitalised only because their line
 * is in title case. Such a name may still join a person the article names otherwise; it
 * never makes a person of its own.
 */
import type { Article } from '../model.js';
import { NOT_NAMES, OPENERS, ORG_HEADS, THING_NOUNS, TITLES } from './name-words.js';
import { nameWords } from './person-names.js';
import { isTitleCaseLine, lineAt } from '../analyze/title-case.js';

/**
 * The comparable form of an outlet name or of a name that may be one: folded words without a
 * leading "the" or a parenthesised domain ("The Harbor Ledger (harborledger.com)" and
 * "Harbor Ledger" both read `harbor ledger`).
 */
export function outletKey(words: readonly string[]): string {
  return (words[0] === 'the' ? words.slice(1) : words).join(' ');
}

/** Comparable forms (`outletKey`) of the outlets of some articles. */
export function outletKeys(articles: readonly Article[]): Set<string> {
  const out = new Set<string>();
  for (const a of articles) {
    const outlet = (a.outlet ?? '').replace(/\([^)]*\)/g, ' ');
    // A site name with a section after a dash or bar ("Culture Wire — Food & Drink") is
    // also named by its first part alone.
    for (const name of [outlet, outlet.split(/\s+[—–|:-]\s+/)[0]]) {
      const words = nameWords(name);
      if (words.length > 0) out.add(outletKey(words));
    }
  }
  return out;
}

/** An acronym ("NASA", "MAGA"): one word in capitals. Initials and nicknames join a person by a stated alias only. */
export function isAcronym(text: string): boolean {
  return /^\p{Lu}{2,}$/u.test(text.trim());
}

/** Whether a name ends with a word only organisations end with ("Getty Images"). */
export function hasOrgHead(words: readonly string[]): boolean {
  return words.length >= 2 && ORG_HEADS.has(words[words.length - 1]);
}

const RUN = String.raw`\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,4}`;
const NOUN = String.raw`(?:${[...THING_NOUNS].join('|')})`;
// "his Axe Files podcast"; "a second restaurant, Brasa Cais,"; "NBC's 'Jesus Christ Superstar' press".
const BEFORE_NOUN = new RegExp(String.raw`(?<![\p{L}'’])(${RUN})[ \t]+${NOUN}(?![\p{L}])`, 'gu');
const AFTER_NOUN = new RegExp(String.raw`(?<![\p{L}])${NOUN},?[ \t]+(${RUN})(?=[ \t]*[,.;:)])`, 'gu');
const QUOTED = new RegExp(String.raw`(?<![\p{L}\p{N}])['‘"“](${RUN})['’"”](?![\p{L}])`, 'gu');

/** The name in a capitalised run, without a sentence opener, article or title before it. */
function runName(run: string): string[] {
  const words = run.split(/\s+/);
  let k = 0;
  while (k < words.length - 1 && [NOT_NAMES, OPENERS, TITLES].some((s) => s.has(words[k].toLowerCase()))) k++;
  return nameWords(words.slice(k).join(' '));
}

/**
 * For each capitalised word of some texts, the words right before it (a space apart; '' after
 * punctuation or at the start): "West" → {"Kanye", "", "said"}.
 */
function wordsBefore(texts: readonly string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const text of texts) {
    let prev = '';
    let prevEnd = -1;
    for (const m of text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
      const at = m.index ?? 0;
      const before = prevEnd >= 0 && /^[ \t\u00a0]+$/u.test(text.slice(prevEnd, at)) ? prev : '';
      const word = m[0].replace(/['’]s$/, '');
      if (/^\p{Lu}/u.test(word)) {
        const set = out.get(word) ?? new Set<string>();
        set.add(before);
        out.set(word, set);
      }
      prev = m[0];
      prevEnd = at + m[0].length;
    }
  }
  return out;
}

/**
 * Whether the last word of a multi-word name is used on its own in the texts, as a surname
 * is ("West said" beside "Kanye West"): then the name is a person's, whatever else it names.
 */
function lastWordStandsAlone(before: Map<string, Set<string>>, display: string): boolean {
  const words = display.trim().split(/\s+/);
  if (words.length < 2) return false;
  const last = words[words.length - 1].replace(/['’]s$/, '');
  return [...(before.get(last) ?? [])].some((w) => w !== words[words.length - 2]);
}

/**
 * Normalised names the batch's texts use for things: right before or in apposition after a
 * noun such as "podcast" or "restaurant", or alone in quotation marks (a title). A
 * multi-word name whose last word is also used alone somewhere is kept as a person's ("a
 * Kanye West song" beside "West said").
 */
export function namedThings(articles: readonly Article[]): Set<string> {
  const found = new Map<string, string>();
  for (const a of articles) {
    for (const pattern of [BEFORE_NOUN, AFTER_NOUN, QUOTED]) {
      for (const m of a.text.matchAll(pattern)) {
        const words = runName(m[1]);
        if (words.length === 0 || (pattern === QUOTED && words.length < 2)) continue;
        found.set(words.join(' '), m[1].trim().split(/\s+/).slice(-words.length).join(' '));
      }
    }
  }
  const before = wordsBefore(found.size > 0 ? articles.map((a) => a.text) : []);
  const out = new Set<string>();
  for (const [key, display] of found) if (!lastWordStandsAlone(before, display)) out.add(key);
  return out;
}

/**
 * Whether every occurrence of `name` in the article is on a title-case line (a headline,
 * "Share This Story") and its last word is never used alone: nothing then shows it is a name.
 */
export function onlyInTitleCase(article: Article, name: string): boolean {
  const pattern = new RegExp(`(?<![\\p{L}])${escapeRegExp(name.trim())}(?![\\p{L}])`, 'gu');
  const at = [...article.text.matchAll(pattern)].map((m) => m.index ?? 0);
  if (at.length === 0) return false;
  return at.every((i) => isTitleCaseLine(lineAt(article.text, i))) && !lastWordStandsAlone(wordsBefore([article.text]), name);
}

/** `s` with regular-expression syntax escaped. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
