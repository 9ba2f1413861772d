/**
 * Resolves the people of a batch against the known ones: one `Person` per real individual.
 * Names join an existing person only on evidence (the same full name or alias, the same
 * first and last name, a unique bare surname or first name, or an alias the text states);
 * two people who merely share a surname stay apart.
 */
import type { AliasEvidence, Analysis, Article, Person, Quote } from '../model.js';
import { displayName, findLocalPeople, type LocalPerson } from './local-people.js';
import { nameWords, surnameOf } from './person-names.js';
import { createHash } from 'node:crypto';

interface Draft {
  person: Person;
  changed: boolean;
}

function personId(name: string): string {
  return `person-${createHash('sha256').update(name).digest('hex').slice(0, 16)}`;
}

/** Indexes of the people known so far, by every normalised name, surname and first name. */
class Registry {
  readonly drafts = new Map<string, Draft>();
  private readonly byName = new Map<string, string>();
  private readonly byPart = new Map<string, Set<string>>();

  add(person: Person, changed: boolean): Draft {
    const draft = { person: { ...person, aliases: [...person.aliases], evidence: [...person.evidence] }, changed };
    this.drafts.set(person.id, draft);
    for (const n of [person.name, ...person.aliases]) this.index(person.id, n);
    return draft;
  }

  index(id: string, name: string): void {
    const words = nameWords(name);
    if (words.length === 0) return;
    const norm = words.join(' ');
    if (!this.byName.has(norm)) this.byName.set(norm, id);
    for (const key of words.length >= 2 ? [`s:${surnameOf(words)}`, `f:${words[0]}`] : [`s:${norm}`, `f:${norm}`]) {
      const set = this.byPart.get(key) ?? new Set();
      set.add(id);
      this.byPart.set(key, set);
    }
  }

  named(norm: string): string | undefined {
    return this.byName.get(norm);
  }

  withPart(key: string): string[] {
    return [...(this.byPart.get(key) ?? [])].sort();
  }

  /** Adds an alias with its evidence when the person does not have it yet. */
  addAlias(id: string, evidence: AliasEvidence): void {
    const draft = this.drafts.get(id);
    if (!draft) return;
    const norm = nameWords(evidence.alias).join(' ');
    const has = [draft.person.name, ...draft.person.aliases].some((a) => nameWords(a).join(' ') === norm);
    if (has) return;
    draft.person.aliases.push(displayName(evidence.alias));
    draft.person.evidence.push(evidence);
    draft.changed = true;
    this.index(id, evidence.alias);
  }
}

/** The known person a local person is, by a shared name or the same first and last name. */
function matchLocal(registry: Registry, local: LocalPerson): string | null {
  const hits = new Map<string, number>();
  for (const name of local.names.keys()) {
    const id = name.includes(' ') || local.fullNames.size === 0 ? registry.named(name) : undefined;
    if (id) hits.set(id, (hits.get(id) ?? 0) + 1);
  }
  const best = [...hits].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  if (best) return best[0];
  for (const full of [...local.fullNames].sort()) {
    const words = full.split(' ');
    for (const id of registry.withPart(`s:${surnameOf(words)}`)) {
      const person = registry.drafts.get(id)?.person;
      const names = person ? [person.name, ...person.aliases].map(nameWords) : [];
      if (names.some((w) => w.length >= 2 && w[0] === words[0] && surnameOf(w) === surnameOf(words))) return id;
    }
  }
  return null;
}

/** The known person a lone single-word name stands for, when exactly one fits. */
function matchSingle(registry: Registry, word: string): { id: string; rule: string } | null {
  const named = registry.named(word);
  if (named) return { id: named, rule: 'alias' };
  const bySurname = registry.withPart(`s:${word}`);
  if (bySurname.length === 1) return { id: bySurname[0], rule: 'surname' };
  if (bySurname.length === 0) {
    const byFirst = registry.withPart(`f:${word}`);
    if (byFirst.length === 1) return { id: byFirst[0], rule: 'first-name' };
  }
  return null;
}

/**
 * Merges the speakers and named people of new articles into the known people.
 * @returns every person the batch touched (new, changed, or merely matched, so later stages
 * can name them) and the quotes with `personId` filled where the speaker was resolved.
 */
export function resolvePeople(input: { articles: Article[]; quotes: Quote[]; analyses: Analysis[]; known: Person[] }): { people: Person[]; quotes: Quote[] } {
  const registry = new Registry();
  for (const p of [...input.known].sort((a, b) => (a.id < b.id ? -1 : 1))) registry.add(p, false);
  const touched = new Set<string>();
  const articles = [...input.articles].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || (a.id < b.id ? -1 : 1));
  const speakerOf = new Map<string, string>();

  for (const article of articles) {
    const quotes = input.quotes.filter((q) => q.articleId === article.id);
    const analysis = input.analyses.find((a) => a.articleId === article.id);
    const local = findLocalPeople(article, quotes, analysis);
    const idOf = new Map<LocalPerson, string>();
    for (const person of [...local.people].sort((a, b) => a.firstAt - b.firstAt)) {
      let id = matchLocal(registry, person);
      if (!id) {
        const first = [...person.names.values()][0];
        const name = displayName(person.display);
        id = personId(nameWords(name).join(' '));
        if (!registry.drafts.has(id)) registry.add({ id, name, aliases: [], evidence: first ? [first] : [] }, true);
      }
      idOf.set(person, id);
      touched.add(id);
      for (const ev of person.names.values()) registry.addAlias(id, ev);
    }
    for (const m of local.unresolved) {
      const word = m.words[0];
      const hit = matchSingle(registry, word);
      const ev: AliasEvidence = { alias: m.text, articleId: article.id, span: m.span, rule: hit?.rule ?? 'full-name' };
      let id = hit?.id;
      if (!id) {
        id = personId(word);
        if (!registry.drafts.has(id)) registry.add({ id, name: displayName(m.text), aliases: [], evidence: [ev] }, true);
      } else registry.addAlias(id, ev);
      touched.add(id);
      speakerOf.set(`${article.id}\u0000${word}`, id);
    }
    for (const [name, person] of local.byName) speakerOf.set(`${article.id}\u0000${name}`, idOf.get(person) ?? '');
  }

  const quotes = input.quotes.map((q) => {
    if (!q.speaker) return q;
    const id = speakerOf.get(`${q.articleId}\u0000${nameWords(q.speaker).join(' ')}`);
    return id ? { ...q, personId: id } : q;
  });
  const people = [...touched].sort().map((id) => registry.drafts.get(id)?.person).filter((p): p is Person => p !== undefined);
  return { people, quotes };
}
