/**
 * Pure edits of a design. Quick fixes and the canvas store both go through these, so an edit
 * made by a fix is the same edit the planner could have made by hand, and undo sees one change.
 */
import type {
  Design,
  ElementKind,
  ElementKinds,
  PersistentChatPool,
  StoreAssignment,
  StoreRole,
} from './types.ts';
import { collectionOf } from './types.ts';
import { removeElements } from './references.ts';

export { removeElements };

/** Returns a design in which element `id` of `kind` has `patch` applied; unchanged if absent. */
export function updateElement<K extends ElementKind>(
  design: Design,
  kind: K,
  id: string,
  patch: Partial<Omit<ElementKinds[K], 'id'>>,
): Design {
  const collection = collectionOf[kind];
  const list = design[collection] as ElementKinds[K][];
  const at = list.findIndex((el) => el.id === id);
  if (at < 0) return design;
  const next = list.slice();
  next[at] = { ...list[at]!, ...patch };
  return { ...design, [collection]: next };
}

export function updateStore(
  design: Design,
  poolId: string,
  role: StoreRole,
  patch: Partial<StoreAssignment>,
): Design {
  const pool = design.pools.find((p) => p.id === poolId);
  if (!pool) return design;
  const stores: PersistentChatPool['stores'] = { ...pool.stores, [role]: { ...pool.stores[role], ...patch } };
  return updateElement(design, 'pool', poolId, { stores });
}

export function addElement<K extends ElementKind>(design: Design, kind: K, element: ElementKinds[K]): Design {
  const collection = collectionOf[kind];
  return { ...design, [collection]: [...(design[collection] as ElementKinds[K][]), element] };
}

/** Removes an element and clears every reference to it, so no dangling link is left behind. */
export function removeElement(design: Design, id: string): Design {
  return removeElements(design, new Set([id]));
}
