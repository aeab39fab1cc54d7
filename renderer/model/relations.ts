/**
 * Editing the connections the canvas draws. The relations themselves are derived in
 * shared/model/relations.ts, so auto-arrange (in shared/, for the CLI too) routes the same lines.
 */
import { updateElement, updateStore } from '../../shared/model/edit.ts';
import type { Design, PersistentChatPool } from '../../shared/model/types.ts';
import type { Relation, ShareSlot } from '../../shared/model/relations.ts';

export {
  backupOf,
  relationById,
  relationKinds,
  relationsOf,
  shareSlots,
  shippedFrom,
} from '../../shared/model/relations.ts';
export type { Relation, RelationKind, ShareSlot } from '../../shared/model/relations.ts';

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
