/** Runs a scenario the way the CLI does: tokens, then simulate(). */
import type { Design } from '../../shared/model/types.ts';
import { reference } from '../support/designs.ts';
import { parseFailures } from '../../shared/simulation/failures.ts';
import { selectPool } from '../../shared/simulation/pool.ts';
import { simulate } from '../../shared/simulation/simulate.ts';
import type { SimulationOutcome } from '../../shared/simulation/types.ts';

export function run(design: Design, ...tokens: string[]): SimulationOutcome {
  return simulate(design, parseFailures(design, selectPool(design), tokens));
}

/** FO steps 1 to 7, the failover to the backup store, in order (pchat-rules.md). */
export const FAILOVER = ['FO-1', 'FO-2', 'FO-3', 'FO-4', 'FO-5', 'FO-6', 'FO-7'];
/** The steps after losing Dallas in either example: the failover, then repair and failback. */
export const DALLAS_STEPS = [...FAILOVER, 'REPAIR-SERVERS', 'FAILBACK'];

export const fq = (host: string) => `${host}.contoso.com`;
export const servers = (...n: number[]) => n.map((i) => fq(`pchat${i}`));

/** The fields a planner reads first, in one object so a failing test shows them all. */
export function headline(o: SimulationOutcome) {
  return {
    databaseServing: o.databaseServing,
    failover: o.failover,
    poolState: o.poolState,
    serviceAvailable: o.serviceAvailable,
    interruption: o.interruption,
    blockedBy: o.blockedBy.map((b) => `${b.condition} ${b.frontEndPoolFqdn} [${b.ruleIds.join(', ')}]`),
    activeServers: o.activeServers,
    concurrentUserCapacity: o.concurrentUserCapacity,
    immediately: o.immediately,
    dataLossWindowMinutes: o.dataLossWindowMinutes,
    compliance: o.compliance,
    logShipping: o.logShipping,
    automaticFailoverAvailable: o.automaticFailoverAvailable,
    steps: o.steps.map((s) => s.id),
  };
}

/**
 * The reference design with a second pool: pchatpool2 in Houston (dc2) takes pchat5-8 (5 and 6
 * active), has its mgc on sqlpc2m with neither mirror nor disaster recovery, and fepool2 as its
 * next hop. pchatpool keeps pchat1-4 (1 and 2 active) and everything else.
 */
export function twoPools(): Design {
  const d = reference();
  const first = d.pools[0]!;
  const none = { sqlInstanceId: null, mirrorId: null, witnessId: null };
  const second = {
    ...first,
    id: 'pool2',
    fqdn: 'pchatpool2.contoso.com',
    displayName: 'Houston pool',
    nextHopId: 'fe2',
    compliance: false,
    disasterRecovery: false,
    fileStoreId: null,
    mirroringShareId: null,
    stores: {
      primary: { sqlInstanceId: 'sql-mgc-backup-mirror', mirrorId: null, witnessId: null },
      backup: none,
      compliance: none,
      complianceBackup: none,
    },
    logShipping: { ...first.logShipping, backupShareId: null, copyShareId: null },
  };
  const houston = new Set(['pc5', 'pc6', 'pc7', 'pc8']);
  return {
    ...d,
    pools: [first, second],
    servers: d.servers.map((s) => (houston.has(s.id) ? { ...s, poolId: 'pool2' } : s)),
  };
}
