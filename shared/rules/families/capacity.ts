/** A. Pool size, capacity and server counts (PC-001 to PC-007). */
import { removeElements } from '../../model/edit.ts';
import type { DesignIndex } from '../../model/design-index.ts';
import type { Design, PersistentChatPool, PersistentChatServer } from '../../model/types.ts';
import { activeServersOf, primaryDataCenterId, serversOf } from '../../model/queries.ts';
import {
  MAX_ACTIVE_SERVERS,
  MAX_CHAT_ROOM_ACES,
  MAX_CONCURRENT_USERS,
  MAX_POOL_SERVERS,
  MAX_PROVISIONED_USERS,
  USERS_PER_SERVER,
} from '../../model/product.ts';
import { pluralKey, pluralMessages } from '../messages.ts';
import { defineRule } from '../types.ts';
import type { Rule } from '../types.ts';

/** The active servers beyond the first four, keeping those beside the primary store active. */
function extraActives(index: DesignIndex, pool: PersistentChatPool): PersistentChatServer[] {
  const primaryDc = primaryDataCenterId(index, pool);
  const actives = activeServersOf(index, pool);
  const keep = new Set(
    [...actives]
      .sort((a, b) => Number(b.dataCenterId === primaryDc) - Number(a.dataCenterId === primaryDc))
      .slice(0, MAX_ACTIVE_SERVERS)
      .map((s) => s.id),
  );
  return actives.filter((s) => !keep.has(s.id));
}

/**
 * The servers to take out of a pool that holds more than `limit`: idle ones before active ones,
 * those away from the primary store first, the last added first. Removing an idle server keeps
 * the pool's capacity; when every server is active, the pool still keeps `limit` of them.
 */
function serversBeyond(index: DesignIndex, pool: PersistentChatPool, limit: number): PersistentChatServer[] {
  const primaryDc = primaryDataCenterId(index, pool);
  const servers = serversOf(index, pool);
  const weight = (s: PersistentChatServer) =>
    (s.state === 'idle' ? 2 : 0) + (s.dataCenterId !== primaryDc ? 1 : 0);
  return servers
    .map((s, at) => ({ s, at }))
    .sort((a, b) => weight(b.s) - weight(a.s) || b.at - a.at)
    .slice(0, Math.max(0, servers.length - limit))
    .map(({ s }) => s);
}

const fqdnList = (servers: readonly PersistentChatServer[]) => servers.map((s) => s.fqdn || s.id).join(', ');

function fixIdle(index: DesignIndex, pool: PersistentChatPool) {
  const extra = extraActives(index, pool);
  const ids = new Set(extra.map((s) => s.id));
  return {
    title: pluralKey('fix', extra.length),
    params: { servers: fqdnList(extra) },
    apply: (d: Design): Design => ({
      ...d,
      servers: d.servers.map((s) => (ids.has(s.id) ? { ...s, state: 'idle' as const } : s)),
    }),
  };
}

const pc001 = defineRule({
  id: 'PC-001',
  severity: 'error',
  source: 'CT, CAP, DEF, DEP, SFB-TOPO, SFB-HW',
  fixable: true,
  summary: {
    en: 'At most 4 servers of a Persistent Chat pool may be active at the same time.',
    es: 'Como máximo 4 servidores de un grupo de Chat persistente pueden estar activos a la vez.',
  },
  messages: {
    tooManyActive: {
      en: 'Pool {pool} has {count} active servers ({servers}); at most 4 may be active at once.',
      es: 'El grupo {pool} tiene {count} servidores activos ({servers}); como máximo 4 pueden estar activos a la vez.',
    },
    ...pluralMessages('fix', {
      one: {
        en: 'Make {servers} idle, keeping those beside the primary store active',
        es: 'Dejar inactivo {servers}, manteniendo activos los que están junto al almacén principal',
      },
      other: {
        en: 'Make {servers} idle, keeping those beside the primary store active',
        es: 'Dejar inactivos {servers}, manteniendo activos los que están junto al almacén principal',
      },
    }),
  },
  check({ design, index, report }) {
    for (const pool of design.pools) {
      const actives = activeServersOf(index, pool);
      if (actives.length <= MAX_ACTIVE_SERVERS) continue;
      report({
        message: 'tooManyActive',
        params: { pool: pool.fqdn, count: actives.length, servers: actives.map((s) => s.fqdn).join(', ') },
        elements: [pool.id, ...actives.map((s) => s.id)],
        fix: fixIdle(index, pool),
      });
    }
  },
});

function removeBeyond(index: DesignIndex, pool: PersistentChatPool, limit: number) {
  const extra = serversBeyond(index, pool, limit);
  const ids = new Set(extra.map((s) => s.id));
  return {
    title: pluralKey('remove', extra.length),
    params: { servers: fqdnList(extra), pool: pool.fqdn, limit },
    apply: (d: Design): Design => removeElements(d, ids),
  };
}

const pc002 = defineRule({
  id: 'PC-002',
  severity: 'error',
  source: 'CT, CAP, DEF',
  fixable: true,
  summary: {
    en: 'A pool holds at most 8 servers, and more than 4 only in the stretched HA/DR configuration.',
    es: 'Un grupo tiene como máximo 8 servidores, y más de 4 solo en la configuración extendida de alta disponibilidad y recuperación ante desastres.',
  },
  messages: {
    tooMany: {
      en: 'Pool {pool} has {count} servers; a Persistent Chat pool holds at most 8 (4 active and 4 standby).',
      es: 'El grupo {pool} tiene {count} servidores; un grupo de Chat persistente admite como máximo 8 (4 activos y 4 en espera).',
    },
    notStretched: {
      en: 'Pool {pool} has {count} servers but does not use backup SQL Server stores for disaster recovery; only a stretched HA/DR pool may hold more than 4.',
      es: 'El grupo {pool} tiene {count} servidores pero no usa almacenes SQL Server de copia de seguridad para la recuperación ante desastres; solo un grupo extendido puede tener más de 4.',
    },
    ...pluralMessages('remove', {
      one: {
        en: 'Remove the server {servers}, so that {pool} keeps {limit}',
        es: 'Quitar el servidor {servers}, para que {pool} conserve {limit}',
      },
      other: {
        en: 'Remove the servers {servers}, so that {pool} keeps {limit}',
        es: 'Quitar los servidores {servers}, para que {pool} conserve {limit}',
      },
    }),
  },
  check({ design, index, report }) {
    for (const pool of design.pools) {
      const servers = serversOf(index, pool);
      const elements = [pool.id, ...servers.map((s) => s.id)];
      const params = { pool: pool.fqdn, count: servers.length };
      if (servers.length > MAX_POOL_SERVERS) {
        report({ message: 'tooMany', params, elements, fix: removeBeyond(index, pool, MAX_POOL_SERVERS) });
      } else if (servers.length > MAX_ACTIVE_SERVERS && !pool.disasterRecovery) {
        report({
          message: 'notStretched',
          params,
          elements,
          // Turning disaster recovery on asks for a backup store, a second data center and the
          // shares of log shipping, so it adds errors; taking out the servers beyond 4 does not.
          fix: removeBeyond(index, pool, MAX_ACTIVE_SERVERS),
        });
      }
    }
  },
});

const pc003 = defineRule({
  id: 'PC-003',
  severity: 'warning',
  source: 'DEP, DEF, CT',
  summary: {
    en: 'One Persistent Chat server supports at most 20,000 concurrent users.',
    es: 'Un servidor de Chat persistente admite como máximo 20.000 usuarios simultáneos.',
  },
  messages: {
    ...pluralMessages('overloaded', {
      one: {
        en: 'Pool {pool} expects {users} concurrent users on its one active server; one server supports at most 20,000.',
        es: 'El grupo {pool} prevé {users} usuarios simultáneos en su único servidor activo; un servidor admite como máximo 20.000.',
      },
      other: {
        en: 'Pool {pool} expects {users} concurrent users on {active} active servers, {perServer} each; one server supports at most 20,000.',
        es: 'El grupo {pool} prevé {users} usuarios simultáneos en {active} servidores activos, {perServer} en cada uno; un servidor admite como máximo 20.000.',
      },
    }),
  },
  check({ design, index, report }) {
    for (const pool of design.pools) {
      const users = pool.expectedConcurrentUsers;
      if (users === null || users <= 0) continue;
      const active = activeServersOf(index, pool).length;
      if (active === 0) continue; // PC-068 reports a pool with nothing active.
      const perServer = Math.ceil(users / active);
      if (perServer > USERS_PER_SERVER) {
        report({
          message: pluralKey('overloaded', active),
          params: { pool: pool.fqdn, users, active, perServer },
          elements: [pool.id],
        });
      }
    }
  },
});

const pc004 = defineRule({
  id: 'PC-004',
  severity: 'error',
  source: 'DEF, CAP',
  summary: {
    en: 'All Persistent Chat pools together support 80,000 concurrent and 150,000 provisioned users.',
    es: 'Todos los grupos de Chat persistente juntos admiten 80.000 usuarios simultáneos y 150.000 usuarios aprovisionados.',
  },
  messages: {
    concurrent: {
      en: 'The design expects {users} concurrent users across {pools}; the deployment supports at most 80,000, and extra pools add no scale.',
      es: 'El diseño prevé {users} usuarios simultáneos entre {pools}; la implementación admite como máximo 80.000 y los grupos adicionales no añaden escala.',
    },
    provisioned: {
      en: 'The design provisions {users} users across {pools}; at most 150,000 users may be enabled for Persistent Chat.',
      es: 'El diseño aprovisiona {users} usuarios entre {pools}; como máximo 150.000 usuarios pueden tener Chat persistente.',
    },
  },
  check({ design, report }) {
    const sum = (pick: (p: (typeof design.pools)[number]) => number | null) => {
      const counted = design.pools.filter((p) => (pick(p) ?? 0) > 0);
      return { total: counted.reduce((n, p) => n + (pick(p) ?? 0), 0), counted };
    };
    const concurrent = sum((p) => p.expectedConcurrentUsers);
    if (concurrent.total > MAX_CONCURRENT_USERS) {
      report({
        message: 'concurrent',
        params: { users: concurrent.total, pools: concurrent.counted.map((p) => p.fqdn).join(', ') },
        elements: concurrent.counted.map((p) => p.id),
      });
    }
    const provisioned = sum((p) => p.provisionedUsers);
    if (provisioned.total > MAX_PROVISIONED_USERS) {
      report({
        message: 'provisioned',
        params: { users: provisioned.total, pools: provisioned.counted.map((p) => p.fqdn).join(', ') },
        elements: provisioned.counted.map((p) => p.id),
      });
    }
  },
});

const pc005 = defineRule({
  id: 'PC-005',
  severity: 'warning',
  source: 'DEF, CHK',
  summary: {
    en: 'Several Persistent Chat pools are for data residency only, not for scale.',
    es: 'Varios grupos de Chat persistente solo se justifican por residencia de datos, no por escala.',
  },
  messages: {
    several: {
      en: 'The design has {count} Persistent Chat pools ({pools}). Several pools are supported only to keep data in separate geographies; they add no capacity, and each room belongs to one pool.',
      es: 'El diseño tiene {count} grupos de Chat persistente ({pools}). Varios grupos solo se admiten para mantener los datos en geografías separadas; no añaden capacidad y cada salón pertenece a un único grupo.',
    },
  },
  check({ design, report }) {
    if (design.pools.length < 2) return;
    report({
      message: 'several',
      params: { count: design.pools.length, pools: design.pools.map((p) => p.fqdn).join(', ') },
      elements: design.pools.map((p) => p.id),
    });
  },
});

const pc006 = defineRule({
  id: 'PC-006',
  severity: 'warning',
  source: 'CAP, SFB-TOPO',
  summary: {
    en: 'When an active server fails, its users move to the others; plan for the load and replace it quickly.',
    es: 'Cuando falla un servidor activo, sus usuarios pasan a los demás; planee esa carga y sustitúyalo pronto.',
  },
  messages: {
    ...pluralMessages('failureOverload', {
      one: {
        en: 'If one of the {active} active servers of {pool} fails, the other one carries {perServer} users, over the 20,000 a server supports. Restore or replace a failed server quickly (Topology Builder or Set-CsPersistentChatActiveServer).',
        es: 'Si falla uno de los {active} servidores activos de {pool}, el restante lleva {perServer} usuarios, más de los 20.000 que admite un servidor. Restaure o sustituya pronto el servidor (Generador de topologías o Set-CsPersistentChatActiveServer).',
      },
      other: {
        en: 'If one of the {active} active servers of {pool} fails, the other {remaining} carry {perServer} users each, over the 20,000 a server supports. Restore or replace a failed server quickly (Topology Builder or Set-CsPersistentChatActiveServer).',
        es: 'Si falla uno de los {active} servidores activos de {pool}, los {remaining} restantes llevan {perServer} usuarios cada uno, más de los 20.000 que admite un servidor. Restaure o sustituya pronto el servidor (Generador de topologías o Set-CsPersistentChatActiveServer).',
      },
    }),
  },
  check({ design, index, report }) {
    for (const pool of design.pools) {
      const users = pool.expectedConcurrentUsers;
      const active = activeServersOf(index, pool).length;
      if (users === null || active < 2) continue;
      if (Math.ceil(users / active) > USERS_PER_SERVER) continue; // PC-003 already says so.
      const perServer = Math.ceil(users / (active - 1));
      if (perServer > USERS_PER_SERVER) {
        report({
          message: pluralKey('failureOverload', active - 1),
          params: { pool: pool.fqdn, active, remaining: active - 1, perServer },
          elements: [pool.id],
        });
      }
    }
  },
});

const pc007 = defineRule({
  id: 'PC-007',
  severity: 'warning',
  source: 'CAP',
  summary: {
    en: 'Chat-room access control entries should stay at or below 2,000,000.',
    es: 'Las entradas de control de acceso de los salones deben quedar en 2.000.000 o menos.',
  },
  messages: {
    tooManyAces: {
      en: 'Pool {pool} plans {aces} access control entries across its chat rooms; above 2,000,000 performance degrades significantly.',
      es: 'El grupo {pool} prevé {aces} entradas de control de acceso en sus salones; por encima de 2.000.000 el rendimiento se degrada notablemente.',
    },
  },
  check({ design, report }) {
    for (const pool of design.pools) {
      if ((pool.chatRoomAces ?? 0) > MAX_CHAT_ROOM_ACES) {
        report({
          message: 'tooManyAces',
          params: { pool: pool.fqdn, aces: pool.chatRoomAces ?? 0 },
          elements: [pool.id],
        });
      }
    }
  },
});

export const capacityRules: readonly Rule[] = [pc001, pc002, pc003, pc004, pc005, pc006, pc007];
