/**
 * The line while the planner draws a connection. Over a box it says what dropping there would
 * do, or why the model refuses it, before the mouse is released; when the model accepts the line
 * but the rules would reject the result, it names the errors the line would add.
 */
import { useMemo } from 'react';
import { getBezierPath, useStore } from '@xyflow/react';
import type { ConnectionLineComponentProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { errorsOfConnection } from '../model/connection-findings.ts';
import { describeConnection } from '../model/connection-text.ts';
import { planConnection } from '../model/connections.ts';
import type { CanvasNode } from '../canvas/derive.ts';
import { useEditor } from '../state/context.tsx';

export function ConnectionPreview(props: ConnectionLineComponentProps<CanvasNode>) {
  const { fromX, fromY, toX, toY, fromPosition, toPosition, fromNode, fromHandle, toNode } = props;
  const { t } = useTranslation();
  const design = useEditor((s) => s.doc.design);
  const locale = useEditor((s) => s.locale);
  // The tooltip keeps its screen size whatever the zoom: it is drawn in canvas units, so it is scaled back.
  const zoom = useStore((s) => s.transform[2]);
  const [path] = getBezierPath({
    sourceX: fromX,
    sourceY: fromY,
    sourcePosition: fromPosition,
    targetX: toX,
    targetY: toY,
    targetPosition: toPosition,
  });
  const fromId = fromNode.id;
  const toId = toNode && toNode.id !== fromId ? toNode.id : null;
  const handle = fromHandle.id ?? null;
  // React Flow renders this on every pointer move; the rules run once per pair of ends it rests on.
  const { plan, text, errors } = useMemo(() => {
    if (!toId) return { plan: null, text: '', errors: [] };
    const plan = planConnection(design, fromId, toId, handle);
    const errors = plan.ok ? errorsOfConnection(design, plan.intent, { fromId, toId }, locale) : [];
    return { plan, text: describeConnection(plan, design, t), errors };
  }, [design, fromId, toId, handle, locale, t]);
  const verdict = !plan ? null : !plan.ok ? 'refused' : errors.length > 0 ? 'flagged' : 'allowed';
  const state = verdict ? `is-${verdict}` : '';
  return (
    <g className={`connection-preview connection-${fromHandle.id ?? 'link'} ${state}`}>
      <path d={path} fill="none" />
      {plan && (
        <foreignObject
          x={toX + 14 / zoom}
          y={toY + 14 / zoom}
          width={320 / zoom}
          height={(errors.length > 0 ? 260 : 120) / zoom}
          className="connection-tooltip-box"
        >
          <div
            role="tooltip"
            className={`connection-tooltip ${state}`}
            data-testid="connection-tooltip"
            data-allowed={plan.ok ? 'true' : 'false'}
            data-verdict={verdict ?? undefined}
            style={{ transform: `scale(${1 / zoom})`, transformOrigin: '0 0' }}
          >
            {text}
            {errors.length > 0 && (
              <>
                <strong className="connection-tooltip-warning">
                  {t('safety.previewErrors', { count: errors.length })}
                </strong>
                <ul>
                  {errors.map((f, i) => (
                    <li key={`${f.ruleId}-${i}`} data-rule={f.ruleId}>
                      {f.ruleId}: {f.message}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        </foreignObject>
      )}
    </g>
  );
}
