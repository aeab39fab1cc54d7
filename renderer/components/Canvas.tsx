/**
 * The React Flow canvas, bound to the store. It passes the store's derived nodes and edges
 * straight through and hands every gesture back to the store; it decides nothing itself.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { Background, Controls, MiniMap, ReactFlow, useReactFlow, useStore } from '@xyflow/react';
import type { AriaLabelConfig, Connection, Edge, IsValidConnection, NodeMouseHandler } from '@xyflow/react';
import { READABLE_ZOOM } from '../canvas/first-view.ts';
import { useCanvasReady, useFirstView } from './use-first-view.ts';
import { useTranslation } from 'react-i18next';
import { planConnection } from '../model/connections.ts';
import { relationKinds } from '../model/relations.ts';
import type { CanvasEdge, CanvasNode } from '../canvas/derive.ts';
import { useEditor, useEditorStore } from '../state/context.tsx';
import { selectWhatIf } from '../state/selectors.ts';
import type { WhatIfMark } from '../whatif/whatif.ts';
import { useTheme } from '../theme/context.tsx';
import { useAccessibleNames } from './accessible-names.ts';
import { AlignmentGuides, useAlignmentGuides } from './AlignmentGuides.tsx';
import { ConnectionPreview } from './ConnectionPreview.tsx';
import { RelationEdge, markerId } from './edges/RelationEdge.tsx';
import { Legend } from './Legend.tsx';
import { ElementNode } from './nodes/ElementNode.tsx';
import { DataCenterNode } from './nodes/DataCenterNode.tsx';

const nodeTypes = { element: ElementNode, dataCenter: DataCenterNode };
const edgeTypes = { relation: RelationEdge };
const SNAP: [number, number] = [10, 10];
/** Small enough not to cover the boxes of the first view (the default is 200×150). */
const MINIMAP_SIZE = { width: 160, height: 110 };
const MULTI_SELECT_KEYS = ['Meta', 'Control'];
/**
 * Below this zoom a box's small print (chips, subtitles, line labels, dash patterns) is too
 * small to read; leaving it out keeps a large design fast to paint while dragging. Alignment
 * guides stop there too.
 */
const DETAIL_ZOOM = 0.45;

function ArrowMarkers() {
  return (
    <svg className="arrow-markers" aria-hidden="true">
      <defs>
        {relationKinds.map((kind) => (
          <marker
            key={kind}
            id={markerId(kind)}
            className={`marker marker-${kind}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerUnits="userSpaceOnUse"
            markerWidth="11"
            markerHeight="11"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" />
          </marker>
        ))}
      </defs>
    </svg>
  );
}

/** The kinds' colours and the data centers' fill, from the theme's custom properties (theme.css). */
const kindColours: Record<string, string> = {
  pool: 'var(--kind-pool)',
  server: 'var(--kind-server)',
  frontEndPool: 'var(--kind-front-end)',
  sqlInstance: 'var(--kind-sql)',
  fileStore: 'var(--kind-file-store)',
  share: 'var(--kind-share)',
};

/** Data centers as pale areas and boxes in their kind's colour, as on the canvas. */
function minimapColour(node: CanvasNode): string {
  return node.type === 'dataCenter'
    ? 'var(--minimap-data-center)'
    : (kindColours[node.data.kind] ?? 'var(--member)');
}

/**
 * Centres the elements the store asks for (a clicked finding, a found element), never below the
 * zoom at which their FQDNs are readable; a newly opened design gets its first view.
 */
function useFocusRequests() {
  const focus = useEditor((s) => s.focus);
  const { fitView } = useReactFlow();
  const showFirstView = useFirstView();
  useEffect(() => {
    if (!focus) return;
    const frame = requestAnimationFrame(() => {
      if (focus.ids.length === 0) return showFirstView();
      void fitView({
        nodes: focus.ids.map((id) => ({ id })),
        padding: 0.6,
        duration: 250,
        minZoom: READABLE_ZOOM,
        maxZoom: 1.25,
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [focus, fitView, showFirstView]);
  // The design shown when the page opens gets the same first view as one opened later.
  const ready = useCanvasReady();
  useEffect(() => {
    if (ready) showFirstView();
  }, [ready, showFirstView]);
}

/** React Flow's own words for screen readers and its controls, from the catalogue. */
function useFlowLabels(): Partial<AriaLabelConfig> {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('flow.nodeDescription'),
      'node.a11yDescription.keyboardDisabled': t('flow.nodeDescription'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
        t('flow.moved', { direction: t(`flow.directions.${direction}`), x: Math.round(x), y: Math.round(y) }),
      'edge.a11yDescription.default': t('flow.edgeDescription'),
      'controls.ariaLabel': t('flow.controls'),
      'controls.zoomIn.ariaLabel': t('actions.zoomIn'),
      'controls.zoomOut.ariaLabel': t('actions.zoomOut'),
      'controls.fitView.ariaLabel': t('actions.zoomToFit'),
      'controls.interactive.ariaLabel': t('flow.interactive'),
      'minimap.ariaLabel': t('flow.minimap'),
      'handle.ariaLabel': t('flow.handle'),
    }),
    [t],
  );
}

/** Only the boxes the outcome marks become new objects; the rest stay as derived. */
function withWhatIfMarks(nodes: CanvasNode[], marks: ReadonlyMap<string, WhatIfMark>): CanvasNode[] {
  if (marks.size === 0) return nodes;
  return nodes.map((n) => {
    const mark = marks.get(n.id);
    return mark ? ({ ...n, data: { ...n.data, whatIf: mark } } as CanvasNode) : n;
  });
}

export function Canvas() {
  const store = useEditorStore();
  const ariaLabelConfig = useFlowLabels();
  const { theme } = useTheme();
  const { nodes, edges } = useAccessibleNames(
    useEditor((s) => s.nodes),
    useEditor((s) => s.edges),
  );
  const snapToGrid = useEditor((s) => s.snapToGrid);
  const showMinimap = useEditor((s) => s.showMinimap);
  const wrapper = useRef<HTMLDivElement>(null);
  const zoomedOut = useStore((s) => s.transform[2] < DETAIL_ZOOM);
  const whatIf = useEditor(selectWhatIf);
  const shownNodes = useMemo(() => (whatIf ? withWhatIfMarks(nodes, whatIf.marks) : nodes), [nodes, whatIf]);
  useFocusRequests();

  // In what-if mode a click marks the element as failed (or back) instead of selecting it.
  const onNodeClick = useCallback<NodeMouseHandler<CanvasNode>>(
    (_, node) => {
      if (store.getState().whatIf.on) store.getState().toggleFailure(node.id);
    },
    [store],
  );

  const { onEdgesChange } = store.getState();
  const guides = useAlignmentGuides(store.getState().onNodesChange, DETAIL_ZOOM);
  const isValidConnection = useCallback<IsValidConnection<CanvasEdge>>(
    (c: Connection | Edge) =>
      planConnection(store.getState().doc.design, c.source, c.target, c.sourceHandle).ok,
    [store],
  );
  const onConnect = useCallback(
    (c: Connection) => {
      store.getState().connect(c.source, c.target, c.sourceHandle);
    },
    [store],
  );
  // The drop zones covering each box take the pointer only while a line is being drawn, so at
  // other times the box underneath can be dragged. A class on the wrapper, not React state, so
  // starting a line re-renders nothing.
  const onConnectStart = useCallback(() => wrapper.current?.classList.add('is-connecting'), []);
  const onConnectEnd = useCallback(() => wrapper.current?.classList.remove('is-connecting'), []);

  return (
    <div
      className={`canvas${zoomedOut ? ' is-zoomed-out' : ''}${whatIf ? ' is-what-if' : ''}`}
      ref={wrapper}
      data-testid="canvas"
    >
      <ArrowMarkers />
      <ReactFlow<CanvasNode, CanvasEdge>
        nodes={shownNodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={guides.onNodesChange}
        onNodeDragStart={guides.onNodeDragStart}
        onNodeDragStop={guides.onNodeDragStop}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onNodeClick={onNodeClick}
        elementsSelectable={!whatIf}
        nodesDraggable={!whatIf}
        nodesConnectable={!whatIf}
        onConnectStart={onConnectStart}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        connectionLineComponent={ConnectionPreview}
        connectionRadius={30}
        zIndexMode="manual"
        ariaLabelConfig={ariaLabelConfig}
        colorMode={theme}
        snapToGrid={snapToGrid}
        snapGrid={SNAP}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        minZoom={0.05}
        maxZoom={2.5}
      >
        <Background gap={20} />
        {showMinimap && (
          <MiniMap<CanvasNode>
            pannable
            zoomable
            className="minimap"
            style={MINIMAP_SIZE}
            nodeColor={minimapColour}
          />
        )}
        <Controls showInteractive={false} position="top-left" />
        <Legend />
        <AlignmentGuides feed={guides.feed} />
      </ReactFlow>
    </div>
  );
}
