/** The Auto-arrange command and paste as the store runs them: one undo step, routes kept honest. */
import { describe, expect, test } from 'vitest';
import type { NodeChange } from '@xyflow/react';
import type { CanvasNode } from '../../renderer/canvas/derive.ts';
import { templateDocument } from '../../renderer/model/templates.ts';
import { createEditorStore } from '../../renderer/state/editor-store.ts';
import type { EditorStore } from '../../renderer/state/editor-store.ts';
import { outsideTheirDataCenter, overlappingPairs } from '../support/layout-geometry.ts';

function piled(): EditorStore {
  const doc = templateDocument('high-bandwidth');
  const nodes = { ...doc.layout.nodes };
  for (const id of ['pc2', 'pc3']) nodes[id] = { ...nodes['pc1']! };
  return createEditorStore({ ...doc, layout: { nodes } });
}

function dragEnd(store: EditorStore, id: string, position: { x: number; y: number }) {
  const changes: NodeChange<CanvasNode>[] = [{ type: 'position', id, position, dragging: false }];
  store.getState().onNodesChange(changes);
}

describe('Auto-arrange', () => {
  test('lays the design out with no box on another and every line routed, as one undo step, then fits the view', () => {
    const store = piled();
    const before = store.getState().doc;
    expect(overlappingPairs(before).length).toBeGreaterThan(0);
    const focus = store.getState().focus?.seq ?? 0;
    store.getState().autoArrange();
    const s = store.getState();
    expect(s.doc.design).toBe(before.design);
    expect(overlappingPairs(s.doc)).toEqual([]);
    expect(outsideTheirDataCenter(s.doc)).toEqual([]);
    expect(s.edges.every((e) => e.data?.route)).toBe(true);
    expect(s.focus).toEqual({ ids: [], seq: focus + 1 });
    expect(s.history.past).toHaveLength(1);
    s.undo();
    expect(store.getState().doc).toBe(before);
  });

  test('a box moved by hand loses the routes of its own lines and keeps the others', () => {
    const store = piled();
    store.getState().autoArrange();
    const at = store.getState().doc.layout.nodes['pc1']!;
    dragEnd(store, 'pc1', { x: at.x + 7, y: at.y });
    const edges = new Map(store.getState().edges.map((e) => [e.id, e]));
    expect(edges.get('member:pc1')?.data?.route).toBeNull();
    expect(edges.get('member:pc5')?.data?.route).not.toBeNull();
  });

  test('a paste is arranged as a block inside its data center, on no other box', () => {
    const store = createEditorStore(templateDocument('high-bandwidth'));
    store.getState().select(['sql-mgc', 'sql-mgc-mirror', 'pc1']);
    store.getState().copySelection();
    store.getState().paste();
    const s = store.getState();
    expect(s.selection).toHaveLength(3);
    expect(overlappingPairs(s.doc)).toEqual([]);
    expect(outsideTheirDataCenter(s.doc)).toEqual([]);
    expect(s.history.past).toHaveLength(1);
  });
});
