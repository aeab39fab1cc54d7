/**
 * Questions several rule families ask of a design, answered once here so that every family
 * answers them the same way.
 */
import type { DesignIndex } from '../model/design-index.ts';
import type {
  Design,
  LinkClass,
  PersistentChatPool,
  PersistentChatServer,
  RuleSettings,
  SqlInstance,
  StorePart,
  StoreRole,
} from '../model/types.ts';
import { fqdnKey } from '../model/values.ts';

export function serversOf(index: DesignIndex, pool: PersistentChatPool): readonly PersistentChatServer[] {
  return index.serversByPool.get(pool.id) ?? [];
}

export function activeServersOf(index: DesignIndex, pool: PersistentChatPool): PersistentChatServer[] {
  return serversOf(index, pool).filter((s) => s.state === 'active');
}

/** The data center of the pool's primary (mgc) store: where active servers belong (PC-022, PC-025). */
export function primaryDataCenterId(index: DesignIndex, pool: PersistentChatPool): string | null {
  return index.sqlInstance(pool.stores.primary.sqlInstanceId)?.dataCenterId ?? null;
}

/** The SQL instance playing `part` of the pool's `role` store, if it is assigned and exists. */
export function storeInstance(
  index: DesignIndex,
  pool: PersistentChatPool,
  role: StoreRole,
  part: StorePart,
): SqlInstance | undefined {
  const a = pool.stores[role];
  const id = part === 'instance' ? a.sqlInstanceId : part === 'mirror' ? a.mirrorId : a.witnessId;
  return index.sqlInstance(id);
}

/** Store roles the pool's options switch on: backups need DR, compliance stores need compliance. */
export function rolesInUse(pool: PersistentChatPool): StoreRole[] {
  const roles: StoreRole[] = ['primary'];
  if (pool.disasterRecovery) roles.push('backup');
  if (pool.compliance) roles.push('compliance');
  if (pool.compliance && pool.disasterRecovery) roles.push('complianceBackup');
  return roles;
}

/**
 * The class of the data-center link the rules should reason with. The planner declares it,
 * but figures that contradict a high-bandwidth declaration win: PC-022 is about what the
 * link really carries, and the cautious reading protects the design.
 */
export function effectiveLinkClass(design: Design, settings: RuleSettings): LinkClass {
  if (design.link.class === 'low-bandwidth') return 'low-bandwidth';
  return measuredLinkClass(design, settings);
}

export function measuredLinkClass(design: Design, settings: RuleSettings): LinkClass {
  const { latencyMs, bandwidthMbps } = design.link;
  return latencyMs <= settings.lowLatencyMaxMs && bandwidthMbps >= settings.highBandwidthMinMbps
    ? 'high-bandwidth'
    : 'low-bandwidth';
}

/**
 * A pool is on Standard Edition when one of its servers is a Standard Edition Front End
 * (PC-010 to PC-012, PC-033): the designer infers it instead of asking for a flag.
 */
export function standardEditionHost(index: DesignIndex, pool: PersistentChatPool) {
  for (const s of serversOf(index, pool)) {
    const fe = index.frontEndByMachine.get(fqdnKey(s.fqdn));
    if (fe && fe.edition === 'standard') return fe;
  }
  return undefined;
}

export function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}
