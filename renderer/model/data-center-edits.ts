/**
 * The data-center commands as changes of a whole document (design and layout together), so the
 * store commits each as one undo step and undo brings back the boxes where they were. The design
 * edits are shared/model/data-centers.ts and bulk-edit.ts; the geometry is
 * shared/model/data-center-bounds.ts. What moves keeps its arrangement, as one block.
 */
import { asBlockAt, belowContents, besideDataCenters } from '../../shared/model/data-center-bounds.ts';
import type { SizeOf } from '../../shared/model/data-center-bounds.ts';
import {
  addDataCenter,
  dataCenterContents,
  deleteDataCenter,
  movableIds,
  newDataCenter,
  splitIntoNewDataCenter,
} from '../../shared/model/data-centers.ts';
import type { NewDataCenterDefaults } from '../../shared/model/data-centers.ts';
import { updateElements } from '../../shared/model/bulk-edit.ts';
import type { BulkPatch } from '../../shared/model/bulk-edit.ts';
import { DATA_CENTER_HEADER, canvasPosition, dataCenterOf } from '../../shared/model/layout.ts';
import type { Point } from '../../shared/model/layout.ts';
import type { DesignDocument, NodeLayout } from '../../shared/model/types.ts';
import { en } from '../i18n/en.ts';
import { es } from '../i18n/es.ts';
import type { Locale } from '../../shared/i18n/text.ts';

/** What a new data center is called and where it is, in the planner's language and time zone. */
export function dataCenterDefaults(locale: Locale): NewDataCenterDefaults {
  const catalogue = locale === 'es' ? es : en;
  return {
    stem: catalogue.dataCenters.stem,
    lyncSite: catalogue.empty.lyncSite,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
  };
}

function rectsOverlap(a: NodeLayout, b: NodeLayout): boolean {
  const aw = a.width ?? 0;
  const ah = a.height ?? 0;
  const bw = b.width ?? 0;
  const bh = b.height ?? 0;
  return a.x < b.x + bw && b.x < a.x + aw && a.y < b.y + bh && b.y < a.y + ah;
}

/**
 * Adds a data center; with `at` (a palette drop) its top-left corner goes there unless the box
 * would cover another data center, which would make it unclear where a later drop lands; then,
 * as without `at`, it goes to the right of the others.
 */
export function withNewDataCenter(
  doc: DesignDocument,
  defaults: NewDataCenterDefaults,
  at?: Point | null,
): { doc: DesignDocument; id: string } {
  const dc = newDataCenter(doc.design, defaults);
  const beside = besideDataCenters(doc);
  const dropped = at ? { ...beside, x: at.x, y: at.y } : null;
  const clear =
    dropped &&
    doc.design.dataCenters.every((other) => {
      const l = doc.layout.nodes[other.id];
      return !l || !rectsOverlap(dropped, l);
    });
  const box = clear ? dropped : beside;
  return {
    doc: {
      ...doc,
      design: addDataCenter(doc.design, dc),
      layout: { ...doc.layout, nodes: { ...doc.layout.nodes, [dc.id]: box } },
    },
    id: dc.id,
  };
}

/** `ids` moved into data center `target` as one block under what it holds (`target` null: out of any). */
function placeBlock(
  before: DesignDocument,
  after: DesignDocument,
  ids: readonly string[],
  target: string | null,
  sizeOf?: SizeOf,
): DesignDocument {
  const moving = ids.filter((id) => after.layout.nodes[id]);
  if (moving.length === 0) return after;
  // Out of every data center: beside where the first of them was, in canvas coordinates.
  const origin = target
    ? belowContents({ ...after, design: before.design }, target, sizeOf)
    : canvasPosition(before, moving[0]!)!;
  const block = asBlockAt(before, moving, origin);
  return { ...after, layout: { ...after.layout, nodes: { ...after.layout.nodes, ...block } } };
}

/** Deletes a data center, moving its contents into `moveTo` first, or deleting them with it. */
export function withDataCenterDeleted(
  doc: DesignDocument,
  id: string,
  moveTo: string | null,
  sizeOf?: SizeOf,
): DesignDocument {
  const design = deleteDataCenter(doc.design, id, moveTo);
  if (design === doc.design) return doc;
  const nodes = { ...doc.layout.nodes };
  delete nodes[id];
  const after = { ...doc, design, layout: { ...doc.layout, nodes } };
  return moveTo ? placeBlock(doc, after, dataCenterContents(doc.design, id), moveTo, sizeOf) : after;
}

/**
 * Moves the selected elements into a new data center beside the others, with the Lync site and
 * time zone of the one they came from, keeping their arrangement at the new box's first cell.
 */
export function withSplit(
  doc: DesignDocument,
  ids: readonly string[],
  defaults: NewDataCenterDefaults,
): { doc: DesignDocument; id: string } | null {
  const moving = movableIds(doc.design, ids);
  if (moving.length === 0) return null;
  const made = newDataCenter(doc.design, defaults);
  const design = splitIntoNewDataCenter(doc.design, moving, made);
  const box = besideDataCenters(doc);
  const block = asBlockAt(doc, moving, { x: 30, y: DATA_CENTER_HEADER });
  return {
    doc: {
      ...doc,
      design,
      layout: { ...doc.layout, nodes: { ...doc.layout.nodes, ...block, [made.id]: box } },
    },
    id: made.id,
  };
}

/** A bulk edit of the selection; elements that change data center go there as one block. */
export function withBulkPatch(
  doc: DesignDocument,
  ids: readonly string[],
  patch: BulkPatch,
  sizeOf?: SizeOf,
): DesignDocument {
  const design = updateElements(doc.design, ids, patch);
  if (design === doc.design) return doc;
  const after = { ...doc, design };
  if (patch.dataCenterId === undefined) return after;
  const moved = movableIds(doc.design, ids).filter(
    (id) => dataCenterOf(doc.design, id) !== dataCenterOf(design, id),
  );
  return placeBlock(doc, after, moved, patch.dataCenterId, sizeOf);
}
