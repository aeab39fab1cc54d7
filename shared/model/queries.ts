/**
 * Questions asked of a design by the rules, the simulation, the runbooks, the XML export and
 * the renderer, answered once here beside the design index so that every layer answers them
 * the same way.
 */
import { derived } from './derived.ts';
import type { DesignIndex, InstanceRole } from './design-index.ts';
import type {
  Design,
  LinkClass,
  PersistentChatPool,
  PersistentChatServer,
  RuleSettings,
  SqlInstance,
  StorePart,
  StoreRole,
} from './types.ts';
import { fqdnKey } from './values.ts';

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
 * The parts an instance plays for stores the pool's options switch on. Stores behind an
 * unticked option are not deployed by Topology Builder, so they constrain nothing.
 */
export function instancePartsInUse(index: DesignIndex, instanceId: string): readonly InstanceRole[] {
  return partsOf(index).all.get(instanceId) ?? [];
}

/** The parts that hold a database: a witness holds none, it only watches a mirroring session. */
export function databasePartsInUse(index: DesignIndex, instanceId: string): readonly InstanceRole[] {
  return partsOf(index).holding.get(instanceId) ?? [];
}

interface Parts {
  all: Map<string, InstanceRole[]>;
  holding: Map<string, InstanceRole[]>;
}

/** Several rules of families F and G ask this of every instance, so it is worked out once per design. */
const partsOf = derived((index: DesignIndex): Parts => {
  const parts: Parts = { all: new Map(), holding: new Map() };
  for (const [id, roles] of index.rolesByInstance) {
    const used = roles.filter((r) => rolesInUse(r.pool).includes(r.role));
    if (used.length > 0) parts.all.set(id, used);
    const holding = used.filter((r) => r.part !== 'witness');
    if (holding.length > 0) parts.holding.set(id, holding);
  }
  return parts;
});

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

/**
 * SQL instances that hold nothing yet: no part in any store of any pool (switched on or not), no
 * Lync back end, no Monitoring and no Archiving database. A quick fix may give one of these a
 * store without taking it from anything else.
 */
export const spareInstances = derived((index: DesignIndex): readonly SqlInstance[] =>
  index.design.sqlInstances.filter(
    (i) => !index.rolesByInstance.has(i.id) && i.backEndPoolIds.length === 0 && !i.monitoring && !i.archiving,
  ),
);
