/** Test fixtures: the shipped examples, loaded the way the app loads them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDesign } from '../../shared/model/load.ts';
import type { Design, DesignDocument } from '../../shared/model/types.ts';
import { validate } from '../../shared/rules/engine.ts';
import type { Finding } from '../../shared/rules/types.ts';

export const projectRoot = join(import.meta.dirname, '..', '..');
export const examplesDir = join(projectRoot, 'assets', 'examples');

export type ExampleName = 'reference-high-bandwidth' | 'low-bandwidth' | 'broken';

export function loadExample(name: ExampleName): DesignDocument {
  return loadDesign(readFileSync(join(examplesDir, `${name}.pctopo`), 'utf8'));
}

/** The PC-023 reference design: every rule test starts from a clean design and breaks one thing. */
export function reference(): Design {
  return loadExample('reference-high-bandwidth').design;
}

export function lowBandwidth(): Design {
  return loadExample('low-bandwidth').design;
}

/** Findings of one rule only. */
export function findingsOf(design: Design, ruleId: string): Finding[] {
  return validate(design).filter((f) => f.ruleId === ruleId);
}

/** Shallow-edits the element with `id` in whichever collection holds it. */
export function edit<T extends { id: string }>(list: T[], id: string, patch: Partial<T>): T[] {
  if (!list.some((el) => el.id === id)) throw new Error(`fixture has no element ${id}`);
  return list.map((el) => (el.id === id ? { ...el, ...patch } : el));
}
