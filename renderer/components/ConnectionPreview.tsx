/**
 * The line while the planner draws a connection. Over a box it says what dropping there would
 * do, or why the model refuses it, before the mouse is released.
 */
import { getBezierPath, useStore } from '@xyflow/react';
import type { ConnectionLineComponentProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { indexDesign } from '../../shared/model/design-index.ts';
import type { Design } from '../../shared/model/types.ts';
import { planConnection } from '../model/connections.ts';
import type { ConnectionPlan } from '../model/connections.ts';
import type { CanvasNode } from '../canvas/derive.ts';
import { useEditor } from '../state/context.tsx';

function describe(plan: ConnectionPlan, design: Design, t: TFunction): string {
  if (!plan.ok) return t(`refusals.${plan.refusal.reason}`, plan.refusal.params);
  const index = indexDesign(design);
  const i = plan.intent;
  switch (i.kind) {
    case 'nextHop':
      return t('intents.nextHop', { pool: index.label(i.poolId), target: index.label(i.frontEndPoolId) });
    case 'member':
      return t('intents.member', { server: index.label(i.serverId), pool: index.label(i.poolId) });
    case 'store':
      return t('intents.store', {
        instance: index.label(i.instanceId),
        role: t(`roles.${i.role}`),
        pool: index.label(i.poolId),
      });
    case 'mirror':
      return t('intents.mirror', {
        instance: index.label(i.mirrorId),
        principal: index.label(i.principalId),
        role: t(`roles.${i.role}`),
      });
    case 'witness':
      return t('intents.witness', {
        instance: index.label(i.witnessId),
        principal: index.label(i.principalId),
        role: t(`roles.${i.role}`),
      });
    case 'logShipping':
      return t('intents.logShipping', {
        primary: index.label(i.primaryId),
        secondary: index.label(i.secondaryId),
        role: t(`roles.${i.role}`),
      });
    case 'fileStore':
      return t('intents.fileStore', { pool: index.label(i.poolId), target: index.label(i.fileStoreId) });
    case 'share':
      return t('intents.share', {
        pool: index.label(i.poolId),
        target: index.label(i.shareId),
        slot: t(`slots.${i.slot}`),
      });
  }
}

export function ConnectionPreview(props: ConnectionLineComponentProps<CanvasNode>) {
  const { fromX, fromY, toX, toY, fromPosition, toPosition, fromNode, fromHandle, toNode } = props;
  const { t } = useTranslation();
  const design = useEditor((s) => s.doc.design);
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
  const plan =
    toNode && toNode.id !== fromNode.id
      ? planConnection(design, fromNode.id, toNode.id, fromHandle.id)
      : null;
  const state = plan ? (plan.ok ? 'is-allowed' : 'is-refused') : '';
  return (
    <g className={`connection-preview connection-${fromHandle.id ?? 'link'} ${state}`}>
      <path d={path} fill="none" />
      {plan && (
        <foreignObject
          x={toX + 14 / zoom}
          y={toY + 14 / zoom}
          width={280 / zoom}
          height={120 / zoom}
          className="connection-tooltip-box"
        >
          <div
            role="tooltip"
            className={`connection-tooltip ${state}`}
            data-testid="connection-tooltip"
            data-allowed={plan.ok ? 'true' : 'false'}
            style={{ transform: `scale(${1 / zoom})`, transformOrigin: '0 0' }}
          >
            {describe(plan, design, t)}
          </div>
        </foreignObject>
      )}
    </g>
  );
}
