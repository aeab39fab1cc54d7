/**
 * E. Stretched-pool layout across data centers, the servers (PC-022 to PC-025): where active and
 * idle servers belong for the link between the data centers, and where the primary store and its
 * mirror sit relative to the next hop.
 */
import type { DesignIndex } from '../../../model/design-index.ts';
import { updateElement } from '../../../model/edit.ts';
import { fqdnKey } from '../../../model/values.ts';
import { readTimeZone } from '../../../model/time-zones.ts';
import type { Design, PersistentChatPool, PersistentChatServer } from '../../../model/types.ts';
import {
  activeServersOf,
  effectiveLinkClass,
  measuredLinkClass,
  primaryDataCenterId,
  serversOf,
  storeInstance,
} from '../../../model/queries.ts';
import { messagesFor, pluralKey, pluralMessages } from '../../messages.ts';
import { defineRule } from '../../types.ts';
import type { Rule } from '../../types.ts';
import { MAX_ACTIVE_SERVERS } from '../../../model/product.ts';
import { moveInstanceFix, otherDataCenterId } from './sides.ts';

/** PC-023 and PC-024: 4 servers in each data center of a stretched pool. */
export const REFERENCE_SERVERS_PER_DATA_CENTER = 4;
/** PC-023: over a high-bandwidth link, 2 of the 4 in each data center are active. */
export const REFERENCE_ACTIVE_PER_DATA_CENTER = 2;

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

function linkFigures(design: Design) {
  return { latency: design.link.latencyMs, bandwidth: design.link.bandwidthMbps };
}

/** PC-022's quick fix: idle the server, and keep the active count with its own stand-in beside the primary. */
function swapWithStandIn(serverId: string, standInId: string | undefined) {
  return (design: Design): Design => {
    // Applied twice, or after the planner idled it by hand, the fix has nothing left to do.
    if (design.servers.find((s) => s.id === serverId)?.state !== 'active') return design;
    const idled = updateElement(design, 'server', serverId, { state: 'idle' });
    return standInId ? updateElement(idled, 'server', standInId, { state: 'active' }) : idled;
  };
}

/** False only when both time zones are known and differ: then PC-019 forbids the server to be active. */
function inNextHopZone(index: DesignIndex, pool: PersistentChatPool, server: PersistentChatServer): boolean {
  const hop = readTimeZone(
    index.dataCenter(index.frontEndPool(pool.nextHopId)?.dataCenterId)?.timeZone ?? '',
  );
  const own = readTimeZone(index.dataCenter(server.dataCenterId)?.timeZone ?? '');
  return !('zone' in hop) || !('zone' in own) || hop.zone === own.zone;
}

/**
 * Idle servers beside the primary store that may be made active. One that shares a computer
 * with an Enterprise Edition Front End Server is left out, as PC-013 forbids that computer to
 * the role altogether, and so is one outside the next hop's time zone (PC-019): making either
 * active would trade one error for another.
 */
function idleBesidePrimary(index: DesignIndex, pool: PersistentChatPool): PersistentChatServer[] {
  const primaryDc = primaryDataCenterId(index, pool);
  if (!primaryDc) return [];
  return serversOf(index, pool).filter(
    (s) =>
      s.state === 'idle' &&
      s.dataCenterId === primaryDc &&
      index.frontEndByMachine.get(fqdnKey(s.fqdn))?.edition !== 'enterprise' &&
      inNextHopZone(index, pool, s),
  );
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
      // Each misplaced server gets a stand-in of its own, so no two fixes wake the same one and
      // applying them all keeps the pool's capacity.
      const standIns = idleBesidePrimary(index, pool);
      away.forEach((server, at) => {
        const standIn = standIns[at];
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
          // The low-bandwidth layout of PC-024 asks the same of this server.
          alsoRuleIds: ['PC-024'],
          fix: {
            title: standIn ? 'swap' : 'idle',
            params: { server: index.label(server.id), standIn: standIn ? index.label(standIn.id) : '' },
            apply: swapWithStandIn(server.id, standIn?.id),
          },
        });
      });
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

/** PC-024's counts, worded by their number: standby is below the active count, so 4 cases. */
const activeWords = {
  one: { en: 'its one active server', es: 'su único servidor activo' },
  other: { en: '{active} active servers', es: '{active} servidores activos' },
} as const;
const standbyWords = {
  none: { en: 'no server', es: 'ningún servidor' },
  one: { en: 'only 1 server', es: 'solo 1 servidor' },
  other: { en: 'only {standby} servers', es: 'solo {standby} servidores' },
} as const;
const standbyCounts = {
  'one.none': { active: activeWords.one, standby: standbyWords.none },
  'other.none': { active: activeWords.other, standby: standbyWords.none },
  'other.one': { active: activeWords.other, standby: standbyWords.one },
  'other.other': { active: activeWords.other, standby: standbyWords.other },
};
type StandbyCase = keyof typeof standbyCounts;

function standbyCase(active: number, standby: number): StandbyCase {
  const a = active === 1 ? 'one' : 'other';
  const b = standby === 0 ? 'none' : standby === 1 ? 'one' : 'other';
  return a === 'one' ? 'one.none' : (`other.${b}` as StandbyCase);
}

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
    ...pluralMessages('idleBesidePrimary', {
      one: {
        en: 'Server {servers} of pool {pool} is idle in {primaryDc}, the data center of the primary store. Over a low-bandwidth link the reference layout keeps the servers there active and the idle ones in {otherDc}, ready to be made active after a failover.',
        es: 'El servidor {servers} del grupo {pool} está inactivo en {primaryDc}, el centro de datos del almacén principal. Con un vínculo de bajo ancho de banda el diseño de referencia mantiene activos los servidores de allí y los inactivos en {otherDc}, listos para activarse tras una conmutación por error.',
      },
      other: {
        en: 'Servers {servers} of pool {pool} are idle in {primaryDc}, the data center of the primary store. Over a low-bandwidth link the reference layout keeps the servers there active and the idle ones in {otherDc}, ready to be made active after a failover.',
        es: 'Los servidores {servers} del grupo {pool} están inactivos en {primaryDc}, el centro de datos del almacén principal. Con un vínculo de bajo ancho de banda el diseño de referencia mantiene activos los servidores de allí y los inactivos en {otherDc}, listos para activarse tras una conmutación por error.',
      },
    }),
    makeActive: {
      en: 'Make {servers} active',
      es: 'Activar {servers}',
    },
    ...messagesFor('fewStandby', standbyCounts, (c) => ({
      en: `Pool {pool} has ${c.active.en}, but ${c.standby.en} in {otherDc}, where active servers must be after a failover to the backup store. The low-bandwidth reference layout has 4 active servers in {primaryDc} and 4 idle ones in {otherDc}.`,
      es: `El grupo {pool} tiene ${c.active.es}, pero ${c.standby.es} en {otherDc}, donde deben estar los servidores activos tras una conmutación por error al almacén de copia de seguridad. El diseño de referencia con bajo ancho de banda tiene 4 servidores activos en {primaryDc} y 4 inactivos en {otherDc}.`,
    })),
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
          message: pluralKey('idleBesidePrimary', idle.length),
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
          message: `fewStandby.${standbyCase(active, standby)}`,
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

export const serverPlacementRules: readonly Rule[] = [pc022, pc023, pc024, pc025];
