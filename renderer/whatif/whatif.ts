/**
 * The what-if mode's state and its derived outcome. The failed elements are a view setting,
 * like the zoom: they live beside the design, never in it, so marking them records no undo
 * step and leaves the design unmodified. The outcome is derived once per (design, failures)
 * pair and shared by the canvas and the panel.
 */
import { derived } from '../../shared/model/derived.ts';
import type { Params, Text } from '../../shared/i18n/text.ts';
import { indexDesign } from '../../shared/model/design-index.ts';
import type { Design } from '../../shared/model/types.ts';
import { ScenarioError, noFailures, simulateAll } from '../../shared/simulation/index.ts';
import type { FailureSet, SimulationOutcome } from '../../shared/simulation/index.ts';

export interface WhatIfState {
  on: boolean;
  failures: FailureSet;
}

export const whatIfOff: WhatIfState = { on: false, failures: noFailures };

/** What a box shows in what-if mode. */
export type WhatIfMark = 'failed' | 'principal' | 'activated' | 'deactivated';

export interface WhatIfView {
  /** One per Persistent Chat pool of the design, in the design's order; empty with a problem. */
  outcomes: readonly SimulationOutcome[];
  /** Why there is no outcome (no pool …), for the planner. */
  problem: { text: Text; params: Params } | null;
  /**
   * Per element id, over every pool: greyed out, the new principal, or a server whose
   * active/idle state changes. Only a change is marked.
   */
  marks: ReadonlyMap<string, WhatIfMark>;
}

/** A line is greyed when either of its ends is lost (itself or with its data center). */
export function touchesFailed(
  marks: ReadonlyMap<string, WhatIfMark>,
  source: string,
  target: string,
): boolean {
  return marks.get(source) === 'failed' || marks.get(target) === 'failed';
}

/** Clicking an element marks it as failed, or back as running. */
export function toggleFailedElement(failures: FailureSet, id: string): FailureSet {
  const elementIds = failures.elementIds.includes(id)
    ? failures.elementIds.filter((e) => e !== id)
    : [...failures.elementIds, id];
  return { ...failures, elementIds };
}

export function toggleFailedLink(failures: FailureSet): FailureSet {
  return { ...failures, link: !failures.link };
}

/**
 * An undo or an opened design can remove an element that was marked; the simulation would
 * reject its id, so only ids the design still has are simulated.
 */
function present(design: Design, failures: FailureSet): FailureSet {
  const index = indexDesign(design);
  const elementIds = failures.elementIds.filter((id) => index.byId.has(id));
  return elementIds.length === failures.elementIds.length ? failures : { ...failures, elementIds };
}

function marksOf(design: Design, outcomes: readonly SimulationOutcome[]): Map<string, WhatIfMark> {
  const index = indexDesign(design);
  const marks = new Map<string, WhatIfMark>();
  // The failures are the same for every pool: a lost data center's contents are marked once.
  for (const f of outcomes[0]?.failed ?? []) {
    marks.set(f.id, 'failed');
    for (const inside of index.elementsByDataCenter.get(f.id) ?? []) marks.set(inside, 'failed');
  }
  for (const o of outcomes) {
    for (const s of o.servers) {
      if (s.after === 'failed') marks.set(s.id, 'failed');
      else if (s.before === 'idle' && s.after === 'active') marks.set(s.id, 'activated');
      else if (s.before === 'active' && s.after !== 'active') marks.set(s.id, 'deactivated');
    }
  }
  // The primary store serving as designed is no news; a mirror or backup store taking over is.
  for (const o of outcomes) {
    const principal = o.database.instanceId;
    const changed = o.databaseServing === 'mirror' || o.databaseServing === 'backup';
    if (changed && principal && marks.get(principal) !== 'failed') marks.set(principal, 'principal');
  }
  return marks;
}

const noMarks: ReadonlyMap<string, WhatIfMark> = new Map();
/** Per design, the views of each failure set asked of it. */
const viewsOf = derived((design: Design) => derived((failures: FailureSet) => computeView(design, failures)));

/** The outcome for a design and its failures; the same object while both are the same. */
export function whatIfView(design: Design, failures: FailureSet): WhatIfView {
  return viewsOf(design)(failures);
}

function computeView(design: Design, failures: FailureSet): WhatIfView {
  try {
    const outcomes = simulateAll(design, present(design, failures));
    return { outcomes, problem: null, marks: marksOf(design, outcomes) };
  } catch (err) {
    if (!(err instanceof ScenarioError)) throw err;
    return { outcomes: [], problem: { text: err.text, params: err.params }, marks: noMarks };
  }
}
