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
    const bounds = canvasBounds(editor.getState().nodes, nominal);
    if (!bounds || width === 0 || height === 0) return;
    void setViewport(firstView(bounds, { width, height }));
  }, [setViewport, rf, editor]);
}
