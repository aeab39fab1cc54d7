/** Lists kept under a key: the index, the rules and the reports all group elements this way. */

/** Adds `value` to the list under `key`, starting the list when it is the first. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** `items` in lists by `key`, in their order; an item whose key is null goes in no list. */
export function groupBy<T, K = string>(items: Iterable<T>, key: (item: T) => K | null): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) pushTo(groups, k, item);
  }
  return groups;
}
