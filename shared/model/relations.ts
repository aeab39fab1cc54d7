/**
 * The connections the canvas draws and auto-arrange routes, read from the design's references. A
 * relation is the picture of one or more references (an instance that is both the primary and the
 * compliance store is one line labelled with both roles); removing it (renderer/model/relations.ts)
 * clears exactly those references.
 */
import { derived } from './derived.ts';
import { indexDesign } from './design-index.ts';
import { referencesOf } from './references.ts';
import type { ReferenceField } from './references.ts';
import type { Design, StoreRole } from './types.ts';

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

const slotOfField: Partial<Record<ReferenceField, ShareSlot>> = {
  logBackupShare: 'log-backup',
  logCopyShare: 'log-copy',
  mirroringShare: 'mirroring',
};

/**
 * Every connection of the design, drawn from the references the model lists (one table,
 * shared/model/references.ts, so a new kind of reference cannot be missed here). References
 * to elements that do not exist are left to the rules. Membership lines come first, as the
 * servers' lines have always been drawn beneath the pools'.
 */
export const relationsOf: (design: Design) => readonly Relation[] = derived((design: Design) => {
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
  const references = referencesOf(design);

  for (const ref of references) {
    if (ref.field === 'pool' && exists(ref.target) && index.pool(ref.target)) {
      add('member', `member:${ref.owner}`, {
        source: ref.owner,
        target: ref.target,
        poolId: ref.target,
        slot: null,
      });
    }
  }
  for (const ref of references) {
    if (ref.ownerKind !== 'pool' || !exists(ref.target)) continue;
    const pool = index.pool(ref.owner);
    if (!pool) continue;
    const base = { poolId: pool.id, slot: null };
    const slot = slotOfField[ref.field];
    if (ref.field === 'nextHop') {
      add('nextHop', `nextHop:${pool.id}`, { ...base, source: pool.id, target: ref.target });
    } else if (ref.field === 'fileStore') {
      add('fileStore', `fileStore:${pool.id}`, { ...base, source: pool.id, target: ref.target });
    } else if (slot) {
      add('share', `share:${pool.id}:${slot}`, {
        poolId: pool.id,
        slot,
        source: pool.id,
        target: ref.target,
      });
    } else if (ref.store) {
      const { role, part } = ref.store;
      const instance = pool.stores[role].sqlInstanceId;
      if (part === 'instance') {
        // A backup store is drawn as the log shipping that feeds it, when its source store exists.
        const from = shippedFrom[role] ? pool.stores[shippedFrom[role]].sqlInstanceId : null;
        if (exists(from)) {
          add(
            'logShipping',
            `logShipping:${pool.id}:${from}:${ref.target}`,
            { ...base, source: from, target: ref.target },
            role,
          );
        } else {
          add(
            'store',
            `store:${pool.id}:${ref.target}`,
            { ...base, source: pool.id, target: ref.target },
            role,
          );
        }
      } else if (exists(instance)) {
        add(
          part,
          `${part}:${pool.id}:${instance}:${ref.target}`,
          { ...base, source: instance, target: ref.target },
          role,
        );
      }
    }
  }
  return [...out.values()];
});

/** The design's connections by id, for lookups from a selection. */
export const relationById: (design: Design) => ReadonlyMap<string, Relation> = derived(
  (design: Design) => new Map(relationsOf(design).map((r) => [r.id, r])),
);
