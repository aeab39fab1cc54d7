/** Placement (DSN-006, DSN-007, DSN-010, DSN-011): where elements stand, what they belong to. */
import { updateElement } from '../../../model/edit.ts';
import { derived } from '../../../model/derived.ts';
import type { DesignIndex } from '../../../model/design-index.ts';
import type { Design, PersistentChatPool, PersistentChatServer } from '../../../model/types.ts';
import { activeServersOf, effectiveLinkClass, primaryDataCenterId } from '../../../model/queries.ts';
import { MAX_ACTIVE_SERVERS } from '../../../model/product.ts';
import type { Text } from '../../../i18n/text.ts';
import { messagesFor, pluralKey, pluralMessages } from '../../messages.ts';
import { defineRule } from '../../types.ts';
import { SOURCE } from './source.ts';
import { memoFqdnKey } from './values.ts';

type Placeable = 'frontEndPool' | 'server' | 'sqlInstance' | 'fileStore' | 'share';

interface Computer {
  /** The one data center the design puts it in, or null while it is unplaced. */
  dataCenter: string | null;
  /** True once two of its elements disagree about the data center. */
  split: boolean;
  elements: string[];
}

/**
 * What stands on each computer (by FQDN) and where the design puts it; shared by DSN-006 and
 * DSN-011. Only placements in a data center that exists count; dangling ones are DSN-001's.
 */
const computersOf = derived((index: DesignIndex): Map<string, Computer> => {
  const { design } = index;
  const computers = new Map<string, Computer>();
  const add = (fqdn: string, dataCenterId: string | null, id: string) => {
    const key = memoFqdnKey(fqdn);
    if (key === '') return;
    let c = computers.get(key);
    if (!c) computers.set(key, (c = { dataCenter: null, split: false, elements: [] }));
    if (c.elements[c.elements.length - 1] !== id) c.elements.push(id);
    if (!dataCenterId || !index.dataCenter(dataCenterId)) return;
    if (c.dataCenter === null) c.dataCenter = dataCenterId;
    else if (c.dataCenter !== dataCenterId) c.split = true;
  };
  for (const fe of design.frontEndPools) {
    // An Enterprise pool's own FQDN is a DNS name for the pool, not a computer.
    if (fe.edition === 'standard') add(fe.fqdn, fe.dataCenterId, fe.id);
    for (const m of fe.machines) add(m, fe.dataCenterId, fe.id);
  }
  for (const s of design.servers) add(s.fqdn, s.dataCenterId, s.id);
  for (const i of design.sqlInstances) add(i.serverFqdn, i.dataCenterId, i.id);
  for (const f of design.fileStores) add(f.serverFqdn, f.dataCenterId, f.id);
  for (const s of design.shares) add(s.serverFqdn, s.dataCenterId, s.id);
  return computers;
});

const theKind: Record<Placeable, Text> = {
  frontEndPool: { en: 'The Front End pool', es: 'El grupo front-end' },
  server: { en: 'The Persistent Chat server', es: 'El servidor de Chat persistente' },
  sqlInstance: { en: 'The SQL Server instance', es: 'La instancia de SQL Server' },
  fileStore: { en: 'The file store', es: 'El almacén de archivos' },
  share: { en: 'The share', es: 'El recurso compartido' },
};

function mayJoinActive(index: DesignIndex, pool: PersistentChatPool, server: PersistentChatServer): boolean {
  if (activeServersOf(index, pool).length >= MAX_ACTIVE_SERVERS) return false;
  if (effectiveLinkClass(index.design, index.design.settings) !== 'low-bandwidth') return true;
  const primaryDc = primaryDataCenterId(index, pool);
  return primaryDc === null || server.dataCenterId === null || server.dataCenterId === primaryDc;
}

export const dsn006 = defineRule({
  id: 'DSN-006',
  severity: 'warning',
  source: SOURCE,
  fixable: true,
  summary: {
    en: 'Every server, SQL instance, file store, share and Front End pool is placed in a data center.',
    es: 'Todo servidor, instancia SQL, almacén de archivos, recurso compartido y grupo front-end está en un centro de datos.',
  },
  messages: {
    ...messagesFor('unplaced', theKind, (k) => ({
      en: `${k.en} {name} is not placed in any data center, so the placement rules cannot judge it.`,
      es: `${k.es} {name} no está en ningún centro de datos, así que las reglas de ubicación no pueden evaluarlo.`,
    })),
    place: {
      en: 'Place it in {dataCenter}, beside the rest of {computer}',
      es: 'Colocarlo en {dataCenter}, junto al resto de {computer}',
    },
  },
  check({ design, index, report }) {
    let computers: Map<string, Computer> | undefined;
    const visit = (kind: Placeable, el: { id: string; dataCenterId: string | null }, hosts: string[]) => {
      if (el.dataCenterId !== null) return;
      computers ??= computersOf(index);
      // Another element on the same computer tells where this one stands, if it says one thing.
      let home: { dc: string; computer: string } | undefined;
      for (const h of hosts) {
        const c = computers.get(memoFqdnKey(h));
        if (c?.dataCenter && !c.split) home = { dc: c.dataCenter, computer: h };
      }
      report({
        message: `unplaced.${kind}`,
        params: { name: index.label(el.id) },
        elements: [el.id],
        fix: home && {
          title: 'place',
          params: { dataCenter: index.label(home.dc), computer: home.computer },
          apply: (d: Design) => updateElement(d, kind, el.id, { dataCenterId: home.dc }),
        },
      });
    };
    for (const fe of design.frontEndPools) visit('frontEndPool', fe, fe.machines);
    for (const s of design.servers) visit('server', s, [s.fqdn]);
    for (const i of design.sqlInstances) visit('sqlInstance', i, [i.serverFqdn]);
    for (const f of design.fileStores) visit('fileStore', f, [f.serverFqdn]);
    for (const s of design.shares) visit('share', s, [s.serverFqdn]);
  },
});

export const dsn007 = defineRule({
  id: 'DSN-007',
  severity: 'warning',
  source: SOURCE,
  fixable: true,
  summary: {
    en: 'Every Persistent Chat server belongs to a pool.',
    es: 'Todo servidor de Chat persistente pertenece a un grupo.',
  },
  messages: {
    noPool: {
      en: 'The Persistent Chat server {server} belongs to no pool, so no pool rule counts it.',
      es: 'El servidor de Chat persistente {server} no pertenece a ningún grupo, así que ninguna regla de grupo lo cuenta.',
    },
    join: {
      en: 'Add it to pool {pool}',
      es: 'Agregarlo al grupo {pool}',
    },
    joinIdle: {
      en: 'Add it to pool {pool} as an idle server',
      es: 'Agregarlo al grupo {pool} como servidor inactivo',
    },
  },
  check({ design, index, report }) {
    // With one pool the choice is mechanical; with several the planner decides.
    const only = design.pools.length === 1 ? design.pools[0] : undefined;
    for (const server of design.servers) {
      if (server.poolId !== null) continue;
      // An active server joins idle where it could not be active: past the 4 active servers of
      // PC-001, or away from the primary store over a low-bandwidth link (PC-022).
      const idle = server.state === 'active' && only !== undefined && !mayJoinActive(index, only, server);
      report({
        message: 'noPool',
        params: { server: index.label(server.id) },
        elements: [server.id],
        fix: only && {
          title: idle ? 'joinIdle' : 'join',
          params: { pool: index.label(only.id) },
          apply: (d: Design) =>
            updateElement(
              d,
              'server',
              server.id,
              idle ? { poolId: only.id, state: 'idle' } : { poolId: only.id },
            ),
        },
      });
    }
  },
});

export const dsn010 = defineRule({
  id: 'DSN-010',
  severity: 'error',
  source: `${SOURCE}; CFG, STR`,
  summary: {
    en: 'A pool with disaster recovery is stretched over exactly two data centers.',
    es: 'Un grupo con recuperación ante desastres se extiende exactamente sobre dos centros de datos.',
  },
  messages: {
    ...pluralMessages('dataCenters', {
      one: {
        en: 'Disaster recovery is turned on for {pools}; it stretches a pool over two data centers (primary and backup), but the design has 1 data center.',
        es: 'La recuperación ante desastres está activada en {pools}; extiende un grupo sobre dos centros de datos (principal y de copia de seguridad), pero el diseño tiene 1 centro de datos.',
      },
      other: {
        en: 'Disaster recovery is turned on for {pools}; it stretches a pool over two data centers (primary and backup), but the design has {count} data centers.',
        es: 'La recuperación ante desastres está activada en {pools}; extiende un grupo sobre dos centros de datos (principal y de copia de seguridad), pero el diseño tiene {count} centros de datos.',
      },
    }),
  },
  check({ design, index, report }) {
    if (design.dataCenters.length === 2) return;
    const dr = design.pools.filter((p) => p.disasterRecovery);
    if (dr.length === 0) return;
    report({
      message: pluralKey('dataCenters', design.dataCenters.length),
      params: { pools: dr.map((p) => index.label(p.id)).join(', '), count: design.dataCenters.length },
      elements: [...dr.map((p) => p.id), ...design.dataCenters.map((d) => d.id)],
    });
  },
});

export const dsn011 = defineRule({
  id: 'DSN-011',
  severity: 'error',
  source: SOURCE,
  summary: {
    en: 'A computer stands in one data center: everything on it is placed there.',
    es: 'Un equipo está en un solo centro de datos: todo lo que hay en él se ubica allí.',
  },
  messages: {
    split: {
      en: 'The computer {computer} is placed in {dataCenters} at once by {names}; one computer stands in one data center.',
      es: 'El equipo {computer} está a la vez en {dataCenters} según {names}; un equipo está en un solo centro de datos.',
    },
  },
  check({ index, report }) {
    for (const [computer, c] of computersOf(index)) {
      if (!c.split) continue;
      const dataCenters = new Set<string>();
      for (const id of c.elements) {
        const dc = (index.byId.get(id)?.element as { dataCenterId?: string | null } | undefined)
          ?.dataCenterId;
        if (dc && index.dataCenter(dc)) dataCenters.add(dc);
      }
      report({
        message: 'split',
        params: {
          computer,
          dataCenters: [...dataCenters].map((dc) => index.label(dc)).join(' / '),
          names: c.elements.map((id) => index.label(id)).join(', '),
        },
        elements: c.elements,
      });
    }
  },
});
