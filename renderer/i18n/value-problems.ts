/**
 * The field checks in shared/model/values.ts answer in English phrases (the CLI and the rules
 * quote them). The inspector shows them in the planner's language by recognising each phrase;
 * test/renderer/value-problems.test.ts proves every phrase those checks can return is known.
 */
export interface ProblemText {
  key: string;
  params?: Record<string, string>;
}

const exact: Record<string, string> = {
  'is empty': 'problems.empty',
  'has spaces around it': 'problems.spaces',
  'is longer than 253 characters': 'problems.tooLong253',
  'holds a script variable ($…) instead of a name': 'problems.scriptVariable',
  'is a single label, not a fully qualified domain name': 'problems.singleLabel',
  'looks like an IP address, not a domain name': 'problems.ipAddress',
  'is not a whole number': 'problems.notWhole',
  'is outside 1 to 65535': 'problems.portRange',
  'is longer than 16 characters': 'problems.tooLong16',
  'may hold only letters, digits, _, &, # and $': 'problems.instanceChars',
  'is a reserved name; leave it empty for the default instance': 'problems.reservedInstance',
  'must be a share name, not a path': 'problems.sharePath',
  'holds a character a share name cannot have': 'problems.shareChars',
  'is not a number': 'problems.notNumber',
  'is negative': 'problems.negative',
  'is longer than a week': 'problems.overWeek',
};

/** The catalogue key for a problem phrase; an unknown phrase is shown as it is. */
export function problemText(problem: string): ProblemText {
  const key = exact[problem];
  if (key) return { key };
  const label = /^has an invalid label "(.*)"$/.exec(problem);
  if (label) return { key: 'problems.invalidLabel', params: { label: label[1]! } };
  return { key: 'problems.other', params: { problem } };
}

/** Checks for planning figures the model leaves to the planner: a count is a whole number from 0. */
export function countProblem(value: number): string | null {
  if (!Number.isFinite(value)) return 'is not a number';
  if (!Number.isInteger(value)) return 'is not a whole number';
  if (value < 0) return 'is negative';
  return null;
}

/** Latency, bandwidth and thresholds: any number from 0. */
export function nonNegativeProblem(value: number): string | null {
  if (!Number.isFinite(value)) return 'is not a number';
  if (value < 0) return 'is negative';
  return null;
}

/** Names that must not be blank (a site's name, a pool's display name). */
export function requiredProblem(value: string): string | null {
  return value.trim() === '' ? 'is empty' : null;
}
