/**
 * F. SQL Server versions, editions and HA technologies (PC-032 to PC-043), all of them rules:
 * PC-042 reads "add and remove a witness with its mirror" as a design that has a witness
 * without a mirror, so it is checked here rather than listed in shared/rules/catalogue.ts.
 */
import { updateElement, updateStore } from '../../model/edit.ts';
import { groupBy } from '../../model/groups.ts';
import { indexDesign } from '../../model/design-index.ts';
import type { DesignIndex, InstanceRole } from '../../model/design-index.ts';
import { derived } from '../../model/derived.ts';
import { mirroredStores } from '../../model/mirror-sessions.ts';
import type { MirroredStore } from '../../model/mirror-sessions.ts';
import type { Design, SqlEdition, SqlInstance, SqlVersion, StoreRole } from '../../model/types.ts';
import { fqdnKey, portProblem } from '../../model/values.ts';
import { databasePartsInUse, instancePartsInUse, rolesInUse } from '../../model/queries.ts';
import { pluralKey, pluralMessages } from '../messages.ts';
import { defineRule } from '../types.ts';
import type { Rule } from '../types.ts';
import type { Params } from '../../i18n/text.ts';
import {
  DEFAULT_MIRRORING_PORT,
  DEFAULT_WITNESS_PORT,
  MAX_ENTERPRISE_CLUSTER_NODES,
  MAX_STANDARD_CLUSTER_NODES,
} from '../../model/product.ts';

const VERSION_NAMES: Record<SqlVersion, string> = {
  '2005': 'SQL Server 2005',
  '2008': 'SQL Server 2008',
  '2008R2': 'SQL Server 2008 R2',
  '2012': 'SQL Server 2012',
  '2014': 'SQL Server 2014',
  '2016': 'SQL Server 2016',
};
const EDITION_NAMES: Record<SqlEdition, string> = {
  express: 'Express',
  web: 'Web',
  workgroup: 'Workgroup',
  standard: 'Standard',
  enterprise: 'Enterprise',
};

/** What Lync Server 2013 supports for the Persistent Chat databases (PC-032). */
const LYNC_VERSIONS: readonly SqlVersion[] = ['2008R2', '2012'];
const LYNC_EDITIONS: readonly SqlEdition[] = ['standard', 'enterprise'];
/** Database mirroring as Lync sets it up needs 2008 R2 or later on every participant (PC-034). */
const MIRRORING_VERSIONS: readonly SqlVersion[] = ['2008R2', '2012', '2014', '2016'];

/** The SQL Server database each store role holds: the planner's (and the DBA's) name for it. */
export function databaseOf(role: StoreRole): string {
  return role === 'primary' || role === 'backup' ? 'mgc' : 'mgccomp';
}

interface Participant {
  instance: SqlInstance;
  stores: MirroredStore[];
  asPartner: boolean;
  asWitness: boolean;
}

interface Mirroring {
  stores: readonly MirroredStore[];
  participants: Map<string, Participant>;
}

/**
 * The design's mirroring sessions (shared/model/mirror-sessions.ts, the same ones the what-if
 * plays out) and, for each instance, the sessions it takes part in and as what.
 */
const mirroringOf = derived((index: DesignIndex): Mirroring => {
  const stores = mirroredStores(index);
  const participants = new Map<string, Participant>();
  const join = (instance: SqlInstance | undefined, store: MirroredStore, witness: boolean) => {
    if (!instance) return;
    let p = participants.get(instance.id);
    if (!p) {
      p = { instance, stores: [], asPartner: false, asWitness: false };
      participants.set(instance.id, p);
    }
    if (!p.stores.includes(store)) p.stores.push(store);
    if (witness) p.asWitness = true;
    else p.asPartner = true;
  };
  for (const store of stores) {
    join(store.principal, store, false);
    join(store.mirror, store, false);
    join(store.witness, store, true);
  }
  return { stores, participants };
});

function membersOf(store: MirroredStore): SqlInstance[] {
  const list: SqlInstance[] = [];
  for (const i of [store.principal, store.mirror, store.witness]) if (i && !list.includes(i)) list.push(i);
  return list;
}

function storeParams(index: DesignIndex, store: MirroredStore) {
  return {
    pool: store.pool.fqdn,
    db: databaseOf(store.role),
    principal: index.label(store.principal?.id),
    mirror: index.label(store.mirror.id),
  };
}

/** The version a mirroring session should converge on: the principal's when it can mirror. */
function sessionVersion(store: MirroredStore): SqlVersion {
  const from = [store.principal, store.mirror, store.witness].find(
    (i) => i && MIRRORING_VERSIONS.includes(i.version),
  );
  return from?.version ?? '2012';
}

/** The edition the partners should share: the principal's when Lync supports it. */
function sessionEdition(store: MirroredStore): SqlEdition {
  const from = [store.principal, store.mirror].find((i) => i && LYNC_EDITIONS.includes(i.edition));
  return from?.edition ?? 'standard';
}

function setAll<K extends keyof SqlInstance>(ids: readonly string[], field: K, value: SqlInstance[K]) {
  return (design: Design): Design =>
    ids.reduce((d, id) => updateElement(d, 'sqlInstance', id, { [field]: value }), design);
}

/** A fix that gives every instance in `off` the value its partners have, naming them in the title. */
function alignFix<T extends string, K extends keyof SqlInstance>(
  index: DesignIndex,
  title: T,
  off: readonly SqlInstance[],
  field: K,
  value: SqlInstance[K],
  params: Params,
) {
  const ids = off.map((i) => i.id);
  // Each instance may mirror other stores too: changing it is mechanical only when every other
  // session it is in then agrees (the same version for all three, the same edition for the pair).
  const changed = new Set(ids);
  const valueOf = (i: SqlInstance) => (changed.has(i.id) ? value : i[field]);
  for (const store of mirroringOf(index).stores) {
    const group = field === 'edition' ? [store.principal, store.mirror] : membersOf(store);
    const members = group.filter((i): i is SqlInstance => i !== undefined && i !== null);
    if (!members.some((i) => changed.has(i.id))) continue;
    if (new Set(members.map(valueOf)).size > 1) return undefined;
  }
  return {
    title,
    params: { ...params, targets: ids.map((id) => index.label(id)).join(', ') },
    apply: setAll(ids, field, value),
  };
}

/** The default mirroring port for the parts an instance plays: 7022 only for a pure witness. */
function defaultPort(p: Participant): number {
  return p.asWitness && !p.asPartner ? DEFAULT_WITNESS_PORT : DEFAULT_MIRRORING_PORT;
}

function portsTakenBesides(index: DesignIndex, instance: SqlInstance): Set<number> {
  const taken = new Set<number>();
  for (const other of index.instancesByServer.get(fqdnKey(instance.serverFqdn)) ?? []) {
    if (other.id !== instance.id && other.mirroringPort !== null) taken.add(other.mirroringPort);
  }
  return taken;
}

function firstFree(from: number, taken: ReadonlySet<number>): number {
  let port = from;
  while (taken.has(port)) port++;
  return port;
}

/** Sets the instance's mirroring port to `preferred`, or the next port no other instance on its server uses. */
function setFreePort(instanceId: string, preferred: number) {
  return (design: Design): Design => {
    const index = indexDesign(design);
    const instance = index.sqlInstance(instanceId);
    if (!instance) return design;
    const port = firstFree(preferred, portsTakenBesides(index, instance));
    return updateElement(design, 'sqlInstance', instanceId, { mirroringPort: port });
  };
}

const pc032 = defineRule({
  id: 'PC-032',
  severity: 'error',
  source: 'DBSW, TR, SFB-HW',
  fixable: true,
  summary: {
    en: 'Persistent Chat databases need SQL Server 2008 R2 or 2012, Standard or Enterprise, 64-bit.',
    es: 'Las bases de datos de Chat persistente necesitan SQL Server 2008 R2 o 2012, Standard o Enterprise, de 64 bits.',
  },
  messages: {
    version: {
      en: '{instance} runs {version}, which Lync Server 2013 does not support for the Persistent Chat databases ({dbs}); use SQL Server 2008 R2 or 2012.',
      es: '{instance} ejecuta {version}, que Lync Server 2013 no admite para las bases de datos de Chat persistente ({dbs}); use SQL Server 2008 R2 o 2012.',
    },
    version2014: {
      en: '{instance} runs SQL Server 2014, which is supported for the Persistent Chat databases ({dbs}) only by Skype for Business Server 2015 with CU6 or later, not by Lync Server 2013.',
      es: '{instance} ejecuta SQL Server 2014, que solo admite Skype Empresarial Server 2015 con CU6 o posterior para las bases de datos de Chat persistente ({dbs}), no Lync Server 2013.',
    },
    edition: {
      en: '{instance} runs the {edition} edition; the Persistent Chat databases ({dbs}) need SQL Server Standard or Enterprise.',
      es: '{instance} ejecuta la edición {edition}; las bases de datos de Chat persistente ({dbs}) necesitan SQL Server Standard o Enterprise.',
    },
    bits: {
      en: '{instance} is a 32-bit SQL Server; the Persistent Chat databases ({dbs}) are supported on 64-bit SQL Server only.',
      es: '{instance} es un SQL Server de 32 bits; las bases de datos de Chat persistente ({dbs}) solo se admiten en SQL Server de 64 bits.',
    },
    setVersion: {
      en: 'Plan {target} for {instance}',
      es: 'Planificar {target} para {instance}',
    },
    setEdition: {
      en: 'Plan the {target} edition for {instance}',
      es: 'Planificar la edición {target} para {instance}',
    },
    set64: {
      en: 'Plan 64-bit SQL Server for {instance}',
      es: 'Planificar SQL Server de 64 bits para {instance}',
    },
  },
  check({ design, index, report }) {
    for (const inst of design.sqlInstances) {
      // A witness holds no database: its edition and build are SQL Server's business (PC-035).
      const parts = databasePartsInUse(index, inst.id);
      if (parts.length === 0) continue;
      const supported =
        LYNC_VERSIONS.includes(inst.version) && inst.edition !== 'web' && inst.edition !== 'workgroup';
      // Most instances are fine: build the names for a message only when there is one to write.
      if (supported && inst.is64Bit) continue;
      const elements = [inst.id, ...new Set(parts.map((p) => p.pool.id))];
      const label = index.label(inst.id);
      const dbs = [...new Set(parts.map((p) => `${p.pool.fqdn} ${databaseOf(p.role)}`))].join(', ');
      const mirrored = mirroringOf(index).participants.get(inst.id);
      if (inst.version === '2014') {
        report({ message: 'version2014', severity: 'warning', params: { instance: label, dbs }, elements });
      } else if (!LYNC_VERSIONS.includes(inst.version)) {
        // Inside a mirroring session the partners' version is the one to move to (PC-035).
        const partnerVersion = mirrored?.stores.map(sessionVersion).find((v) => LYNC_VERSIONS.includes(v));
        const target = partnerVersion ?? '2012';
        report({
          message: 'version',
          params: { instance: label, version: VERSION_NAMES[inst.version], dbs },
          elements,
          fix: {
            title: 'setVersion',
            params: { instance: label, target: VERSION_NAMES[target] },
            apply: setAll([inst.id], 'version', target),
          },
        });
      }
      if (inst.edition === 'web' || inst.edition === 'workgroup') {
        const target = mirrored?.stores.map(sessionEdition)[0] ?? 'standard';
        report({
          message: 'edition',
          params: { instance: label, edition: EDITION_NAMES[inst.edition], dbs },
          elements,
          fix: {
            title: 'setEdition',
            params: { instance: label, target: EDITION_NAMES[target] },
            apply: setAll([inst.id], 'edition', target),
          },
        });
      }
      if (!inst.is64Bit) {
        report({
          message: 'bits',
          params: { instance: label, dbs },
          elements,
          fix: { title: 'set64', params: { instance: label }, apply: setAll([inst.id], 'is64Bit', true) },
        });
      }
    }
  },
});

const pc033 = defineRule({
  id: 'PC-033',
  severity: 'error',
  source: 'DBSW, COLSE, DEP',
  fixable: true,
  summary: {
    en: 'SQL Server Express serves Persistent Chat only on a Standard Edition server, never in an HA or DR configuration.',
    es: 'SQL Server Express solo sirve a Chat persistente en un servidor Standard Edition, nunca en una configuración de alta disponibilidad o recuperación ante desastres.',
  },
  messages: {
    hadr: {
      en: '{instance} is SQL Server Express but holds a mirror or backup (log-shipping) database of {pools}; Express cannot serve an HA or DR configuration.',
      es: '{instance} es SQL Server Express pero contiene una base de datos reflejada o de copia de seguridad (trasvase de registros) de {pools}; Express no puede servir a una configuración de alta disponibilidad o recuperación ante desastres.',
    },
    multiple: {
      en: '{instance} is SQL Server Express but holds the databases of multiple-computer pool {pools}; Express is supported only for Persistent Chat on a Standard Edition server.',
      es: '{instance} es SQL Server Express pero contiene las bases de datos del grupo de varios equipos {pools}; Express solo se admite para Chat persistente en un servidor Standard Edition.',
    },
    notStandardEdition: {
      en: '{instance} is SQL Server Express but is not on a Standard Edition Front End server; Express is supported for the databases of {pools} only on the Standard Edition server itself.',
      es: '{instance} es SQL Server Express pero no está en un servidor front-end Standard Edition; Express solo se admite para las bases de datos de {pools} en el propio servidor Standard Edition.',
    },
    setEdition: {
      en: 'Plan the {target} edition for {instance}',
      es: 'Planificar la edición {target} para {instance}',
    },
  },
  check({ design, index, report }) {
    for (const inst of design.sqlInstances) {
      if (inst.edition !== 'express') continue;
      const parts = databasePartsInUse(index, inst.id);
      if (parts.length === 0) continue;
      const hadr = parts.filter(
        (p) => p.part === 'mirror' || p.role === 'backup' || p.role === 'complianceBackup',
      );
      const multiple = parts.filter((p) => p.pool.computers === 'multiple');
      const fe = index.frontEndByMachine.get(fqdnKey(inst.serverFqdn));
      const onStandardEdition = fe?.edition === 'standard';
      let message: 'hadr' | 'multiple' | 'notStandardEdition';
      let offending: readonly InstanceRole[];
      if (hadr.length > 0) [message, offending] = ['hadr', hadr];
      else if (multiple.length > 0) [message, offending] = ['multiple', multiple];
      else if (!onStandardEdition) [message, offending] = ['notStandardEdition', parts];
      else continue; // Persistent Chat on a Standard Edition server keeps its databases in local Express (PC-011).
      const label = index.label(inst.id);
      const target =
        mirroringOf(index).participants.get(inst.id)?.stores.map(sessionEdition)[0] ?? 'standard';
      const pools = [...new Set(offending.map((p) => p.pool))];
      report({
        message,
        params: { instance: label, pools: pools.map((p) => p.fqdn).join(', ') },
        elements: [inst.id, ...pools.map((p) => p.id)],
        fix: {
          title: 'setEdition',
          params: { instance: label, target: EDITION_NAMES[target] },
          apply: setAll([inst.id], 'edition', target),
        },
      });
    }
  },
});

const pc034 = defineRule({
  id: 'PC-034',
  severity: 'error',
  source: 'SQLM, MIR',
  fixable: true,
  summary: {
    en: 'Every mirroring participant (primary, mirror, witness) needs SQL Server 2008 R2 or later.',
    es: 'Cada participante de la creación de reflejo (principal, reflejo, testigo) necesita SQL Server 2008 R2 o posterior.',
  },
  messages: {
    tooOld: {
      en: '{instance} runs {version} but takes part in the mirroring of {sessions}; SQL mirroring needs SQL Server 2008 R2 or later on the primary, the mirror and the witness.',
      es: '{instance} ejecuta {version} pero participa en la creación de reflejo de {sessions}; la creación de reflejo de SQL necesita SQL Server 2008 R2 o posterior en el principal, el reflejo y el testigo.',
    },
    setVersion: {
      en: 'Plan {target} for {instance}, as its mirroring partners',
      es: 'Planificar {target} para {instance}, como sus asociados de reflejo',
    },
  },
  check({ index, report }) {
    for (const p of mirroringOf(index).participants.values()) {
      if (MIRRORING_VERSIONS.includes(p.instance.version)) continue;
      const label = index.label(p.instance.id);
      const target = p.stores.map(sessionVersion)[0] ?? '2012';
      report({
        message: 'tooOld',
        params: {
          instance: label,
          version: VERSION_NAMES[p.instance.version],
          sessions: p.stores.map((s) => `${s.pool.fqdn} ${databaseOf(s.role)}`).join(', '),
        },
        elements: [p.instance.id, ...new Set(p.stores.map((s) => s.pool.id))],
        fix: {
          title: 'setVersion',
          params: { instance: label, target: VERSION_NAMES[target] },
          apply: setAll([p.instance.id], 'version', target),
        },
      });
    }
  },
});

const pc035 = defineRule({
  id: 'PC-035',
  severity: 'error',
  source: 'SQLM',
  fixable: true,
  summary: {
    en: 'Primary, mirror and witness run the same SQL Server version; primary and mirror also the same edition.',
    es: 'El principal, el reflejo y el testigo ejecutan la misma versión de SQL Server; el principal y el reflejo, también la misma edición.',
  },
  messages: {
    version: {
      en: 'The mirroring of {pool} {db} mixes SQL Server versions ({versions}); the primary, the mirror and the witness must run the same version.',
      es: 'La creación de reflejo de {pool} {db} mezcla versiones de SQL Server ({versions}); el principal, el reflejo y el testigo deben ejecutar la misma versión.',
    },
    edition: {
      en: 'The mirroring of {pool} {db} pairs {principal} ({principalEdition}) with mirror {mirror} ({mirrorEdition}); the primary and the mirror must run the same edition.',
      es: 'La creación de reflejo de {pool} {db} empareja {principal} ({principalEdition}) con el reflejo {mirror} ({mirrorEdition}); el principal y el reflejo deben ejecutar la misma edición.',
    },
    setVersion: {
      en: 'Plan {target} for {targets}',
      es: 'Planificar {target} para {targets}',
    },
    setEdition: {
      en: 'Plan the {target} edition for {targets}',
      es: 'Planificar la edición {target} para {targets}',
    },
  },
  check({ index, report }) {
    for (const store of mirroringOf(index).stores) {
      const members = membersOf(store);
      const params = storeParams(index, store);
      const elements = [store.pool.id, ...members.map((i) => i.id)];
      if (new Set(members.map((i) => i.version)).size > 1) {
        const target = sessionVersion(store);
        const off = members.filter((i) => i.version !== target);
        report({
          message: 'version',
          params: {
            ...params,
            versions: members.map((i) => `${index.label(i.id)} ${VERSION_NAMES[i.version]}`).join(', '),
          },
          elements,
          fix: alignFix(index, 'setVersion', off, 'version', target, { target: VERSION_NAMES[target] }),
        });
      }
      const { principal, mirror } = store;
      if (principal && principal !== mirror && principal.edition !== mirror.edition) {
        const target = sessionEdition(store);
        const off = [principal, mirror].filter((i) => i.edition !== target);
        report({
          message: 'edition',
          params: {
            ...params,
            principalEdition: EDITION_NAMES[principal.edition],
            mirrorEdition: EDITION_NAMES[mirror.edition],
          },
          elements: [store.pool.id, principal.id, mirror.id],
          fix: alignFix(index, 'setEdition', off, 'edition', target, { target: EDITION_NAMES[target] }),
        });
      }
    }
  },
});

const pc036 = defineRule({
  id: 'PC-036',
  severity: 'error',
  source: 'BEHA, MIR',
  fixable: true,
  summary: {
    en: 'Only synchronous (high-safety) SQL mirroring is supported.',
    es: 'Solo se admite la creación de reflejo de SQL sincrónica (alta seguridad).',
  },
  messages: {
    asynchronous: {
      en: '{instance} is set for asynchronous mirroring in {sessions}; Lync Server 2013 supports only synchronous mirroring.',
      es: '{instance} está configurado para creación de reflejo asincrónica en {sessions}; Lync Server 2013 solo admite la creación de reflejo sincrónica.',
    },
    setSynchronous: {
      en: 'Use synchronous mirroring on {instance}',
      es: 'Usar creación de reflejo sincrónica en {instance}',
    },
  },
  check({ index, report }) {
    for (const p of mirroringOf(index).participants.values()) {
      if (p.instance.mirroringMode !== 'asynchronous') continue;
      const label = index.label(p.instance.id);
      report({
        message: 'asynchronous',
        params: {
          instance: label,
          sessions: p.stores.map((s) => `${s.pool.fqdn} ${databaseOf(s.role)}`).join(', '),
        },
        elements: [p.instance.id, ...new Set(p.stores.map((s) => s.pool.id))],
        fix: {
          title: 'setSynchronous',
          params: { instance: label },
          apply: setAll([p.instance.id], 'mirroringMode', 'synchronous'),
        },
      });
    }
  },
});

const pc037 = defineRule({
  id: 'PC-037',
  severity: 'error',
  source: 'DEF, DBSW',
  fixable: true,
  summary: {
    en: 'A SQL failover cluster has at most 2 nodes on Standard and 16 on Enterprise; it gives HA, not cross-data-center DR.',
    es: 'Un clúster de conmutación por error de SQL tiene como máximo 2 nodos en Standard y 16 en Enterprise; da alta disponibilidad, no recuperación entre centros de datos.',
  },
  messages: {
    tooManyNodes: {
      en: '{instance} is a {nodes}-node failover cluster on the {edition} edition, which allows at most {max} nodes.',
      es: '{instance} es un clúster de conmutación por error de {nodes} nodos en la edición {edition}, que admite como máximo {max} nodos.',
    },
    ...pluralMessages('clusterIsNotDr', {
      one: {
        en: '{instance} is a failover cluster holding the databases of {pools}, which has no backup stores. Clustering gives high availability inside one data center; disaster recovery across data centers is done only by log shipping to a backup store.',
        es: '{instance} es un clúster de conmutación por error con las bases de datos de {pools}, que no tiene almacenes de copia de seguridad. El clúster da alta disponibilidad dentro de un centro de datos; la recuperación ante desastres entre centros de datos solo se hace con trasvase de registros a un almacén de copia de seguridad.',
      },
      other: {
        en: '{instance} is a failover cluster holding the databases of {pools}, which have no backup stores. Clustering gives high availability inside one data center; disaster recovery across data centers is done only by log shipping to a backup store.',
        es: '{instance} es un clúster de conmutación por error con las bases de datos de {pools}, que no tienen almacenes de copia de seguridad. El clúster da alta disponibilidad dentro de un centro de datos; la recuperación ante desastres entre centros de datos solo se hace con trasvase de registros a un almacén de copia de seguridad.',
      },
    }),
    setNodes: {
      en: 'Plan {max} cluster nodes for {instance}',
      es: 'Planificar {max} nodos de clúster para {instance}',
    },
  },
  check({ design, index, report }) {
    for (const inst of design.sqlInstances) {
      if (inst.availability !== 'failover-cluster') continue;
      const parts = instancePartsInUse(index, inst.id);
      if (parts.length === 0) continue;
      const label = index.label(inst.id);
      const max =
        inst.edition === 'enterprise'
          ? MAX_ENTERPRISE_CLUSTER_NODES
          : inst.edition === 'standard'
            ? MAX_STANDARD_CLUSTER_NODES
            : null;
      if (max !== null && inst.clusterNodes > max) {
        report({
          message: 'tooManyNodes',
          params: { instance: label, nodes: inst.clusterNodes, edition: EDITION_NAMES[inst.edition], max },
          elements: [inst.id],
          fix: {
            title: 'setNodes',
            params: { instance: label, max },
            apply: setAll([inst.id], 'clusterNodes', max),
          },
        });
      }
      const noDr = [
        ...new Set(parts.filter((p) => p.part !== 'witness' && !p.pool.disasterRecovery).map((p) => p.pool)),
      ];
      if (noDr.length > 0) {
        report({
          message: pluralKey('clusterIsNotDr', noDr.length),
          severity: 'info',
          params: { instance: label, pools: noDr.map((p) => p.fqdn).join(', ') },
          elements: [inst.id, ...noDr.map((p) => p.id)],
        });
      }
    }
  },
});

const pc038 = defineRule({
  id: 'PC-038',
  severity: 'error',
  source: 'SFB-PLAN, SFB-CFG, SFB-TOPO',
  fixable: true,
  summary: {
    en: 'SQL AlwaysOn Availability Groups are not supported for the Persistent Chat databases.',
    es: 'Los grupos de disponibilidad AlwaysOn de SQL no se admiten para las bases de datos de Chat persistente.',
  },
  messages: {
    alwaysOn: {
      en: '{instance} uses AlwaysOn Availability Groups for {pools}; the Persistent Chat databases support SQL mirroring or failover clustering, not AlwaysOn.',
      es: '{instance} usa grupos de disponibilidad AlwaysOn para {pools}; las bases de datos de Chat persistente admiten la creación de reflejo de SQL o el clúster de conmutación por error, no AlwaysOn.',
    },
    useMirroring: {
      en: 'Use SQL mirroring on {instance}',
      es: 'Usar la creación de reflejo de SQL en {instance}',
    },
    useStandalone: {
      en: 'Make {instance} a stand-alone SQL Server',
      es: 'Hacer de {instance} un SQL Server independiente',
    },
  },
  check({ design, index, report }) {
    for (const inst of design.sqlInstances) {
      if (inst.availability !== 'alwayson') continue;
      const parts = instancePartsInUse(index, inst.id);
      if (parts.length === 0) continue;
      const label = index.label(inst.id);
      const pools = [...new Set(parts.map((p) => p.pool))];
      const mirrored = mirroringOf(index).participants.has(inst.id);
      report({
        message: 'alwaysOn',
        params: { instance: label, pools: pools.map((p) => p.fqdn).join(', ') },
        elements: [inst.id, ...pools.map((p) => p.id)],
        fix: {
          title: mirrored ? 'useMirroring' : 'useStandalone',
          params: { instance: label },
          apply: setAll([inst.id], 'availability', mirrored ? 'mirroring' : 'standalone'),
        },
      });
    }
  },
});

const pc039 = defineRule({
  id: 'PC-039',
  severity: 'error',
  source: 'SQLM',
  fixable: true,
  summary: {
    en: 'Topology Builder sets up mirroring only when primary, mirror and witness are in the same AD domain.',
    es: 'El Generador de topologías solo configura la creación de reflejo si el principal, el reflejo y el testigo están en el mismo dominio de AD.',
  },
  messages: {
    crossDomain: {
      en: 'The mirroring of {pool} {db} spans AD domains ({domains}); Topology Builder and the cmdlets cannot set up or remove cross-domain mirroring, which then has to be done with SQL Server tools.',
      es: 'La creación de reflejo de {pool} {db} abarca varios dominios de AD ({domains}); el Generador de topologías y los cmdlets no pueden configurar ni quitar la creación de reflejo entre dominios, que entonces se hace con las herramientas de SQL Server.',
    },
    sameDomain: {
      en: 'Put {targets} in the AD domain {domain}',
      es: 'Poner {targets} en el dominio de AD {domain}',
    },
  },
  check({ index, report }) {
    for (const store of mirroringOf(index).stores) {
      // An empty domain is a half-finished entry, reported by the design checks, not a second domain.
      const members = membersOf(store).filter((i) => i.adDomain.trim() !== '');
      if (new Set(members.map((i) => fqdnKey(i.adDomain))).size < 2) continue;
      const domain = members[0]!.adDomain;
      const off = members.filter((i) => fqdnKey(i.adDomain) !== fqdnKey(domain));
      report({
        message: 'crossDomain',
        params: {
          ...storeParams(index, store),
          domains: members.map((i) => `${index.label(i.id)} ${i.adDomain}`).join(', '),
        },
        elements: [store.pool.id, ...members.map((i) => i.id)],
        fix: alignFix(index, 'sameDomain', off, 'adDomain', domain, { domain }),
      });
    }
  },
});

const pc040 = defineRule({
  id: 'PC-040',
  severity: 'error',
  source: 'SQLM',
  fixable: true,
  summary: {
    en: 'Each mirroring participant needs an endpoint port (5022, 7022 for a witness), unique on its server.',
    es: 'Cada participante de la creación de reflejo necesita un puerto de extremo (5022, 7022 para un testigo), único en su servidor.',
  },
  messages: {
    missing: {
      en: '{instance} takes part in the mirroring of {sessions} but has no mirroring port.',
      es: '{instance} participa en la creación de reflejo de {sessions} pero no tiene puerto de creación de reflejo.',
    },
    conflict: {
      en: '{instances} run on the same server {server} and share mirroring port {port}; two SQL instances on one server cannot use the same mirroring port.',
      es: '{instances} se ejecutan en el mismo servidor {server} y comparten el puerto de creación de reflejo {port}; dos instancias de SQL en un servidor no pueden usar el mismo puerto.',
    },
    notDefault: {
      en: '{instance} uses mirroring port {port}; the default for a principal or mirror is 5022. Whatever the port, Windows Firewall must let it through, and an existing mirroring endpoint keeps its own port whatever Topology Builder says.',
      es: '{instance} usa el puerto de creación de reflejo {port}; el predeterminado para un principal o un reflejo es 5022. Sea cual sea el puerto, el Firewall de Windows debe permitirlo, y un extremo de creación de reflejo existente conserva su puerto diga lo que diga el Generador de topologías.',
    },
    notDefaultWitness: {
      en: 'Witness {instance} uses mirroring port {port}; the default for a witness is 7022. Whatever the port, Windows Firewall must let it through, and an existing mirroring endpoint keeps its own port whatever Topology Builder says.',
      es: 'El testigo {instance} usa el puerto de creación de reflejo {port}; el predeterminado para un testigo es 7022. Sea cual sea el puerto, el Firewall de Windows debe permitirlo, y un extremo de creación de reflejo existente conserva su puerto diga lo que diga el Generador de topologías.',
    },
    setPort: {
      en: 'Set the mirroring port of {instance} to {port}',
      es: 'Establecer el puerto de creación de reflejo de {instance} en {port}',
    },
    movePorts: {
      en: 'Move {moved} to the next free mirroring port',
      es: 'Mover {moved} al siguiente puerto de creación de reflejo libre',
    },
  },
  check({ index, report }) {
    // Ports go into the messages as strings: the renderer would print the number 5022 as 5,022.
    const mirroring = mirroringOf(index);
    for (const p of mirroring.participants.values()) {
      const inst = p.instance;
      const label = index.label(inst.id);
      const preferred = defaultPort(p);
      const target = firstFree(preferred, portsTakenBesides(index, inst));
      const fix = {
        title: 'setPort' as const,
        params: { instance: label, port: String(target) },
        apply: setFreePort(inst.id, preferred),
      };
      const elements = [inst.id, ...new Set(p.stores.map((s) => s.pool.id))];
      if (inst.mirroringPort === null) {
        const sessions = p.stores.map((s) => `${s.pool.fqdn} ${databaseOf(s.role)}`).join(', ');
        report({ message: 'missing', params: { instance: label, sessions }, elements, fix });
        continue;
      }
      // A port outside 1 to 65535 is a value error the design checks report (DSN-008).
      if (portProblem(inst.mirroringPort)) continue;
      if (inst.mirroringPort !== preferred && target === preferred) {
        // Off the default only matters when the default is free: a second instance on the server needs another port.
        report({
          message: preferred === DEFAULT_WITNESS_PORT ? 'notDefaultWitness' : 'notDefault',
          severity: 'info',
          params: { instance: label, port: String(inst.mirroringPort) },
          elements,
          fix,
        });
      }
    }
    for (const [server, instances] of index.instancesByServer) {
      if (server === '' || instances.length < 2) continue;
      const byPort = groupBy(instances, (i) =>
        i.mirroringPort === null || portProblem(i.mirroringPort) ? null : i.mirroringPort,
      );
      for (const [port, sharing] of byPort) {
        if (sharing.length < 2) continue;
        // The instance that mirrors a Persistent Chat store keeps its port; the others move.
        const ordered = [...sharing].sort(
          (a, b) => Number(mirroring.participants.has(b.id)) - Number(mirroring.participants.has(a.id)),
        );
        const moved = ordered.slice(1);
        report({
          message: 'conflict',
          params: {
            instances: sharing.map((i) => index.label(i.id)).join(', '),
            server: sharing[0]!.serverFqdn,
            port: String(port),
          },
          elements: sharing.map((i) => i.id),
          fix: {
            title: 'movePorts',
            params: { moved: moved.map((i) => index.label(i.id)).join(', ') },
            apply: moveToFreePorts(
              moved.map((i) => i.id),
              port,
            ),
          },
        });
      }
    }
  },
});

/** Gives each instance, one after another, the first port from `from` on that nothing else on its server uses. */
function moveToFreePorts(ids: readonly string[], from: number) {
  return (design: Design): Design =>
    ids.reduce((d, id) => {
      const index = indexDesign(d);
      const instance = index.sqlInstance(id);
      if (!instance) return d;
      const taken = portsTakenBesides(index, instance);
      return updateElement(d, 'sqlInstance', id, { mirroringPort: firstFree(from, taken) });
    }, design);
}

const pc041 = defineRule({
  id: 'PC-041',
  severity: 'warning',
  source: 'BEHA',
  summary: {
    en: 'One witness may serve several mirror pairs, but a witness per pair is more resilient.',
    es: 'Un testigo puede servir a varios pares de reflejo, pero un testigo por par es más resistente.',
  },
  messages: {
    shared: {
      en: 'Witness {witness} serves {count} mirror pairs ({pairs}). This is supported, but losing it removes automatic failover from all of them; a separate witness per pair is more resilient.',
      es: 'El testigo {witness} sirve a {count} pares de reflejo ({pairs}). Se admite, pero si falla, todos pierden la conmutación automática; un testigo por par es más resistente.',
    },
  },
  check({ index, report }) {
    for (const p of mirroringOf(index).participants.values()) {
      if (!p.asWitness) continue;
      const pairs = new Map<string, MirroredStore>();
      for (const s of p.stores) {
        if (s.witness !== p.instance) continue;
        const key = `${s.principal?.id ?? ''}\n${s.mirror.id}`;
        if (!pairs.has(key)) pairs.set(key, s);
      }
      if (pairs.size < 2) continue;
      const stores = [...pairs.values()];
      report({
        message: 'shared',
        params: {
          witness: index.label(p.instance.id),
          count: pairs.size,
          pairs: stores
            .map((s) => `${index.label(s.principal?.id)} + ${index.label(s.mirror.id)}`)
            .join(', '),
        },
        elements: [
          p.instance.id,
          ...new Set(
            stores.flatMap((s) => [s.pool.id, ...(s.principal ? [s.principal.id] : []), s.mirror.id]),
          ),
        ],
      });
    }
  },
});

const pc042 = defineRule({
  id: 'PC-042',
  severity: 'error',
  source: 'SQLM',
  fixable: true,
  summary: {
    en: 'A witness is added and removed only together with its mirror.',
    es: 'Un testigo solo se agrega y se quita junto con su reflejo.',
  },
  messages: {
    witnessWithoutMirror: {
      en: 'The {pool} {db} store on {principal} has witness {witness} but no mirror; neither Topology Builder nor any cmdlet deploys a witness without its mirror.',
      es: 'El almacén {db} de {pool} en {principal} tiene el testigo {witness} pero ningún reflejo; ni el Generador de topologías ni ningún cmdlet implementa un testigo sin su reflejo.',
    },
    dropWitness: {
      en: 'Remove the witness {witness} from this store (or add a mirror)',
      es: 'Quitar el testigo {witness} de este almacén (o agregar un reflejo)',
    },
  },
  check({ design, index, report }) {
    for (const pool of design.pools) {
      for (const role of rolesInUse(pool)) {
        const a = pool.stores[role];
        const witness = index.sqlInstance(a.witnessId);
        if (!witness || a.mirrorId) continue;
        const params = {
          pool: pool.fqdn,
          db: databaseOf(role),
          principal: index.label(a.sqlInstanceId),
          witness: index.label(witness.id),
        };
        report({
          message: 'witnessWithoutMirror',
          params,
          elements: [pool.id, witness.id, ...(a.sqlInstanceId ? [a.sqlInstanceId] : [])],
          // The mgc and mgccomp stores of one principal read alike; the fix clears the witness
          // from each unmirrored store it watches there, so no twin finding stays behind.
          fix: {
            title: 'dropWitness',
            apply: (d) =>
              rolesInUse(pool)
                .filter((r) => {
                  const other = pool.stores[r];
                  return (
                    other.witnessId === witness.id &&
                    !other.mirrorId &&
                    other.sqlInstanceId === a.sqlInstanceId
                  );
                })
                .reduce((next, r) => updateStore(next, pool.id, r, { witnessId: null }), d),
          },
        });
      }
    }
  },
});

const pc043 = defineRule({
  id: 'PC-043',
  severity: 'warning',
  source: 'SQLM',
  summary: {
    en: 'A mirrored database uses the Full recovery model, so its transaction log must be backed up regularly.',
    es: 'Una base de datos reflejada usa el modelo de recuperación completa, así que su registro de transacciones debe copiarse con regularidad.',
  },
  messages: {
    noLogBackups: {
      en: 'The {pool} {db} database on {principal} is mirrored, which sets the Full recovery model, but the pool has no log shipping. Schedule regular transaction-log backups, or the log fills the disk.',
      es: 'La base de datos {db} de {pool} en {principal} está reflejada, lo que establece el modelo de recuperación completa, pero el grupo no tiene trasvase de registros. Programe copias de seguridad periódicas del registro de transacciones o el registro llenará el disco.',
    },
  },
  check({ index, report }) {
    for (const store of mirroringOf(index).stores) {
      // Log shipping backs the log up; backup stores are restored, not written, until failover.
      if (store.role === 'backup' || store.role === 'complianceBackup') continue;
      if (store.pool.disasterRecovery) continue;
      report({
        message: 'noLogBackups',
        params: storeParams(index, store),
        elements: [store.pool.id, ...membersOf(store).map((i) => i.id)],
      });
    }
  },
});

export const sqlServerRules: readonly Rule[] = [
  pc032,
  pc033,
  pc034,
  pc035,
  pc036,
  pc037,
  pc038,
  pc039,
  pc040,
  pc041,
  pc042,
  pc043,
];
