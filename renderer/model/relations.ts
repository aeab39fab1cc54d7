/**
 * The connections the canvas draws, read from the design's references. A relation is the
 * picture of one or more references (an instance that is both the primary and the compliance
 * store is one line labelled with both roles), and removing it clears exactly those references.
 */
import { indexDesign } from '../../shared/model/design-index.ts';
import { updateElement, updateStore } from '../../shared/model/edit.ts';
import { storeRoleNames } from '../../shared/model/schema.ts';
import type { Design, PersistentChatPool, StoreRole } from '../../shared/model/types.ts';

export const relationKinds = [
  'nextHop',
  'member',
  'store',
  'mirror',
  'witness',
  'logShipping',
  'fileStore',
  'share',
] as const;
export type RelationKind = (typeof relationKinds)[number];

/** The three share slots of a pool, named by the purpose of the share that fills them. */
export const shareSlots = ['log-backup', 'log-copy', 'mirroring'] as const;
export type ShareSlot = (typeof shareSlots)[number];

export interface Relation {
  /** Stable across edits, so the canvas keeps a line's selection while the design changes. */
  id: string;
  kind: RelationKind;
  source: string;
  target: string;
  poolId: string;
  /** The store roles a store, mirror, witness or log-shipping line stands for. */
  roles: StoreRole[];
  slot: ShareSlot | null;
}

/** Log shipping runs from a store to its backup: primary → backup, compliance → compliance backup. */
export const backupOf: Partial<Record<StoreRole, StoreRole>> = {
  primary: 'backup',
  compliance: 'complianceBackup',
};
export const shippedFrom: Partial<Record<StoreRole, StoreRole>> = {
  backup: 'primary',
  complianceBackup: 'compliance',
};

export function shareOfSlot(pool: PersistentChatPool, slot: ShareSlot): string | null {
  if (slot === 'log-backup') return pool.logShipping.backupShareId;
  if (slot === 'log-copy') return pool.logShipping.copyShareId;
  return pool.mirroringShareId;
}

export function setShareSlot(
  design: Design,
  poolId: string,
  slot: ShareSlot,
  shareId: string | null,
): Design {
  const pool = design.pools.find((p) => p.id === poolId);
  if (!pool) return design;
  if (slot === 'mirroring') return updateElement(design, 'pool', poolId, { mirroringShareId: shareId });
  const key = slot === 'log-backup' ? 'backupShareId' : 'copyShareId';
  return updateElement(design, 'pool', poolId, { logShipping: { ...pool.logShipping, [key]: shareId } });
}

const cache = new WeakMap<Design, readonly Relation[]>();

/** Every connection of the design; references to elements that do not exist are left to the rules. */
export function relationsOf(design: Design): readonly Relation[] {
  const hit = cache.get(design);
  if (hit) return hit;
  const index = indexDesign(design);
  const exists = (id: string | null): id is string => !!id && index.byId.has(id);
  const out = new Map<string, Relation>();
  const add = (
    kind: RelationKind,
    id: string,
    r: Omit<Relation, 'id' | 'kind' | 'roles'>,
    role?: StoreRole,
  ) => {
    const existing = out.get(id);
    if (existing) {
      if (role && !existing.roles.includes(role)) existing.roles.push(role);
      return;
    }
    out.set(id, { id, kind, roles: role ? [role] : [], ...r });
  };

  for (const server of design.servers) {
    if (exists(server.poolId) && index.pool(server.poolId)) {
      add('member', `member:${server.id}`, {
        source: server.id,
        target: server.poolId,
        poolId: server.poolId,
        slot: null,
      });
    }
  }
  for (const pool of design.pools) {
    const base = { poolId: pool.id, slot: null };
    if (exists(pool.nextHopId)) {
      add('nextHop', `nextHop:${pool.id}`, { ...base, source: pool.id, target: pool.nextHopId });
    }
    if (exists(pool.fileStoreId)) {
      add('fileStore', `fileStore:${pool.id}`, { ...base, source: pool.id, target: pool.fileStoreId });
    }
    for (const slot of shareSlots) {
      const shareId = shareOfSlot(pool, slot);
      if (exists(shareId)) {
        add('share', `share:${pool.id}:${slot}`, { poolId: pool.id, slot, source: pool.id, target: shareId });
      }
    }
    for (const role of storeRoleNames) {
      const a = pool.stores[role];
      const from = shippedFrom[role] ? pool.stores[shippedFrom[role]].sqlInstanceId : null;
      if (exists(a.sqlInstanceId)) {
        // A backup store is drawn as the log shipping that feeds it, when its source store exists.
        if (exists(from)) {
          add(
            'logShipping',
            `logShipping:${pool.id}:${from}:${a.sqlInstanceId}`,
            { ...base, source: from, target: a.sqlInstanceId },
            role,
          );
        } else {
          add(
            'store',
            `store:${pool.id}:${a.sqlInstanceId}`,
            { ...base, source: pool.id, target: a.sqlInstanceId },
            role,
          );
        }
        if (exists(a.mirrorId)) {
          add(
            'mirror',
            `mirror:${pool.id}:${a.sqlInstanceId}:${a.mirrorId}`,
            { ...base, source: a.sqlInstanceId, target: a.mirrorId },
            role,
          );
        }
        if (exists(a.witnessId)) {
          add(
            'witness',
            `witness:${pool.id}:${a.sqlInstanceId}:${a.witnessId}`,
            { ...base, source: a.sqlInstanceId, target: a.witnessId },
            role,
          );
        }
      }
    }
  }
  const list = [...out.values()];
  cache.set(design, list);
  return list;
}

/** Clears the references a relation stands for; the elements themselves stay. */
export function removeRelation(design: Design, relation: Relation): Design {
  switch (relation.kind) {
    case 'member':
      return updateElement(design, 'server', relation.source, { poolId: null });
    case 'nextHop':
      return updateElement(design, 'pool', relation.poolId, { nextHopId: null });
    case 'fileStore':
      return updateElement(design, 'pool', relation.poolId, { fileStoreId: null });
    case 'share':
      return relation.slot ? setShareSlot(design, relation.poolId, relation.slot, null) : design;
    case 'store':
    case 'logShipping':
      return relation.roles.reduce(
        (d, role) => updateStore(d, relation.poolId, role, { sqlInstanceId: null }),
        design,
      );
    case 'mirror':
      // The witness goes with its mirror: neither Topology Builder nor the cmdlets keep one alone (PC-042).
      return relation.roles.reduce(
        (d, role) => updateStore(d, relation.poolId, role, { mirrorId: null, witnessId: null }),
        design,
      );
    case 'witness':
      return relation.roles.reduce(
        (d, role) => updateStore(d, relation.poolId, role, { witnessId: null }),
        design,
      );
  }
}
