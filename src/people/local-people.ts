/**
 * People within one article: the names it uses, joined where the article leaves no doubt
 * (a surname after a full name, a first name, a stated real name, a nickname, initials).
 * A bare surname shared by two people of the article goes to the one mentioned most.
 */
import type { AliasEvidence, Analysis, Article, Quote, Span } from '../model.js';
import { findInitials, findSelfNames, findStatedAliases } from './alias-statements.js';
import { mentionsOf, type Mention } from './mentions.js';
import { escapeRegExp } from './non-person-names.js';
import { nameWords, surnameOf } from './person-names.js';
import { fold, POST_NOMINALS, SUFFIXES } from './name-words.js';

/** One person as the article names them. */
export interface LocalPerson {
  /** Normalised names (full names and aliases) with how each was recognised. */
  names: Map<string, AliasEvidence>;
  /** Normalised multi-word names. */
  fullNames: Set<string>;
  /** How often the article names them, and where first. */
  mentions: number;
  firstAt: number;
  /** Display form of the most used full name (or the single name). */
  display: string;
  /**
   * Every name of it is `joinOnly` (nothing showed it is a person's): it may be a person
   * known from another article (`Teodor Blix` in a French report, which the English-reading
   * analysis could not type), but it never makes a new one.
   */
  joinOnly: boolean;
}

// How far before an "(real name: …)" or "goes by" the person it describes may be named.
const SUBJECT_WINDOW = 250;

/**
 * A mention as a display name: without leading titles or a possessive ("President X's" → "X"),
 * with its generational suffix ("Ivo P. Brandt Jr.").
 */
export function displayName(text: string): string {
  const folded = (w: string) => fold(w.replace(/[^\p{L}\p{N}]/gu, ''));
  const words = text.trim().replace(/['’]s$/, '').split(/\s+/);
  // Post-nominal letters are dropped (`Oliver Tannahill KC`), a generational suffix kept.
  while (words.length > 1 && POST_NOMINALS.has(folded(words[words.length - 1]))) words.pop();
  let end = words.length;
  while (end > 1 && SUFFIXES.has(folded(words[end - 1]))) end--;
  return words.slice(Math.max(0, end - nameWords(text).length)).join(' ');
}


/** Moves every name of `other` to `owner` and drops `other`. */
function absorb(owner: LocalPerson, other: LocalPerson, people: LocalPerson[], byName: Map<string, LocalPerson>): void {
  for (const [n, ev] of other.names) if (!owner.names.has(n)) owner.names.set(n, ev);
  for (const n of other.fullNames) owner.fullNames.add(n);
  owner.mentions += other.mentions;
  for (const [n, p] of byName) if (p === other) byName.set(n, owner);
  people.splice(people.indexOf(other), 1);
}

/**
 * Finds the people of one article; `byName` maps every normalised name to its person, and
 * `named` lists where the text names each.
 * @param outlets `outletKey`s of news outlets: a source named like one ("Metro Pulse first
 * reported", "told the Daily Echo") is the outlet, not a person
 * @param things normalised names the batch uses for things (`namedThings`)
 */
export function findLocalPeople(
  article: Article,
  quotes: readonly Quote[],
  analysis: Analysis | undefined,
  outlets: ReadonlySet<string> = new Set(),
  things: ReadonlySet<string> = new Set(),
): { people: LocalPerson[]; byName: Map<string, LocalPerson>; unresolved: Mention[]; named: { at: number; person: LocalPerson }[] } {
  const mentions = mentionsOf(article, quotes, analysis, outlets, things).sort((a, b) => a.span.start - b.span.start);
  const people: LocalPerson[] = [];
  const byName = new Map<string, LocalPerson>();
  const evidence = (alias: string, span: Span, rule: string): AliasEvidence => ({ alias, articleId: article.id, span, rule });

  // Full names first: each distinct one is a person, unless first and last word agree with
  // one already seen ("Donald J. Trump" after "Donald Trump").
  for (const m of mentions.filter((x) => x.words.length >= 2)) {
    const full = m.words.join(' ');
    let person = byName.get(full);
    if (!person) {
      person = people.find((p) => [...p.fullNames].some((n) => {
        const w = n.split(' ');
        return w[0] === m.words[0] && surnameOf(w) === surnameOf(m.words);
      }));
      const rule = person ? 'same-first-last' : 'full-name';
      if (!person) {
        person = { names: new Map(), fullNames: new Set(), mentions: 0, firstAt: m.span.start, display: m.text, joinOnly: m.joinOnly };
        people.push(person);
      }
      if (!m.joinOnly) person.joinOnly = false;
      person.names.set(full, evidence(m.text, m.span, rule));
      person.fullNames.add(full);
      byName.set(full, person);
    }
    person.mentions++;
  }

  // Single words: a surname (or else a first name) of one person of the article. When two
  // share it, news style gives the bare surname to the person the story is about: the one
  // named most, and on a tie the one introduced first ("Kanye West … his wife, Kim
  // Kardashian West … West said").
  // A word that is not known to be a person's (`joinOnly`) joins only the one person it fits.
  const single = (word: string, joinOnly: boolean): { person: LocalPerson; rule: string } | null => {
    const bySurname = people.filter((p) => [...p.fullNames].some((n) => surnameOf(n.split(' ')) === word));
    const byFirst = people.filter((p) => [...p.fullNames].some((n) => n.split(' ')[0] === word));
    const pool = bySurname.length > 0 ? bySurname : byFirst;
    if (pool.length === 0 || (joinOnly && pool.length > 1)) return null;
    const ranked = [...pool].sort((a, b) => b.mentions - a.mentions || a.firstAt - b.firstAt);
    return { person: ranked[0], rule: bySurname.length > 0 ? 'surname' : 'first-name' };
  };
  const unresolved: Mention[] = [];
  for (const m of mentions.filter((x) => x.words.length === 1)) {
    const word = m.words[0];
    const known = byName.get(word);
    if (known) {
      known.mentions++;
      if (!m.joinOnly) known.joinOnly = false;
      continue;
    }
    const hit = single(word, m.joinOnly);
    if (hit) {
      hit.person.names.set(word, evidence(m.text, m.span, hit.rule));
      hit.person.mentions++;
      // A surname read as a person's (`Blix said`) shows the full name is one too.
      if (!m.joinOnly) hit.person.joinOnly = false;
      byName.set(word, hit.person);
    } else unresolved.push(m);
  }

  // Where each person is named, for the subjects of alias statements.
  const positions: { at: number; person: LocalPerson }[] = [];
  for (const [name, person] of byName) {
    const display = person.names.get(name)?.alias ?? name;
    const pattern = new RegExp(`(?<![\\p{L}])${escapeRegExp(display)}(?![\\p{L}])`, 'gu');
    for (const m of article.text.matchAll(pattern)) positions.push({ at: m.index ?? 0, person });
  }
  // A name used alone that fits nobody named in full (`Lark`, a stage name) may be the
  // subject too (`Lark, whose real name is Imogen Adeyemi,`): the statement makes it a
  // person of the article, rather than giving the real name to someone named before it.
  const lone = unresolved.filter((m) => !m.joinOnly);
  const subjectBefore = (offset: number): LocalPerson | null => {
    const near = (at: number) => at < offset && offset - at <= SUBJECT_WINDOW;
    const before = positions.filter((p) => near(p.at)).sort((a, b) => b.at - a.at)[0];
    const single = lone.filter((m) => near(m.span.start)).sort((a, b) => b.span.start - a.span.start)[0];
    if (single === undefined || (before !== undefined && before.at >= single.span.start)) return before?.person ?? null;
    const word = single.words[0];
    const person = byName.get(word) ?? { names: new Map([[word, evidence(single.text, single.span, 'full-name')]]), fullNames: new Set<string>(), mentions: 0, firstAt: single.span.start, display: displayName(single.text), joinOnly: false };
    if (!byName.has(word)) {
      person.mentions = lone.filter((m) => m.words[0] === word).length;
      people.push(person);
      byName.set(word, person);
    }
    return person;
  };
  const statements = [
    ...findStatedAliases(article),
    ...findSelfNames(article, quotes),
    ...findInitials(article, people.map((p) => p.display)),
  ];
  for (const s of statements) {
    const words = nameWords(s.alias);
    if (words.length === 0) continue;
    const norm = words.join(' ');
    const owner = s.speaker !== null ? byName.get(nameWords(s.speaker).join(' ')) ?? null : subjectBefore(s.subjectBefore ?? 0);
    if (!owner) continue;
    const other = byName.get(norm);
    if (other && other !== owner) {
      // The alias was also read as a person of its own ("John Stephens" in "Legend (real
      // name: John Stephens)"): fold that person into the owner when all it has is
      // this name; otherwise the article names two people and the statement is ignored.
      if (other.fullNames.size > 1 || [...other.names.keys()].some((n) => n !== norm && !norm.split(' ').includes(n))) continue;
      absorb(owner, other, people, byName);
    }
    // The statement is the reason the name belongs to the owner, whatever found it first.
    if (!owner.names.has(norm) || (other && other !== owner)) owner.names.set(norm, evidence(s.alias, s.span, s.rule));
    if (words.length >= 2) owner.fullNames.add(norm);
    byName.set(norm, owner);
  }
  for (const p of people) {
    const counts = new Map<string, number>();
    for (const m of mentions) if (m.words.length >= 2 && byName.get(m.words.join(' ')) === p) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
    const first = new Map<string, number>();
    for (const m of mentions) if (!first.has(m.text)) first.set(m.text, m.span.start);
    const top = [...counts].sort((a, b) => b[1] - a[1] || (first.get(a[0]) ?? 0) - (first.get(b[0]) ?? 0))[0];
    if (top) p.display = displayName(top[0]);
  }
  return { people, byName, unresolved: unresolved.filter((m) => !byName.has(m.words[0])), named: positions };
}
