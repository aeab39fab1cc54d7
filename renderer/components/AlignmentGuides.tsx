/**
 * Alignment guides on the canvas (the geometry is renderer/canvas/guides.ts). The drag's position
 * changes pass through here on their way to the store, moved onto a guide when one is near; the
 * guides themselves are drawn by one SVG in the viewport, which alone re-renders during a drag.
 */
import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import { useStoreApi, ViewportPortal } from '@xyflow/react';
import type { InternalNode, NodeChange, OnNodeDrag } from '@xyflow/react';
import type { CanvasNode } from '../canvas/derive.ts';
import { guideLines, snapToGuides } from '../canvas/guides.ts';
import type { Box, Guide, GuideLines } from '../canvas/guides.ts';

/** How near, in screen pixels, an edge must come to a guide to snap onto it. */
const SNAP_PX = 5;

/** The guides being drawn, shared by the drag handlers and the layer without React state. */
function guideFeed() {
  let guides: readonly Guide[] = [];
  const listeners = new Set<() => void>();
  return {
    get: () => guides,
    set(next: readonly Guide[]) {
      if (next.length === 0 && guides.length === 0) return;
      guides = next;
      for (const l of listeners) l();
    },
    subscribe(l: () => void) {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
  };
}
type GuideFeed = ReturnType<typeof guideFeed>;

function boxOf(n: InternalNode<CanvasNode>): Box {
  const p = n.internals.positionAbsolute;
  return { x: p.x, y: p.y, width: n.measured.width ?? 0, height: n.measured.height ?? 0 };
}

interface DragSession {
  lines: GuideLines;
  tolerance: number;
  /** The box under the pointer, whose lines are matched; the rest of a multi-selection follows it. */
  lead: string;
}

/**
 * Wraps the store's onNodesChange with guide snapping, and gives the drag handlers and the layer
 * that draws the guides. Below `minZoom` there are no guides: a box there is a few pixels
 * wide, so 5 px is more than its own width and every drop would jump onto some other box's line.
 */
export function useAlignmentGuides(
  onNodesChange: (changes: NodeChange<CanvasNode>[]) => void,
  minZoom: number,
) {
  const rf = useStoreApi<CanvasNode>();
  const feed = useMemo(() => guideFeed(), []);
  const session = useRef<DragSession | null>(null);

  const onNodeDragStart = useCallback<OnNodeDrag<CanvasNode>>(
    (_, node, dragged) => {
      if (node.type !== 'element') return;
      const { nodeLookup, transform, width, height } = rf.getState();
      const [tx, ty, zoom] = transform;
      if (zoom < minZoom) return;
      const view = { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom };
      const moving = new Set(dragged.map((n) => n.id));
      const others: Box[] = [];
      for (const n of nodeLookup.values()) {
        if (n.type !== 'element' || moving.has(n.id)) continue;
        const b = boxOf(n);
        const inView =
          b.x < view.x + view.width &&
          b.x + b.width > view.x &&
          b.y < view.y + view.height &&
          b.y + b.height > view.y;
        if (inView) others.push(b);
      }
      session.current = { lines: guideLines(others), tolerance: SNAP_PX / zoom, lead: node.id };
    },
    [rf, minZoom],
  );

  const onNodeDragStop = useCallback<OnNodeDrag<CanvasNode>>(() => {
    session.current = null;
    feed.set([]);
  }, [feed]);

  const snappingOnNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      const s = session.current;
      const lead = s && changes.find((c) => c.type === 'position' && c.id === s.lead && c.position);
      const internal = lead && rf.getState().nodeLookup.get(s.lead);
      if (!s || !lead || lead.type !== 'position' || !lead.position || !internal)
        return onNodesChange(changes);
      // The change holds the position relative to the box's data center; the guides are absolute.
      const parent = internal.parentId ? rf.getState().nodeLookup.get(internal.parentId) : undefined;
      const origin = parent?.internals.positionAbsolute ?? { x: 0, y: 0 };
      const box = { ...boxOf(internal), x: origin.x + lead.position.x, y: origin.y + lead.position.y };
      const snap = snapToGuides(box, s.lines, s.tolerance);
      feed.set(lead.dragging === false ? [] : snap.guides);
      if (snap.dx === 0 && snap.dy === 0) return onNodesChange(changes);
      onNodesChange(
        changes.map((c) =>
          c.type === 'position' && c.position
            ? { ...c, position: { x: c.position.x + snap.dx, y: c.position.y + snap.dy } }
            : c,
        ),
      );
    },
    [onNodesChange, rf, feed],
  );

  return { onNodesChange: snappingOnNodesChange, onNodeDragStart, onNodeDragStop, feed };
}

/** The guides of the drag under way, in canvas units inside the viewport. */
export function AlignmentGuides({ feed }: { feed: GuideFeed }) {
  const guides = useSyncExternalStore(feed.subscribe, feed.get);
  if (guides.length === 0) return null;
  return (
    <ViewportPortal>
      <svg className="alignment-guides" data-testid="alignment-guides" aria-hidden="true">
        {guides.map((g, i) =>
          g.axis === 'vertical' ? (
            <line key={i} data-axis="vertical" x1={g.at} x2={g.at} y1={g.from} y2={g.to} />
          ) : (
            <line key={i} data-axis="horizontal" x1={g.from} x2={g.to} y1={g.at} y2={g.at} />
          ),
        )}
      </svg>
    </ViewportPortal>
  );
}
