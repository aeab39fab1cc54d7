/**
 * The field checks in shared/model/values.ts answer with a problem code; the inspector shows
 * each code through its own catalogue entry (`problems.<code>`), so the planner reads it in
 * their language. test/renderer/value-problems.test.ts proves every code has an entry.
 */
import type { ValueProblem } from '../../shared/model/values.ts';

export interface ProblemText {
  key: string;
  params?: Record<string, string>;
}

export function problemText(problem: ValueProblem): ProblemText {
  const params = Object.keys(problem.params).length > 0 ? { ...problem.params } : undefined;
  return params ? { key: `problems.${problem.code}`, params } : { key: `problems.${problem.code}` };
}

const problem = (code: ValueProblem['code']): ValueProblem => ({ code, params: {} });

/** Checks for planning figures the model leaves to the planner: a count is a whole number from 0. */
export function countProblem(value: number): ValueProblem | null {
  if (!Number.isFinite(value)) return problem('notNumber');
  if (!Number.isInteger(value)) return problem('notWhole');
  if (value < 0) return problem('negative');
  return null;
}

/** Latency, bandwidth and thresholds: any number from 0. */
export function nonNegativeProblem(value: number): ValueProblem | null {
  if (!Number.isFinite(value)) return problem('notNumber');
  if (value < 0) return problem('negative');
  return null;
}

/** Names that must not be blank (a data center's name, a pool's display name). */
export function requiredProblem(value: string): ValueProblem | null {
  return value.trim() === '' ? problem('empty') : null;
}
