/**
 * The people known while a batch is resolved, indexed by every normalised name and alias
 * and by surname and first name: a plain record with functions, rebuilt for each call.
 */
import type { AliasEvidence, Person } from '../model.js';
import { displayName } from './local-people.js';
import { nameWords, surnameOf } from './person-names.js';

/** People by id, and their ids by name (`byName`) and by name part (`s:<surname>`, `f:<first>`). */
export interface Registry {
  people: Map<string, Person>;
  byName: Map<string, string>;
  byPart: Map<string, Set<string>>;
}

/** An empty registry. */
export function createRegistry(): Registry {
  return { people: new Map(), byName: new Map(), byPart: new Map() };
}

function indexName(registry: Registry, id: string, name: string): void {
  const words = nameWords(name);
  if (words.length === 0) return;
  const norm = words.join(' ');
  if (!registry.byName.has(norm)) registry.byName.set(norm, id);
  for (const key of words.length >= 2 ? [`s:${surnameOf(words)}`, `f:${words[0]}`] : [`s:${norm}`, `f:${norm}`]) {
    const set = registry.byPart.get(key) ?? new Set();
    set.add(id);
    registry.byPart.set(key, set);
  }
}

/** Adds a copy of `person` (never mutating the caller's record). */
export function addPerson(registry: Registry, person: Person): void {
  registry.people.set(person.id, { ...person, aliases: [...person.aliases], evidence: [...person.evidence] });
  for (const n of [person.name, ...person.aliases]) indexName(registry, person.id, n);
}

/** The id of the person with this normalised name or alias. */
export function personNamed(registry: Registry, norm: string): string | undefined {
  return registry.byName.get(norm);
}

/** Ids of the people with this name part (`s:quist`), sorted. */
export function peopleWithPart(registry: Registry, key: string): string[] {
  return [...(registry.byPart.get(key) ?? [])].sort();
}

/** Adds an alias with its evidence when the person does not have it yet. */
export function addAlias(registry: Registry, id: string, evidence: AliasEvidence): void {
  const person = registry.people.get(id);
  if (!person) return;
  const norm = nameWords(evidence.alias).join(' ');
  if ([person.name, ...person.aliases].some((a) => nameWords(a).join(' ') === norm)) return;
  person.aliases.push(displayName(evidence.alias));
  person.evidence.push(evidence);
  indexName(registry, id, evidence.alias);
}
