/**
 * The database mirroring session of each store a pool deploys: its principal, its mirror and its
 * witness, as SQL Server will see them. The SQL Server rules (PC-034 to PC-043) judge these
 * sessions and the simulation plays them out after a failure; both read them from here, so a
 * store the rules think is mirrored is the store the what-if fails over.
 *
 * Stores behind an unticked option (a backup store without disaster recovery, a compliance
 * store without compliance) are not deployed by Topology Builder, so they have no session.
 * References to missing instances read as absent; judging them is the integrity rules' work.
 */
import { derived } from './derived.ts';
import type { DesignIndex } from './design-index.ts';
import { rolesInUse } from './queries.ts';
import type { PersistentChatPool, SqlInstance, StoreRole } from './types.ts';

export interface StoreSession {
  readonly pool: PersistentChatPool;
  readonly role: StoreRole;
  readonly principal: SqlInstance | undefined;
  readonly mirror: SqlInstance | undefined;
  readonly witness: SqlInstance | undefined;
}

/** A session whose mirror is set and exists: one SQL Server mirroring relationship. */
export interface MirroredStore extends StoreSession {
  readonly mirror: SqlInstance;
}

interface Sessions {
  mirrored: readonly MirroredStore[];
  byPool: ReadonlyMap<PersistentChatPool, Partial<Record<StoreRole, StoreSession>>>;
}

const sessionsOf = derived((index: DesignIndex): Sessions => {
  const mirrored: MirroredStore[] = [];
  const byPool = new Map<PersistentChatPool, Partial<Record<StoreRole, StoreSession>>>();
  for (const pool of index.design.pools) {
    const roles: Partial<Record<StoreRole, StoreSession>> = {};
    for (const role of rolesInUse(pool)) {
      const a = pool.stores[role];
      const session: StoreSession = {
        pool,
        role,
        principal: index.sqlInstance(a.sqlInstanceId),
        mirror: index.sqlInstance(a.mirrorId),
        witness: index.sqlInstance(a.witnessId),
      };
      roles[role] = session;
      if (session.mirror) mirrored.push(session as MirroredStore);
    }
    byPool.set(pool, roles);
  }
  return { mirrored, byPool };
});

/** The stores in use that have a mirror: the design's mirroring relationships. */
export function mirroredStores(index: DesignIndex): readonly MirroredStore[] {
  return sessionsOf(index).mirrored;
}

/** The session of one store of a pool, or undefined when the pool's options do not deploy it. */
export function storeSession(
  index: DesignIndex,
  pool: PersistentChatPool,
  role: StoreRole,
): StoreSession | undefined {
  return sessionsOf(index).byPool.get(pool)?.[role];
}
