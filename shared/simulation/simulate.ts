/**
 * simulate(design, failures): what happens to a Persistent Chat pool when the given elements
 * (and perhaps the link between the data centers) are lost. Pure: the design is not changed.
 * docs/simulation.md explains every rule of the model and its documented basis.
 */
import type { Design, PersistentChatPool } from '../model/types.ts';
import { USERS_PER_SERVER } from '../model/product.ts';
import { aftermathOf, analyse } from './analysis.ts';
import type { Analysis } from './analysis.ts';
import { conclusionsFor } from './conclusions.ts';
import { impactsFor } from './impacts.ts';
import { blockersOf } from './next-hop.ts';
import { selectPool } from './pool.ts';
import { stepsFor } from './steps.ts';
import type { DatabaseServing, FailureSet, Interruption, SimulationOutcome } from './types.ts';

export interface SimulateOptions {
  /** Id or FQDN of the pool; may be left out when the design has exactly one. */
  pool?: string | null;
}

function interruption(
  a: Analysis,
  nowAvailable: boolean,
  laterAvailable: boolean,
  blocked: boolean,
): Interruption {
  if (!nowAvailable && !laterAvailable) return 'until-repair';
  // The pool itself recovers, but nobody reaches it until its next hop does (PC-018).
  if (blocked) return 'until-next-hop';
  if (nowAvailable) return a.chat.failover === 'automatic' ? 'automatic-failover' : 'none';
  return 'until-manual-steps';
}

function outcomeOf(a: Analysis): SimulationOutcome {
  const { pool, chat, placement, index } = a;
  const immediatelyServing: DatabaseServing = chat.immediately.serving;
  const nowAvailable = immediatelyServing !== 'none' && placement.immediately.length > 0;
  const laterAvailable = chat.after.serving !== 'none' && placement.after.length > 0;
  const conclusions = conclusionsFor(a);
  const lost = impactsFor(a);
  const steps = stepsFor(a);
  // A Set, not includes() per server: a large pool would make this pass quadratic.
  const eligible = new Set(placement.eligible);
  const blockedBy = blockersOf(a);
  const blocked = blockedBy.length > 0;
  const ruleIds = [
    ...new Set([...blockedBy, ...conclusions, ...lost, ...steps].flatMap((x) => x.ruleIds)),
  ].sort();
  return {
    poolId: pool.id,
    poolFqdn: pool.fqdn,
    failed: a.failed,
    linkDown: a.health.linkDown,
    databaseServing: chat.after.serving,
    database: {
      serving: chat.after.serving,
      instanceId: chat.after.instance?.id ?? null,
      instance: chat.after.instance ? index.label(chat.after.instance.id) : null,
      dataCenterId: chat.after.instance?.dataCenterId ?? null,
    },
    failover: chat.failover,
    poolState: chat.poolState,
    serviceAvailable: laterAvailable && !blocked,
    interruption: interruption(a, nowAvailable, laterAvailable, blocked),
    blockedBy,
    activeServers: placement.after.map((s) => s.fqdn),
    eligibleServers: placement.eligible.map((s) => s.fqdn),
    concurrentUserCapacity: placement.after.length * USERS_PER_SERVER,
    expectedConcurrentUsers: pool.expectedConcurrentUsers,
    dataLossWindowMinutes: a.dataLoss && a.dataLoss.minutes > 0 ? a.dataLoss.minutes : null,
    immediately: {
      databaseServing: immediatelyServing,
      activeServers: placement.immediately.map((s) => s.fqdn),
      concurrentUserCapacity: placement.immediately.length * USERS_PER_SERVER,
      serviceAvailable: nowAvailable && !blocked,
    },
    servers: a.servers.map((s) => ({
      id: s.id,
      fqdn: s.fqdn,
      dataCenterId: s.dataCenterId,
      before: s.state,
      immediately: placement.conditionImmediately(s),
      after: placement.conditionAfter(s),
      eligible: eligible.has(s),
    })),
    compliance: a.compliance.serving,
    logShipping: a.logShipping.state,
    automaticFailoverAvailable: chat.automaticFailover,
    conclusions,
    lost,
    steps,
    ruleIds,
  };
}

/** Throws ScenarioError when the pool cannot be chosen or the failures name what is not there. */
export function simulate(
  design: Design,
  failures: FailureSet,
  options: SimulateOptions = {},
): SimulationOutcome {
  const pool: PersistentChatPool = selectPool(design, options.pool);
  return outcomeOf(analyse(pool, aftermathOf(design, failures)));
}

/**
 * The same failures for every Persistent Chat pool of the design, in the design's order: a
 * data center or a SQL Server computer may hold parts of several pools. Throws ScenarioError
 * when the design has no pool or the failures name what is not there.
 */
export function simulateAll(design: Design, failures: FailureSet): SimulationOutcome[] {
  if (design.pools.length === 0) selectPool(design);
  const aftermath = aftermathOf(design, failures);
  return design.pools.map((pool) => outcomeOf(analyse(pool, aftermath)));
}
