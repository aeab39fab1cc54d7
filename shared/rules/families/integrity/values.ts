/** FQDN checks shared by the name and placement checks. */
import { fqdnKey, fqdnProblem } from '../../../model/values.ts';

/**
 * The canvas re-validates after every edit with nearly the same names, so the pure per-value
 * checks are remembered by value; the bound keeps a long session from growing without end.
 */
function memo<R>(fn: (value: string) => R): (value: string) => R {
  const seen = new Map<string, R>();
  return (value) => {
    if (seen.has(value)) return seen.get(value) as R;
    const result = fn(value);
    if (seen.size >= 50_000) seen.clear();
    seen.set(value, result);
    return result;
  };
}

export const memoFqdnKey = memo(fqdnKey);
export const memoFqdnProblem = memo(fqdnProblem);
