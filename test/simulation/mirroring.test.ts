/**
 * The mirroring rules on their own, on variants of the reference design: a witness is needed
 * for automatic failover (PC-026), and with a witness a partner serves only with a majority of
 * principal, mirror and witness (SQL Server database mirroring quorum, docs/simulation.md).
 * Expected values are worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Design } from '../../shared/model/types.ts';
import { edit, lowBandwidth, reference } from '../support/designs.ts';
import { headline, run, servers } from './support.ts';

function withPrimaryStore(
  design: Design,
  patch: Partial<Design['pools'][number]['stores']['primary']>,
): Design {
  return {
    ...design,
    pools: design.pools.map((p) => ({
      ...p,
      stores: { ...p.stores, primary: { ...p.stores.primary, ...patch } },
    })),
  };
}

/** Mirror and witness in dc2, the principal alone in dc1 (breaks PC-025, on purpose). */
function splitMirror(design: Design): Design {
  let list = edit(design.sqlInstances, 'sql-mgc-mirror', { dataCenterId: 'dc2' });
  list = edit(list, 'sql-witness1', { dataCenterId: 'dc2' });
  return { ...design, sqlInstances: list };
}

describe.each([
  ['reference', reference],
  ['low bandwidth', lowBandwidth],
] as const)('%s', (_name, design) => {
  it('without a witness, losing the primary needs Invoke-CsDatabaseFailover to the mirror (PC-026, PC-067)', () => {
    const o = run(withPrimaryStore(design(), { witnessId: null }), 'primary');
    expect(headline(o)).toMatchObject({
      databaseServing: 'mirror',
      failover: 'manual',
      serviceAvailable: true,
      interruption: 'until-manual-steps',
      dataLossWindowMinutes: null,
      immediately: { databaseServing: 'none', concurrentUserCapacity: 0 },
    });
    // mgccomp keeps its witness, so it fails over on its own first (it shares the instance).
    expect(o.steps.map((s) => s.id)).toEqual([
      'COMPLIANCE-MIRROR-AUTO',
      'MIRROR-FORCE',
      'MIRROR-FAILBACK',
      'COMPLIANCE-MIRROR-FAILBACK',
    ]);
    expect(o.conclusions[0]!.ruleIds).toEqual(['PC-026', 'PC-036', 'PC-067']);
  });

  it('without a mirror, losing the primary means the log-shipping backup store (PC-027, PC-070)', () => {
    const o = run(withPrimaryStore(design(), { mirrorId: null, witnessId: null }), 'primary');
    expect(headline(o)).toMatchObject({
      databaseServing: 'backup',
      failover: 'manual',
      poolState: 'FailedOver',
      dataLossWindowMinutes: 15, // the log-backup share in dc1 still answers: one backup interval
    });
  });

  it('without disaster recovery, losing dc1 stops the service (PC-027)', () => {
    const d = design();
    const o = run({ ...d, pools: d.pools.map((p) => ({ ...p, disasterRecovery: false })) }, 'dc1');
    expect(headline(o)).toMatchObject({
      databaseServing: 'none',
      failover: 'none',
      serviceAvailable: false,
      interruption: 'until-repair',
      logShipping: 'not-configured',
    });
    expect(o.conclusions[0]!.key).toBe('database.none');
  });

  it('a witness lost with the link, mirror beside the primary: principal and mirror are still a majority', () => {
    expect(headline(run(design(), 'witness,link'))).toMatchObject({
      databaseServing: 'primary',
      failover: 'none',
      automaticFailoverAvailable: false,
    });
  });
});

describe('a mirror and witness across the link (the majority decides, not the data center)', () => {
  it('link down: mirror and witness in dc2 are the majority and take over; the principal in dc1 goes offline (PC-026, PC-022)', () => {
    const o = run(splitMirror(reference()), 'link');
    expect(headline(o)).toMatchObject({
      databaseServing: 'mirror',
      failover: 'automatic',
      // The mirror takes over on its own, but the next hop fepool1 is in dc1 and, without the
      // link, reaches none of the dc2 servers that serve: nobody reaches the pool (PC-018).
      interruption: 'until-next-hop',
      serviceAvailable: false,
      blockedBy: ['unreachable fepool1.contoso.com [PC-018]'],
      // Only dc2 servers reach the mirror; pchat7 and 8 replace pchat1 and 2.
      immediately: {
        databaseServing: 'mirror',
        activeServers: servers(5, 6),
        concurrentUserCapacity: 40_000,
      },
      activeServers: servers(5, 6, 7, 8),
      concurrentUserCapacity: 80_000,
    });
    expect(o.database.instanceId).toBe('sql-mgc-mirror');
    expect(o.database.dataCenterId).toBe('dc2');
  });

  it('link down and the witness lost: neither side has a majority; the principal waits for mirroring to be removed', () => {
    const o = run(splitMirror(reference()), 'link,witness');
    expect(headline(o)).toMatchObject({
      databaseServing: 'primary',
      failover: 'none',
      interruption: 'until-manual-steps',
      immediately: { databaseServing: 'none' },
      activeServers: servers(1, 2, 3, 4),
    });
    expect(o.steps.map((s) => s.id)).toContain('MIRROR-BREAK');
  });

  it('witness alone across the link: the principal keeps its mirror, so nothing changes', () => {
    const d = reference();
    const o = run(
      { ...d, sqlInstances: edit(d.sqlInstances, 'sql-witness1', { dataCenterId: 'dc2' }) },
      'link',
    );
    expect(o.databaseServing).toBe('primary');
    expect(o.immediately.databaseServing).toBe('primary');
    expect(o.automaticFailoverAvailable).toBe(false);
  });
});
