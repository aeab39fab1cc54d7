/**
 * The .pctopo design document, described once as a zod schema. The TypeScript types in
 * `types.ts` are inferred from it, so the file format and the in-memory model cannot drift.
 *
 * The schema checks shape and type only. Values a planner may legitimately get wrong
 * (a bad FQDN, a port out of range, a dangling reference) load as they are and are
 * reported by the rules, because a design is often saved half-finished.
 */
import { z } from 'zod';
import { DEFAULT_POOL_PORT } from './product.ts';

export const CURRENT_FORMAT_VERSION = 1;

const id = z.string().min(1, 'an element id must not be empty').max(200);
const ref = id.nullable();
const text = z.string().max(1000);
const count = z.number().finite();

export const severitySchema = z.enum(['error', 'warning', 'info']);

/** Thresholds the catalogue leaves undefined. See docs/rules.md, "Settings". */
export const ruleSettingsSchema = z.object({
  /** Round-trip latency at or under which the data-center link counts as low latency. */
  lowLatencyMaxMs: count.default(20),
  /** Bandwidth at or above which the data-center link counts as high bandwidth. */
  highBandwidthMinMbps: count.default(1000),
  /** How far copy and restore schedules may stray from the backup schedule (PC-058), as a ratio. */
  logShippingScheduleTolerance: count.default(2),
});

export const dataCenterSchema = z.object({
  id,
  name: text,
  /** The Lync central site this data center belongs to. A stretched pool keeps both in one site (PC-020). */
  lyncSite: text,
  /** Windows or IANA time zone name; compared as zones through CLDR (PC-019, shared/model/time-zones.ts). */
  timeZone: text,
});

export const linkClassSchema = z.enum(['high-bandwidth', 'low-bandwidth']);

export const dataCenterLinkSchema = z.object({
  latencyMs: count,
  bandwidthMbps: count,
  /** What the planner declares; the rules also check it against the figures and the settings. */
  class: linkClassSchema,
});

export const frontEndPoolSchema = z.object({
  id,
  fqdn: text,
  edition: z.enum(['enterprise', 'standard']),
  dataCenterId: ref,
  lyncSite: text,
  adDomain: text,
  /** FQDNs of the Front End servers; a Standard Edition server is its own single machine. */
  machines: z.array(text).max(20_000).default([]),
});

export const storeAssignmentSchema = z.object({
  sqlInstanceId: ref.default(null),
  mirrorId: ref.default(null),
  witnessId: ref.default(null),
});

export const storeRoleNames = ['primary', 'backup', 'compliance', 'complianceBackup'] as const;

/** The parts an instance can play for a store: the store itself, its mirror, its witness. */
export const storePartNames = ['instance', 'mirror', 'witness'] as const;

export const logShippingSchema = z.object({
  /** Share the primary writes transaction-log backups to (PC-052). */
  backupShareId: ref.default(null),
  /** Copy destination on the log-shipping secondary (PC-053). */
  copyShareId: ref.default(null),
  backupIntervalMinutes: count.default(15),
  copyIntervalMinutes: count.default(15),
  restoreIntervalMinutes: count.default(15),
  /** "Delay restoring backups at least"; the documented value is 0 (PC-057). */
  restoreDelayMinutes: count.default(0),
  /** "No recovery mode" is the documented state (PC-057); standby is what SSMS also offers. */
  restoreMode: z.enum(['no-recovery', 'standby']).default('no-recovery'),
});

export const persistentChatPoolSchema = z.object({
  id,
  fqdn: text,
  displayName: text,
  port: count.default(DEFAULT_POOL_PORT),
  computers: z.enum(['multiple', 'single']),
  compliance: z.boolean().default(false),
  disasterRecovery: z.boolean().default(false),
  defaultFor: z.enum(['none', 'site', 'all-sites']).default('site'),
  nextHopId: ref.default(null),
  fileStoreId: ref.default(null),
  stores: z.object({
    primary: storeAssignmentSchema.default({ sqlInstanceId: null, mirrorId: null, witnessId: null }),
    backup: storeAssignmentSchema.default({ sqlInstanceId: null, mirrorId: null, witnessId: null }),
    compliance: storeAssignmentSchema.default({ sqlInstanceId: null, mirrorId: null, witnessId: null }),
    complianceBackup: storeAssignmentSchema.default({ sqlInstanceId: null, mirrorId: null, witnessId: null }),
  }),
  logShipping: logShippingSchema.default(() => logShippingSchema.parse({})),
  /** Share given at publish time for mirroring setup (PC-055). */
  mirroringShareId: ref.default(null),
  /** Planning figures; null when the planner has not estimated them. */
  expectedConcurrentUsers: count.nullable().default(null),
  provisionedUsers: count.nullable().default(null),
  chatRoomAces: count.nullable().default(null),
});

export const persistentChatServerSchema = z.object({
  id,
  fqdn: text,
  poolId: ref,
  dataCenterId: ref,
  adDomain: text,
  state: z.enum(['active', 'idle']),
  fileSystem: z.enum(['ntfs', 'fat32']).default('ntfs'),
});

/**
 * SQL Server versions in release order. Lists are shown from this array, not from the schema's
 * `options`: a JavaScript object puts number-like keys first, so zod would list 2008 R2 last.
 */
export const sqlVersions = ['2005', '2008', '2008R2', '2012', '2014', '2016'] as const;
export const sqlVersionSchema = z.enum(sqlVersions);
export const sqlEditionSchema = z.enum(['express', 'web', 'workgroup', 'standard', 'enterprise']);

export const sqlInstanceSchema = z.object({
  id,
  serverFqdn: text,
  /** Empty string is the default instance, as Topology Builder writes it (Name=""). */
  instanceName: text.default(''),
  dataCenterId: ref,
  adDomain: text,
  version: sqlVersionSchema,
  edition: sqlEditionSchema,
  is64Bit: z.boolean().default(true),
  /** Database mirroring endpoint port; null when the instance is not in a mirroring relation. */
  mirroringPort: count.nullable().default(null),
  availability: z.enum(['standalone', 'mirroring', 'failover-cluster', 'alwayson']).default('mirroring'),
  mirroringMode: z.enum(['synchronous', 'asynchronous']).default('synchronous'),
  /** Failover-cluster nodes (PC-037); 1 for a stand-alone server. */
  clusterNodes: count.default(1),
  serviceAccount: z.enum(['domain-account', 'network-service', 'local-system']).default('domain-account'),
  /** Other Lync databases on this instance (PC-044 to PC-046). */
  backEndPoolIds: z.array(id).max(1000).default([]),
  monitoring: z.boolean().default(false),
  archiving: z.boolean().default(false),
});

export const fileStoreSchema = z.object({
  id,
  serverFqdn: text,
  /** A share name (\\server\share) or, for a single-computer pool only, a local path such as D:\PChat. */
  shareName: text,
  dataCenterId: ref,
});

export const sharePurposeSchema = z.enum(['log-backup', 'log-copy', 'mirroring']);

export const shareSchema = z.object({
  id,
  serverFqdn: text,
  shareName: text,
  dataCenterId: ref,
  purpose: sharePurposeSchema,
});

export const designSchema = z.object({
  name: text.default('Untitled design'),
  description: z.string().max(20_000).default(''),
  settings: ruleSettingsSchema.default(() => ruleSettingsSchema.parse({})),
  // A Lync deployment with hundreds of central sites exists; each becomes a data center on import.
  dataCenters: z.array(dataCenterSchema).max(1000),
  link: dataCenterLinkSchema,
  frontEndPools: z.array(frontEndPoolSchema).max(50_000).default([]),
  pools: z.array(persistentChatPoolSchema).max(50_000).default([]),
  servers: z.array(persistentChatServerSchema).max(50_000).default([]),
  sqlInstances: z.array(sqlInstanceSchema).max(50_000).default([]),
  fileStores: z.array(fileStoreSchema).max(50_000).default([]),
  shares: z.array(shareSchema).max(50_000).default([]),
});

export const nodeLayoutSchema = z.object({
  x: count,
  y: count,
  width: count.optional(),
  height: count.optional(),
});

const pointSchema = z.object({ x: count, y: count });

/** One routed line: its bend points from source to target, and where its label sits. */
export const edgeRouteSchema = z.object({
  points: z.array(pointSchema).min(2).max(64),
  label: pointSchema.optional(),
});

/** Canvas geometry, kept apart from the domain so that moving a box never changes what the rules see. */
export const layoutSchema = z.object({
  nodes: z.record(z.string(), nodeLayoutSchema).default({}),
  /**
   * Routes auto-arrange drew around the boxes, by relation id, in canvas coordinates. Optional, so
   * older files load and older versions ignore it; a line without one is drawn from handle to handle.
   */
  edges: z.record(z.string(), edgeRouteSchema).optional(),
  viewport: z.object({ x: count, y: count, zoom: count }).optional(),
});

/**
 * What an imported Topology Builder document held that the designer does not model; written
 * back verbatim on export. Its shape belongs to the XML module, so the schema only insists it
 * is an object.
 */
export const preservedTopologySchema = z.record(z.string(), z.unknown());

export const designDocumentSchema = z.object({
  formatVersion: z.literal(CURRENT_FORMAT_VERSION),
  design: designSchema,
  layout: layoutSchema.default({ nodes: {} }),
  preservedTopology: preservedTopologySchema.optional(),
});
