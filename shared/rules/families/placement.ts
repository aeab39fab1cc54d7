/**
 * E. Stretched-pool layout across data centers (PC-022 to PC-031): where active and idle
 * servers belong for the link between the data centers, and where each store, mirror and
 * witness sits relative to the primary store and the next hop.
 */
import { indexDesign } from '../../model/design-index.ts';
import type { DesignIndex } from '../../model/design-index.ts';
import { updateElement } from '../../model/edit.ts';
import type {
  Design,
  PersistentChatPool,
  PersistentChatServer,
  SqlInstance,
  StorePart,
  StoreRole,
} from '../../model/types.ts';
import {
  activeServersOf,
  effectiveLinkClass,
  measuredLinkClass,
  primaryDataCenterId,
  rolesInUse,
  serversOf,
  storeInstance,
} from '../../model/queries.ts';
import { defineRule } from '../types.ts';
import type { FixInput, Rule } from '../types.ts';
import { MAX_ACTIVE_SERVERS } from '../../model/product.ts';

/** PC-023 and PC-024: 4 servers in each data center of a stretched pool. */
export const REFERENCE_SERVERS_PER_DATA_CENTER = 4;
/** PC-023: over a high-bandwidth link, 2 of the 4 in each data center are active. */
export const REFERENCE_ACTIVE_PER_DATA_CENTER = 2;

type Side = 'primary' | 'backup';

/** Stores that log shipping feeds sit on the backup side; the rest beside the primary store. */
function sideOf(role: StoreRole): Side {
  return role === 'backup' || role === 'complianceBackup' ? 'backup' : 'primary';
}

/**
 * The single other data center of the design, or null when there is none or several to
 * choose from: a fix must never guess where a store belongs.
 */
function otherDataCenterId(design: Design, dataCenterId: string): string | null {
  const others = design.dataCenters.filter((dc) => dc.id !== dataCenterId);
  return others.length === 1 ? others[0]!.id : null;
}

/** Where active servers must go after a failover: the backup store's data center. */
function failoverDataCenterId(
  design: Design,
  index: DesignIndex,
  pool: PersistentChatPool,
  primaryDc: string,
): string | null {
  const backupDc = storeInstance(index, pool, 'backup', 'instance')?.dataCenterId ?? null;
  if (backupDc && backupDc !== primaryDc) return backupDc;
  return otherDataCenterId(design, primaryDc);
}

/**
 * A fix that moves `instance` to another data center. An instance that also serves the other
 * side (a witness shared by the primary and backup stores, say) would only carry the problem
 * across, so no fix is offered for it.
 */
function moveInstanceFix<T extends string>(
  index: DesignIndex,
  instance: SqlInstance,
  side: Side,
  dataCenterId: string | null,
  title: T,
): FixInput<T> | undefined {
  if (!dataCenterId) return undefined;
  const roles = index.rolesByInstance.get(instance.id) ?? [];
  if (roles.some((r) => sideOf(r.role) !== side)) return undefined;
  return {
    title,
    params: { instance: index.label(instance.id), dc: index.label(dataCenterId) },
    apply: (d) => updateElement(d, 'sqlInstance', instance.id, { dataCenterId }),
  };
}

/** The part an instance plays for one store, as "primary.mirror" and so on. */
type PartKey = `${StoreRole}.${StorePart}`;

const partsCache = new WeakMap<DesignIndex, Map<string, Map<PersistentChatPool, PartKey[]>>>();

/**
 * The database parts (not witnesses) each SQL instance plays per pool, for the stores the
 * pool's options switch on. PC-029 and PC-030 both ask, so it is built once per design.
 */
function databasePartsByInstance(index: DesignIndex): Map<string, Map<PersistentChatPool, PartKey[]>> {
  const cached = partsCache.get(index);
  if (cached) return cached;
  const result = new Map<string, Map<PersistentChatPool, PartKey[]>>();
  const inUse = new Map<PersistentChatPool, StoreRole[]>();
  for (const [instanceId, roles] of index.rolesByInstance) {
    if (!index.sqlInstance(instanceId)) continue; // A dangling reference is the integrity rules' concern.
    for (const { pool, role, part } of roles) {
      let poolRoles = inUse.get(pool);
      if (!poolRoles) inUse.set(pool, (poolRoles = rolesInUse(pool)));
      if (part === 'witness' || !poolRoles.includes(role)) continue;
      let byPool = result.get(instanceId);
      if (!byPool) result.set(instanceId, (byPool = new Map()));
      let parts = byPool.get(pool);
      if (!parts) byPool.set(pool, (parts = []));
      const key: PartKey = `${role}.${part}`;
      if (!parts.includes(key)) parts.push(key);
    }
  }
  partsCache.set(index, result);
  return result;
}

function linkFigures(design: Design) {
  return { latency: design.link.latencyMs, bandwidth: design.link.bandwidthMbps };
}

/** PC-022's quick fix: idle the server, and keep the active count with a server beside the primary. */
function swapWithIdleBesidePrimary(poolId: string, serverId: string) {
  return (design: Design): Design => {
    const pool = design.pools.find((p) => p.id === poolId);
    const server = design.servers.find((s) => s.id === serverId);
    if (!pool || server?.state !== 'active') return design;
    const index = indexDesign(design);
    const standIn = idleBesidePrimary(index, pool)[0];
    const idled = updateElement(design, 'server', serverId, { state: 'idle' });
    return standIn ? updateElement(idled, 'server', standIn.id, { state: 'active' }) : idled;
  };
}

function idleBesidePrimary(index: DesignIndex, pool: PersistentChatPool): PersistentChatServer[] {
  const primaryDc = primaryDataCenterId(index, pool);
  if (!primaryDc) return [];
  return serversOf(index, pool).filter((s) => s.state === 'idle' && s.dataCenterId === primaryDc);
}

/**
 * Active servers that a low-bandwidth link puts in the wrong data center (PC-022), in document
 * order; empty when the link is fast or the primary store's data center is not known yet.
 */
function activesAwayFromPrimary(
  design: Design,
  index: DesignIndex,
  pool: PersistentChatPool,
): PersistentChatServer[] {
  if (effectiveLinkClass(design, design.settings) !== 'low-bandwidth') return [];
  const primaryDc = primaryDataCenterId(index, pool);
  if (!primaryDc) return [];
  // A server not yet placed in a data center is unfinished, not misplaced.
  return activeServersOf(index, pool).filter((s) => s.dataCenterId !== null && s.dataCenterId !== primaryDc);
}

const pc022 = defineRule({
  id: 'PC-022',
  severity: 'error',
  source: 'FO, FB, SFB-MGMT',
  fixable: true,
  summary: {
    en: "Active servers must be in the primary store's data center, or in one with a high-bandwidth, low-latency link to it.",
    es: 'Los servidores activos deben estar en el centro de datos del almacén principal o en uno con un vínculo de alto ancho de banda y baja latencia con él.',
  },
  messages: {
    activeAway: {
      en: 'Active server {server} of pool {pool} is in {serverDc}, but the primary store {store} is in {primaryDc}. Over a low-bandwidth, high-latency link ({latency} ms, {bandwidth} Mbit/s) every active server must be in the data center of the primary store, also after a failover or a failback.',
      es: 'El servidor activo {server} del grupo {pool} está en {serverDc}, pero el almacén principal {store} está en {primaryDc}. Con un vínculo de bajo ancho de banda y alta latencia ({latency} ms, {bandwidth} Mbit/s) todos los servidores activos deben estar en el centro de datos del almacén principal, también tras una conmutación por error o una recuperación.',
    },
    swap: {
      en: 'Make {server} idle and {standIn} active',
      es: 'Dejar inactivo {server} y activar {standIn}',
    },
    idle: {
      en: 'Make {server} idle',
      es: 'Dejar inactivo {server}',
    },
    linkContradiction: {
      en: 'The link between {dcA} and {dcB} is declared high-bandwidth, low-latency, but its figures ({latency} ms, {bandwidth} Mbit/s) miss the thresholds in the design settings (at most {maxLatency} ms and at least {minBandwidth} Mbit/s). The rules treat it as a low-bandwidth link, so active servers must be in the data center of the primary store.',
      es: 'El vínculo entre {dcA} y {dcB} está declarado de alto ancho de banda y baja latencia, pero sus cifras ({latency} ms, {bandwidth} Mbit/s) no alcanzan los umbrales de la configuración del diseño (como máximo {maxLatency} ms y como mínimo {minBandwidth} Mbit/s). Las reglas lo tratan como un vínculo de bajo ancho de banda, así que los servidores activos deben estar en el centro de datos del almacén principal.',
    },
    declareLow: {
      en: 'Declare the link low-bandwidth, as its figures say',
      es: 'Declarar el vínculo de bajo ancho de banda, como dicen sus cifras',
    },
  },
  check({ design, index, settings, report }) {
    const [dcA, dcB] = design.dataCenters;
    if (
      dcA &&
      dcB &&
      design.link.class === 'high-bandwidth' &&
      measuredLinkClass(design, settings) !== 'high-bandwidth'
    ) {
      report({
        message: 'linkContradiction',
        severity: 'warning',
        params: {
          dcA: index.label(dcA.id),
          dcB: index.label(dcB.id),
          ...linkFigures(design),
          maxLatency: settings.lowLatencyMaxMs,
          minBandwidth: settings.highBandwidthMinMbps,
        },
        elements: [dcA.id, dcB.id],
        fix: {
          title: 'declareLow',
          apply: (d) => ({ ...d, link: { ...d.link, class: 'low-bandwidth' } }),
        },
      });
    }
    for (const pool of design.pools) {
      const away = activesAwayFromPrimary(design, index, pool);
      if (away.length === 0) continue;
      const store = pool.stores.primary.sqlInstanceId;
      const primaryDc = primaryDataCenterId(index, pool);
      const standIn = idleBesidePrimary(index, pool)[0];
      for (const server of away) {
        report({
          message: 'activeAway',
          params: {
            server: index.label(server.id),
            pool: pool.fqdn,
            serverDc: index.label(server.dataCenterId),
            store: index.label(store),
            primaryDc: index.label(primaryDc),
            ...linkFigures(design),
          },
          elements: [pool.id, server.id, ...(store ? [store] : [])],
          fix: {
            title: standIn ? 'swap' : 'idle',
            params: { server: index.label(server.id), standIn: standIn ? index.label(standIn.id) : '' },
            apply: swapWithIdleBesidePrimary(pool.id, server.id),
          },
        });
      }
    }
  },
});

/**
 * Servers per data center as "Dallas 3/1; Houston 1/3" (active/idle), in the order servers
 * appear: figures and names only, so the same param reads right in every language.
 */
function layoutOf(index: DesignIndex, servers: readonly PersistentChatServer[]) {
  const byDc = new Map<string | null, { active: number; idle: number }>();
  for (const s of servers) {
    const c = byDc.get(s.dataCenterId) ?? { active: 0, idle: 0 };
    if (s.state === 'active') c.active++;
    else c.idle++;
    byDc.set(s.dataCenterId, c);
  }
  const layout = [...byDc].map(([dc, c]) => `${dc ? index.label(dc) : '?'} ${c.active}/${c.idle}`).join('; ');
  return { byDc, layout };
}

const pc023 = defineRule({
  id: 'PC-023',
  severity: 'info',
  source: 'SFB-PLAN',
  summary: {
    en: 'Reference high-bandwidth layout: 4 servers in each data center, 2 active and 2 idle in each.',
    es: 'Diseño de referencia con alto ancho de banda: 4 servidores en cada centro de datos, 2 activos y 2 inactivos en cada uno.',
  },
  messages: {
    notReference: {
      en: 'Pool {pool} is a stretched pool over a high-bandwidth, low-latency link laid out as {layout} (active/idle servers per data center). The reference layout for such a link has 8 servers, 4 in each data center with 2 active and 2 idle in each; the primary store, its mirror and the witness in one data center, the log-shipping backup store in the other, and a Front End pool in each.',
      es: 'El grupo {pool} es un grupo extendido con un vínculo de alto ancho de banda y baja latencia distribuido así: {layout} (servidores activos/inactivos por centro de datos). El diseño de referencia para ese vínculo tiene 8 servidores, 4 en cada centro de datos con 2 activos y 2 inactivos en cada uno; el almacén principal, su reflejo y el testigo en un centro de datos, el almacén de copia de seguridad del trasvase de registros en el otro, y un grupo de servidores front-end en cada uno.',
    },
  },
  check({ design, index, settings, report }) {
    if (effectiveLinkClass(design, settings) !== 'high-bandwidth') return;
    for (const pool of design.pools) {
      if (!pool.disasterRecovery) continue;
      const servers = serversOf(index, pool);
      if (servers.length === 0) continue; // Nothing laid out yet to compare.
      const { byDc, layout } = layoutOf(index, servers);
      const matches =
        byDc.size === 2 &&
        !byDc.has(null) &&
        [...byDc.values()].every(
          (c) =>
            c.active === REFERENCE_ACTIVE_PER_DATA_CENTER &&
            c.active + c.idle === REFERENCE_SERVERS_PER_DATA_CENTER,
        );
      if (matches) continue;
      report({
        message: 'notReference',
        params: { pool: pool.fqdn, layout },
        elements: [pool.id, ...servers.map((s) => s.id)],
      });
    }
  },
});

const pc024 = defineRule({
  id: 'PC-024',
  severity: 'warning',
  source: 'SFB-PLAN, RR',
  fixable: true,
  summary: {
    en: "Over a low-bandwidth link, the 4 servers in the primary store's data center are active and the 4 in the other are idle.",
    es: 'Con un vínculo de bajo ancho de banda, los 4 servidores del centro de datos del almacén principal están activos y los 4 del otro, inactivos.',
  },
  messages: {
    idleBesidePrimary: {
      en: 'Servers {servers} of pool {pool} are idle in {primaryDc}, the data center of the primary store. Over a low-bandwidth link the reference layout keeps the servers there active and the idle ones in {otherDc}, ready to be made active after a failover.',
      es: 'Los servidores {servers} del grupo {pool} están inactivos en {primaryDc}, el centro de datos del almacén principal. Con un vínculo de bajo ancho de banda el diseño de referencia mantiene activos los servidores de allí y los inactivos en {otherDc}, listos para activarse tras una conmutación por error.',
    },
    makeActive: {
      en: 'Make {servers} active',
      es: 'Activar {servers}',
    },
    fewStandby: {
      en: 'Pool {pool} has {active} active servers, but only {standby} servers in {otherDc}, where active servers must be after a failover to the backup store. The low-bandwidth reference layout has 4 active servers in {primaryDc} and 4 idle ones in {otherDc}.',
      es: 'El grupo {pool} tiene {active} servidores activos, pero solo {standby} servidores en {otherDc}, donde deben estar los servidores activos tras una conmutación por error al almacén de copia de seguridad. El diseño de referencia con bajo ancho de banda tiene 4 servidores activos en {primaryDc} y 4 inactivos en {otherDc}.',
    },
  },
  check({ design, index, settings, report }) {
    if (effectiveLinkClass(design, settings) !== 'low-bandwidth') return;
    for (const pool of design.pools) {
      // Without disaster recovery there is no other data center to fail over to.
      if (!pool.disasterRecovery) continue;
      const primaryDc = primaryDataCenterId(index, pool);
      if (!primaryDc) continue;
      const otherDc = failoverDataCenterId(design, index, pool, primaryDc);
      const names = {
        pool: pool.fqdn,
        primaryDc: index.label(primaryDc),
        otherDc: otherDc ? index.label(otherDc) : '?',
      };

      // PC-022's fixes make these idle servers active, one for each misplaced active server;
      // warning about them too would say the same thing twice.
      const away = activesAwayFromPrimary(design, index, pool).length;
      const idle = idleBesidePrimary(index, pool).slice(away);
      if (idle.length > 0 && otherDc) {
        const room = MAX_ACTIVE_SERVERS - activeServersOf(index, pool).length;
        const wake = idle.slice(0, Math.max(0, room));
        const wakeIds = new Set(wake.map((s) => s.id));
        report({
          message: 'idleBesidePrimary',
          params: { ...names, servers: idle.map((s) => index.label(s.id)).join(', ') },
          elements: [pool.id, ...idle.map((s) => s.id)],
          fix:
            wake.length > 0
              ? {
                  title: 'makeActive',
                  params: { servers: wake.map((s) => index.label(s.id)).join(', ') },
                  apply: (d) => ({
                    ...d,
                    servers: d.servers.map((s) =>
                      wakeIds.has(s.id) ? { ...s, state: 'active' as const } : s,
                    ),
                  }),
                }
              : undefined,
        });
      }

      if (!otherDc) continue;
      const servers = serversOf(index, pool);
      const active = servers.filter((s) => s.state === 'active').length;
      // Misplaced active servers over there are PC-022's error; once idled they are standbys.
      const standby = servers.filter((s) => s.dataCenterId === otherDc).length;
      if (standby < Math.min(active, MAX_ACTIVE_SERVERS)) {
        report({
          message: 'fewStandby',
          params: { ...names, active, standby },
          elements: [pool.id, otherDc, ...servers.filter((s) => s.dataCenterId === otherDc).map((s) => s.id)],
        });
      }
    }
  },
});

const pc025 = defineRule({
  id: 'PC-025',
  severity: 'error',
  source: 'RR, STR, SFB-PLAN',
  fixable: true,
  summary: {
    en: 'The primary store and its mirror must be in the same data center, the one of the next-hop Front End pool.',
    es: 'El almacén principal y su reflejo deben estar en el mismo centro de datos, el del grupo de servidores front-end de próximo salto.',
  },
  messages: {
    mirrorElsewhere: {
      en: 'The mirror {mirror} of pool {pool} is in {mirrorDc}, but its primary store {store} is in {primaryDc}. The primary Persistent Chat database and its mirror must be in the same physical data center.',
      es: 'El reflejo {mirror} del grupo {pool} está en {mirrorDc}, pero su almacén principal {store} está en {primaryDc}. La base de datos principal de Chat persistente y su reflejo deben estar en el mismo centro de datos físico.',
    },
    moveMirror: {
      en: 'Move {instance} to {dc}',
      es: 'Mover {instance} a {dc}',
    },
    nextHopElsewhere: {
      en: 'The primary store {store} of pool {pool} is in {primaryDc}, but its next hop {nextHop} is in {nextHopDc}. The primary database and its mirror belong in the data center of the home Front End pool, the next hop.',
      es: 'El almacén principal {store} del grupo {pool} está en {primaryDc}, pero su próximo salto {nextHop} está en {nextHopDc}. La base de datos principal y su reflejo deben estar en el centro de datos del grupo de servidores front-end de origen, el próximo salto.',
    },
    useNextHop: {
      en: 'Make {nextHop} (in {dc}) the next hop of {pool}',
      es: 'Usar {nextHop} (en {dc}) como próximo salto de {pool}',
    },
  },
  check({ design, index, report }) {
    for (const pool of design.pools) {
      const primary = storeInstance(index, pool, 'primary', 'instance');
      const primaryDc = primary?.dataCenterId;
      if (!primary || !primaryDc) continue;
      const mirror = storeInstance(index, pool, 'primary', 'mirror');
      if (mirror?.dataCenterId && mirror.dataCenterId !== primaryDc) {
        report({
          message: 'mirrorElsewhere',
          params: {
            pool: pool.fqdn,
            mirror: index.label(mirror.id),
            mirrorDc: index.label(mirror.dataCenterId),
            store: index.label(primary.id),
            primaryDc: index.label(primaryDc),
          },
          elements: [pool.id, primary.id, mirror.id],
          fix: moveInstanceFix(index, mirror, 'primary', primaryDc, 'moveMirror'),
        });
      }
      const hop = index.frontEndPool(pool.nextHopId);
      if (hop?.dataCenterId && hop.dataCenterId !== primaryDc) {
        const home = design.frontEndPools.find((fe) => fe.dataCenterId === primaryDc);
        report({
          message: 'nextHopElsewhere',
          params: {
            pool: pool.fqdn,
            store: index.label(primary.id),
            primaryDc: index.label(primaryDc),
            nextHop: index.label(hop.id),
            nextHopDc: index.label(hop.dataCenterId),
          },
          elements: [pool.id, primary.id, hop.id],
          fix: home
            ? {
                title: 'useNextHop',
                params: { nextHop: index.label(home.id), dc: index.label(primaryDc), pool: pool.fqdn },
                apply: (d) => updateElement(d, 'pool', pool.id, { nextHopId: home.id }),
              }
            : undefined,
        });
      }
    }
  },
});

const pc026 = defineRule({
  id: 'PC-026',
  severity: 'warning',
  source: 'RR, SFB-PLAN, BEHA',
  fixable: true,
  summary: {
    en: 'A witness for the primary store is recommended, for automatic failover to the mirror.',
    es: 'Se recomienda un testigo para el almacén principal, para la conmutación automática al reflejo.',
  },
  messages: {
    noWitness: {
      en: 'The primary store {store} of pool {pool} is mirrored to {mirror} but has no witness, so a failover to the mirror will not be automatic. Use a SQL Server mirroring witness to enable automatic failover.',
      es: 'El almacén principal {store} del grupo {pool} tiene el reflejo {mirror} pero no tiene testigo, así que la conmutación al reflejo no será automática. Use un testigo de creación de reflejo de SQL Server para habilitar la conmutación automática.',
    },
    witnessElsewhere: {
      en: 'The witness {witness} of pool {pool} is in {witnessDc}, but the primary store {store} is in {primaryDc}. The Lync 2013 documentation gives no data center for the primary-side witness; the Skype for Business Server 2015 reference layout puts it in Site 1 with the primary store and its mirror.',
      es: 'El testigo {witness} del grupo {pool} está en {witnessDc}, pero el almacén principal {store} está en {primaryDc}. La documentación de Lync 2013 no indica el centro de datos del testigo del lado principal; el diseño de referencia de Skype Empresarial Server 2015 lo sitúa en el sitio 1 con el almacén principal y su reflejo.',
    },
    moveWitness: {
      en: 'Move {instance} to {dc}',
      es: 'Mover {instance} a {dc}',
    },
  },
  check({ design, index, report }) {
    for (const pool of design.pools) {
      const primary = storeInstance(index, pool, 'primary', 'instance');
      if (!primary) continue;
      const mirror = storeInstance(index, pool, 'primary', 'mirror');
      const witness = storeInstance(index, pool, 'primary', 'witness');
      if (mirror && !witness) {
        report({
          message: 'noWitness',
          params: { pool: pool.fqdn, store: index.label(primary.id), mirror: index.label(mirror.id) },
          elements: [pool.id, primary.id, mirror.id],
        });
      }
      const primaryDc = primary.dataCenterId;
      if (witness?.dataCenterId && primaryDc && witness.dataCenterId !== primaryDc) {
        report({
          message: 'witnessElsewhere',
          params: {
            pool: pool.fqdn,
            witness: index.label(witness.id),
            witnessDc: index.label(witness.dataCenterId),
            store: index.label(primary.id),
            primaryDc: index.label(primaryDc),
          },
          elements: [pool.id, primary.id, witness.id],
          fix: moveInstanceFix(index, witness, 'primary', primaryDc, 'moveWitness'),
        });
      }
    }
  },
});

const pc027 = defineRule({
  id: 'PC-027',
  severity: 'error',
  source: 'RR, STR, SFB-PLAN',
  fixable: true,
  summary: {
    en: 'The log-shipping backup store must be a dedicated SQL instance in the other data center.',
    es: 'El almacén de copia de seguridad del trasvase de registros debe ser una instancia SQL dedicada en el otro centro de datos.',
  },
  messages: {
    noBackup: {
      en: 'Pool {pool} uses backup SQL Server stores for disaster recovery but has no backup store. The log-shipping secondary database needs a dedicated SQL instance in the other data center.',
      es: 'El grupo {pool} usa almacenes SQL Server de copia de seguridad para la recuperación ante desastres pero no tiene almacén de copia de seguridad. La base de datos secundaria del trasvase de registros necesita una instancia SQL dedicada en el otro centro de datos.',
    },
    sameAsPrimary: {
      en: 'The backup store of pool {pool} is {backup}, the same instance as its primary store. The log-shipping secondary database must be a dedicated SQL instance in the other data center.',
      es: 'El almacén de copia de seguridad del grupo {pool} es {backup}, la misma instancia que su almacén principal. La base de datos secundaria del trasvase de registros debe ser una instancia SQL dedicada en el otro centro de datos.',
    },
    sameAsMirror: {
      en: "The backup store of pool {pool} is {backup}, the same instance as its primary store's mirror. The log-shipping secondary database must be a dedicated SQL instance in the other data center.",
      es: 'El almacén de copia de seguridad del grupo {pool} es {backup}, la misma instancia que el reflejo de su almacén principal. La base de datos secundaria del trasvase de registros debe ser una instancia SQL dedicada en el otro centro de datos.',
    },
    sameDataCenter: {
      en: 'The backup store {backup} of pool {pool} is in {dc}, the data center of its primary store {store}. The log-shipping secondary database must be in the other physical data center, or losing {dc} loses both.',
      es: 'El almacén de copia de seguridad {backup} del grupo {pool} está en {dc}, el centro de datos de su almacén principal {store}. La base de datos secundaria del trasvase de registros debe estar en el otro centro de datos físico; si no, perder {dc} supone perder ambas.',
    },
    moveBackup: {
      en: 'Move {instance} to {dc}',
      es: 'Mover {instance} a {dc}',
    },
  },
  check({ design, index, report }) {
    for (const pool of design.pools) {
      if (!pool.disasterRecovery) continue;
      const { primary: p, backup: b } = pool.stores;
      const backup = index.sqlInstance(b.sqlInstanceId);
      // A reference to an instance that is not in the design is no store either.
      if (!backup) {
        report({ message: 'noBackup', params: { pool: pool.fqdn }, elements: [pool.id] });
        continue;
      }
      const params = { pool: pool.fqdn, backup: index.label(backup.id) };
      if (backup.id === p.sqlInstanceId || backup.id === p.mirrorId) {
        report({
          message: backup.id === p.sqlInstanceId ? 'sameAsPrimary' : 'sameAsMirror',
          params,
          elements: [pool.id, backup.id],
        });
        continue;
      }
      const primary = storeInstance(index, pool, 'primary', 'instance');
      const dc = backup.dataCenterId;
      if (!primary || !dc || primary.dataCenterId !== dc) continue;
      report({
        message: 'sameDataCenter',
        params: { ...params, dc: index.label(dc), store: index.label(primary.id) },
        elements: [pool.id, backup.id, primary.id],
        fix: moveInstanceFix(index, backup, 'backup', otherDataCenterId(design, dc), 'moveBackup'),
      });
    }
  },
});

const pc028 = defineRule({
  id: 'PC-028',
  severity: 'error',
  source: 'RR, STR',
  fixable: true,
  summary: {
    en: "The backup store's mirror and witness are optional; if deployed they must be in the backup store's data center.",
    es: 'El reflejo y el testigo del almacén de copia de seguridad son opcionales; si existen, deben estar en el centro de datos de ese almacén.',
  },
  messages: {
    mirrorElsewhere: {
      en: 'The backup store mirror {instance} of pool {pool} is in {instanceDc}, but the backup store {backup} is in {backupDc}. The mirror of the log-shipping secondary database must be in the same physical data center as the secondary.',
      es: 'El reflejo del almacén de copia de seguridad {instance} del grupo {pool} está en {instanceDc}, pero el almacén de copia de seguridad {backup} está en {backupDc}. El reflejo de la base de datos secundaria del trasvase de registros debe estar en el mismo centro de datos físico que la secundaria.',
    },
    witnessElsewhere: {
      en: 'The backup store witness {instance} of pool {pool} is in {instanceDc}, but the backup store {backup} is in {backupDc}. The witness of the log-shipping secondary database must be in the same physical data center as the secondary.',
      es: 'El testigo del almacén de copia de seguridad {instance} del grupo {pool} está en {instanceDc}, pero el almacén de copia de seguridad {backup} está en {backupDc}. El testigo de la base de datos secundaria del trasvase de registros debe estar en el mismo centro de datos físico que la secundaria.',
    },
    move: {
      en: 'Move {instance} to {dc}',
      es: 'Mover {instance} a {dc}',
    },
    noMirror: {
      en: 'The backup store {backup} of pool {pool} has no mirror. A mirror in the same data center keeps Persistent Chat highly available while it runs on the backup store after a failover.',
      es: 'El almacén de copia de seguridad {backup} del grupo {pool} no tiene reflejo. Un reflejo en el mismo centro de datos mantiene la alta disponibilidad del Chat persistente mientras funciona con el almacén de copia de seguridad tras una conmutación por error.',
    },
  },
  check({ index, design, report }) {
    for (const pool of design.pools) {
      if (!pool.disasterRecovery) continue;
      const backup = storeInstance(index, pool, 'backup', 'instance');
      if (!backup) continue; // PC-027 reports the missing backup store.
      const backupDc = backup.dataCenterId;
      const mirror = storeInstance(index, pool, 'backup', 'mirror');
      if (!mirror) {
        report({
          message: 'noMirror',
          severity: 'warning',
          params: { pool: pool.fqdn, backup: index.label(backup.id) },
          elements: [pool.id, backup.id],
        });
      }
      if (!backupDc) continue;
      // With the backup store wrongly beside the primary (PC-027), following it there is no fix.
      const backupMisplaced = backupDc === primaryDataCenterId(index, pool);
      for (const [instance, message] of [
        [mirror, 'mirrorElsewhere'],
        [storeInstance(index, pool, 'backup', 'witness'), 'witnessElsewhere'],
      ] as const) {
        if (!instance?.dataCenterId || instance.dataCenterId === backupDc || instance.id === backup.id)
          continue;
        report({
          message,
          params: {
            pool: pool.fqdn,
            instance: index.label(instance.id),
            instanceDc: index.label(instance.dataCenterId),
            backup: index.label(backup.id),
            backupDc: index.label(backupDc),
          },
          elements: [pool.id, backup.id, instance.id],
          fix: backupMisplaced ? undefined : moveInstanceFix(index, instance, 'backup', backupDc, 'move'),
        });
      }
    }
  },
});

/**
 * Pairs of mgc parts that PC-029 says must not share an instance, with the message for each.
 * A backup store on the primary or its mirror is PC-027's error, so those pairs are not here.
 */
const sharedMgcPairs = [
  ['primary.instance', 'primary.mirror', 'mirrorOnPrimary'],
  ['primary.instance', 'backup.mirror', 'backupMirrorOnPrimary'],
  ['primary.mirror', 'backup.mirror', 'mirrorsShared'],
  ['backup.instance', 'backup.mirror', 'backupMirrorOnBackup'],
] as const satisfies readonly (readonly [PartKey, PartKey, string])[];

const dedicatedNote = {
  en: 'RR asks for one dedicated database instance for each of the primary store mirror, the backup store and the backup store mirror.',
  es: 'RR pide una instancia de base de datos dedicada para cada uno: el reflejo del almacén principal, el almacén de copia de seguridad y el reflejo de este.',
};

const pc029 = defineRule({
  id: 'PC-029',
  severity: 'warning',
  source: 'RR',
  summary: {
    en: "The primary store's mirror, the backup store and the backup store's mirror should each be a dedicated SQL instance.",
    es: 'El reflejo del almacén principal, el almacén de copia de seguridad y el reflejo de este deben ser cada uno una instancia SQL dedicada.',
  },
  messages: {
    mirrorOnPrimary: {
      en: `SQL instance {instance} is both the primary store of pool {pool} and its mirror. ${dedicatedNote.en}`,
      es: `La instancia SQL {instance} es a la vez el almacén principal del grupo {pool} y su reflejo. ${dedicatedNote.es}`,
    },
    backupMirrorOnPrimary: {
      en: `SQL instance {instance} is both the primary store of pool {pool} and the backup store mirror. ${dedicatedNote.en}`,
      es: `La instancia SQL {instance} es a la vez el almacén principal del grupo {pool} y el reflejo del almacén de copia de seguridad. ${dedicatedNote.es}`,
    },
    mirrorsShared: {
      en: `SQL instance {instance} is both the primary store mirror and the backup store mirror of pool {pool}. ${dedicatedNote.en}`,
      es: `La instancia SQL {instance} es a la vez el reflejo del almacén principal y el reflejo del almacén de copia de seguridad del grupo {pool}. ${dedicatedNote.es}`,
    },
    backupMirrorOnBackup: {
      en: `SQL instance {instance} is both the backup store of pool {pool} and its mirror. ${dedicatedNote.en}`,
      es: `La instancia SQL {instance} es a la vez el almacén de copia de seguridad del grupo {pool} y su reflejo. ${dedicatedNote.es}`,
    },
  },
  check({ index, report }) {
    for (const [instanceId, byPool] of databasePartsByInstance(index)) {
      for (const [pool, parts] of byPool) {
        for (const [a, b, message] of sharedMgcPairs) {
          if (!parts.includes(a) || !parts.includes(b)) continue;
          report({
            message,
            params: { instance: index.label(instanceId), pool: pool.fqdn },
            elements: [pool.id, instanceId],
          });
        }
      }
    }
  },
});

/** The compliance parts, each with the message for when it does not have its own instance. */
const complianceParts = {
  'compliance.instance': 'complianceNotDedicated',
  'compliance.mirror': 'mirrorNotDedicated',
  'complianceBackup.instance': 'backupNotDedicated',
  'complianceBackup.mirror': 'backupMirrorNotDedicated',
} as const satisfies Partial<Record<PartKey, string>>;
type CompliancePart = keyof typeof complianceParts;

/** The database each part holds: the planner sees which other database took the instance. */
const databaseOf = (part: PartKey) => (part.startsWith('compliance') ? 'mgccomp' : 'mgc');

/**
 * The first compliance part on this instance that shares it with another database part, and
 * the databases it shares with. mgccomp may share the mgc primary instance (TR; the reference
 * design does), nothing else.
 */
function complianceSharing(parts: readonly PartKey[]): { part: CompliancePart; databases: string } | null {
  for (const p of Object.keys(complianceParts) as CompliancePart[]) {
    if (!parts.includes(p)) continue;
    const others = parts.filter((q) => q !== p && !(p === 'compliance.instance' && q === 'primary.instance'));
    if (others.length === 0) continue;
    return { part: p, databases: [...new Set(others.map(databaseOf))].join(', ') };
  }
  return null;
}

const complianceDedicatedNote = {
  en: 'With compliance, RR asks for 3 more dedicated instances for mgccomp (its mirror, backup store and backup store mirror); only the compliance store may share the primary store instance.',
  es: 'Con cumplimiento, RR pide 3 instancias dedicadas más para mgccomp (su reflejo, su almacén de copia de seguridad y el reflejo de este); solo el almacén de cumplimiento puede compartir la instancia del almacén principal.',
};

const pc030 = defineRule({
  id: 'PC-030',
  severity: 'warning',
  source: 'RR, SFB-PLAN, TR',
  fixable: true,
  summary: {
    en: 'With compliance, the compliance mirror, backup store and backup mirror should be dedicated instances placed like the mgc ones.',
    es: 'Con cumplimiento, el reflejo, el almacén de copia de seguridad y el reflejo de copia de cumplimiento deben ser instancias dedicadas situadas como las de mgc.',
  },
  messages: {
    complianceNotDedicated: {
      en: `The compliance store of pool {pool} is {instance}, which also holds the pool's {databases}. ${complianceDedicatedNote.en}`,
      es: `El almacén de cumplimiento del grupo {pool} es {instance}, que también aloja {databases} del grupo. ${complianceDedicatedNote.es}`,
    },
    mirrorNotDedicated: {
      en: `The compliance store mirror of pool {pool} is {instance}, which also holds the pool's {databases}. ${complianceDedicatedNote.en}`,
      es: `El reflejo del almacén de cumplimiento del grupo {pool} es {instance}, que también aloja {databases} del grupo. ${complianceDedicatedNote.es}`,
    },
    backupNotDedicated: {
      en: `The compliance backup store of pool {pool} is {instance}, which also holds the pool's {databases}. ${complianceDedicatedNote.en}`,
      es: `El almacén de copia de seguridad de cumplimiento del grupo {pool} es {instance}, que también aloja {databases} del grupo. ${complianceDedicatedNote.es}`,
    },
    backupMirrorNotDedicated: {
      en: `The compliance backup store mirror of pool {pool} is {instance}, which also holds the pool's {databases}. ${complianceDedicatedNote.en}`,
      es: `El reflejo del almacén de copia de seguridad de cumplimiento del grupo {pool} es {instance}, que también aloja {databases} del grupo. ${complianceDedicatedNote.es}`,
    },
    complianceElsewhere: {
      en: 'The compliance store {instance} of pool {pool} is in {instanceDc}, but the primary store is in {dc}. The compliance databases are placed the same way as the mgc ones.',
      es: 'El almacén de cumplimiento {instance} del grupo {pool} está en {instanceDc}, pero el almacén principal está en {dc}. Las bases de datos de cumplimiento se sitúan igual que las de mgc.',
    },
    mirrorElsewhere: {
      en: 'The compliance store mirror {instance} of pool {pool} is in {instanceDc}, not in {dc} with the primary and compliance stores. Like the mgc mirror, it belongs in the same data center as its store.',
      es: 'El reflejo del almacén de cumplimiento {instance} del grupo {pool} está en {instanceDc}, no en {dc} con los almacenes principal y de cumplimiento. Como el reflejo de mgc, debe estar en el mismo centro de datos que su almacén.',
    },
    backupSameDataCenter: {
      en: 'The compliance backup store {instance} of pool {pool} is in {dc}, with the primary and compliance stores. Like the mgc backup store, it belongs in the other data center.',
      es: 'El almacén de copia de seguridad de cumplimiento {instance} del grupo {pool} está en {dc}, con los almacenes principal y de cumplimiento. Como el almacén de copia de seguridad de mgc, debe estar en el otro centro de datos.',
    },
    backupMirrorElsewhere: {
      en: 'The compliance backup store mirror {instance} of pool {pool} is in {instanceDc}, but the compliance backup store is in {dc}. Like the mgc backup mirror, it belongs in the same data center as its store.',
      es: 'El reflejo del almacén de copia de seguridad de cumplimiento {instance} del grupo {pool} está en {instanceDc}, pero ese almacén está en {dc}. Como el reflejo de copia de seguridad de mgc, debe estar en el mismo centro de datos que su almacén.',
    },
    backupWitnessElsewhere: {
      en: 'The compliance backup store witness {instance} of pool {pool} is in {instanceDc}, but the compliance backup store is in {dc}. Like the mgc backup witness, it belongs in the same data center as its store.',
      es: 'El testigo del almacén de copia de seguridad de cumplimiento {instance} del grupo {pool} está en {instanceDc}, pero ese almacén está en {dc}. Como el testigo de copia de seguridad de mgc, debe estar en el mismo centro de datos que su almacén.',
    },
    move: {
      en: 'Move {instance} to {dc}',
      es: 'Mover {instance} a {dc}',
    },
  },
  check({ design, index, report }) {
    for (const [instanceId, byPool] of databasePartsByInstance(index)) {
      for (const [pool, parts] of byPool) {
        const sharing = pool.compliance ? complianceSharing(parts) : null;
        if (!sharing) continue;
        report({
          message: complianceParts[sharing.part],
          params: { instance: index.label(instanceId), pool: pool.fqdn, databases: sharing.databases },
          elements: [pool.id, instanceId],
        });
      }
    }

    for (const pool of design.pools) {
      if (!pool.compliance) continue;
      const misplaced = (
        instance: SqlInstance | undefined,
        expectedDc: string | null | undefined,
        message: Parameters<typeof report>[0]['message'],
        fixDc: string | null,
        side: Side,
      ) => {
        if (!instance?.dataCenterId || !expectedDc || instance.dataCenterId === expectedDc) return;
        report({
          message,
          params: {
            pool: pool.fqdn,
            instance: index.label(instance.id),
            instanceDc: index.label(instance.dataCenterId),
            dc: index.label(expectedDc),
          },
          elements: [pool.id, instance.id],
          fix: moveInstanceFix(index, instance, side, fixDc, 'move'),
        });
      };

      const primaryDc = primaryDataCenterId(index, pool);
      const comp = storeInstance(index, pool, 'compliance', 'instance');
      misplaced(comp, primaryDc, 'complianceElsewhere', primaryDc, 'primary');
      // Everything compliance is placed relative to the primary store, where its own store belongs too.
      const homeDc = primaryDc ?? comp?.dataCenterId ?? null;
      misplaced(
        storeInstance(index, pool, 'compliance', 'mirror'),
        homeDc,
        'mirrorElsewhere',
        homeDc,
        'primary',
      );

      if (!pool.disasterRecovery) continue;
      const backup = storeInstance(index, pool, 'complianceBackup', 'instance');
      const backupDc = backup?.dataCenterId ?? null;
      // Sharing the compliance store's instance is already reported above as not dedicated.
      if (backup && backupDc && homeDc && backupDc === homeDc && backup.id !== comp?.id) {
        report({
          message: 'backupSameDataCenter',
          params: { pool: pool.fqdn, instance: index.label(backup.id), dc: index.label(backupDc) },
          elements: [pool.id, backup.id, ...(comp ? [comp.id] : [])],
          fix: moveInstanceFix(index, backup, 'backup', otherDataCenterId(design, backupDc), 'move'),
        });
      }
      // Following a backup store that sits beside the compliance store would be no fix.
      const followDc = backupDc && backupDc !== homeDc ? backupDc : null;
      misplaced(
        storeInstance(index, pool, 'complianceBackup', 'mirror'),
        backupDc,
        'backupMirrorElsewhere',
        followDc,
        'backup',
      );
      misplaced(
        storeInstance(index, pool, 'complianceBackup', 'witness'),
        backupDc,
        'backupWitnessElsewhere',
        followDc,
        'backup',
      );
    }
  },
});

const pc031 = defineRule({
  id: 'PC-031',
  severity: 'info',
  source: 'FO, SFB-MGMT, HOW',
  summary: {
    en: 'The compliance database (mgccomp) is not failed over; manage the compliance adapter output.',
    es: 'La base de datos de cumplimiento (mgccomp) no se conmuta por error; administre la salida del adaptador de cumplimiento.',
  },
  messages: {
    notFailedOver: {
      en: 'Pool {pool} uses compliance and disaster recovery. A failover does not fail over the compliance database (mgccomp): its content is transient and is removed once the compliance adapter has processed it, so manage the adapter output (AdapterOutputDirectory) to avoid losing compliance data.',
      es: 'El grupo {pool} usa cumplimiento y recuperación ante desastres. Una conmutación por error no conmuta la base de datos de cumplimiento (mgccomp): su contenido es transitorio y se elimina cuando el adaptador de cumplimiento lo ha procesado, así que administre la salida del adaptador (AdapterOutputDirectory) para no perder datos de cumplimiento.',
    },
  },
  check({ design, index, report }) {
    for (const pool of design.pools) {
      if (!pool.compliance || !pool.disasterRecovery) continue;
      const stores = [
        storeInstance(index, pool, 'compliance', 'instance'),
        storeInstance(index, pool, 'complianceBackup', 'instance'),
      ].flatMap((i) => (i ? [i.id] : []));
      report({ message: 'notFailedOver', params: { pool: pool.fqdn }, elements: [pool.id, ...stores] });
    }
  },
});

export const placementRules: readonly Rule[] = [
  pc022,
  pc023,
  pc024,
  pc025,
  pc026,
  pc027,
  pc028,
  pc029,
  pc030,
  pc031,
];
