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

interface Named<T> {
  /** What the name was worked out from: while both are the same, so is the name. */
  design: Design;
  t: TFunction;
  out: T;
}

function named<T extends CanvasNode | CanvasEdge>(
  items: T[],
  cache: WeakMap<object, Named<T>>,
  design: Design,
  t: TFunction,
  name: (item: T) => string,
): T[] {
  return items.map((item) => {
    const hit = cache.get(item);
    // While a box is dragged only its own object is new; the others are answered from the cache.
    if (hit && hit.design === design && hit.t === t) return hit.out;
    // A new design may rename an end (and so its lines); the object is kept while the name holds.
    const ariaLabel = name(item);
    const out = hit?.out.ariaLabel === ariaLabel ? hit.out : { ...item, ariaLabel };
    cache.set(item, { design, t, out });
    return out;
  });
}

export function useAccessibleNames(nodes: CanvasNode[], edges: CanvasEdge[]) {
  const { t } = useTranslation();
  const design = useEditor((s) => s.doc.design);
  const caches = useMemo(
    () => ({
      nodes: new WeakMap<object, Named<CanvasNode>>(),
      edges: new WeakMap<object, Named<CanvasEdge>>(),
    }),
    [],
  );
  return {
    nodes: useMemo(
      () => named(nodes, caches.nodes, design, t, (n) => nodeName(n, design, t)),
      [nodes, caches, design, t],
    ),
    edges: useMemo(
      () => named(edges, caches.edges, design, t, (e) => edgeName(e, design, t)),
      [edges, caches, design, t],
    ),
  };
}
