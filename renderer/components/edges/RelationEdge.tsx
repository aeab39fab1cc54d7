/**
 * One connection line. Its kind sets its look (CSS class `relation-<kind>`, the same one the
 * legend draws), its roles label it, and a finding that names both ends puts a badge on it.
 * In what-if mode a line with a lost end is greyed like the box it touches; the line reads
 * only that one yes or no from the store, so marking a box re-renders only its own lines.
 * After auto-arrange a line follows its stored route around the boxes, label where the route
 * puts it; without one it is drawn from handle to handle.
 */
import { memo } from 'react';
import { BaseEdge, getBezierPath } from '@xyflow/react';
import type { EdgeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { Severity } from '../../../shared/model/types.ts';
import type { CanvasEdge } from '../../canvas/derive.ts';
import { useEditor } from '../../state/context.tsx';
import { selectWhatIf } from '../../state/selectors.ts';
import { touchesFailed } from '../../whatif/whatif.ts';
import { routedPath } from './routed-path.ts';

/** The badge's outline says its severity without colour: circle (error), triangle (warning), square (info). */
function EdgeBadgeShape({ severity }: { severity: Severity }) {
  if (severity === 'warning') return <path d="M0,-10 L10,8 L-10,8 Z" data-shape="triangle" />;
  if (severity === 'info') return <rect x={-8} y={-8} width={16} height={16} rx={2} data-shape="square" />;
  return <circle r={8} data-shape="circle" />;
}

/** Arrowheads are defined once per kind by the canvas (see ArrowMarkers). */
export const markerId = (kind: string) => `pchat-arrow-${kind}`;

function RelationEdgeView(props: EdgeProps<CanvasEdge>) {
  const { t } = useTranslation();
  const { id, source, target, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition } = props;
  const { data, selected } = props;
  const lost = useEditor((s) => {
    const view = selectWhatIf(s);
    return view !== null && touchesFailed(view.marks, source, target);
  });
  const [path, labelX, labelY] = data?.route
    ? routedPath(data.route)
    : getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  if (!data) return null;
  const parts: string[] = [];
  if (data.kind === 'share' && data.slot) parts.push(t(`slots.${data.slot}`));
  else if (data.kind !== 'member') parts.push(t(`relations.${data.kind}`));
  if (
    data.roles.length > 0 &&
    (data.kind !== 'logShipping' || data.roles.length > 1 || data.roles[0] !== 'backup')
  ) {
    parts.push(data.roles.map((r) => t(`roles.${r}`)).join(' + '));
  }
  const label = parts.join(' · ');
  return (
    <g
      className={`relation relation-${data.kind}${selected ? ' is-selected' : ''}${lost ? ' whatif-failed' : ''}`}
      data-testid={`edge-${id}`}
      data-whatif={lost ? 'failed' : undefined}
      data-routed={data.route ? 'true' : undefined}
    >
      <BaseEdge
        id={id}
        path={path}
        markerEnd={data.kind === 'member' ? undefined : `url(#${markerId(data.kind)})`}
        interactionWidth={14}
        {...(label
          ? {
              label,
              labelX,
              labelY,
              labelShowBg: true,
              labelBgPadding: [4, 2] as [number, number],
              labelBgBorderRadius: 3,
            }
          : {})}
      />
      {data.badge && (
        <g
          className={`edge-badge badge-${data.badge.severity}`}
          transform={`translate(${labelX}, ${labelY - (label ? 16 : 0)})`}
        >
          <title>{t(`badge.${data.badge.severity}`, { count: data.badge.count })}</title>
          <EdgeBadgeShape severity={data.badge.severity} />
          <text textAnchor="middle" dy="0.35em">
            {data.badge.count}
          </text>
        </g>
      )}
    </g>
  );
}

export const RelationEdge = memo(RelationEdgeView);
