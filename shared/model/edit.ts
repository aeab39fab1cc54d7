/**
 * Pure edits of a design. Quick fixes and the canvas store both go through these, so an edit
 * made by a fix is the same edit the planner could have made by hand, and undo sees one change.
 */
import type {
  Design,
  ElementKind,
  ElementKinds,
  KindedElement,
  PersistentChatPool,
  StoreAssignment,
  StoreRole,
} from './types.ts';
import { collectionOf, livesInDataCenter } from './types.ts';
import { indexDesign } from './design-index.ts';
import { removeElements } from './references.ts';

export { removeElements };
export type { KindedElement };

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

/** A change to the fields of an element of kind `K` (never its id); of any one kind by default. */
export type ElementPatch<K extends ElementKind = ElementKind> = {
  [P in K]: Partial<Omit<ElementKinds[P], 'id'>>;
}[K];

/** Adds an element given with its kind, so it can only go into its own collection. */
export function addKindedElement(design: Design, item: KindedElement): Design {
  return addElement(design, item.kind, item.element);
}

/** Returns a design in which element `id`, whatever its kind, has `patch` applied; unchanged if absent. */
export function updateElementById(design: Design, id: string, patch: ElementPatch): Design {
  const kind = indexDesign(design).byId.get(id)?.kind;
  return kind ? updateElement<ElementKind>(design, kind, id, patch) : design;
}

/**
 * Puts element `id` in data center `dataCenterId` (null: in none). Pools span data centers and
 * data centers hold the others, so neither moves; nor does an id the design does not know.
 */
export function placeInDataCenter(design: Design, id: string, dataCenterId: string | null): Design {
  const kind = indexDesign(design).byId.get(id)?.kind;
  if (kind === undefined || !livesInDataCenter(kind)) return design;
  return updateElement(design, kind, id, { dataCenterId });
}

/** `base`, or `base-2`, `base-3` …: the first that no element of the design uses as its id. */
export function unusedId(design: Design, base: string): string {
  const taken = indexDesign(design).byId;
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
