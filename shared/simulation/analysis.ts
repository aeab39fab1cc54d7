/**
 * Everything the simulation works out about one pool under one set of failures, computed once
 * and then read by the parts that phrase conclusions, losses and steps.
 */
import { indexDesign } from '../model/design-index.ts';
import type { DesignIndex } from '../model/design-index.ts';
import type { Design, PersistentChatPool, PersistentChatServer, Share, SqlInstance } from '../model/types.ts';
import { serversOf } from '../model/queries.ts';
import { logShippingWindow } from './data-loss.ts';
import type { DataLossEstimate } from './data-loss.ts';
import { decideChatDatabase, decideComplianceDatabase, storesOf } from './database.ts';
import type { ComplianceDecision, DatabaseDecision, StoreInstances } from './database.ts';
import { failedElements } from './failures.ts';
import { healthAfter } from './health.ts';
import type { Health } from './health.ts';
import { placeServers } from './placement.ts';
import type { Placement } from './placement.ts';
import type { FailedElement, FailureSet, LogShippingState } from './types.ts';

export type LogShippingReason =
  | { kind: 'running'; fromMirror: boolean }
  | { kind: 'not-configured' }
  | { kind: 'failed-over' }
  | { kind: 'no-database' }
  | { kind: 'backup-lost' }
  | { kind: 'no-share'; which: 'log-backup' | 'log-copy' }
  | { kind: 'share-lost'; share: Share }
  | { kind: 'link'; share: Share };

export interface Analysis {
  design: Design;
  index: DesignIndex;
  pool: PersistentChatPool;
  health: Health;
  failed: FailedElement[];
  servers: readonly PersistentChatServer[];
  chatStores: StoreInstances;
  chat: DatabaseDecision;
  complianceStores: StoreInstances;
  compliance: ComplianceDecision;
  placement: Placement;
  dataLoss: DataLossEstimate | null;
  logShipping: { state: LogShippingState; reason: LogShippingReason };
}

function shareOf(index: DesignIndex, id: string | null): Share | undefined {
  const hit = id ? index.byId.get(id) : undefined;
  return hit?.kind === 'share' ? (hit.element as Share) : undefined;
}

/**
 * Log shipping runs while the pool is Normal and the serving copy of mgc can write to the
 * log-backup share, and the backup store can read that share and reach its copy folder.
 */
function logShippingAfter(
  index: DesignIndex,
  health: Health,
  pool: PersistentChatPool,
  stores: StoreInstances,
  chat: DatabaseDecision,
): Analysis['logShipping'] {
  if (!stores.backup) return { state: 'not-configured', reason: { kind: 'not-configured' } };
  if (chat.poolState === 'FailedOver') return { state: 'stopped', reason: { kind: 'failed-over' } };
  const source: SqlInstance | undefined = chat.after.instance;
  if (!source) return { state: 'stopped', reason: { kind: 'no-database' } };
  if (!health.up(stores.backup)) return { state: 'stopped', reason: { kind: 'backup-lost' } };
  const logShare = shareOf(index, pool.logShipping.backupShareId);
  const copyShare = shareOf(index, pool.logShipping.copyShareId);
  if (!logShare) return { state: 'stopped', reason: { kind: 'no-share', which: 'log-backup' } };
  if (!copyShare) return { state: 'stopped', reason: { kind: 'no-share', which: 'log-copy' } };
  for (const share of [logShare, copyShare]) {
    if (!health.up(share)) return { state: 'stopped', reason: { kind: 'share-lost', share } };
  }
  const reaches = (from: SqlInstance, share: Share) => health.connected(from, share);
  if (!reaches(source, logShare)) return { state: 'stopped', reason: { kind: 'link', share: logShare } };
  if (!reaches(stores.backup, logShare))
    return { state: 'stopped', reason: { kind: 'link', share: logShare } };
  if (!reaches(stores.backup, copyShare))
    return { state: 'stopped', reason: { kind: 'link', share: copyShare } };
  return { state: 'running', reason: { kind: 'running', fromMirror: chat.after.serving === 'mirror' } };
}

/** What was lost and what still runs: the same for every pool, so simulateAll works it out once. */
export interface Aftermath {
  index: DesignIndex;
  failed: FailedElement[];
  health: Health;
}

/** Throws ScenarioError when the failures name what the design does not have. */
export function aftermathOf(design: Design, failures: FailureSet): Aftermath {
  const index = indexDesign(design);
  return { index, failed: failedElements(index, failures), health: healthAfter(index, failures) };
}

export function analyse(pool: PersistentChatPool, { index, failed, health }: Aftermath): Analysis {
  const design = index.design;
  const servers = serversOf(index, pool);
  const chatStores = storesOf(index, pool, 'chat');
  const chat = decideChatDatabase(health, chatStores);
  const complianceStores = storesOf(index, pool, 'compliance');
  const compliance = decideComplianceDatabase(health, pool, complianceStores, chat.poolState);
  const placement = placeServers(design, health, servers, chat.immediately.instance, chat.after.instance);
  const dataLoss =
    chat.after.serving === 'backup' && chat.after.instance
      ? logShippingWindow(index, health, pool, chat.after.instance)
      : null;
  return {
    design,
    index,
    pool,
    health,
    failed,
    servers,
    chatStores,
    chat,
    complianceStores,
    compliance,
    placement,
    dataLoss,
    logShipping: logShippingAfter(index, health, pool, chatStores, chat),
  };
}
