/**
 * Groups of articles that grow into stories by merging, and the rule for when a link
 * between two articles may merge their groups.
 *
 * Single links chain: one weak link between an article of one story and an article of
 * another (a stock phrase both quote, a person both mention) would join the two stories,
 * and a few such links join everything. So a link merges two groups only when it speaks
 * for the groups as a whole:
 * - most pairs across the two groups are linked (half or more of them), or
 * - the link rests on people both articles are about, and those people are the voices of
 *   both groups (quoted in at least a third of each group's articles): the same people in
 *   the same story, as when later coverage retells earlier statements. Quoted, not merely
 *   named: the person one story is about is often named in the next story from the same
 *   town or team, which is not about them. Two groups of several articles need two such
 *   voices in the link, or a quotation the two articles share: one voice is one person at
 *   two events (the actor who opens the film festival with a word for the strikers, then
 *   joins their picket line; the festival's coverage and the strike's quote him alike, and
 *   their headlines share the factory's name), while the articles of one story that grew
 *   apart quote the same two sides or retell the same words. A single article still joins
 *   a story on one voice.
 * Within one story most articles link to most others, so the groups it grows from pass the
 * first test; two stories joined by a coincidence fail both.
 *
 * Across languages only the first test holds. A link between articles in two languages rests
 * on names and numbers alone (`story-links.ts`), and one foreign report that names both people
 * of another story in passing (a concert review whose lede recalls the singer's quarrel with a
 * designer) would otherwise carry its whole group into that story. A translated article still
 * joins a story whose articles it mostly links to.
 *
 * The people route also chains, over time rather than across topics: the same candidates
 * in the Iowa caucus, then New Hampshire, then every primary after, each a week or two
 * from the last, would become one story spanning a year (on PolNeAR's 924 election
 * articles one such chain held 50 articles from November to August). So a merge on people
 * alone must keep the story within STORY_SPAN_MS of publication dates, unless the link
 * is a retelling (a quotation the two articles share): later coverage quoting earlier
 * statements is the same story however late it comes.
 */

/** A link between two nodes (articles, or a stored story and an article). */
export interface Edge {
  a: number;
  b: number;
  /** Link strength; links are applied strongest first. */
  s: number;
  /** People the link rests on (empty when the words alone link the articles). */
  people: string[];
  /** Whether the two articles carry one quotation (see `StoryLink.retold`). */
  retold?: boolean;
  /** Whether the two articles are in different languages (see `StoryLink.translated`). */
  translated?: boolean;
  /** Whether only the weakest people rule links them (see `StoryLink.weak`). */
  weak?: boolean;
}

/** Union-find over nodes, with what the merge rule needs per group. */
export interface Groups {
  parent: number[];
  /** Articles per group (by root). */
  size: number[];
  /** Per group: person id → number of its articles quoting that person. */
  people: Map<string, number>[];
  /** Per group: other group's root → number of linked article pairs between them. */
  links: Map<number, number>[];
  /** Per group: earliest and latest publication time of its dated articles (±∞ when none). */
  first: number[];
  last: number[];
}

// Share of cross pairs that must be linked, and of a group's articles that must be about a
// person for the person to be one of the group's people.
const LINKED_SHARE = 0.5;
const PEOPLE_SHARE = 1 / 3;
// Longest a story may run (first to last publication) when grown by the people route:
// the news cycle of `story-links.ts`.
const STORY_SPAN_MS = 45 * 86_400_000;
// Linked pairs two groups of several articles need when their links rest on the weakest
// people rule alone.
const WEAK_PAIRS = 2;
// Voices of both groups a people link between two groups of several articles must rest on.
const SAME_STORY_VOICES = 2;

/**
 * One group per node.
 * @param sizes articles per node
 * @param people per node, the speakers quoted in each of its articles
 * @param edges every link between articles of different nodes (each counts one pair)
 * @param published per node, the publication times of its articles (null when undated)
 */
export function createGroups(
  sizes: readonly number[],
  people: readonly (readonly ReadonlySet<string>[])[],
  edges: readonly Edge[],
  published: readonly (readonly (number | null)[])[] = [],
): Groups {
  const dated = sizes.map((_, i) => (published[i] ?? []).filter((t): t is number => t !== null));
  const groups: Groups = {
    parent: sizes.map((_, i) => i),
    size: [...sizes],
    people: people.map((sets) => {
      const counts = new Map<string, number>();
      for (const set of sets) for (const p of set) counts.set(p, (counts.get(p) ?? 0) + 1);
      return counts;
    }),
    links: sizes.map(() => new Map()),
    first: dated.map((ts) => ts.reduce((m, t) => Math.min(m, t), Number.POSITIVE_INFINITY)),
    last: dated.map((ts) => ts.reduce((m, t) => Math.max(m, t), Number.NEGATIVE_INFINITY)),
  };
  for (const e of edges) {
    groups.links[e.a].set(e.b, (groups.links[e.a].get(e.b) ?? 0) + 1);
    groups.links[e.b].set(e.a, (groups.links[e.b].get(e.a) ?? 0) + 1);
  }
  return groups;
}

/** The root of a node's group. */
export function groupOf(groups: Groups, i: number): number {
  let r = i;
  while (groups.parent[r] !== r) r = groups.parent[r];
  while (groups.parent[i] !== r) {
    const next = groups.parent[i];
    groups.parent[i] = r;
    i = next;
  }
  return r;
}

function isPersonOf(groups: Groups, root: number, person: string): boolean {
  return (groups.people[root].get(person) ?? 0) >= PEOPLE_SHARE * groups.size[root];
}

/** Whether the groups rooted at `ra` and `rb` together stay within STORY_SPAN_MS (undated articles aside). */
function withinSpan(groups: Groups, ra: number, rb: number): boolean {
  const first = Math.min(groups.first[ra], groups.first[rb]);
  const last = Math.max(groups.last[ra], groups.last[rb]);
  return !(last - first > STORY_SPAN_MS);
}

/** Whether `link` (resting on its people, maybe a retelling) may merge the groups rooted at `ra` and `rb`. */
export function supports(groups: Groups, ra: number, rb: number, link: Pick<Edge, 'people' | 'retold' | 'translated' | 'weak'>): boolean {
  const linked = groups.links[ra].get(rb) ?? 0;
  if (linked >= LINKED_SHARE * groups.size[ra] * groups.size[rb]) return true;
  if (link.translated) return false;
  const several = groups.size[ra] > 1 && groups.size[rb] > 1;
  // One weak link between two groups of several articles each is the same person at two
  // events (the mayor's demolition vote and the by-election fought over it); an article
  // of the story links to more of it than that.
  if (link.weak && linked < WEAK_PAIRS && several) return false;
  if (!link.retold && !withinSpan(groups, ra, rb)) return false;
  const voices = link.people.filter((p) => isPersonOf(groups, ra, p) && isPersonOf(groups, rb, p)).length;
  if (voices === 0) return false;
  return voices >= SAME_STORY_VOICES || link.retold === true || !several;
}

/** Merges two groups given by their roots; the lower root stays the root. */
export function joinGroups(groups: Groups, ra: number, rb: number): void {
  const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
  groups.parent[drop] = keep;
  groups.size[keep] += groups.size[drop];
  groups.first[keep] = Math.min(groups.first[keep], groups.first[drop]);
  groups.last[keep] = Math.max(groups.last[keep], groups.last[drop]);
  for (const [p, n] of groups.people[drop]) groups.people[keep].set(p, (groups.people[keep].get(p) ?? 0) + n);
  groups.people[drop] = new Map();
  const keepLinks = groups.links[keep];
  keepLinks.delete(drop);
  for (const [other, n] of groups.links[drop]) {
    if (other === keep) continue;
    keepLinks.set(other, (keepLinks.get(other) ?? 0) + n);
    const back = groups.links[other];
    back.set(keep, (back.get(keep) ?? 0) + n);
    back.delete(drop);
  }
  groups.links[drop] = new Map();
}
