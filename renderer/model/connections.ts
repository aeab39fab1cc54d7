/**
 * What drawing a line from one element to another means in the design, decided before the line
 * is dropped: the canvas asks `planConnection` while the planner drags, shows the refusal's
 * reason beside the pointer, and applies the plan only when it is allowed.
 *
 * Refusals are limited to connections that cannot mean anything in the model (a mirror of an
 * instance that is no store, a witness without a mirror, log shipping from a single-computer
 * pool). Whatever the model can hold, right or wrong, is allowed and left to the rules.
 */
import { indexDesign } from '../../shared/model/design-index.ts';
import type { DesignIndex } from '../../shared/model/design-index.ts';
import { updateElement, updateStore } from '../../shared/model/edit.ts';
import { storeRoleNames } from '../../shared/model/schema.ts';
import type { Design, PersistentChatPool, StoreRole } from '../../shared/model/types.ts';
import { rolesInUse } from '../../shared/model/queries.ts';
import { DEFAULT_MIRRORING_PORT, DEFAULT_WITNESS_PORT } from '../../shared/model/product.ts';
import { defaultShareName } from './factories.ts';
import { backupOf, setShareSlot, shareOfSlot, shareSlots, shippedFrom } from './relations.ts';
import type { ShareSlot } from './relations.ts';

/** The handles a line can start from: a pool links to anything it uses; SQL instances mirror, witness and ship logs. */
export const sourceHandles = ['link', 'member', 'mirror', 'witness', 'logShipping'] as const;
export type SourceHandle = (typeof sourceHandles)[number];

export type ConnectionIntent =
  | { kind: 'nextHop'; poolId: string; frontEndPoolId: string }
  | { kind: 'member'; poolId: string; serverId: string }
  | { kind: 'store'; poolId: string; role: StoreRole; instanceId: string }
  | { kind: 'mirror'; poolId: string; role: StoreRole; principalId: string; mirrorId: string }
  | { kind: 'witness'; poolId: string; role: StoreRole; principalId: string; witnessId: string }
  | { kind: 'logShipping'; poolId: string; role: StoreRole; primaryId: string; secondaryId: string }
  | { kind: 'fileStore'; poolId: string; fileStoreId: string }
  | { kind: 'share'; poolId: string; shareId: string; slot: ShareSlot };

export const refusalReasons = [
  'self',
  'missing',
  'unsupported',
  'alreadyConnected',
  'storesFull',
  'notAStore',
  'alreadyMirrored',
  'witnessNeedsMirror',
  'alreadyWitnessed',
  'notShippable',
  'singleComputer',
  'alreadyShipping',
  'sharesFull',
] as const;
export type RefusalReason = (typeof refusalReasons)[number];

export interface Refusal {
  reason: RefusalReason;
  /** Names for the message, already in the planner's words (FQDNs, server\instance). */
  params: Record<string, string>;
}

export type ConnectionPlan = { ok: true; intent: ConnectionIntent } | { ok: false; refusal: Refusal };

const refuse = (reason: RefusalReason, params: Record<string, string> = {}): ConnectionPlan => ({
  ok: false,
  refusal: { reason, params },
});
const allow = (intent: ConnectionIntent): ConnectionPlan => ({ ok: true, intent });

/** The store roles for which `instanceId` is the store itself (not its mirror or witness). */
function storeRolesOf(index: DesignIndex, instanceId: string) {
  return (index.rolesByInstance.get(instanceId) ?? []).filter((r) => r.part === 'instance');
}

function planFromPool(index: DesignIndex, pool: PersistentChatPool, targetId: string): ConnectionPlan {
  const target = index.byId.get(targetId);
  if (!target) return refuse('missing');
  const names = { from: index.label(pool.id), to: index.label(targetId) };
  switch (target.kind) {
    case 'frontEndPool':
      if (pool.nextHopId === targetId) return refuse('alreadyConnected', names);
      return allow({ kind: 'nextHop', poolId: pool.id, frontEndPoolId: targetId });
    case 'server':
      return planMember(index, targetId, pool.id);
    case 'fileStore':
      if (pool.fileStoreId === targetId) return refuse('alreadyConnected', names);
      return allow({ kind: 'fileStore', poolId: pool.id, fileStoreId: targetId });
    case 'share': {
      if (shareSlots.some((slot) => shareOfSlot(pool, slot) === targetId)) {
        return refuse('alreadyConnected', names);
      }
      const purpose = index.design.shares.find((s) => s.id === targetId)?.purpose;
      const slot =
        purpose && !shareOfSlot(pool, purpose) ? purpose : shareSlots.find((s) => !shareOfSlot(pool, s));
      if (!slot) return refuse('sharesFull', names);
      return allow({ kind: 'share', poolId: pool.id, shareId: targetId, slot });
    }
    case 'sqlInstance': {
      // The first empty store the pool's options call for; a backup is never its own source.
      const role = rolesInUse(pool).find((r) => {
        const from = shippedFrom[r];
        return !pool.stores[r].sqlInstanceId && !(from && pool.stores[from].sqlInstanceId === targetId);
      });
      if (!role) {
        return storeRoleNames.some((r) => pool.stores[r].sqlInstanceId === targetId)
          ? refuse('alreadyConnected', names)
          : refuse('storesFull', names);
      }
      return allow({ kind: 'store', poolId: pool.id, role, instanceId: targetId });
    }
    default:
      return refuse('unsupported', names);
  }
}

function planMember(index: DesignIndex, serverId: string, poolId: string): ConnectionPlan {
  const server = index.design.servers.find((s) => s.id === serverId);
  if (!server) return refuse('missing');
  if (server.poolId === poolId) {
    return refuse('alreadyConnected', { from: index.label(serverId), to: index.label(poolId) });
  }
  return allow({ kind: 'member', poolId, serverId });
}

function planBetweenInstances(
  index: DesignIndex,
  handle: 'mirror' | 'witness' | 'logShipping',
  sourceId: string,
  targetId: string,
): ConnectionPlan {
  const names = { from: index.label(sourceId), to: index.label(targetId) };
  const roles = storeRolesOf(index, sourceId);
  if (roles.length === 0) return refuse('notAStore', names);
  if (handle === 'mirror') {
    const free = roles.find((r) => !r.pool.stores[r.role].mirrorId);
    if (!free) return refuse('alreadyMirrored', names);
    return allow({
      kind: 'mirror',
      poolId: free.pool.id,
      role: free.role,
      principalId: sourceId,
      mirrorId: targetId,
    });
  }
  if (handle === 'witness') {
    const mirrored = roles.filter((r) => r.pool.stores[r.role].mirrorId);
    if (mirrored.length === 0) return refuse('witnessNeedsMirror', names);
    const free = mirrored.find((r) => !r.pool.stores[r.role].witnessId);
    if (!free) return refuse('alreadyWitnessed', names);
    if (free.pool.stores[free.role].mirrorId === targetId) return refuse('unsupported', names);
    return allow({
      kind: 'witness',
      poolId: free.pool.id,
      role: free.role,
      principalId: sourceId,
      witnessId: targetId,
    });
  }
  const shippable = roles.filter((r) => backupOf[r.role]);
  if (shippable.length === 0) return refuse('notShippable', names);
  // "Use backup SQL Server stores" exists only for multiple-computer pools (PC-009).
  const multiple = shippable.filter((r) => r.pool.computers === 'multiple');
  if (multiple.length === 0)
    return refuse('singleComputer', { ...names, pool: index.label(shippable[0]!.pool.id) });
  const free = multiple.find((r) => !r.pool.stores[backupOf[r.role]!].sqlInstanceId);
  if (!free) return refuse('alreadyShipping', names);
  return allow({
    kind: 'logShipping',
    poolId: free.pool.id,
    role: backupOf[free.role]!,
    primaryId: sourceId,
    secondaryId: targetId,
  });
}

/** Decides what a line from `sourceId` (started at `handle`) to `targetId` would do. */
export function planConnection(
  design: Design,
  sourceId: string,
  targetId: string,
  handle: string | null | undefined,
): ConnectionPlan {
  if (sourceId === targetId) return refuse('self');
  const index = indexDesign(design);
  const source = index.byId.get(sourceId);
  const target = index.byId.get(targetId);
  if (!source || !target) return refuse('missing');
  const names = { from: index.label(sourceId), to: index.label(targetId) };
  switch (source.kind) {
    case 'pool':
      return planFromPool(index, source.element as PersistentChatPool, targetId);
    case 'server':
      return target.kind === 'pool' ? planMember(index, sourceId, targetId) : refuse('unsupported', names);
    case 'sqlInstance':
      if (target.kind !== 'sqlInstance') return refuse('unsupported', names);
      if (handle !== 'mirror' && handle !== 'witness' && handle !== 'logShipping') {
        return refuse('unsupported', names);
      }
      return planBetweenInstances(index, handle, sourceId, targetId);
    default:
      return refuse('unsupported', names);
  }
}

/** Makes the change a connection plan stands for. */
export function applyConnection(design: Design, intent: ConnectionIntent): Design {
  switch (intent.kind) {
    case 'nextHop':
      return updateElement(design, 'pool', intent.poolId, { nextHopId: intent.frontEndPoolId });
    case 'member':
      return updateElement(design, 'server', intent.serverId, { poolId: intent.poolId });
    case 'fileStore':
      return updateElement(design, 'pool', intent.poolId, { fileStoreId: intent.fileStoreId });
    case 'share': {
      const withSlot = setShareSlot(design, intent.poolId, intent.slot, intent.shareId);
      const share = withSlot.shares.find((s) => s.id === intent.shareId);
      if (!share || share.purpose === intent.slot) return withSlot;
      // The share now serves another purpose; a name still saying the old purpose follows it.
      const shareName =
        share.shareName === defaultShareName[share.purpose] ? defaultShareName[intent.slot] : share.shareName;
      return updateElement(withSlot, 'share', intent.shareId, { purpose: intent.slot, shareName });
    }
    case 'store':
      return updateStore(design, intent.poolId, intent.role, { sqlInstanceId: intent.instanceId });
    case 'mirror':
      return updateStore(design, intent.poolId, intent.role, { mirrorId: intent.mirrorId });
    case 'witness': {
      const withWitness = updateStore(design, intent.poolId, intent.role, { witnessId: intent.witnessId });
      // Topology Builder's default endpoint for a witness is 7022 (5022 is the primary's and mirror's);
      // a new instance still on 5022 and serving only as a witness takes the witness default.
      const witness = withWitness.sqlInstances.find((i) => i.id === intent.witnessId);
      const parts = indexDesign(withWitness).rolesByInstance.get(intent.witnessId) ?? [];
      return witness?.mirroringPort === DEFAULT_MIRRORING_PORT && parts.every((r) => r.part === 'witness')
        ? updateElement(withWitness, 'sqlInstance', intent.witnessId, { mirroringPort: DEFAULT_WITNESS_PORT })
        : withWitness;
    }
    case 'logShipping': {
      const pool = design.pools.find((p) => p.id === intent.poolId);
      const withStore = updateStore(design, intent.poolId, intent.role, {
        sqlInstanceId: intent.secondaryId,
      });
      // A backup store means disaster recovery; switching it on is what the planner asked for.
      return pool && !pool.disasterRecovery
        ? updateElement(withStore, 'pool', intent.poolId, { disasterRecovery: true })
        : withStore;
    }
  }
}
