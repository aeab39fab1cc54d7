/** Shows the first view of the design on the canvas (renderer/canvas/first-view.ts). */
import { useCallback } from 'react';
import { useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/model/layout.ts';
import { canvasBounds, firstView } from '../canvas/first-view.ts';
import { useEditorStore } from '../state/context.tsx';

const nominal = { width: NODE_WIDTH, height: NODE_HEIGHT };

/** Whether the canvas has a size and can be panned and zoomed, so that a view can be set. */
export function useCanvasReady(): boolean {
  return useStore((s) => s.width > 0 && s.height > 0 && !!s.panZoom);
}

export function useFirstView(): () => void {
  const { setViewport } = useReactFlow();
  const rf = useStoreApi();
  const editor = useEditorStore();
  return useCallback(() => {
    const { width, height } = rf.getState();
    const nodes = editor.getState().nodes;
    const bounds = canvasBounds(nodes, nominal);
    if (!bounds || width === 0 || height === 0) return;
    // Empty data centers have no FQDN to read: they are shown whole, however small.
    const empty = !nodes.some((n) => n.type === 'element');
    void setViewport(firstView(bounds, { width, height }, empty ? { minZoom: 0 } : {}));
  }, [setViewport, rf, editor]);
}
