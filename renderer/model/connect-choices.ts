/**
 * The keyboard way of drawing a line: which lines an element can start (the handles its box
 * shows), and, for each, the elements that would take it. Only targets the model accepts are
 * offered (`planConnection(...).ok`), named as the planner names them (FQDN, server\instance).
 */
import { indexDesign } from '../../shared/model/design-index.ts';
import type { Design } from '../../shared/model/types.ts';
import { planConnection } from './connections.ts';
import type { Refusal, SourceHandle } from './connections.ts';
import type { PlaceableKind } from './kinds.ts';
import { placeableKinds } from './kinds.ts';

/** The handles each kind of box draws lines from. */
export const sourceHandlesOfKind: Record<PlaceableKind, readonly SourceHandle[]> = {
  pool: ['link'],
  server: ['member'],
  sqlInstance: ['mirror', 'witness', 'logShipping'],
  frontEndPool: [],
  fileStore: [],
  share: [],
};

const isPlaceable = (kind: string): kind is PlaceableKind =>
  (placeableKinds as readonly string[]).includes(kind);

export function sourceHandlesOf(design: Design, id: string): readonly SourceHandle[] {
  const kind = indexDesign(design).byId.get(id)?.kind;
  return kind && isPlaceable(kind) ? sourceHandlesOfKind[kind] : [];
}

/** The one selected element a line can start from, or null. */
export function connectSourceOf(state: {
  doc: { design: Design };
  selection: readonly string[];
}): string | null {
  if (state.selection.length !== 1) return null;
  const id = state.selection[0]!;
  return sourceHandlesOf(state.doc.design, id).length > 0 ? id : null;
}

export interface ConnectTarget {
  id: string;
  label: string;
}

export interface ConnectChoices {
  targets: ConnectTarget[];
  /** Why nothing takes the line, when nothing does (the refusal of the first candidate). */
  refusal: Refusal | null;
}

/** The elements a line from `sourceId`'s `handle` may end on, by name. */
export function connectChoices(design: Design, sourceId: string, handle: SourceHandle): ConnectChoices {
  const index = indexDesign(design);
  const targets: ConnectTarget[] = [];
  let refusal: Refusal | null = null;
  for (const [id, entry] of index.byId) {
    if (id === sourceId || !isPlaceable(entry.kind)) continue;
    const plan = planConnection(design, sourceId, id, handle);
    if (plan.ok) targets.push({ id, label: index.label(id) });
    else if (!refusal && plan.refusal.reason !== 'unsupported') refusal = plan.refusal;
  }
  targets.sort((a, b) => a.label.localeCompare(b.label));
  return { targets, refusal: targets.length > 0 ? null : refusal };
}
