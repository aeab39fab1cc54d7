/**
 * J. Topology Builder and the publish process (PC-063 to PC-070). PC-063 to PC-066 are orders of
 * steps in Topology Builder and the Management Shell, so they are checklist items; PC-070 (the
 * pool's Normal or FailedOver state) is CMS state, not part of a design.
 */
import { updateElement, updateStore } from '../../model/edit.ts';
import type { Text } from '../../i18n/text.ts';
import type { Design, StoreRole } from '../../model/types.ts';
import { portProblem } from '../../model/values.ts';
import { DEFAULT_POOL_PORT, WCF_PORT } from '../../model/product.ts';
import { primaryDataCenterId, rolesInUse, serversOf } from '../../model/queries.ts';
import { messagesFor, pluralKey, pluralMessages } from '../messages.ts';
import { defineRule } from '../types.ts';
import type { Rule } from '../types.ts';

/** Store roles in the planner's words; one message per role, so both languages name it. */
const roleNames: Record<StoreRole, Text> = {
  primary: { en: 'primary store (mgc)', es: 'almacén principal (mgc)' },
  backup: { en: 'backup store', es: 'almacén de copia de seguridad' },
  compliance: { en: 'compliance store (mgccomp)', es: 'almacén de cumplimiento (mgccomp)' },
  complianceBackup: { en: 'backup compliance store', es: 'almacén de cumplimiento de copia de seguridad' },
};

const perRole = <P extends string>(prefix: P, make: (role: Text) => Text) =>
  messagesFor(prefix, roleNames, make);

const pc067 = defineRule({
  id: 'PC-067',
  severity: 'error',
  source: 'PS-DBFO, LS2',
  fixable: true,
  summary: {
    en: 'Invoke-CsDatabaseFailover fails unless the database has both a primary and a mirror.',
    es: 'Invoke-CsDatabaseFailover falla si la base de datos no tiene a la vez un principal y un reflejo.',
  },
  messages: {
    ...perRole('mirrorWithoutPrimary', (r) => ({
      en: `The ${r.en} of pool {pool} has the mirror {mirror} but no SQL Server store to mirror; Invoke-CsDatabaseFailover fails unless both a primary and a mirror are configured.`,
      es: `El ${r.es} del grupo {pool} tiene el reflejo {mirror} pero ningún almacén SQL Server que reflejar; Invoke-CsDatabaseFailover falla si no están configurados a la vez un principal y un reflejo.`,
    })),
    ...perRole('mirrorIsPrimary', (r) => ({
      en: `The ${r.en} of pool {pool} names {mirror} as its own mirror; there is no second copy to fail over to, so Invoke-CsDatabaseFailover fails.`,
      es: `El ${r.es} del grupo {pool} indica {mirror} como su propio reflejo; no hay una segunda copia a la que conmutar, así que Invoke-CsDatabaseFailover falla.`,
    })),
    ...perRole('removeMirror', (r) => ({
      en: `Remove the mirror (and its witness) from the ${r.en}`,
      es: `Quitar el reflejo (y su testigo) del ${r.es}`,
    })),
    unmirroredDr: {
      en: 'Pool {pool} uses disaster recovery but its primary store {store} has no mirror. Log shipping from the mirror (LS2) starts with Invoke-CsDatabaseFailover -NewPrincipal Mirror, which fails without a mirror, and any fault of {store} can only be answered by failing the whole pool over to the backup store in the other data center.',
      es: 'El grupo {pool} usa recuperación ante desastres pero su almacén principal {store} no tiene reflejo. El trasvase de registros desde el reflejo (LS2) empieza con Invoke-CsDatabaseFailover -NewPrincipal Mirror, que falla sin reflejo, y cualquier fallo de {store} solo se resuelve conmutando todo el grupo al almacén de copia de seguridad del otro centro de datos.',
    },
  },
  check({ design, index, report }) {
    for (const pool of design.pools) {
      const poolName = index.label(pool.id);
      for (const role of rolesInUse(pool)) {
        const { sqlInstanceId, mirrorId } = pool.stores[role];
        if (!mirrorId) continue;
        const params = { pool: poolName, mirror: index.label(mirrorId) };
        // A reference to an instance that is not in the design is no store either (DSN-001 says
        // so); a mirror that is not in the design is no mirror.
        if (!index.sqlInstance(sqlInstanceId)) {
          if (!index.sqlInstance(mirrorId)) continue;
          report({
            message: `mirrorWithoutPrimary.${role}`,
            params,
            elements: [pool.id, mirrorId],
            // For the mgc store this is also the wizard's missing SQL Server store.
            alsoRuleIds: role === 'primary' ? ['DSN-016'] : [],
          });
        } else if (sqlInstanceId === mirrorId) {
          report({
            message: `mirrorIsPrimary.${role}`,
            params,
            elements: [pool.id, mirrorId],
            // A witness only serves a mirror, so it goes with it (PC-042).
            fix: {
              title: `removeMirror.${role}`,
              apply: (d: Design) => updateStore(d, pool.id, role, { mirrorId: null, witnessId: null }),
            },
          });
        }
      }
      const primary = pool.stores.primary;
      if (pool.disasterRecovery && primary.sqlInstanceId && !primary.mirrorId) {
        // A stretched pool without HA is supported; what it loses is a documented procedure.
        report({
          message: 'unmirroredDr',
          severity: 'warning',
          params: { pool: poolName, store: index.label(primary.sqlInstanceId) },
          elements: [pool.id, primary.sqlInstanceId],
        });
      }
    }
  },
});

const pc068 = defineRule({
  id: 'PC-068',
  severity: 'error',
  source: 'TB-MACH',
  fixable: true,
  summary: {
    en: 'At least one server of a pool must stay active.',
    es: 'Al menos un servidor de un grupo debe seguir activo.',
  },
  messages: {
    ...pluralMessages('noneActive', {
      one: {
        en: 'The one server of pool {pool} is not active; Topology Builder requires at least one active server.',
        es: 'El único servidor del grupo {pool} no está activo; el Generador de topologías exige al menos un servidor activo.',
      },
      other: {
        en: 'None of the {count} servers of pool {pool} is active; Topology Builder requires at least one active server.',
        es: 'Ninguno de los {count} servidores del grupo {pool} está activo; el Generador de topologías exige al menos un servidor activo.',
      },
    }),
    activate: {
      en: 'Make {server} active',
      es: 'Activar {server}',
    },
  },
  check({ design, index, report }) {
    for (const pool of design.pools) {
      const servers = serversOf(index, pool);
      if (servers.length === 0 || servers.some((s) => s.state === 'active')) continue;
      // The first server beside the primary store: where active servers belong (PC-022).
      const primaryDc = primaryDataCenterId(index, pool);
      const pick = servers.find((s) => primaryDc !== null && s.dataCenterId === primaryDc) ?? servers[0]!;
      report({
        message: pluralKey('noneActive', servers.length),
        params: { pool: index.label(pool.id), count: servers.length },
        elements: [pool.id, ...servers.map((s) => s.id)],
        fix: {
          title: 'activate',
          params: { server: index.label(pick.id) },
          apply: (d) => updateElement(d, 'server', pick.id, { state: 'active' }),
        },
      });
    }
  },
});

const pc069 = defineRule({
  id: 'PC-069',
  severity: 'info',
  source: 'ADD, PORTS, CT, CAP',
  fixable: true,
  summary: {
    en: 'The Persistent Chat port defaults to 5041 (SIP, MTLS); the servers also use 881 (WCF) and 443 (file transfer).',
    es: 'El puerto de Chat persistente es 5041 de forma predeterminada (SIP, MTLS); los servidores usan además 881 (WCF) y 443 (transferencia de archivos).',
  },
  messages: {
    nonDefault: {
      en: 'Pool {pool} listens on port {port} instead of the default 5041 (SIP over MTLS toward the Front Ends); open {port}/TCP between the Front End and Persistent Chat servers.',
      es: 'El grupo {pool} escucha en el puerto {port} en lugar del 5041 predeterminado (SIP sobre MTLS hacia los front-end); abra {port}/TCP entre los servidores front-end y los de Chat persistente.',
    },
    wcf: {
      en: 'Pool {pool} uses port {port} as its Persistent Chat port, but the Persistent Chat servers use 881/TCP for WCF; the default Persistent Chat port is 5041.',
      es: 'El grupo {pool} usa el puerto {port} como puerto de Chat persistente, pero los servidores de Chat persistente usan 881/TCP para WCF; el puerto predeterminado de Chat persistente es 5041.',
    },
    useDefault: {
      en: 'Use port 5041',
      es: 'Usar el puerto 5041',
    },
  },
  check({ design, index, report }) {
    for (const pool of design.pools) {
      // An impossible port is an integrity error, not a choice to comment on.
      if (pool.port === DEFAULT_POOL_PORT || portProblem(pool.port) !== null) continue;
      report({
        message: pool.port === WCF_PORT ? 'wcf' : 'nonDefault',
        params: { pool: index.label(pool.id), port: String(pool.port) },
        elements: [pool.id],
        fix: {
          title: 'useDefault',
          apply: (d) => updateElement(d, 'pool', pool.id, { port: DEFAULT_POOL_PORT }),
        },
      });
    }
  },
});

export const publishingRules: readonly Rule[] = [pc067, pc068, pc069];
