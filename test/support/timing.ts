/**
 * Comparing the time of two runs in one process, for scaling tests: each pair runs in turn and
 * the median ratio is kept, so a busy machine slows both sides alike, while work that grows
 * faster than its input (a quadratic pass) shows as a ratio far beyond the input's.
 */
export function medianRatio(large: () => void, small: () => void, rounds = 3): number {
  const time = (f: () => void) => {
    const start = performance.now();
    f();
    return performance.now() - start;
  };
  small();
  const ratios: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const s = time(small);
    ratios.push(time(large) / s);
  }
  return ratios.sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
}
