/**
 * The React Flow nodes and edges for a design document, derived in one pass after each change.
 * A node or edge whose inputs did not change is the very object it was before, so React Flow
 * and the memoized node components skip it: a change to one server re-renders one box.
 */
import type { Edge, Node } from '@xyflow/react';
import { indexDesign } from '../../shared/model/design-index.ts';
import type { DesignDocument, EdgeRoute, StoreRole } from '../../shared/model/types.ts';
import { collectionOf } from '../../shared/model/types.ts';
import type { SourceHandle } from '../model/connections.ts';
import { placeableKinds } from '../model/kinds.ts';
import {
  DATA_CENTER_HEIGHT,
  DATA_CENTER_WIDTH,
  defaultDataCenterLayout,
  dataCenterOf,
} from '../model/layout.ts';
import { relationsOf } from '../model/relations.ts';
import type { Relation, RelationKind, ShareSlot } from '../model/relations.ts';
import type { Badge, FindingsView } from '../state/findings.ts';
import { elementData } from './node-data.ts';
import type { ElementNodeData, DataCenterNodeData } from './node-data.ts';

export type DataCenterNode = Node<DataCenterNodeData, 'dataCenter'>;
export type ElementNode = Node<ElementNodeData, 'element'>;
export type CanvasNode = DataCenterNode | ElementNode;

export interface RelationEdgeData extends Record<string, unknown> {
  kind: RelationKind;
  roles: StoreRole[];
  slot: ShareSlot | null;
  poolId: string;
  badge: Badge | null;
  /** Auto-arrange's route around the boxes, while both ends stay where it put them. */
  route: EdgeRoute | null;
}
export type CanvasEdge = Edge<RelationEdgeData, 'relation'>;

export interface CanvasView {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
}

/**
 * Stacking (React Flow's manual z-index mode): connection lines (0) run under the data centers (1),
 * whose bodies are transparent and let the pointer through, so a line never covers a data center's
 * title bar; boxes (2) sit on top of both.
 */
const DATA_CENTER_Z = 1;
const ELEMENT_Z = 2;

/** Every element node has one target handle covering it, so a line can be dropped anywhere on the box. */
export const TARGET_HANDLE = 'in';

const sourceHandleOf: Record<RelationKind, SourceHandle> = {
  nextHop: 'link',
  member: 'member',
  store: 'link',
  mirror: 'mirror',
  witness: 'witness',
  logShipping: 'logShipping',
  fileStore: 'link',
  share: 'link',
};

function sameBadge(a: Badge | null, b: Badge | null): boolean {
  return a === b || (!!a && !!b && a.severity === b.severity && a.count === b.count);
}

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  for (const key of Object.keys(a)) {
    const x = a[key];
    const y = b[key];
    if (x === y) continue;
    if (key === 'badge') {
      if (!sameBadge(x as Badge | null, y as Badge | null)) return false;
    } else if (JSON.stringify(x) !== JSON.stringify(y)) {
      return false;
    }
  }
  return Object.keys(a).length === Object.keys(b).length;
}

/** Keeps React Flow's measurements and the previous object when nothing visible changed. */
function reuse<T extends CanvasNode>(next: T, prev: CanvasNode | undefined): T {
  if (!prev || prev.type !== next.type) return next;
  const same =
    prev.position.x === next.position.x &&
    prev.position.y === next.position.y &&
    prev.parentId === next.parentId &&
    !!prev.selected === !!next.selected &&
    prev.width === next.width &&
    prev.height === next.height &&
    sameData(prev.data, next.data);
  if (same) return prev as T;
  return prev.measured ? { ...next, measured: prev.measured } : next;
}

export function deriveCanvas(
  doc: DesignDocument,
  findings: FindingsView,
  selected: ReadonlySet<string>,
  prev: CanvasView,
): CanvasView {
  const design = doc.design;
  const index = indexDesign(design);
  const prevNodes = new Map(prev.nodes.map((n) => [n.id, n]));
  const nodes: CanvasNode[] = [];

  // Parents first: React Flow needs a data center before the boxes inside it.
  design.dataCenters.forEach((dc, i) => {
    const l = doc.layout.nodes[dc.id] ?? defaultDataCenterLayout(i);
    const node: DataCenterNode = {
      id: dc.id,
      type: 'dataCenter',
      position: { x: l.x, y: l.y },
      width: l.width ?? DATA_CENTER_WIDTH,
      height: l.height ?? DATA_CENTER_HEIGHT,
      dragHandle: '.data-center-header',
      zIndex: DATA_CENTER_Z,
      selected: selected.has(dc.id),
      data: { name: dc.name, lyncSite: dc.lyncSite, badge: findings.badges.get(dc.id) ?? null },
    };
    nodes.push(reuse(node, prevNodes.get(dc.id)));
  });

  for (const kind of placeableKinds) {
    for (const element of design[collectionOf[kind]]) {
      if (!index.byId.has(element.id) || index.byId.get(element.id)!.element !== element) continue;
      const l = doc.layout.nodes[element.id] ?? { x: 0, y: 0 };
      const parentId = dataCenterOf(design, element.id) ?? undefined;
      const node: ElementNode = {
        id: element.id,
        type: 'element',
        position: { x: l.x, y: l.y },
        selected: selected.has(element.id),
        zIndex: ELEMENT_Z,
        data: { ...elementData(kind, element, index), badge: findings.badges.get(element.id) ?? null },
        ...(parentId ? { parentId } : {}),
      };
      nodes.push(reuse(node, prevNodes.get(element.id)));
    }
  }

  const prevEdges = new Map(prev.edges.map((e) => [e.id, e]));
  const edges = relationsOf(design).map((r: Relation) => {
    const edge: CanvasEdge = {
      id: r.id,
      type: 'relation',
      source: r.source,
      target: r.target,
      sourceHandle: sourceHandleOf[r.kind],
      targetHandle: TARGET_HANDLE,
      selected: selected.has(r.id),
      data: {
        kind: r.kind,
        roles: r.roles,
        slot: r.slot,
        poolId: r.poolId,
        badge: findings.linking(r.source, r.target),
        route: doc.layout.edges?.[r.id] ?? null,
      },
    };
    const before = prevEdges.get(r.id);
    return before &&
      before.source === edge.source &&
      before.target === edge.target &&
      !!before.selected === !!edge.selected &&
      sameData(before.data!, edge.data!)
      ? before
      : edge;
  });

  return { nodes, edges };
}
