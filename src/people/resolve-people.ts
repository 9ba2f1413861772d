/**
 * Resolves the people of a batch against the known ones: one `Person` per real individual.
 * Names join an existing person only on evidence (the same full name or alias, the same
 * first and last name, a unique bare surname or first name, an alias the text states, or a
 * pet form of a known name in a sentence naming the person); two people who merely share a
 * surname stay apart. Names that nothing shows to be a person's (`Mention.joinOnly`)
 * may join a person but never make one.
 */
import type { AliasEvidence, Analysis, Article, Person, Quote } from '../model.js';
import { createHash } from 'node:crypto';
import { displayName, findLocalPeople, type LocalPerson } from './local-people.js';
import type { Mention } from './mentions.js';
import { givenNames, lengthensName, sentenceAround } from './nicknames.js';
import { namedThings, outletKeys } from './non-person-names.js';
import { nameWords, sameGivenName, surnameOf } from './person-names.js';
import { addAlias, addPerson, createRegistry, peopleWithPart, personNamed, type Registry } from './people-registry.js';

function personId(name: string): string {
  return `person-${createHash('sha256').update(name).digest('hex').slice(0, 16)}`;
}

/** The known person a local person is, by a shared name or the same first (or pet) name and last name. */
function matchLocal(registry: Registry, local: LocalPerson): string | null {
  const hits = new Map<string, number>();
  for (const name of local.names.keys()) {
    const id = name.includes(' ') || local.fullNames.size === 0 ? personNamed(registry, name) : undefined;
    if (id) hits.set(id, (hits.get(id) ?? 0) + 1);
  }
  const best = [...hits].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  if (best) return best[0];
  for (const full of [...local.fullNames].sort()) {
    const words = full.split(' ');
    for (const id of peopleWithPart(registry, `s:${surnameOf(words)}`)) {
      const person = registry.people.get(id);
      const names = person ? [person.name, ...person.aliases].map(nameWords) : [];
      // The same first name, or its pet form (`Tim Varga`, `Timothy Varga`), and the same surname.
      if (names.some((w) => w.length >= 2 && sameGivenName(w[0], words[0]) && surnameOf(w) === surnameOf(words))) return id;
    }
  }
  return null;
}

/** The known person a lone single-word name stands for, when exactly one fits. */
function matchSingle(registry: Registry, word: string): { id: string; rule: string } | null {
  const named = personNamed(registry, word);
  if (named) return { id: named, rule: 'alias' };
  const bySurname = peopleWithPart(registry, `s:${word}`);
  if (bySurname.length === 1) return { id: bySurname[0], rule: 'surname' };
  if (bySurname.length === 0) {
    const byFirst = peopleWithPart(registry, `f:${word}`);
    if (byFirst.length === 1) return { id: byFirst[0], rule: 'first-name' };
  }
  return null;
}

/** The known person a lone word stands for: any one that fits, or by its very name when nothing shows the word is a person's. */
function matchWord(registry: Registry, mention: Mention): { id: string; rule: string } | null {
  if (!mention.joinOnly) return matchSingle(registry, mention.words[0]);
  const id = personNamed(registry, mention.words[0]);
  return id ? { id, rule: 'alias' } : null;
}

/** The one person named in the sentence whose name `word` lengthens ("Yeezy" beside "Ye … West"). */
function matchNickname(registry: Registry, word: string, inSentence: ReadonlySet<string>): { id: string; rule: string } | null {
  const fits = [...inSentence].filter((id) => {
    const p = registry.people.get(id);
    return p !== undefined && givenNames([p.name, ...p.aliases]).some((n) => lengthensName(word, n));
  });
  return fits.length === 1 ? { id: fits[0], rule: 'nickname-of-name' } : null;
}

/**
 * Merges the speakers and named people of new articles into the known people.
 * @returns every person the batch touched (new, changed, or merely matched, so later stages
 * can name them) and the quotes with `personId` filled where the speaker was resolved.
 */
export function resolvePeople(input: { articles: Article[]; quotes: Quote[]; analyses: Analysis[]; known: Person[] }): { people: Person[]; quotes: Quote[] } {
  const registry = createRegistry();
  for (const p of [...input.known].sort((a, b) => (a.id < b.id ? -1 : 1))) addPerson(registry, p);
  const touched = new Set<string>();
  const articles = [...input.articles].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || (a.id < b.id ? -1 : 1));
  const speakerOf = new Map<string, string>();

  const quotesByArticle = new Map<string, Quote[]>();
  for (const q of input.quotes) {
    const list = quotesByArticle.get(q.articleId);
    if (list) list.push(q);
    else quotesByArticle.set(q.articleId, [q]);
  }
  const analysisByArticle = new Map(input.analyses.map((a) => [a.articleId, a]));
  // Outlets of the batch are sources, not people: they are cited across every story, so
  // as people they would tie unrelated stories together.
  const outlets = outletKeys(input.articles);
  const things = namedThings(input.articles);
  // Lone words that fit no known person wait until every article is read: a later article
  // may introduce the person in full or state the alias they extend.
  const pending: { article: Article; analysis: Analysis | undefined; mention: Mention; named: { at: number; id: string }[] }[] = [];
  const waiting: { article: Article; person: LocalPerson; byName: ReadonlyMap<string, LocalPerson> }[] = [];
  const resolveWord = (article: Article, mention: Mention, hit: { id: string; rule: string }): void => {
    addAlias(registry, hit.id, { alias: mention.text, articleId: article.id, span: mention.span, rule: hit.rule });
    touched.add(hit.id);
    speakerOf.set(`${article.id}\u0000${mention.words[0]}`, hit.id);
  };
  // A local person is the known person `id`: every name it goes by becomes an alias.
  const adopt = (id: string, person: LocalPerson): void => {
    touched.add(id);
    for (const ev of person.names.values()) addAlias(registry, id, ev);
  };
  for (const article of articles) {
    const quotes = quotesByArticle.get(article.id) ?? [];
    const analysis = analysisByArticle.get(article.id);
    const local = findLocalPeople(article, quotes, analysis, outlets, things);
    const idOf = new Map<LocalPerson, string>();
    for (const person of [...local.people].sort((a, b) => a.firstAt - b.firstAt)) {
      let id = matchLocal(registry, person);
      if (!id && person.joinOnly) {
        waiting.push({ article, person, byName: local.byName });
        continue;
      }
      if (!id) {
        const first = [...person.names.values()][0];
        const name = displayName(person.display);
        id = personId(nameWords(name).join(' '));
        if (!registry.people.has(id)) addPerson(registry, { id, name, aliases: [], evidence: first ? [first] : [] });
      }
      idOf.set(person, id);
      adopt(id, person);
    }
    const named = local.named.map((n) => ({ at: n.at, id: idOf.get(n.person) ?? '' }));
    for (const mention of local.unresolved) {
      const hit = matchWord(registry, mention);
      if (hit) resolveWord(article, mention, hit);
      else pending.push({ article, analysis, mention, named });
    }
    for (const [name, person] of local.byName) speakerOf.set(`${article.id}\u0000${name}`, idOf.get(person) ?? '');
  }
  // A name nothing showed to be a person's joins a person the batch or the store knows, once
  // every article is read, or is nobody.
  for (const { article, person, byName } of waiting) {
    const id = matchLocal(registry, person);
    if (!id) continue;
    adopt(id, person);
    for (const [name, p] of byName) if (p === person) speakerOf.set(`${article.id}\u0000${name}`, id);
  }
  for (const { article, analysis, mention, named } of pending) {
    const sentence = sentenceAround(article, analysis, mention.span.start);
    const inSentence = new Set(named.filter((n) => n.at >= sentence.start && n.at < sentence.end).map((n) => n.id));
    const hit = matchWord(registry, mention) ?? matchNickname(registry, mention.words[0], inSentence);
    if (hit) resolveWord(article, mention, hit);
    else if (!mention.joinOnly) {
      // Nothing known fits: the word is a person of its own ("Ebro" in a story naming no
      // Ebro in full), unless nothing shows it is a person's name at all.
      const word = mention.words[0];
      const id = personId(word);
      const ev: AliasEvidence = { alias: mention.text, articleId: article.id, span: mention.span, rule: 'full-name' };
      if (!registry.people.has(id)) addPerson(registry, { id, name: displayName(mention.text), aliases: [], evidence: [ev] });
      touched.add(id);
      speakerOf.set(`${article.id}\u0000${word}`, id);
    }
  }

  const quotes = input.quotes.map((q) => {
    if (!q.speaker) return q;
    const id = speakerOf.get(`${q.articleId}\u0000${nameWords(q.speaker).join(' ')}`);
    return id ? { ...q, personId: id } : q;
  });
  const people = [...touched].sort().map((id) => registry.people.get(id)).filter((p): p is Person => p !== undefined);
  return { people, quotes };
}
