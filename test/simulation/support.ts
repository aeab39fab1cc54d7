/** Runs a scenario the way the CLI does: tokens, then simulate(). */
import type { Design } from '../../shared/model/types.ts';
import { parseFailures } from '../../shared/simulation/failures.ts';
import { selectPool } from '../../shared/simulation/pool.ts';
import { simulate } from '../../shared/simulation/simulate.ts';
import type { SimulationOutcome } from '../../shared/simulation/types.ts';

export function run(design: Design, ...tokens: string[]): SimulationOutcome {
  return simulate(design, parseFailures(design, selectPool(design), tokens));
}

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
