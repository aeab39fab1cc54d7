/**
 * Message composition for value problems. Parameters carry names only, never words, so English
 * and Spanish take the same placeholders; where a message names a field or a reason, there is one
 * message per field and reason, built from the tables here.
 */
import { describeProblem, problemTexts } from '../../../model/values.ts';
import type { ProblemCode, ValueProblem } from '../../../model/values.ts';
import type { Params, Text } from '../../../i18n/text.ts';

// Reasons: values.ts says what is wrong with a value as a code; each code a rule can meet gets
// its own message key here (keys kept stable for the canvas and scripts), and a code a table
// does not list still reaches the planner through `other`.

interface Reason<K extends string = string> {
  key: K;
  code: string;
  text: Text;
}

/** A reason as values.ts words it; `text` only where the message says more than that. */
function reason<K extends string>(key: K, code: ProblemCode | typeof ZERO_INTERVAL, text?: Text): Reason<K> {
  return { key, code, text: text ?? problemTexts[code as ProblemCode] };
}

const OTHER_KEY = 'other';
type OtherKey = typeof OTHER_KEY;
const OTHER_TEXT: Text = { en: '{problem}', es: '{problem}' };

export const fqdnReasons = [
  reason('empty', 'empty'),
  reason('spaces', 'spaces'),
  reason('tooLong', 'tooLong253'),
  reason('singleLabel', 'singleLabel'),
  reason('badLabel', 'invalidLabel'),
  reason('ipAddress', 'ipAddress'),
];

export const portReasons = [reason('notWhole', 'notWhole'), reason('range', 'portRange')];

/** Not a problem of the value itself: a schedule interval of 0 is a valid number but no schedule. */
const ZERO_INTERVAL = 'zeroInterval';

export const minuteReasons = [
  reason('notNumber', 'notNumber'),
  reason('negative', 'negative'),
  reason('overWeek', 'overWeek'),
  reason('zero', ZERO_INTERVAL, {
    en: 'is zero; a schedule needs at least 1 minute',
    es: 'es cero; una programación necesita al menos 1 minuto',
  }),
];

export const instanceReasons = [
  reason('tooLong', 'tooLong16'),
  reason('characters', 'instanceChars'),
  reason('reserved', 'reservedInstance'),
];

export const shareReasons = [
  reason('empty', 'empty'),
  reason('path', 'sharePath'),
  reason('character', 'shareChars'),
];

export type Problem = ValueProblem | { code: typeof ZERO_INTERVAL; params: Params };
export const zeroInterval: Problem = { code: ZERO_INTERVAL, params: {} };

export function reasonOf<K extends string>(
  problem: Problem,
  reasons: readonly Reason<K>[],
): { key: K | OtherKey; params: Params } {
  const hit = reasons.find((r) => r.code === problem.code);
  if (hit) return { key: hit.key, params: problem.params };
  return { key: OTHER_KEY, params: { problem: describeProblem(problem as ValueProblem) } };
}

/** Messages `prefix.subject.reason`, each a subject sentence finished by one reason. */
export function reasonMessages<P extends string, S extends string, K extends string>(
  prefix: P,
  subjects: Record<S, Text>,
  reasons: readonly Reason<K>[],
): Record<`${P}.${S}.${K | OtherKey}`, Text> {
  const out: Record<string, Text> = {};
  for (const s of Object.keys(subjects) as S[]) {
    for (const r of [...reasons, { key: OTHER_KEY, text: OTHER_TEXT }]) {
      out[`${prefix}.${s}.${r.key}`] = {
        en: `${subjects[s].en} ${r.text.en}.`,
        es: `${subjects[s].es} ${r.text.es}.`,
      };
    }
  }
  return out as Record<`${P}.${S}.${K | OtherKey}`, Text>;
}
