/**
 * The pool's next hop. Persistent Chat traffic reaches a pool through its next-hop Front End
 * pool (PC-018), so a pool whose servers and database survive still serves nobody while that
 * Front End pool is lost, or cut off from every server that is active. The Persistent Chat
 * failover procedures (FO) assume the Front End side of the lost data center is handled by
 * Front End disaster recovery, and give no step for it; the outcome names it as a blocker
 * instead of pretending the service continues.
 */
import type { Analysis } from './analysis.ts';
import { blockerText } from './messages.ts';
import type { ServiceBlocker } from './types.ts';

export function blockersOf(a: Analysis): ServiceBlocker[] {
  const { index, pool, health, placement } = a;
  const nextHop = index.frontEndPool(pool.nextHopId);
  if (!nextHop) return [];
  const base = {
    kind: 'next-hop' as const,
    frontEndPoolId: nextHop.id,
    frontEndPoolFqdn: nextHop.fqdn,
    ruleIds: ['PC-018'],
    elementIds: [nextHop.id, pool.id],
  };
  if (health.down(nextHop.id)) {
    return [
      {
        ...base,
        key: 'blocked.next-hop-lost',
        condition: 'lost',
        text: blockerText.nextHopLost,
        params: { pool: pool.fqdn, frontEnd: nextHop.fqdn },
      },
    ];
  }
  const serving = placement.after;
  if (serving.length > 0 && !serving.some((s) => health.connected(nextHop, s))) {
    return [
      {
        ...base,
        key: 'blocked.next-hop-unreachable',
        condition: 'unreachable',
        text: blockerText.nextHopUnreachable,
        params: {
          pool: pool.fqdn,
          frontEnd: nextHop.fqdn,
          servers: serving.map((s) => s.fqdn).join(', '),
        },
        elementIds: [...base.elementIds, ...serving.map((s) => s.id)],
      },
    ];
  }
  return [];
}
