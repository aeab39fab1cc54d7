/**
 * Derived reads of the editor state. Each returns a value that keeps its identity while its
 * inputs do (the findings are memoized per design), so a component subscribed through one of
 * these re-renders only when what it shows has changed: dragging a box touches none of them.
 */
import { indexDesign } from '../../shared/model/design-index.ts';
import type { IndexedElement } from '../../shared/model/design-index.ts';
import type { Design } from '../../shared/model/types.ts';
import { relationById } from '../model/relations.ts';
import type { EditorState } from './editor-store.ts';
import { whatIfView } from '../whatif/whatif.ts';
import type { WhatIfView } from '../whatif/whatif.ts';
import { findingsFor } from './findings.ts';
import type { FindingsView } from './findings.ts';

export const selectFindings = (s: EditorState): FindingsView => findingsFor(s.doc.design, s.locale);

export const selectModified = (s: EditorState): boolean => s.doc !== s.savedDoc;

/** The one selected element, when exactly one element (not a connection) is selected. */
export const selectSingleElement = (s: EditorState): IndexedElement | null => {
  if (s.selection.length !== 1) return null;
  return indexDesign(s.doc.design).byId.get(s.selection[0]!) ?? null;
};

/** The what-if outcome, derived once per design and set of failures; null while the mode is off. */
export const selectWhatIf = (s: EditorState): WhatIfView | null =>
  s.whatIf.on ? whatIfView(s.doc.design, s.whatIf.failures) : null;

export interface SelectionCounts {
  elements: number;
  connections: number;
  dataCenters: number;
}

/**
 * What the selection holds, as the planner counts it: elements, connections and data centers apart,
 * since Move and Delete act on elements and connections and leave data centers alone.
 */
export function countSelection(design: Design, selection: readonly string[]): SelectionCounts {
  const index = indexDesign(design);
  const relations = relationById(design);
  let elements = 0;
  let connections = 0;
  let dataCenters = 0;
  for (const id of selection) {
    const kind = index.byId.get(id)?.kind;
    if (kind === 'dataCenter') dataCenters++;
    else if (kind !== undefined) elements++;
    else if (relations.has(id)) connections++;
  }
  return { elements, connections, dataCenters };
}
