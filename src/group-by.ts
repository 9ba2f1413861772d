/**
 * Groups items by a string key, keeping their order within each group; an item whose key
 * is null is left out. (`Map.groupBy` does this from Node 21; Retold still runs on Node 20.)
 */
export function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
