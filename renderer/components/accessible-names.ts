/**
 * What a screen reader calls each box and line: the planner's names, not internal ids. A line
 * reads as "Mirroring: sqlpc1.contoso.com\PCH → sqlpc2.contoso.com\PCH". Names are kept per node
 * and edge object, so an unchanged box or line stays the very object it was and is not redrawn.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { indexDesign } from '../../shared/model/design-index.ts';
import type { Design } from '../../shared/model/types.ts';
import type { CanvasEdge, CanvasNode } from '../canvas/derive.ts';
import { useEditor } from '../state/context.tsx';

export function edgeName(edge: CanvasEdge, design: Design, t: TFunction): string {
  const index = indexDesign(design);
  const data = edge.data;
  const kind = !data
    ? ''
    : data.kind === 'share' && data.slot
      ? t(`slots.${data.slot}`)
      : t(`relations.${data.kind}`);
  return t('a11y.edge', { kind, from: index.label(edge.source), to: index.label(edge.target) });
}

export function nodeName(node: CanvasNode, design: Design, t: TFunction): string {
  if (node.type === 'dataCenter') return `${t('kinds.dataCenter')}: ${node.data.name}`;
  return `${t(`kinds.${node.data.kind}`)}: ${indexDesign(design).label(node.id)}`;
}

function named<T extends CanvasNode | CanvasEdge>(
  items: T[],
  cache: WeakMap<object, T>,
  name: (item: T) => string,
): T[] {
  return items.map((item) => {
    // The name is worked out every time (a renamed end renames its lines), the object kept while it holds.
    const ariaLabel = name(item);
    const hit = cache.get(item);
    if (hit?.ariaLabel === ariaLabel) return hit;
    const next = { ...item, ariaLabel };
    cache.set(item, next);
    return next;
  });
}

export function useAccessibleNames(nodes: CanvasNode[], edges: CanvasEdge[]) {
  const { t } = useTranslation();
  const design = useEditor((s) => s.doc.design);
  const caches = useMemo(
    () => ({ nodes: new WeakMap<object, CanvasNode>(), edges: new WeakMap<object, CanvasEdge>() }),
    [],
  );
  return {
    nodes: useMemo(
      () => named(nodes, caches.nodes, (n) => nodeName(n, design, t)),
      [nodes, caches, design, t],
    ),
    edges: useMemo(
      () => named(edges, caches.edges, (e) => edgeName(e, design, t)),
      [edges, caches, design, t],
    ),
  };
}
