/**
 * The names a runbook fills in: the pool, each SQL instance as server and instance, each share
 * as a UNC path. Taken from the design as they are; quoting is the renderers' job.
 */
import { indexDesign } from '../model/design-index.ts';
import type { Design, PersistentChatPool, PersistentChatServer, Share, SqlInstance } from '../model/types.ts';
import { rolesInUse, serversOf, storeInstance } from '../model/queries.ts';
import { uncPath } from '../model/values.ts';
import type { StoreRole, StorePart } from '../model/types.ts';

export interface SqlName {
  id: string;
  fqdn: string;
  /** '' for the default instance. */
  instance: string;
  /** server\instance, or the server alone for a default instance. */
  label: string;
  dataCenterId: string | null;
  dataCenter: string;
  serviceAccount: SqlInstance['serviceAccount'];
  adDomain: string;
  mirroringPort: number | null;
  element: SqlInstance;
}

export interface ShareName {
  id: string;
  unc: string;
  serverFqdn: string;
  dataCenter: string;
}

export interface PoolNames {
  pool: PersistentChatPool;
  designName: string;
  primary?: SqlName;
  mirror?: SqlName;
  witness?: SqlName;
  backup?: SqlName;
  backupMirror?: SqlName;
  backupWitness?: SqlName;
  compliance?: SqlName;
  complianceMirror?: SqlName;
  complianceWitness?: SqlName;
  complianceBackup?: SqlName;
  complianceBackupMirror?: SqlName;
  complianceBackupWitness?: SqlName;
  logBackupShare?: ShareName;
  logCopyShare?: ShareName;
  mirroringShare?: ShareName;
  fileStore?: ShareName;
  nextHop?: { fqdn: string; machines: readonly string[] };
  servers: readonly PersistentChatServer[];
  /** The servers the design makes active (the Normal state), at most 4 (PC-001). */
  designedActive: readonly string[];
}

export function poolNames(design: Design, pool: PersistentChatPool): PoolNames {
  const index = indexDesign(design);
  const inUse = rolesInUse(pool);
  const sql = (role: StoreRole, part: StorePart): SqlName | undefined => {
    if (!inUse.includes(role)) return undefined;
    const i = storeInstance(index, pool, role, part);
    if (!i) return undefined;
    return {
      id: i.id,
      fqdn: i.serverFqdn,
      instance: i.instanceName,
      label: index.label(i.id),
      dataCenterId: i.dataCenterId,
      dataCenter: index.label(i.dataCenterId),
      serviceAccount: i.serviceAccount,
      adDomain: i.adDomain,
      mirroringPort: i.mirroringPort,
      element: i,
    };
  };
  const share = (id: string | null): ShareName | undefined => {
    const hit = id ? index.byId.get(id) : undefined;
    if (!hit || (hit.kind !== 'share' && hit.kind !== 'fileStore')) return undefined;
    const s = hit.element as Share;
    return {
      id: s.id,
      unc: uncPath(s.serverFqdn, s.shareName),
      serverFqdn: s.serverFqdn,
      dataCenter: index.label(s.dataCenterId),
    };
  };
  const fe = index.frontEndPool(pool.nextHopId);
  const servers = serversOf(index, pool);
  return {
    pool,
    designName: design.name,
    primary: sql('primary', 'instance'),
    mirror: sql('primary', 'mirror'),
    witness: sql('primary', 'witness'),
    backup: sql('backup', 'instance'),
    backupMirror: sql('backup', 'mirror'),
    backupWitness: sql('backup', 'witness'),
    compliance: sql('compliance', 'instance'),
    complianceMirror: sql('compliance', 'mirror'),
    complianceWitness: sql('compliance', 'witness'),
    complianceBackup: sql('complianceBackup', 'instance'),
    complianceBackupMirror: sql('complianceBackup', 'mirror'),
    complianceBackupWitness: sql('complianceBackup', 'witness'),
    logBackupShare: share(pool.logShipping.backupShareId),
    logCopyShare: share(pool.logShipping.copyShareId),
    mirroringShare: share(pool.mirroringShareId),
    fileStore: share(pool.fileStoreId),
    nextHop: fe ? { fqdn: fe.fqdn, machines: fe.machines } : undefined,
    servers,
    designedActive: servers
      .filter((s) => s.state === 'active')
      .slice(0, 4)
      .map((s) => s.fqdn),
  };
}

/** Every SQL instance the pool's stores use, each once: databases first, in store order, then witnesses. */
export function instancesOf(n: PoolNames, withWitnesses = true): SqlName[] {
  const list = [
    n.primary,
    n.mirror,
    n.backup,
    n.backupMirror,
    n.compliance,
    n.complianceMirror,
    n.complianceBackup,
    n.complianceBackupMirror,
    ...(withWitnesses ? [n.witness, n.backupWitness, n.complianceWitness, n.complianceBackupWitness] : []),
  ];
  return distinctInstances(list);
}

export function distinctInstances(list: readonly (SqlName | undefined)[]): SqlName[] {
  const seen = new Set<string>();
  const out: SqlName[] = [];
  for (const i of list) {
    if (i && !seen.has(i.id)) {
      seen.add(i.id);
      out.push(i);
    }
  }
  return out;
}
