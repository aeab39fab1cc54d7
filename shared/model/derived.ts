/**
 * The one way to cache a value derived from an immutable input. A design (and its index) never
 * changes once made, so a derivation keyed by identity can never go stale, and a WeakMap lets
 * it go with the design. Every derived view of a design goes through here, so there is one
 * place to look for what is cached and one pattern to follow for the next derivation.
 */
export function derived<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as V;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}

/**
 * The same for a pure function of a string, which has no identity to key a WeakMap by: the
 * canvas re-validates after every edit with nearly the same names, so the answers are kept by
 * value, and the bound keeps a long session from growing without end.
 */
export function derivedByValue<V>(compute: (value: string) => V, bound = 50_000): (value: string) => V {
  const seen = new Map<string, V>();
  return (value) => {
    if (seen.has(value)) return seen.get(value) as V;
    const result = compute(value);
    if (seen.size >= bound) seen.clear();
    seen.set(value, result);
    return result;
  };
}
