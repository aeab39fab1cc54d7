/** G. Database collocation on SQL instances and database servers (PC-044 to PC-046). */
import type { DesignIndex, InstanceRole } from '../../model/design-index.ts';
import { updateStore } from '../../model/edit.ts';
import type { Design, FrontEndPool, SqlInstance } from '../../model/types.ts';
import { databasePartsInUse, spareInstances } from '../../model/queries.ts';
import { defineRule } from '../types.ts';
import type { Rule } from '../types.ts';

/** The Enterprise Edition pools whose back end the instances hold; a Standard Edition server keeps its own. */
function enterpriseBackEnds(index: DesignIndex, instances: readonly SqlInstance[]): FrontEndPool[] {
  const pools = new Set<FrontEndPool>();
  for (const i of instances) {
    for (const id of i.backEndPoolIds) {
      const fe = index.frontEndPool(id);
      if (fe && fe.edition === 'enterprise') pools.add(fe);
    }
  }
  return [...pools];
}

/**
 * PC-044's quick fix: the last pool's database moves to an instance that holds nothing yet,
 * beside the shared one and of its version and edition, so the mirroring rules (PC-035) and the
 * placement rules see the same thing as before. Mechanical only when one such instance exists.
 */
function moveLastToSpare(index: DesignIndex, inst: SqlInstance, list: readonly InstanceRole[]) {
  const last = list[list.length - 1];
  const spare = spareInstances(index).filter(
    (i) => i.dataCenterId === inst.dataCenterId && i.version === inst.version && i.edition === inst.edition,
  );
  // Two parts of one pool on one instance are PC-027's to place (the backup store belongs in
  // the other data center), so only pools that share an instance are moved apart here.
  const pools = new Set(list.map((p) => p.pool.id));
  if (!last || pools.size !== list.length || spare.length !== 1 || last.part === 'witness') return undefined;
  const to = spare[0]!;
  const patch = last.part === 'instance' ? { sqlInstanceId: to.id } : { mirrorId: to.id };
  return {
    title: 'moveTo' as const,
    params: { pool: last.pool.fqdn, candidate: index.label(to.id) },
    apply: (d: Design) => updateStore(d, last.pool.id, last.role, patch),
  };
}

function poolsOf(parts: readonly InstanceRole[]): string {
  return [...new Set(parts.map((p) => p.pool.fqdn))].join(', ');
}

const pc044 = defineRule({
  id: 'PC-044',
  severity: 'error',
  source: 'COLEE, COLSE, CT',
  fixable: true,
  summary: {
    en: 'A SQL instance holds at most one Persistent Chat, one compliance, one back-end, one Monitoring and one Archiving database.',
    es: 'Una instancia de SQL contiene como máximo una base de datos de Chat persistente, una de cumplimiento, una de servidor back-end, una de supervisión y una de archivado.',
  },
  messages: {
    twoChat: {
      en: '{instance} would hold {count} Persistent Chat (mgc) databases, of {pools}. One SQL instance can hold only one; give each its own instance.',
      es: '{instance} contendría {count} bases de datos de Chat persistente (mgc), de {pools}. Una instancia de SQL solo puede contener una; asigne a cada una su propia instancia.',
    },
    twoCompliance: {
      en: '{instance} would hold {count} Persistent Chat compliance (mgccomp) databases, of {pools}. One SQL instance can hold only one; give each its own instance.',
      es: '{instance} contendría {count} bases de datos de cumplimiento de Chat persistente (mgccomp), de {pools}. Una instancia de SQL solo puede contener una; asigne a cada una su propia instancia.',
    },
    twoBackEnds: {
      en: '{instance} holds the back-end databases of {count} Front End pools ({frontEnds}); one SQL instance can hold only one back end.',
      es: '{instance} contiene las bases de datos back-end de {count} grupos de servidores front-end ({frontEnds}); una instancia de SQL solo puede contener un back-end.',
    },
    moveTo: {
      en: 'Move the database of {pool} to {candidate}, the only matching instance that holds nothing yet',
      es: 'Mover la base de datos de {pool} a {candidate}, la única instancia equivalente que aún no contiene nada',
    },
  },
  check({ design, index, report }) {
    for (const inst of design.sqlInstances) {
      const parts = databasePartsInUse(index, inst.id);
      const label = index.label(inst.id);
      const chat = parts.filter((p) => p.role === 'primary' || p.role === 'backup');
      const compliance = parts.filter((p) => p.role === 'compliance' || p.role === 'complianceBackup');
      for (const [message, list] of [
        ['twoChat', chat],
        ['twoCompliance', compliance],
      ] as const) {
        if (list.length < 2) continue;
        report({
          message,
          params: { instance: label, count: list.length, pools: poolsOf(list) },
          elements: [inst.id, ...new Set(list.map((p) => p.pool.id))],
          fix: moveLastToSpare(index, inst, list),
        });
      }
      const backEnds = [...new Set(inst.backEndPoolIds)];
      if (backEnds.length > 1) {
        report({
          message: 'twoBackEnds',
          params: {
            instance: label,
            count: backEnds.length,
            frontEnds: backEnds.map((id) => index.label(id)).join(', '),
          },
          elements: [inst.id, ...backEnds.filter((id) => index.byId.has(id))],
        });
      }
    }
  },
});

const pc045 = defineRule({
  id: 'PC-045',
  severity: 'warning',
  source: 'CT, COLEE, DEP',
  summary: {
    en: 'Keep the Persistent Chat databases off the database server of an Enterprise Edition back end.',
    es: 'Mantenga las bases de datos de Chat persistente fuera del servidor de bases de datos de un back-end Enterprise Edition.',
  },
  messages: {
    sharedWithBackEnd: {
      en: 'Database server {server} holds Persistent Chat databases ({instances}) and the back end of Enterprise Edition pool {frontEnds}. This is supported, but the Persistent Chat database can grow very large; Microsoft recommends a dedicated SQL back end for it.',
      es: 'El servidor de bases de datos {server} contiene bases de datos de Chat persistente ({instances}) y el back-end del grupo Enterprise Edition {frontEnds}. Se admite, pero la base de datos de Chat persistente puede crecer mucho; Microsoft recomienda un back-end de SQL dedicado para ella.',
    },
  },
  check({ index, report }) {
    for (const [server, instances] of index.instancesByServer) {
      if (server === '') continue; // Instances without a server yet are not one server.
      const chat = instances.filter((i) => databasePartsInUse(index, i.id).length > 0);
      if (chat.length === 0) continue;
      const frontEnds = enterpriseBackEnds(index, instances);
      if (frontEnds.length === 0) continue;
      const holders = instances.filter((i) =>
        i.backEndPoolIds.some((id) => frontEnds.some((fe) => fe.id === id)),
      );
      report({
        message: 'sharedWithBackEnd',
        params: {
          server: instances[0]!.serverFqdn,
          instances: chat.map((i) => index.label(i.id)).join(', '),
          frontEnds: frontEnds.map((fe) => fe.fqdn).join(', '),
        },
        elements: [...new Set([...chat, ...holders].map((i) => i.id)), ...frontEnds.map((fe) => fe.id)],
      });
    }
  },
});

const pc046 = defineRule({
  id: 'PC-046',
  severity: 'error',
  source: 'COLEE, COLSE',
  summary: {
    en: 'A database server supports at most one Enterprise Edition Front End pool, one Archiving and one Monitoring deployment.',
    es: 'Un servidor de bases de datos admite como máximo un grupo front-end Enterprise Edition, una implementación de archivado y una de supervisión.',
  },
  messages: {
    frontEnds: {
      en: 'Database server {server} holds the back ends of {count} Enterprise Edition Front End pools ({frontEnds}); a database server supports only one.',
      es: 'El servidor de bases de datos {server} contiene los back-end de {count} grupos front-end Enterprise Edition ({frontEnds}); un servidor de bases de datos solo admite uno.',
    },
    monitoring: {
      en: 'Database server {server} holds {count} Monitoring databases ({instances}); a database server supports only one Monitoring deployment.',
      es: 'El servidor de bases de datos {server} contiene {count} bases de datos de supervisión ({instances}); un servidor de bases de datos solo admite una implementación de supervisión.',
    },
    archiving: {
      en: 'Database server {server} holds {count} Archiving databases ({instances}); a database server supports only one Archiving deployment.',
      es: 'El servidor de bases de datos {server} contiene {count} bases de datos de archivado ({instances}); un servidor de bases de datos solo admite una implementación de archivado.',
    },
  },
  check({ index, report }) {
    for (const [server, instances] of index.instancesByServer) {
      if (server === '') continue;
      const serverFqdn = instances[0]!.serverFqdn;
      const frontEnds = enterpriseBackEnds(index, instances);
      if (frontEnds.length > 1) {
        const holders = instances.filter((i) =>
          i.backEndPoolIds.some((id) => frontEnds.some((fe) => fe.id === id)),
        );
        report({
          message: 'frontEnds',
          params: {
            server: serverFqdn,
            count: frontEnds.length,
            frontEnds: frontEnds.map((fe) => fe.fqdn).join(', '),
          },
          elements: [...holders.map((i) => i.id), ...frontEnds.map((fe) => fe.id)],
        });
      }
      for (const kind of ['monitoring', 'archiving'] as const) {
        const holding = instances.filter((i) => i[kind]);
        if (holding.length < 2) continue;
        report({
          message: kind,
          params: {
            server: serverFqdn,
            count: holding.length,
            instances: holding.map((i) => index.label(i.id)).join(', '),
          },
          elements: holding.map((i) => i.id),
        });
      }
    }
  },
});

export const databaseCollocationRules: readonly Rule[] = [pc044, pc045, pc046];
