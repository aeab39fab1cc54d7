/** B. Pool type and edition (PC-008 to PC-012). */
import { updateElement } from '../../model/edit.ts';
import type { DesignIndex } from '../../model/design-index.ts';
import type { Design, PersistentChatPool, StoreAssignment } from '../../model/types.ts';
import { fqdnKey } from '../../model/values.ts';
import { rolesInUse, serversOf, standardEditionHost } from '../../model/queries.ts';
import { defineRule } from '../types.ts';
import type { Rule } from '../types.ts';

const makeMultiple = (poolId: string) => (d: Design) =>
  updateElement(d, 'pool', poolId, { computers: 'multiple' });

/** The Standard Edition server a pool is collocated on, with the Persistent Chat server that is that machine. */
function seCollocation(index: DesignIndex, pool: PersistentChatPool) {
  const fe = standardEditionHost(index, pool);
  if (!fe) return undefined;
  const server = serversOf(index, pool).find((s) => index.frontEndByMachine.get(fqdnKey(s.fqdn)) === fe);
  // The SE pool's FQDN is the server's own name; the machine list only repeats it.
  const fqdn = fe.fqdn.trim() || server?.fqdn.trim() || '';
  return { fe, server, fqdn };
}

/**
 * The SQL instances that give the pool HA or DR: backup stores, mirrors and witnesses of the
 * store roles its options switch on (an assignment left behind under a switched-off role is unused).
 */
function highAvailabilityParts(pool: PersistentChatPool): string[] {
  const ids = new Set<string>();
  for (const role of rolesInUse(pool)) {
    const a = pool.stores[role];
    if ((role === 'backup' || role === 'complianceBackup') && a.sqlInstanceId) ids.add(a.sqlInstanceId);
    if (a.mirrorId) ids.add(a.mirrorId);
    if (a.witnessId) ids.add(a.witnessId);
  }
  return [...ids];
}

const EMPTY_STORE: StoreAssignment = { sqlInstanceId: null, mirrorId: null, witnessId: null };

/** Keeps only what a Standard Edition pool can have: the primary and compliance stores, unmirrored. */
function stripHighAvailability(poolId: string) {
  return (design: Design): Design => {
    const pool = design.pools.find((p) => p.id === poolId);
    if (!pool) return design;
    const single = (a: StoreAssignment): StoreAssignment => ({ ...a, mirrorId: null, witnessId: null });
    return updateElement(design, 'pool', poolId, {
      disasterRecovery: false,
      stores: {
        primary: single(pool.stores.primary),
        backup: EMPTY_STORE,
        compliance: single(pool.stores.compliance),
        complianceBackup: EMPTY_STORE,
      },
    });
  };
}

const pc008 = defineRule({
  id: 'PC-008',
  severity: 'error',
  source: 'ADD, CT, CAP',
  fixable: true,
  summary: {
    en: 'A Single Computer Pool cannot grow: a pool with more than one server must be a Multiple Computer Pool.',
    es: 'Un grupo de un solo equipo no puede crecer: un grupo con más de un servidor debe ser un grupo de varios equipos.',
  },
  messages: {
    singleWithMany: {
      en: 'Pool {pool} is a Single Computer Pool but has {count} servers ({servers}). No server can be added to a single-computer pool; a pool with more than one server, and every stretched HA/DR pool, must be created as a Multiple Computer Pool.',
      es: 'El grupo {pool} es un grupo de un solo equipo pero tiene {count} servidores ({servers}). A un grupo de un solo equipo no se le puede agregar ningún servidor; un grupo con más de un servidor, y todo grupo extendido de alta disponibilidad y recuperación ante desastres, debe crearse como grupo de varios equipos.',
    },
    fix: {
      en: 'Make {pool} a Multiple Computer Pool',
      es: 'Convertir {pool} en un grupo de varios equipos',
    },
  },
  check({ design, index, report }) {
    for (const pool of design.pools) {
      if (pool.computers !== 'single') continue;
      // On a Standard Edition server no pool type can grow; PC-012 says so in those words.
      if (standardEditionHost(index, pool)) continue;
      const servers = serversOf(index, pool);
      if (servers.length <= 1) continue;
      report({
        message: 'singleWithMany',
        params: {
          pool: index.label(pool.id),
          count: servers.length,
          servers: servers.map((s) => s.fqdn).join(', '),
        },
        elements: [pool.id, ...servers.map((s) => s.id)],
        fix: { title: 'fix', params: { pool: index.label(pool.id) }, apply: makeMultiple(pool.id) },
      });
    }
  },
});

const pc009 = defineRule({
  id: 'PC-009',
  severity: 'error',
  source: 'TB-OPT',
  fixable: true,
  summary: {
    en: 'Disaster recovery with backup SQL Server stores needs a Multiple Computer Pool.',
    es: 'La recuperación ante desastres con almacenes SQL Server de copia de seguridad requiere un grupo de varios equipos.',
  },
  messages: {
    drOnSingle: {
      en: 'Pool {pool} is a Single Computer Pool with "Use backup SQL Server stores to enable disaster recovery" turned on; Topology Builder offers that option only for a Multiple Computer Pool.',
      es: 'El grupo {pool} es un grupo de un solo equipo con «Usar almacenes SQL Server de copia de seguridad para habilitar la recuperación ante desastres» activado; el Generador de topologías solo ofrece esa opción para un grupo de varios equipos.',
    },
    makeMultiple: {
      en: 'Make {pool} a Multiple Computer Pool',
      es: 'Convertir {pool} en un grupo de varios equipos',
    },
    turnOffDr: {
      en: 'Turn off disaster recovery for {pool}, which is on a Standard Edition server',
      es: 'Desactivar la recuperación ante desastres de {pool}, que está en un servidor Standard Edition',
    },
  },
  check({ design, index, report }) {
    for (const pool of design.pools) {
      if (pool.computers !== 'single' || !pool.disasterRecovery) continue;
      // A pool on Standard Edition can never become a multiple pool, so the only way out is no DR.
      const onSe = standardEditionHost(index, pool) !== undefined;
      report({
        message: 'drOnSingle',
        params: { pool: index.label(pool.id) },
        elements: [pool.id],
        fix: onSe
          ? {
              title: 'turnOffDr',
              apply: (d) => updateElement(d, 'pool', pool.id, { disasterRecovery: false }),
            }
          : { title: 'makeMultiple', apply: makeMultiple(pool.id) },
      });
    }
  },
});

const pc010 = defineRule({
  id: 'PC-010',
  severity: 'error',
  source: 'DEP, CAP, SFB-TOPO',
  fixable: true,
  summary: {
    en: 'Persistent Chat on Standard Edition supports no high availability and is meant for evaluation.',
    es: 'El Chat persistente en Standard Edition no admite alta disponibilidad y está pensado para evaluación.',
  },
  messages: {
    haOnSe: {
      en: 'Pool {pool} is collocated on the Standard Edition server {se} but is set up for high availability or disaster recovery ({parts}). Neither is supported for Persistent Chat on Standard Edition.',
      es: 'El grupo {pool} está colocado en el servidor Standard Edition {se} pero está configurado para alta disponibilidad o recuperación ante desastres ({parts}). Ninguna de las dos se admite para el Chat persistente en Standard Edition.',
    },
    drOnSe: {
      en: 'Pool {pool} is collocated on the Standard Edition server {se} but has "Use backup SQL Server stores to enable disaster recovery" turned on. Disaster recovery is not supported for Persistent Chat on Standard Edition.',
      es: 'El grupo {pool} está colocado en el servidor Standard Edition {se} pero tiene activado «Usar almacenes SQL Server de copia de seguridad para habilitar la recuperación ante desastres». La recuperación ante desastres no se admite para el Chat persistente en Standard Edition.',
    },
    evaluationOnly: {
      en: 'Pool {pool} is collocated on the Standard Edition server {se}. Persistent Chat on Standard Edition has limited performance and scale, no high availability, and is intended for proof of concept or evaluation; an upgrade from Lync 2010 Group Chat to it is not supported.',
      es: 'El grupo {pool} está colocado en el servidor Standard Edition {se}. El Chat persistente en Standard Edition tiene rendimiento y escala limitados, no tiene alta disponibilidad y está pensado para pruebas de concepto o evaluación; no se admite actualizar a él desde el Chat en grupo de Lync 2010.',
    },
    fix: {
      en: 'Turn off disaster recovery for {pool} and remove its backup stores, mirrors and witnesses',
      es: 'Desactivar la recuperación ante desastres de {pool} y quitar sus almacenes de copia de seguridad, reflejos y testigos',
    },
    removeHa: {
      en: 'Remove the mirrors and witnesses of {pool}',
      es: 'Quitar los reflejos y testigos de {pool}',
    },
  },
  check({ design, index, report }) {
    for (const pool of design.pools) {
      const se = seCollocation(index, pool);
      if (!se) continue;
      const parts = highAvailabilityParts(pool);
      const base = [pool.id, se.fe.id, ...(se.server ? [se.server.id] : [])];
      if (!pool.disasterRecovery && parts.length === 0) {
        report({
          message: 'evaluationOnly',
          severity: 'warning',
          params: { pool: index.label(pool.id), se: se.fqdn },
          elements: base,
        });
        continue;
      }
      report({
        message: parts.length > 0 ? 'haOnSe' : 'drOnSe',
        params: {
          pool: index.label(pool.id),
          se: se.fqdn,
          parts: parts.map((id) => index.label(id)).join(', '),
        },
        elements: [...base, ...parts],
        // Without disaster recovery there is none to turn off: only mirrors and witnesses go.
        fix: {
          title: pool.disasterRecovery ? 'fix' : 'removeHa',
          params: { pool: index.label(pool.id) },
          apply: stripHighAvailability(pool.id),
        },
      });
    }
  },
});

const pc011 = defineRule({
  id: 'PC-011',
  severity: 'error',
  source: 'ADD, CHK, DEP, COLSE',
  fixable: true,
  summary: {
    en: 'A pool on a Standard Edition server takes that server’s FQDN as its pool FQDN.',
    es: 'Un grupo en un servidor Standard Edition usa el FQDN de ese servidor como FQDN del grupo.',
  },
  messages: {
    fqdnDiffers: {
      en: 'Pool {pool} is collocated on the Standard Edition server {se}; its pool FQDN must be {se}.',
      es: 'El grupo {pool} está colocado en el servidor Standard Edition {se}; el FQDN del grupo debe ser {se}.',
    },
    fix: {
      en: 'Set the FQDN of pool {pool} to {se}',
      es: 'Establecer {se} como FQDN del grupo {pool}',
    },
  },
  check({ design, index, report }) {
    for (const pool of design.pools) {
      const se = seCollocation(index, pool);
      if (!se || se.fqdn === '' || fqdnKey(pool.fqdn) === fqdnKey(se.fqdn)) continue;
      const fqdn = se.fqdn;
      report({
        message: 'fqdnDiffers',
        params: { pool: index.label(pool.id), se: fqdn },
        elements: [pool.id, se.fe.id],
        fix: { title: 'fix', apply: (d) => updateElement(d, 'pool', pool.id, { fqdn }) },
      });
    }
  },
});

const pc012 = defineRule({
  id: 'PC-012',
  severity: 'error',
  source: 'SFB-TOPO',
  summary: {
    en: 'A pool collocated on a Standard Edition server holds that one server only.',
    es: 'Un grupo colocado en un servidor Standard Edition solo contiene ese servidor.',
  },
  messages: {
    seWithMany: {
      en: 'Pool {pool} is collocated on the Standard Edition server {se} and has {count} servers ({servers}); no other server can be added to a pool that started on a Standard Edition Front End. Keep only {se}, or move the pool to dedicated servers.',
      es: 'El grupo {pool} está colocado en el servidor Standard Edition {se} y tiene {count} servidores ({servers}); a un grupo que empezó en un servidor front-end Standard Edition no se le puede agregar otro servidor. Conserve solo {se} o lleve el grupo a servidores dedicados.',
    },
  },
  check({ design, index, report }) {
    for (const pool of design.pools) {
      const se = seCollocation(index, pool);
      if (!se) continue;
      const servers = serversOf(index, pool);
      if (servers.length <= 1) continue;
      // Which side to drop (the SE machine or the dedicated servers) is the planner's call: no fix.
      report({
        message: 'seWithMany',
        params: {
          pool: index.label(pool.id),
          se: se.fqdn,
          count: servers.length,
          servers: servers.map((s) => s.fqdn).join(', '),
        },
        elements: [pool.id, se.fe.id, ...servers.map((s) => s.id)],
      });
    }
  },
});

export const poolTypeRules: readonly Rule[] = [pc008, pc009, pc010, pc011, pc012];
