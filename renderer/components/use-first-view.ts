/** Shows the first view of the design on the canvas (renderer/canvas/first-view.ts). */
import { useCallback } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { firstView, READABLE_ZOOM } from '../canvas/first-view.ts';

export function useFirstView(): () => Promise<void> {
  const flow = useReactFlow();
  const rf = useStoreApi();
  return useCallback(async () => {
    // fitView waits until every box has been measured; the bounds are only right after that.
    await flow.fitView({ duration: 0, minZoom: READABLE_ZOOM });
    const nodes = flow.getNodes();
    if (nodes.length === 0) return;
    const { width, height } = rf.getState();
    await flow.setViewport(firstView(flow.getNodesBounds(nodes), { width, height }));
  }, [flow, rf]);
}
