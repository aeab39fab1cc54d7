import { arrangeDocument } from '../shared/model/arrange.ts';
import { designDocumentSchema } from '../shared/model/schema.ts';
import type { Design, DesignDocument, SqlInstance } from '../shared/model/types.ts';

const DOMAIN = 'contoso.com';
const fq = (host: string) => `${host}.${DOMAIN}`;

function sql(id: string, host: string, dc: string, port: number, extra: Partial<SqlInstance> = {}) {
  return {
    id,
    serverFqdn: fq(host),
    instanceName: port === 7022 ? 'WITNESS' : 'PCHAT',
    dataCenterId: dc,
    adDomain: DOMAIN,
    version: '2012',
    edition: 'enterprise',
    is64Bit: true,
    mirroringPort: port,
    availability: 'mirroring',
    mirroringMode: 'synchronous',
    clusterNodes: 1,
    serviceAccount: 'domain-account',
    backEndPoolIds: [],
    monitoring: false,
    archiving: false,
    ...extra,
  } satisfies SqlInstance;
}

/** The PC-023 reference: 8 servers, 2 active and 2 idle in each data center, full compliance and DR. */
function referenceDesign(): Design {
  return {
    name: 'Contoso stretched Persistent Chat pool (high bandwidth)',
    description:
      'Reference layout of PC-023: a stretched pool over a high-bandwidth, low-latency link, with mirrored primary and backup stores, compliance and log shipping.',
    settings: { lowLatencyMaxMs: 20, highBandwidthMinMbps: 1000, logShippingScheduleTolerance: 2 },
    dataCenters: [
      { id: 'dc1', name: 'Dallas', lyncSite: 'Contoso-Central', timeZone: 'Central Standard Time' },
      { id: 'dc2', name: 'Houston', lyncSite: 'Contoso-Central', timeZone: 'Central Standard Time' },
    ],
    link: { latencyMs: 4, bandwidthMbps: 10000, class: 'high-bandwidth' },
    frontEndPools: [
      {
        id: 'fe1',
        fqdn: fq('fepool1'),
        edition: 'enterprise',
        dataCenterId: 'dc1',
        lyncSite: 'Contoso-Central',
        adDomain: DOMAIN,
        machines: [fq('fe1-01'), fq('fe1-02'), fq('fe1-03')],
      },
      {
        id: 'fe2',
        fqdn: fq('fepool2'),
        edition: 'enterprise',
        dataCenterId: 'dc2',
        lyncSite: 'Contoso-Central',
        adDomain: DOMAIN,
        machines: [fq('fe2-01'), fq('fe2-02'), fq('fe2-03')],
      },
    ],
    pools: [
      {
        id: 'pool1',
        fqdn: fq('pchatpool'),
        displayName: 'Contoso Persistent Chat',
        port: 5041,
        computers: 'multiple',
        compliance: true,
        disasterRecovery: true,
        defaultFor: 'site',
        nextHopId: 'fe1',
        fileStoreId: 'fs1',
        stores: {
          primary: { sqlInstanceId: 'sql-mgc', mirrorId: 'sql-mgc-mirror', witnessId: 'sql-witness1' },
          backup: {
            sqlInstanceId: 'sql-mgc-backup',
            mirrorId: 'sql-mgc-backup-mirror',
            witnessId: 'sql-witness2',
          },
          compliance: { sqlInstanceId: 'sql-mgc', mirrorId: 'sql-comp-mirror', witnessId: 'sql-witness1' },
          complianceBackup: {
            sqlInstanceId: 'sql-comp-backup',
            mirrorId: 'sql-comp-backup-mirror',
            witnessId: 'sql-witness2',
          },
        },
        logShipping: {
          backupShareId: 'share-logs',
          copyShareId: 'share-logcopy',
          backupIntervalMinutes: 15,
          copyIntervalMinutes: 15,
          restoreIntervalMinutes: 15,
          restoreDelayMinutes: 0,
          restoreMode: 'no-recovery',
        },
        mirroringShareId: 'share-mirror',
        expectedConcurrentUsers: 60000,
        provisionedUsers: 120000,
        chatRoomAces: 500000,
      },
    ],
    servers: [1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({
      id: `pc${n}`,
      fqdn: fq(`pchat${n}`),
      poolId: 'pool1',
      dataCenterId: n <= 4 ? 'dc1' : 'dc2',
      adDomain: DOMAIN,
      state: n % 4 === 1 || n % 4 === 2 ? ('active' as const) : ('idle' as const),
      fileSystem: 'ntfs' as const,
    })),
    sqlInstances: [
      sql('sql-mgc', 'sqlpc1', 'dc1', 5022),
      sql('sql-mgc-mirror', 'sqlpc1m', 'dc1', 5022),
      sql('sql-comp-mirror', 'sqlcmp1m', 'dc1', 5022),
      sql('sql-witness1', 'sqlwit1', 'dc1', 7022, { edition: 'standard' }),
      sql('sql-mgc-backup', 'sqlpc2', 'dc2', 5022),
      sql('sql-mgc-backup-mirror', 'sqlpc2m', 'dc2', 5022),
      sql('sql-comp-backup', 'sqlcmp2', 'dc2', 5022),
      sql('sql-comp-backup-mirror', 'sqlcmp2m', 'dc2', 5022),
      sql('sql-witness2', 'sqlwit2', 'dc2', 7022, { edition: 'standard' }),
    ],
    fileStores: [
      { id: 'fs1', serverFqdn: fq('fs1'), shareName: 'pchatfiles', dataCenterId: 'dc1' },
      { id: 'fs2', serverFqdn: fq('fs2'), shareName: 'pchatfiles', dataCenterId: 'dc2' },
    ],
    shares: [
      {
        id: 'share-logs',
        serverFqdn: fq('fs1'),
        shareName: 'pchatlogs',
        dataCenterId: 'dc1',
        purpose: 'log-backup',
      },
      {
        id: 'share-logcopy',
        serverFqdn: fq('sqlpc2'),
        shareName: 'pchatlogcopy',
        dataCenterId: 'dc2',
        purpose: 'log-copy',
      },
      {
        id: 'share-mirror',
        serverFqdn: fq('fs1'),
        shareName: 'pchatmirror',
        dataCenterId: 'dc1',
        purpose: 'mirroring',
      },
    ],
  };
}

/** PC-024: a slow link, so all four active servers sit beside the primary database. */
function lowBandwidthDesign(): Design {
  const ref = referenceDesign();
  return {
    ...ref,
    name: 'Contoso stretched Persistent Chat pool (low bandwidth)',
    description:
      "Layout of PC-024: over a low-bandwidth, high-latency link all four active servers are in the primary database's data center and the four in the other are idle.",
    dataCenters: [
      { id: 'dc1', name: 'Dallas', lyncSite: 'Contoso-Central', timeZone: 'Central Standard Time' },
      { id: 'dc2', name: 'Atlanta', lyncSite: 'Contoso-Central', timeZone: 'Eastern Standard Time' },
    ],
    link: { latencyMs: 45, bandwidthMbps: 200, class: 'low-bandwidth' },
    servers: ref.servers.map((s) => ({ ...s, state: s.dataCenterId === 'dc1' ? 'active' : 'idle' })),
  };
}

/** Breaks a dozen documented rules at once, for demonstrations and for the CLI's exit code. */
function brokenDesign(): Design {
  const ref = referenceDesign();
  return {
    ...ref,
    name: 'Broken stretched pool (for demonstration)',
    description: 'Deliberately breaks many catalogue rules. Do not deploy.',
    dataCenters: [
      { id: 'dc1', name: 'Dallas', lyncSite: 'Contoso-Central', timeZone: 'Central Standard Time' },
      { id: 'dc2', name: 'Atlanta', lyncSite: 'Contoso-East', timeZone: 'Eastern Standard Time' },
    ],
    link: { latencyMs: 45, bandwidthMbps: 200, class: 'low-bandwidth' },
    pools: ref.pools.map((p) => ({
      ...p,
      stores: {
        ...p.stores,
        // The backup store in the primary's data center, and no compliance stores at all.
        backup: { sqlInstanceId: 'sql-mgc-backup', mirrorId: 'sql-mgc-backup-mirror', witnessId: null },
        compliance: { sqlInstanceId: null, mirrorId: null, witnessId: null },
        complianceBackup: { sqlInstanceId: null, mirrorId: null, witnessId: null },
      },
      logShipping: { ...p.logShipping, restoreDelayMinutes: 30, copyIntervalMinutes: 120 },
      fileStoreId: 'fs-local',
    })),
    servers: [
      ...ref.servers.map((s) => ({ ...s, state: 'active' as const })),
      {
        id: 'pc9',
        fqdn: fq('fe1-01'),
        poolId: 'pool1',
        dataCenterId: 'dc1',
        adDomain: 'fabrikam.com',
        state: 'idle' as const,
        fileSystem: 'fat32' as const,
      },
    ],
    sqlInstances: [
      ...ref.sqlInstances
        .filter(
          (i) =>
            i.id !== 'sql-comp-mirror' && i.id !== 'sql-comp-backup' && i.id !== 'sql-comp-backup-mirror',
        )
        .map((i) => {
          if (i.id === 'sql-mgc-mirror') {
            return {
              ...i,
              dataCenterId: 'dc2',
              edition: 'standard' as const,
              mirroringMode: 'asynchronous' as const,
            };
          }
          if (i.id === 'sql-mgc-backup') return { ...i, dataCenterId: 'dc1' };
          if (i.id === 'sql-witness1') return { ...i, version: '2008' as const, adDomain: 'fabrikam.com' };
          if (i.id === 'sql-mgc-backup-mirror')
            return { ...i, availability: 'alwayson' as const, is64Bit: false };
          return i;
        }),
      // A second instance on the primary's computer, listening on the same mirroring port.
      sql('sql-monitoring', 'sqlpc1', 'dc1', 5022, { instanceName: 'MONITOR', edition: 'express' }),
    ],
    fileStores: [
      ...ref.fileStores,
      { id: 'fs-local', serverFqdn: fq('pchat1'), shareName: 'D:\\PChatFiles', dataCenterId: 'dc1' },
    ],
  };
}

function documentOf(design: Design): DesignDocument {
  // Parsing through the schema proves the examples are valid documents, defaults included; they
  // are laid out by auto-arrange, as the designer's command would lay them out.
  return arrangeDocument(designDocumentSchema.parse({ formatVersion: 1, design, layout: { nodes: {} } }));
}

export function exampleDesigns(): Record<string, DesignDocument> {
  return {
    'reference-high-bandwidth.pctopo': documentOf(referenceDesign()),
    'low-bandwidth.pctopo': documentOf(lowBandwidthDesign()),
    'broken.pctopo': documentOf(brokenDesign()),
  };
}
