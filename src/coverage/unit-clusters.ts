/**
 * Clusters of alignment units that grow by merging, with the vetoes the aligner needs: a
 * merge is refused when any member of one side was said on a date incompatible with any
 * member of the other, or when no labelled member of one side shares an occasion with a
 * labelled member of the other. Checking the groups (not just the linking pair) keeps
 * near-misses apart even when a third rendering resembles both.
 */
import { datesCompatible, occasionsCompatible } from './compatibility.js';
import type { PartialDate } from '../model.js';
import type { Unit } from './occurrence-units.js';

// How far apart two dates carried from scenes may be under the `stated` check: a report's
// article dates it by its own lede (`said on Friday`) days after the statement it retells.
const SCENE_SLACK_MS = 30 * 86_400_000;

/** Union-find over unit indexes with member lists. */
export interface Clusters {
  parent: number[];
  members: number[][];
}

/** One singleton cluster per unit. */
export function createClusters(count: number): Clusters {
  return { parent: Array.from({ length: count }, (_, i) => i), members: Array.from({ length: count }, (_, i) => [i]) };
}

/** Representative of the unit's cluster. */
export function findRoot(c: Clusters, i: number): number {
  let r = i;
  while (c.parent[r] !== r) r = c.parent[r];
  let k = i;
  while (c.parent[k] !== r) {
    const next = c.parent[k];
    c.parent[k] = r;
    k = next;
  }
  return r;
}

/**
 * Which facts must agree before two clusters merge: occasions and dates (`all`), said-when
 * dates only (a strong verbatim link), occasions only (a phrase of the utterance quoted word
 * for word, see `group-units.ts`), occasions and the dates each rendering's own paragraph
 * states (`stated`: a report in the writer's words, see `group-units.ts`), or none (the
 * same long wording, see `link-units.ts`).
 */
export type MergeCheck = 'all' | 'dates' | 'occasions' | 'stated' | 'none';

/**
 * Whether every pair across the two clusters may be the same utterance.
 * @param check which facts must agree (default `all`)
 */
export function canMerge(c: Clusters, units: readonly Unit[], a: number, b: number, check: MergeCheck = 'all'): boolean {
  const ra = findRoot(c, a);
  const rb = findRoot(c, b);
  if (ra === rb || check === 'none') return true;
  const datesOnly = check === 'dates';
  // Compare distinct facts only: a large group repeats a handful of occasions and dates.
  const facts = (root: number) => {
    const occasions = new Map<string, ReadonlySet<string>>();
    const dates = new Map<string, PartialDate>();
    const stated = new Map<string, PartialDate>();
    for (const i of c.members[root]) {
      const u = units[i];
      if (u.occasion.size > 0) occasions.set([...u.occasion].sort().join(' '), u.occasion);
      if (u.saidWhen) dates.set(u.saidWhen.value, u.saidWhen);
      if (u.statedWhen) stated.set(u.statedWhen.value, u.statedWhen);
    }
    return { occasions: [...occasions.values()], dates: [...dates.values()], stated: [...stated.values()] };
  };
  const fa = facts(ra);
  const fb = facts(rb);
  // Occasions: some labelled member of each side must agree. Dates are checked pair by pair
  // (they come from the articles' own words), but occasion labels are often carried over
  // from elsewhere in an article, so one agreeing pair is enough once groups mix labels.
  if (!datesOnly && fa.occasions.length > 0 && fb.occasions.length > 0) {
    if (!fa.occasions.some((x) => fb.occasions.some((y) => occasionsCompatible(x, y)))) return false;
  }
  if (check === 'occasions') return true;
  if (check === 'stated') {
    // Dates carried from a scene elsewhere still keep apart renderings a news cycle apart.
    for (const x of fa.stated) for (const y of fb.stated) if (!datesCompatible(x, y)) return false;
    for (const x of fa.dates) for (const y of fb.dates) if (!datesCompatible(x, y, SCENE_SLACK_MS)) return false;
    return true;
  }
  for (const x of fa.dates) for (const y of fb.dates) if (!datesCompatible(x, y)) return false;
  return true;
}

/** Merges the clusters of `a` and `b` (the smaller root index stays the root). */
export function merge(c: Clusters, a: number, b: number): void {
  const ra = findRoot(c, a);
  const rb = findRoot(c, b);
  if (ra === rb) return;
  const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
  c.parent[drop] = keep;
  c.members[keep] = [...c.members[keep], ...c.members[drop]].sort((x, y) => x - y);
  c.members[drop] = [];
}

/** Whether the cluster holds units from more than one article (other outlets corroborate it). */
export function isCorroborated(c: Clusters, units: readonly Unit[], i: number): boolean {
  const ids = new Set(c.members[findRoot(c, i)].map((k) => units[k].article.id));
  return ids.size > 1;
}
