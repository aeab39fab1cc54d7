/**
 * Comparing the time of two runs in one process, for scaling tests. Each side's best time over
 * a few rounds is kept: noise (a collection, another process on the machine) only ever adds
 * time, so the best run is the closest to the work itself, while work that grows faster than
 * its input (a quadratic pass) shows as a ratio far beyond the input's.
 */
export function bestRatio(large: () => void, small: () => void, rounds = 5): number {
  const time = (f: () => void) => {
    const start = performance.now();
    f();
    return performance.now() - start;
  };
  small();
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let i = 0; i < rounds; i++) {
    bestSmall = Math.min(bestSmall, time(small));
    bestLarge = Math.min(bestLarge, time(large));
  }
  return bestLarge / bestSmall;
}
