/**
 * The fuzz families and the loop that runs them, shared by the suite in `npm test` (few inputs)
 * and `npm run fuzz` (many). Each input is named by family, seed and index, and a failure keeps
 * the input itself, so it can be replayed without the generator.
 */
import { designInput, injectionInput } from './design-inputs.ts';
import { FuzzFailure, TIME_BOUND_MS, checkDesign, checkTopology } from './oracle.ts';
import type { FailureClass, Outcome } from './oracle.ts';
import { inputRandom } from './random.ts';
import { xmlInput } from './xml-inputs.ts';

export type FamilyName = 'xml' | 'design' | 'injection';

export interface FuzzCase {
  label: string;
  /** The file a planner would open: a topology document, or a .pctopo. */
  input: Uint8Array | string;
  extension: 'xml' | 'pctopo';
}

export interface Family {
  name: FamilyName;
  title: string;
  make(seed: number, index: number): FuzzCase;
  check(input: Uint8Array | string): Outcome;
  run(seed: number, count: number, onFailure?: (f: CaseFailure) => void): FamilyReport;
}

const asText = (input: Uint8Array | string) =>
  typeof input === 'string' ? input : new TextDecoder().decode(input);

function designFamily(name: FamilyName, title: string, generate: typeof designInput): Omit<Family, 'run'> {
  return {
    name,
    title,
    make: (seed, index) => {
      const d = generate(inputRandom(seed, index));
      return { label: d.label, input: d.text, extension: 'pctopo' };
    },
    check: (input) => checkDesign(asText(input)),
  };
}

const definitions: Record<FamilyName, Omit<Family, 'run'>> = {
  xml: {
    name: 'xml',
    title: 'XML import, then validate, export both flavours, strict parse, re-import',
    make: (seed, index) => {
      const x = xmlInput(inputRandom(seed, index));
      return { label: x.label, input: x.bytes, extension: 'xml' };
    },
    check: (input) => checkTopology(input),
  },
  design: designFamily(
    'design',
    'Loaded designs through rules, simulation, runbooks, export, save',
    designInput,
  ),
  injection: designFamily('injection', 'Injection designs, XML export', injectionInput),
};

export const families = Object.fromEntries(
  Object.values(definitions).map((d) => {
    const family: Family = {
      ...d,
      run: (seed, count, onFailure) => runFamily(family, seed, count, onFailure),
    };
    return [d.name, family];
  }),
) as Record<FamilyName, Family>;

export interface CaseFailure {
  family: FamilyName;
  seed: number;
  index: number;
  label: string;
  kind: FailureClass;
  message: string;
  stack: string;
  fuzzCase: FuzzCase;
}

export interface FamilyReport {
  family: FamilyName;
  inputs: number;
  accepted: number;
  /** Refusals by TopologyXmlError code, or 'load' / 'scenario'. */
  refusals: Record<string, number>;
  failures: CaseFailure[];
  slowestMs: number;
  slowestIndex: number;
}

export function countOf(report: FamilyReport, kind: FailureClass): number {
  return report.failures.filter((f) => f.kind === kind).length;
}

/** Runs one input through its family's oracle: undefined when it held, else what broke. */
export function runCase(
  family: Family,
  fuzzCase: FuzzCase,
): { outcome?: Outcome; ms: number; failure?: FuzzFailure } {
  const start = performance.now();
  try {
    const outcome = family.check(fuzzCase.input);
    const ms = performance.now() - start;
    if (ms > TIME_BOUND_MS)
      return {
        ms,
        failure: new FuzzFailure('slow', 'whole input', `${Math.round(ms)} ms (bound ${TIME_BOUND_MS} ms)`),
      };
    return { outcome, ms };
  } catch (err) {
    const ms = performance.now() - start;
    const failure =
      err instanceof FuzzFailure
        ? err
        : new FuzzFailure('crash', 'oracle', err instanceof Error ? err.message : String(err), err);
    return { ms, failure };
  }
}

export function stackOf(failure: FuzzFailure): string {
  const original = failure.original;
  return (original instanceof Error ? original.stack : undefined) ?? failure.stack ?? '';
}

export function runFamily(
  family: Family,
  seed: number,
  count: number,
  onFailure?: (f: CaseFailure) => void,
): FamilyReport {
  const report: FamilyReport = {
    family: family.name,
    inputs: 0,
    accepted: 0,
    refusals: {},
    failures: [],
    slowestMs: 0,
    slowestIndex: -1,
  };
  for (let index = 0; index < count; index++) {
    const fuzzCase = family.make(seed, index);
    const { outcome, ms, failure } = runCase(family, fuzzCase);
    report.inputs++;
    if (ms > report.slowestMs) {
      report.slowestMs = ms;
      report.slowestIndex = index;
    }
    if (failure) {
      const f: CaseFailure = {
        family: family.name,
        seed,
        index,
        label: fuzzCase.label,
        kind: failure.kind,
        message: failure.message,
        stack: stackOf(failure),
        fuzzCase,
      };
      report.failures.push(f);
      onFailure?.(f);
    } else if (outcome?.kind === 'refused')
      report.refusals[outcome.code] = (report.refusals[outcome.code] ?? 0) + 1;
    else report.accepted++;
  }
  return report;
}
