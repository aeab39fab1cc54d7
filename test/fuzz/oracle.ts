/**
 * What must hold for any input, however hostile: the modules refuse it with their own error
 * (a TopologyXmlError whose code is not 'internal', a LoadError, a ScenarioError), or take it, and
 * then every later step runs and every file they write opens again. Nothing else may escape.
 */
import { isDeepStrictEqual } from 'node:util';
import { LoadError, loadDesign, serializeDesign } from '../../shared/model/load.ts';
import type { DesignDocument } from '../../shared/model/types.ts';
import { validate } from '../../shared/rules/engine.ts';
import { buildRunbook, runbookKinds } from '../../shared/runbooks/index.ts';
import { ScenarioError, noFailures, simulate, standardScenarios } from '../../shared/simulation/index.ts';
import { exportTopology } from '../../shared/xml/export.ts';
import { importTopology } from '../../shared/xml/import.ts';
import type { Flavour } from '../../shared/xml/namespaces.ts';
import { strictParse } from '../xml/support.ts';

export type FailureClass = 'crash' | 'internal' | 'ill-formed' | 'reopen' | 'mismatch' | 'slow';

export class FuzzFailure extends Error {
  constructor(
    readonly kind: FailureClass,
    readonly step: string,
    message: string,
    readonly original?: unknown,
  ) {
    super(`${kind} in ${step}: ${message}`);
    this.name = 'FuzzFailure';
  }
}

export type Outcome =
  | { kind: 'accepted' }
  /** Refused by the module's own error; `code` is the TopologyXmlError code, 'load' or 'scenario'. */
  | { kind: 'refused'; code: string };

/** Inputs are small; anything slower than this is a quadratic path or worse (CI machines are slow). */
export const TIME_BOUND_MS = 2000;

const flavours: readonly Flavour[] = ['tbxml', 'published'];

/** Anything thrown that is not the module's own refusal. */
function crash(step: string, err: unknown): FuzzFailure {
  if (err instanceof FuzzFailure) return err;
  const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return new FuzzFailure('crash', step, message, err);
}

function step<T>(name: string, run: () => T): T {
  try {
    return run();
  } catch (err) {
    throw crash(name, err);
  }
}

/** A ScenarioError is an allowed refusal (the pool or a failure set the design cannot answer). */
function scenarioRefusal<T>(name: string, run: () => T): T | undefined {
  try {
    return run();
  } catch (err) {
    if (err instanceof ScenarioError) return undefined;
    throw crash(name, err);
  }
}

/** Every flavour the design exports to is well-formed and imports again. */
function exportsOpenAgain(doc: DesignDocument): void {
  for (const flavour of flavours) {
    const out = step(`export ${flavour}`, () => exportTopology(doc, { flavour }));
    if (!out.ok) {
      if (out.error.code === 'internal')
        throw new FuzzFailure('internal', `export ${flavour}`, out.error.message);
      continue;
    }
    try {
      strictParse(out.text);
    } catch (err) {
      throw new FuzzFailure('ill-formed', `export ${flavour}`, String(err));
    }
    const back = step(`re-import ${flavour}`, () => importTopology(out.bytes));
    if (!back.ok) {
      const kind = back.error.code === 'internal' ? 'internal' : 'reopen';
      throw new FuzzFailure(kind, `re-import ${flavour}`, back.error.message);
    }
  }
}

function findingsRun(doc: DesignDocument): void {
  const findings = step('validate', () => validate(doc.design));
  const broken = findings.find((f) => f.messageKey === 'internal-error');
  if (broken) throw new FuzzFailure('internal', 'validate', broken.message);
}

/** XML import, then validate, export in both flavours, strict parse and re-import of what imported. */
export function checkTopology(input: Uint8Array | string): Outcome {
  const result = step('import', () => importTopology(input));
  if (!result.ok) {
    if (result.error.code === 'internal') throw new FuzzFailure('internal', 'import', result.error.message);
    return { kind: 'refused', code: result.error.code };
  }
  findingsRun(result.document);
  exportsOpenAgain(result.document);
  return { kind: 'accepted' };
}

/** Design load, then rules, simulation of every pool, runbooks, export and save of what loaded. */
export function checkDesign(text: string): Outcome {
  let doc: DesignDocument;
  try {
    doc = loadDesign(text);
  } catch (err) {
    if (err instanceof LoadError) return { kind: 'refused', code: 'load' };
    throw crash('load', err);
  }
  const design = doc.design;
  findingsRun(doc);
  for (const pool of design.pools) {
    const scenarios = scenarioRefusal('scenarios', () => standardScenarios(design, pool)) ?? [];
    for (const failures of [noFailures, ...scenarios.slice(0, 4).map((s) => s.failures)])
      scenarioRefusal('simulate', () => simulate(design, failures, { pool: pool.id }));
    for (const kind of runbookKinds)
      scenarioRefusal(`runbook ${kind}`, () => buildRunbook(design, kind, { pool: pool.id }));
  }
  exportsOpenAgain(doc);
  const saved = step('save', () => serializeDesign(doc));
  let again: DesignDocument;
  try {
    again = loadDesign(saved);
  } catch (err) {
    throw new FuzzFailure('reopen', 'load after save', err instanceof Error ? err.message : String(err), err);
  }
  if (!step('compare after save', () => isDeepStrictEqual(again, doc)))
    throw new FuzzFailure('mismatch', 'load after save', 'the saved design loads differently');
  return { kind: 'accepted' };
}
