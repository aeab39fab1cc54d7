/**
 * E. Stretched-pool layout across data centers, the stores (PC-026 to PC-031): where each store,
 * mirror and witness sits relative to the primary store, and which instances must be dedicated.
 */
import { derived } from '../../../model/derived.ts';
import type { DesignIndex } from '../../../model/design-index.ts';
import { updateStore } from '../../../model/edit.ts';
import { fqdnKey } from '../../../model/values.ts';
import type { Design, PersistentChatPool, SqlInstance, StorePart, StoreRole } from '../../../model/types.ts';
import { primaryDataCenterId, rolesInUse, spareInstances, storeInstance } from '../../../model/queries.ts';
import type { Text } from '../../../i18n/text.ts';
import { defineRule } from '../../types.ts';
import type { Rule } from '../../types.ts';
import { moveInstanceFix, otherDataCenterId } from './sides.ts';
import type { Side } from './sides.ts';

/** The part an instance plays for one store, as "primary.mirror" and so on. */
type PartKey = `${StoreRole}.${StorePart}`;

/**
 * The database parts (not witnesses) each SQL instance plays per pool, for the stores the
 * pool's options switch on. PC-029 and PC-030 both ask, so it is built once per design.
 */
const databasePartsByInstance = derived(
  (index: DesignIndex): Map<string, Map<PersistentChatPool, PartKey[]>> => {
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
    return result;
  },
);

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
    useBackup: {
      en: 'Use {instance}, the only SQL Server instance in {dc} that holds nothing yet, as the backup store',
      es: 'Usar {instance}, la única instancia de SQL Server de {dc} que aún no contiene nada, como almacén de copia de seguridad',
    },
  },
  check({ design, index, report }) {
    for (const pool of design.pools) {
      if (!pool.disasterRecovery) continue;
      const { primary: p, backup: b } = pool.stores;
      const backup = index.sqlInstance(b.sqlInstanceId);
      // A reference to an instance that is not in the design is no store either.
      if (!backup) {
        // Mechanical only when one instance that holds nothing stands in the other data center.
        const primaryDc = storeInstance(index, pool, 'primary', 'instance')?.dataCenterId ?? null;
        const otherDc = primaryDc ? otherDataCenterId(design, primaryDc) : null;
        const spare = otherDc ? spareInstances(index).filter((i) => i.dataCenterId === otherDc) : [];
        // The backup side must be empty too: a mirror, witness or copy share already chosen
        // elsewhere would only disagree with the instance the fix picks (PC-028, PC-053).
        const copy = index.byId.get(pool.logShipping.copyShareId ?? '')?.element as
          { serverFqdn?: string } | undefined;
        const only =
          b.sqlInstanceId === null && b.mirrorId === null && b.witnessId === null && spare.length === 1
            ? spare[0]
            : undefined;
        const fits =
          only && (!copy?.serverFqdn || fqdnKey(copy.serverFqdn) === fqdnKey(only.serverFqdn))
            ? only
            : undefined;
        report({
          message: 'noBackup',
          params: { pool: pool.fqdn },
          elements: [pool.id],
          fix: fits && {
            title: 'useBackup',
            params: { instance: index.label(fits.id), dc: index.label(otherDc) },
            apply: (d: Design) => updateStore(d, pool.id, 'backup', { sqlInstanceId: fits.id }),
          },
        });
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
        // The backup store's mirror and witness beside it belong with it (PC-028).
        fix: moveInstanceFix(
          index,
          backup,
          'backup',
          otherDataCenterId(design, dc),
          'moveBackup',
          [
            storeInstance(index, pool, 'backup', 'mirror'),
            storeInstance(index, pool, 'backup', 'witness'),
          ].filter((i): i is SqlInstance => i?.dataCenterId === dc),
        ),
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

/** The mgc parts PC-029 wants on instances of their own, as the planner calls them. */
const dedicatedParts = {
  'primary.mirror': { en: 'primary store mirror', es: 'reflejo del almacén principal' },
  'backup.instance': { en: 'backup store', es: 'almacén de copia de seguridad' },
  'backup.mirror': { en: 'backup store mirror', es: 'reflejo del almacén de copia de seguridad' },
} as const satisfies Partial<Record<PartKey, Text>>;
type DedicatedPart = keyof typeof dedicatedParts;

/** The other databases an instance may hold (PC-044 to PC-046), each with how a message names it. */
const otherDatabaseKinds = {
  backEnd: { en: 'the back-end database of {other}', es: 'la base de datos back-end de {other}' },
  monitoring: { en: 'the Monitoring database', es: 'la base de datos de supervisión' },
  archiving: { en: 'the Archiving database', es: 'la base de datos de archivado' },
  otherPool: { en: 'the {db} database of pool {other}', es: 'la base de datos {db} del grupo {other}' },
} as const satisfies Record<string, Text>;
type OtherDatabase = { kind: keyof typeof otherDatabaseKinds; other?: string; db?: string; element?: string };

/**
 * What else an instance holds besides one pool's Persistent Chat database: the Lync databases of
 * PC-044 to PC-046 (back end, Monitoring, Archiving) and the databases of other pools.
 */
function otherDatabases(
  index: DesignIndex,
  instance: SqlInstance,
  pool: PersistentChatPool,
): OtherDatabase[] {
  const out: OtherDatabase[] = [];
  for (const id of new Set(instance.backEndPoolIds))
    out.push({ kind: 'backEnd', other: index.label(id), ...(index.byId.has(id) ? { element: id } : {}) });
  if (instance.monitoring) out.push({ kind: 'monitoring' });
  if (instance.archiving) out.push({ kind: 'archiving' });
  for (const [other, parts] of databasePartsByInstance(index).get(instance.id) ?? []) {
    if (other === pool) continue;
    // A second mgc on one instance is PC-044's error; a second pool's mgccomp is only this warning.
    if (parts.some((p) => databaseOf(p) === 'mgccomp'))
      out.push({ kind: 'otherPool', other: other.fqdn, db: 'mgccomp', element: other.id });
  }
  return out;
}

/** One message for each dedicated part and each other database it must not hold. */
const alsoHoldsMessages = Object.fromEntries(
  (Object.keys(dedicatedParts) as DedicatedPart[]).flatMap((part) =>
    (Object.keys(otherDatabaseKinds) as OtherDatabase['kind'][]).map((kind) => {
      const p = dedicatedParts[part];
      const o = otherDatabaseKinds[kind];
      return [
        `alsoHolds.${part}.${kind}`,
        {
          en: `SQL instance {instance} is the ${p.en} of pool {pool} but also holds ${o.en}. ${dedicatedNote.en}`,
          es: `La instancia SQL {instance} es el ${p.es} del grupo {pool} pero también contiene ${o.es}. ${dedicatedNote.es}`,
        },
      ];
    }),
  ),
) as Record<`alsoHolds.${DedicatedPart}.${OtherDatabase['kind']}`, Text>;

const pc029 = defineRule({
  id: 'PC-029',
  severity: 'warning',
  source: 'RR',
  reading:
    'The catalogue says the mirror, the log-shipping secondary and its mirror must each be "its own dedicated database instance" (RR: "one dedicated database instance"). The designer reads "dedicated" as dedicated to that one Persistent Chat database: the instance holds no other database of the pool (the pairs PC-029 names, or PC-027 for a backup store on the primary side) and no other Lync database either, neither a back end, nor Monitoring, nor Archiving (the databases PC-044 to PC-046 otherwise let an instance share), nor another pool\'s. The one sharing the catalogue allows is PC-030\'s: mgccomp may share an instance with mgc, which PC-030 judges. The primary store itself is not asked to be dedicated; PC-045 warns about a back end beside it. Like the catalogue, this stays a warning, since RR does not say what fails when the instance is shared.',
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
    ...alsoHoldsMessages,
  },
  check({ index, report }) {
    for (const [instanceId, byPool] of databasePartsByInstance(index)) {
      const instance = index.sqlInstance(instanceId)!;
      for (const [pool, parts] of byPool) {
        for (const [a, b, message] of sharedMgcPairs) {
          if (!parts.includes(a) || !parts.includes(b)) continue;
          report({
            message,
            params: { instance: index.label(instanceId), pool: pool.fqdn },
            elements: [pool.id, instanceId],
          });
        }
        const part = (Object.keys(dedicatedParts) as DedicatedPart[]).find((p) => parts.includes(p));
        if (!part) continue;
        for (const o of otherDatabases(index, instance, pool)) {
          report({
            message: `alsoHolds.${part}.${o.kind}`,
            params: {
              instance: index.label(instanceId),
              pool: pool.fqdn,
              other: o.other ?? '',
              db: o.db ?? '',
            },
            elements: [pool.id, instanceId, ...(o.element ? [o.element] : [])],
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

export const storePlacementRules: readonly Rule[] = [pc026, pc027, pc028, pc029, pc030, pc031];
