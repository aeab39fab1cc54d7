/**
 * Which Persistent Chat servers serve, right after the failure and after the steps.
 *
 * Right after: a server that was active keeps serving if it runs and still reaches the
 * database that serves; PC-022 is a rule for the administrator, not something the pool
 * enforces. After the steps: PC-022 decides. A server may be active only in the data center
 * of the database that serves, or in one joined to it by a high-bandwidth, low-latency link
 * (effectiveLinkClass). The administrator keeps the servers that were active where PC-022
 * still allows it and replaces the others with idle ones (PC-006), those beside the database
 * first, up to as many as the design had active and never more than 4 (PC-001).
 */
import type { Design, PersistentChatServer, SqlInstance } from '../model/types.ts';
import { effectiveLinkClass } from '../model/queries.ts';
import { MAX_ACTIVE_SERVERS } from '../model/product.ts';
import type { Health } from './health.ts';
import type { ServerCondition } from './types.ts';

export interface Placement {
  immediately: PersistentChatServer[];
  after: PersistentChatServer[];
  eligible: PersistentChatServer[];
  conditionImmediately(server: PersistentChatServer): ServerCondition;
  conditionAfter(server: PersistentChatServer): ServerCondition;
}

export function placeServers(
  design: Design,
  health: Health,
  servers: readonly PersistentChatServer[],
  immediateDb: SqlInstance | undefined,
  afterDb: SqlInstance | undefined,
): Placement {
  const designedActive = servers.filter((s) => s.state === 'active');
  const fastLink = effectiveLinkClass(design, design.settings) === 'high-bandwidth';

  const immediately = immediateDb
    ? designedActive.filter((s) => health.connected(s, immediateDb)).slice(0, MAX_ACTIVE_SERVERS)
    : [];

  const eligible = afterDb
    ? servers.filter(
        (s) =>
          health.connected(s, afterDb) &&
          ((s.dataCenterId !== null && s.dataCenterId === afterDb.dataCenterId) || fastLink),
      )
    : [];
  const target = Math.min(MAX_ACTIVE_SERVERS, Math.max(1, designedActive.length));
  const besideDb = (s: PersistentChatServer) => (s.dataCenterId === afterDb?.dataCenterId ? 0 : 1);
  const kept = eligible.filter((s) => s.state === 'active');
  const promoted = eligible
    .filter((s) => s.state === 'idle')
    .map((s, order) => ({ s, order }))
    .sort((a, b) => besideDb(a.s) - besideDb(b.s) || a.order - b.order)
    .map((x) => x.s);
  const chosen = new Set([...kept, ...promoted].slice(0, target).map((s) => s.id));
  const after = servers.filter((s) => chosen.has(s.id));

  const inImmediately = new Set(immediately.map((s) => s.id));
  const condition =
    (active: ReadonlySet<string>, db: SqlInstance | undefined) =>
    (s: PersistentChatServer): ServerCondition => {
      if (!health.up(s)) return 'failed';
      if (active.has(s.id)) return 'active';
      if (db && !health.connected(s, db)) return 'isolated';
      return 'idle';
    };

  return {
    immediately,
    after,
    eligible,
    conditionImmediately: condition(inImmediately, immediateDb),
    conditionAfter: condition(chosen, afterDb),
  };
}
