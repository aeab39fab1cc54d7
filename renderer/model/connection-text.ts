/**
 * What the connection preview says: what dropping the line would do, or why the model refuses
 * it. Every placeholder of a message is filled from the plan (the i18n test renders them all).
 */
import type { TFunction } from 'i18next';
import { indexDesign } from '../../shared/model/design-index.ts';
import type { Design } from '../../shared/model/types.ts';
import type { ConnectionPlan } from './connections.ts';

export function describeConnection(plan: ConnectionPlan, design: Design, t: TFunction): string {
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
