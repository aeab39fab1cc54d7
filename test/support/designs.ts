/** Test fixtures: the shipped examples, loaded the way the app loads them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDesign } from '../../shared/model/load.ts';
import type {
  DataCenter,
  Design,
  DesignDocument,
  FrontEndPool,
  PersistentChatPool,
  PersistentChatServer,
  SqlInstance,
  StoreAssignment,
  StoreRole,
} from '../../shared/model/types.ts';
import { validate } from '../../shared/rules/engine.ts';
import type { Finding, Rule } from '../../shared/rules/types.ts';

export const projectRoot = join(import.meta.dirname, '..', '..');
export const examplesDir = join(projectRoot, 'assets', 'examples');

/** What Export runbook makes for a design with one pool and disaster recovery, sorted. */
export const runbookFileNames = [
  'deploy.md',
  'failback.md',
  'failback.ps1',
  'failback.sql',
  'failover.md',
  'failover.ps1',
  'failover.sql',
];

export type ExampleName = 'reference-high-bandwidth' | 'low-bandwidth' | 'broken';

export function loadExample(name: ExampleName): DesignDocument {
  return loadDesign(readFileSync(join(examplesDir, `${name}.pctopo`), 'utf8'));
}

/** The PC-023 reference design: every rule test starts from a clean design and breaks one thing. */
export function reference(): Design {
  return loadExample('reference-high-bandwidth').design;
}

export function lowBandwidth(): Design {
  return loadExample('low-bandwidth').design;
}

/** Findings of one rule only. */
export function findingsOf(design: Design, ruleId: string): Finding[] {
  return validate(design).filter((f) => f.ruleId === ruleId);
}

/** Findings of the rules of one family only, as every rule of the engine reports them. */
export function familyFindingsOf(rules: readonly Rule[]): (design: Design) => Finding[] {
  const ids = new Set(rules.map((r) => r.id));
  return (design) => validate(design).filter((f) => ids.has(f.ruleId));
}

/** Shallow-edits the element with `id` in whichever collection holds it. */
export function edit<T extends { id: string }>(list: T[], id: string, patch: Partial<T>): T[] {
  if (!list.some((el) => el.id === id)) throw new Error(`fixture has no element ${id}`);
  return list.map((el) => (el.id === id ? { ...el, ...patch } : el));
}

/*
 * Fixture editors for rule tests. They go through `edit`, not shared/model/edit.ts, because a
 * fixture id that is missing must throw: updateElement would hand back the design unchanged and a
 * test expecting "no finding" would pass without testing anything.
 */

/** Edits a Persistent Chat pool; the reference designs have one, `pool1`. */
export const withPool = (d: Design, patch: Partial<PersistentChatPool>, id = 'pool1'): Design => ({
  ...d,
  pools: edit(d.pools, id, patch),
});

export const withServer = (d: Design, id: string, patch: Partial<PersistentChatServer>): Design => ({
  ...d,
  servers: edit(d.servers, id, patch),
});

/** Edits several servers at once, keyed by id. */
export const withServers = (d: Design, patches: Record<string, Partial<PersistentChatServer>>): Design =>
  Object.entries(patches).reduce((design, [id, patch]) => withServer(design, id, patch), d);

export const withSql = (d: Design, id: string, patch: Partial<SqlInstance>): Design => ({
  ...d,
  sqlInstances: edit(d.sqlInstances, id, patch),
});

export const withFrontEnd = (d: Design, id: string, patch: Partial<FrontEndPool>): Design => ({
  ...d,
  frontEndPools: edit(d.frontEndPools, id, patch),
});

export const withDataCenter = (d: Design, id: string, patch: Partial<DataCenter>): Design => ({
  ...d,
  dataCenters: edit(d.dataCenters, id, patch),
});

function poolOf(d: Design, id: string): PersistentChatPool {
  const pool = d.pools.find((p) => p.id === id);
  if (!pool) throw new Error(`fixture has no element ${id}`);
  return pool;
}

/** Edits one store role (primary, backup, compliance, complianceBackup) of a pool. */
export function withStore(
  d: Design,
  role: StoreRole,
  patch: Partial<StoreAssignment>,
  poolId = 'pool1',
): Design {
  const { stores } = poolOf(d, poolId);
  return withPool(d, { stores: { ...stores, [role]: { ...stores[role], ...patch } } }, poolId);
}

export function withLogShipping(
  d: Design,
  patch: Partial<PersistentChatPool['logShipping']>,
  poolId = 'pool1',
): Design {
  return withPool(d, { logShipping: { ...poolOf(d, poolId).logShipping, ...patch } }, poolId);
}

/** A store role with no instance, mirror or witness. */
export const noStore: StoreAssignment = { sqlInstanceId: null, mirrorId: null, witnessId: null };

/** A copy of the design's first pool added as `pool2`, with `patch` over it. */
export const withSecondPool = (d: Design, patch: Partial<PersistentChatPool>): Design => ({
  ...d,
  pools: [...d.pools, { ...d.pools[0]!, id: 'pool2', ...patch }],
});

/** Persistent Chat collocated on the Standard Edition server se01, the way ADD describes it. */
export function standardEdition(): Design {
  const d = reference();
  const se: FrontEndPool = {
    id: 'se1',
    fqdn: 'se01.contoso.com',
    edition: 'standard',
    dataCenterId: 'dc1',
    lyncSite: 'Contoso-Central',
    adDomain: 'contoso.com',
    machines: ['se01.contoso.com'],
  };
  const pool: PersistentChatPool = {
    ...d.pools[0]!,
    id: 'sepool',
    fqdn: 'se01.contoso.com',
    computers: 'single',
    compliance: false,
    disasterRecovery: false,
    nextHopId: 'se1',
    stores: {
      primary: { ...noStore, sqlInstanceId: 'sql-mgc' },
      backup: noStore,
      compliance: noStore,
      complianceBackup: noStore,
    },
  };
  const server = { ...d.servers[0]!, id: 'se-pc', fqdn: 'se01.contoso.com', poolId: 'sepool' };
  return { ...d, frontEndPools: [...d.frontEndPools, se], pools: [pool], servers: [server] };
}
