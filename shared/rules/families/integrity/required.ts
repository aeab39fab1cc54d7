/**
 * Required (DSN-016): what Topology Builder's "Define New Persistent Chat Pool" wizard will not
 * finish without, where no catalogue rule says it already. The wizard's pages (pchat-rules.md,
 * "Topology Builder fields") ask, in order, for the pool FQDN and its servers, the display name
 * and port, the SQL Server store, the backup store when disaster recovery is ticked, the
 * compliance store when compliance is ticked, the backup compliance store when both are, the
 * file store and the next hop. The others are judged elsewhere: the FQDN by DSN-003, the port by
 * DSN-008, the backup store by PC-027, the compliance store by PC-014, the file store by PC-047
 * and the next hop by PC-018. A reference that points nowhere is DSN-001's, not this rule's, and
 * a mirror without its store is PC-067's (that finding names DSN-016 as well).
 */
import { updateStore } from '../../../model/edit.ts';
import type { DesignIndex } from '../../../model/design-index.ts';
import type { Design, PersistentChatPool, SqlInstance } from '../../../model/types.ts';
import { activeServersOf, effectiveLinkClass, serversOf, spareInstances } from '../../../model/queries.ts';
import { defineRule } from '../../types.ts';
import { SOURCE } from './source.ts';

/**
 * Where the pool's SQL Server store belongs: beside its next hop (PC-025), else beside its
 * servers when they all stand in one data center; null while the design does not say.
 */
function homeDataCenter(index: DesignIndex, pool: PersistentChatPool): string | null {
  const hop = index.frontEndPool(pool.nextHopId)?.dataCenterId;
  if (hop && index.dataCenter(hop)) return hop;
  const dcs = new Set(serversOf(index, pool).map((s) => s.dataCenterId));
  const [only] = dcs;
  return dcs.size === 1 && only && index.dataCenter(only) ? only : null;
}

/**
 * The one spare instance that could take the store, or none when the choice is the planner's:
 * with several data centers and none known for the store, any pick is a guess.
 */
function onlyCandidate(index: DesignIndex, dataCenterId: string | null): SqlInstance | undefined {
  if (dataCenterId === null && index.design.dataCenters.length > 1) return undefined;
  const spare = spareInstances(index).filter((i) => dataCenterId === null || i.dataCenterId === dataCenterId);
  return spare.length === 1 ? spare[0] : undefined;
}

/**
 * Where the SQL Server store may go without misplacing an active server: over a low-bandwidth
 * link every active server must stand beside it (PC-022), so their one data center or none.
 */
function storeDataCenter(index: DesignIndex, pool: PersistentChatPool): string | null | undefined {
  const home = homeDataCenter(index, pool);
  if (effectiveLinkClass(index.design, index.design.settings) !== 'low-bandwidth') return home;
  const actives = activeServersOf(index, pool).filter((s) => s.dataCenterId !== null);
  return actives.every((s) => s.dataCenterId === home) ? home : undefined;
}

export const dsn016 = defineRule({
  id: 'DSN-016',
  severity: 'error',
  source: `${SOURCE}; ADD, TB-SQL, TB-CBKSQL, TB-OPT`,
  fixable: true,
  summary: {
    en: 'A pool has what the Define New Persistent Chat Pool wizard requires: servers, a display name, a SQL Server store and, with compliance and disaster recovery, a backup compliance store.',
    es: 'Un grupo tiene lo que exige el asistente «Definir nuevo grupo de Chat persistente»: servidores, un nombre para mostrar, un almacén SQL Server y, con cumplimiento y recuperación ante desastres, un almacén de cumplimiento de copia de seguridad.',
  },
  messages: {
    noStore: {
      en: 'Pool {pool} has no SQL Server store for its chat room content (the mgc database). The Define New Persistent Chat Pool wizard cannot finish without one, so the topology cannot be published.',
      es: 'El grupo {pool} no tiene almacén SQL Server para el contenido de sus salones (la base de datos mgc). El asistente «Definir nuevo grupo de Chat persistente» no puede terminar sin él, así que la topología no se puede publicar.',
    },
    noComplianceBackup: {
      en: 'Pool {pool} uses compliance and disaster recovery but has no backup compliance SQL Server store. With both ticked, the wizard asks for one on its compliance backup page and cannot finish without it.',
      es: 'El grupo {pool} usa cumplimiento y recuperación ante desastres pero no tiene almacén SQL Server de cumplimiento de copia de seguridad. Con ambas opciones marcadas, el asistente lo pide en su página de copia de seguridad de cumplimiento y no puede terminar sin él.',
    },
    noDisplayName: {
      en: 'Pool {pool} has no display name. The wizard requires "Display name of the Persistent Chat pool" on its options page.',
      es: 'El grupo {pool} no tiene nombre para mostrar. El asistente exige «Nombre para mostrar del grupo de Chat persistente» en su página de opciones.',
    },
    noServers: {
      en: 'Pool {pool} has no Persistent Chat server. The wizard needs the FQDN of each server of a multiple-computer pool, or the one computer of a single-computer pool.',
      es: 'El grupo {pool} no tiene ningún servidor de Chat persistente. El asistente necesita el FQDN de cada servidor de un grupo de varios equipos, o el único equipo de un grupo de un solo equipo.',
    },
    useStore: {
      en: 'Use {instance}, the only SQL Server instance that holds nothing yet, as the SQL Server store of {pool}',
      es: 'Usar {instance}, la única instancia de SQL Server que aún no contiene nada, como almacén SQL Server de {pool}',
    },
    useComplianceBackup: {
      en: 'Use {instance}, the only SQL Server instance that holds nothing yet, as the backup compliance store of {pool}',
      es: 'Usar {instance}, la única instancia de SQL Server que aún no contiene nada, como almacén de cumplimiento de copia de seguridad de {pool}',
    },
  },
  check({ design, index, report }) {
    for (const pool of design.pools) {
      const poolName = index.label(pool.id);
      const params = { pool: poolName };
      if (serversOf(index, pool).length === 0) report({ message: 'noServers', params, elements: [pool.id] });
      if (pool.displayName.trim() === '') report({ message: 'noDisplayName', params, elements: [pool.id] });
      // The wizard's store pages, each with where its one candidate must stand: the SQL Server
      // store beside the next hop, the backup compliance store beside the backup store, where
      // PC-028 and PC-030 put the compliance copies too.
      const missing = [
        // With a mirror and no store, PC-067 reports the same gap and names this rule too.
        pool.stores.primary.sqlInstanceId === null &&
          !index.sqlInstance(pool.stores.primary.mirrorId) && {
            message: 'noStore' as const,
            title: 'useStore' as const,
            role: 'primary' as const,
            dc: storeDataCenter(index, pool),
          },
        pool.compliance &&
          pool.disasterRecovery &&
          pool.stores.complianceBackup.sqlInstanceId === null && {
            message: 'noComplianceBackup' as const,
            title: 'useComplianceBackup' as const,
            role: 'complianceBackup' as const,
            dc: index.sqlInstance(pool.stores.backup.sqlInstanceId)?.dataCenterId ?? null,
          },
      ];
      for (const m of missing) {
        if (!m) continue;
        const candidate =
          m.dc === undefined || (m.role !== 'primary' && m.dc === null)
            ? undefined
            : onlyCandidate(index, m.dc);
        report({
          message: m.message,
          params,
          elements: [pool.id],
          fix: candidate && {
            title: m.title,
            params: { pool: poolName, instance: index.label(candidate.id) },
            apply: (d: Design) => updateStore(d, pool.id, m.role, { sqlInstanceId: candidate.id }),
          },
        });
      }
    }
  },
});
