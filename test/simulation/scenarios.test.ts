/**
 * Every scenario of the issue on both layout examples. Each expected outcome is written out
 * by hand from pchat-rules.md (and SQL Server's mirroring rules, docs/simulation.md), never
 * computed by the code under test.
 *
 * The two designs (scripts/example-designs.ts):
 *   dc1 (Dallas): primary store sqlpc1\PCHAT (also the compliance store), its mirror sqlpc1m,
 *     the compliance mirror sqlcmp1m, the witness sqlwit1; servers pchat1-4; the file store,
 *     the log-backup share and the mirroring share on fs1; Front End pool fepool1 (next hop).
 *   dc2 (Houston / Atlanta): backup store sqlpc2 (holding the log-copy share), its mirror
 *     sqlpc2m, the witness sqlwit2, the compliance backup sqlcmp2; servers pchat5-8.
 *   reference(): high-bandwidth link; pchat1, 2, 5, 6 active (PC-023).
 *   lowBandwidth(): low-bandwidth link; pchat1-4 active, pchat5-8 idle (PC-024).
 *   Log shipping every 15 minutes (backup, copy, restore), restore delay 0. 60,000 users expected.
 */
import { describe, expect, it } from 'vitest';
import { lowBandwidth, reference } from '../support/designs.ts';
import { DALLAS_STEPS, FAILOVER, headline, run, servers } from './support.ts';

const nobodyYet = {
  databaseServing: 'none',
  activeServers: [],
  concurrentUserCapacity: 0,
  serviceAvailable: false,
};

/** The pool as designed: primary store serving, these servers active, nothing lost, nothing to do. */
function asDesigned(actives: string[]) {
  const capacity = actives.length * 20_000;
  return {
    databaseServing: 'primary',
    failover: 'none',
    poolState: 'Normal',
    serviceAvailable: true,
    interruption: 'none',
    blockedBy: [] as string[],
    activeServers: actives,
    concurrentUserCapacity: capacity,
    immediately: {
      databaseServing: 'primary',
      activeServers: actives,
      concurrentUserCapacity: capacity,
      serviceAvailable: true,
    },
    dataLossWindowMinutes: null,
    compliance: 'primary',
    logShipping: 'running',
    automaticFailoverAvailable: true,
    steps: [] as string[],
  };
}

describe('loss of dc1, the primary data center', () => {
  // PC-027, PC-070, FO steps 1-7: primary, mirror and witness are all in dc1, so nothing fails
  // over on its own; an administrator fails over to the backup store in dc2.
  // PC-022: only dc2 servers survive, all four become active (PC-001: 4 x 20,000, PC-003).
  // Data loss: the log-backup share (fs1) is lost, so backup 15 + copy 15 = 30 minutes.
  // PC-031: mgccomp is not failed over; new records go to the empty backup compliance store.
  // PC-018: the pool is reached through its next hop, fepool1 in dc1, which is lost with it. The
  // FO steps bring the pool back, but no user reaches it until fepool1 is recovered or fails
  // over to its paired pool, which the Persistent Chat procedures do not cover: the service is
  // not available after the steps alone.
  const expected = {
    databaseServing: 'backup',
    failover: 'manual',
    poolState: 'FailedOver',
    serviceAvailable: false,
    interruption: 'until-next-hop',
    blockedBy: ['lost fepool1.contoso.com [PC-018]'],
    activeServers: servers(5, 6, 7, 8),
    concurrentUserCapacity: 80_000,
    immediately: nobodyYet,
    dataLossWindowMinutes: 30,
    compliance: 'backup',
    logShipping: 'stopped',
    automaticFailoverAvailable: true,
    steps: DALLAS_STEPS,
  };

  it('reference: manual failover to the backup store, pchat5-8 active, 30 minutes at risk (PC-022, PC-027, PC-031, PC-070)', () => {
    expect(headline(run(reference(), 'dc1'))).toEqual(expected);
  });

  it('low bandwidth: the same, with the idle pchat5-8 made active (PC-022, PC-024, PC-027, PC-070)', () => {
    expect(headline(run(lowBandwidth(), 'dc1'))).toEqual(expected);
  });

  it('lists what is lost: chat content, unprocessed compliance data, the file store, the next hop (PC-031, PC-051, PC-018)', () => {
    for (const design of [reference(), lowBandwidth()]) {
      const lost = run(design, 'dc1').lost.map((l) => l.key);
      expect(lost).toEqual(
        expect.arrayContaining([
          'chat-content',
          'compliance-data',
          'file-store',
          'next-hop',
          'mirroring-share',
        ]),
      );
      const compliance = run(design, 'dc1').lost.find((l) => l.key === 'compliance-data')!;
      expect(compliance.ruleIds).toContain('PC-031');
      expect(compliance.kind).toBe('data');
    }
  });

  it('names the data center by its name or id too (dc:Dallas, Dallas, dc1)', () => {
    const byToken = headline(run(reference(), 'dc1'));
    expect(headline(run(reference(), 'Dallas'))).toEqual(byToken);
    expect(headline(run(reference(), 'dc:dallas'))).toEqual(byToken);
  });
});

describe('loss of dc2, the backup data center', () => {
  it('reference: no failover; pchat5 and 6 are lost, pchat3 and 4 replace them (PC-006, PC-022, PC-027)', () => {
    // PC-006: users of pchat5/6 move to pchat1/2 (60,000 over 2 servers: 30,000 each) until
    // idle pchat3/4 are made active. Log shipping stops: no DR until dc2 is back (PC-027).
    const o = run(reference(), 'dc2');
    expect(headline(o)).toEqual({
      ...asDesigned(servers(1, 2, 3, 4)),
      immediately: {
        databaseServing: 'primary',
        activeServers: servers(1, 2),
        concurrentUserCapacity: 40_000,
        serviceAvailable: true,
      },
      logShipping: 'stopped',
      steps: ['ACTIVE-SERVERS', 'REPAIR-SERVERS', 'RESUME-LOG-SHIPPING'],
    });
    expect(o.conclusions.find((c) => c.key === 'servers.overload')?.params).toEqual({
      expected: 60_000,
      perServer: 30_000,
    });
    expect(o.lost.map((l) => l.key)).toContain('disaster-recovery');
  });

  it('low bandwidth: nothing changes for the service, only disaster recovery is gone (PC-024, PC-027)', () => {
    expect(headline(run(lowBandwidth(), 'dc2'))).toEqual({
      ...asDesigned(servers(1, 2, 3, 4)),
      logShipping: 'stopped',
      steps: ['RESUME-LOG-SHIPPING'],
    });
  });
});

describe('loss of the primary SQL instance', () => {
  // PC-026: mirror and witness still form a majority, so SQL Server fails over on its own.
  // PC-036: synchronous mirroring loses nothing. The compliance store shares the instance, so
  // mgccomp fails over to its own mirror too. PC-061: log shipping goes on from the mirror.
  const expected = (actives: string[]) => ({
    databaseServing: 'mirror',
    failover: 'automatic',
    poolState: 'Normal',
    serviceAvailable: true,
    interruption: 'automatic-failover',
    blockedBy: [],
    activeServers: actives,
    concurrentUserCapacity: 80_000,
    immediately: {
      databaseServing: 'mirror',
      activeServers: actives,
      concurrentUserCapacity: 80_000,
      serviceAvailable: true,
    },
    dataLossWindowMinutes: null,
    compliance: 'mirror',
    logShipping: 'running',
    automaticFailoverAvailable: false,
    steps: ['MIRROR-AUTO', 'COMPLIANCE-MIRROR-AUTO', 'MIRROR-FAILBACK', 'COMPLIANCE-MIRROR-FAILBACK'],
  });

  it('reference: automatic failover to the mirror, nothing lost (PC-026, PC-036, PC-061)', () => {
    expect(headline(run(reference(), 'primary'))).toEqual(expected(servers(1, 2, 5, 6)));
    expect(headline(run(reference(), 'sql:sqlpc1.contoso.com\\PCHAT'))).toEqual(
      expected(servers(1, 2, 5, 6)),
    );
  });

  it('low bandwidth: the same (PC-026, PC-036, PC-061)', () => {
    expect(headline(run(lowBandwidth(), 'primary'))).toEqual(expected(servers(1, 2, 3, 4)));
  });
});

describe('loss of the mirror', () => {
  // PC-026: principal and witness keep a majority; the pool runs on without a mirror (PC-037),
  // and the principal's log keeps what the mirror has not received (PC-043).
  for (const [name, design, actives] of [
    ['reference', reference, servers(1, 2, 5, 6)],
    ['low bandwidth', lowBandwidth, servers(1, 2, 3, 4)],
  ] as const) {
    it(`${name}: the primary keeps serving, no automatic failover any more (PC-026, PC-037, PC-043)`, () => {
      const o = run(design(), 'mirror');
      expect(headline(o)).toEqual({ ...asDesigned(actives), automaticFailoverAvailable: false });
      expect(o.lost.map((l) => l.key)).toEqual(['no-mirror', 'log-growth']);
    });
  }
});

describe('loss of the witness', () => {
  // PC-026: the witness is needed only for automatic failover; principal and mirror still
  // form a majority, so the service does not notice.
  for (const [name, design, actives] of [
    ['reference', reference, servers(1, 2, 5, 6)],
    ['low bandwidth', lowBandwidth, servers(1, 2, 3, 4)],
  ] as const) {
    it(`${name}: nothing changes for the service, automatic failover is gone (PC-026)`, () => {
      const o = run(design(), 'witness');
      expect(headline(o)).toEqual({
        ...asDesigned(actives),
        automaticFailoverAvailable: false,
        steps: ['RESTORE-WITNESS'],
      });
      expect(o.lost.map((l) => [l.key, l.ruleIds])).toEqual([['no-automatic-failover', ['PC-026']]]);
    });
  }
});

describe('loss of the backup store', () => {
  for (const [name, design, actives] of [
    ['reference', reference, servers(1, 2, 5, 6)],
    ['low bandwidth', lowBandwidth, servers(1, 2, 3, 4)],
  ] as const) {
    it(`${name}: the service runs on, log shipping and so disaster recovery stop (PC-027, PC-052)`, () => {
      const o = run(design(), 'backup');
      expect(headline(o)).toEqual({
        ...asDesigned(actives),
        logShipping: 'stopped',
        steps: ['RESUME-LOG-SHIPPING'],
      });
      expect(o.lost.map((l) => l.key)).toEqual(['disaster-recovery']);
    });
  }
});

describe('loss of Persistent Chat servers', () => {
  it('reference, one active server: an idle one beside the database replaces it (PC-006, PC-022)', () => {
    const o = run(reference(), 'server:pchat1.contoso.com');
    expect(headline(o)).toMatchObject({
      databaseServing: 'primary',
      serviceAvailable: true,
      interruption: 'none',
      activeServers: servers(2, 3, 5, 6),
      concurrentUserCapacity: 80_000,
      immediately: {
        activeServers: servers(2, 5, 6),
        concurrentUserCapacity: 60_000,
        serviceAvailable: true,
      },
      steps: ['ACTIVE-SERVERS', 'REPAIR-SERVERS'],
    });
    expect(o.steps[0]!.command).toContain(
      "@{ Add = @('pchat3.contoso.com'); Remove = @('pchat1.contoso.com') }",
    );
  });

  it('low bandwidth, one active server: no idle server may replace it, 60,000 left (PC-006, PC-022, PC-024)', () => {
    // The four idle servers are in dc2, across a low-bandwidth link: PC-022 keeps them idle.
    expect(headline(run(lowBandwidth(), 'server:pchat1.contoso.com'))).toMatchObject({
      activeServers: servers(2, 3, 4),
      concurrentUserCapacity: 60_000,
      immediately: { activeServers: servers(2, 3, 4), concurrentUserCapacity: 60_000 },
      steps: ['REPAIR-SERVERS'],
    });
  });

  it('reference, two active servers: 30,000 users on each of the two left until pchat3 and 4 take over (PC-006)', () => {
    const o = run(reference(), 'server:pchat1.contoso.com,server:pchat2.contoso.com');
    expect(headline(o)).toMatchObject({
      activeServers: servers(3, 4, 5, 6),
      concurrentUserCapacity: 80_000,
      immediately: { activeServers: servers(5, 6), concurrentUserCapacity: 40_000 },
    });
    expect(o.conclusions.map((c) => c.key)).toContain('servers.overload');
  });

  it('low bandwidth, two active servers: 40,000 capacity for 60,000 expected users even after the steps (PC-003, PC-022, PC-024)', () => {
    const o = run(lowBandwidth(), 'pc1', 'pc2');
    expect(headline(o)).toMatchObject({
      activeServers: servers(3, 4),
      concurrentUserCapacity: 40_000,
      immediately: { activeServers: servers(3, 4), concurrentUserCapacity: 40_000 },
    });
    expect(o.conclusions.map((c) => c.key)).toEqual(
      expect.arrayContaining(['servers.overload', 'servers.shortfall']),
    );
  });

  it('an idle server changes nothing (PC-003)', () => {
    for (const design of [reference(), lowBandwidth()]) {
      const o = run(design, 'server:pchat8.contoso.com');
      expect(o.concurrentUserCapacity).toBe(80_000);
      expect(o.immediately.concurrentUserCapacity).toBe(80_000);
      expect(o.steps).toEqual([]);
    }
  });
});

describe('loss of the link between the data centers', () => {
  it('reference: pchat5 and 6 are cut off from mgc; pchat3 and 4 replace them; log shipping stops (PC-006, PC-022, PC-052)', () => {
    const o = run(reference(), 'link');
    expect(headline(o)).toEqual({
      ...asDesigned(servers(1, 2, 3, 4)),
      immediately: {
        databaseServing: 'primary',
        activeServers: servers(1, 2),
        concurrentUserCapacity: 40_000,
        serviceAvailable: true,
      },
      logShipping: 'stopped',
      steps: ['ACTIVE-SERVERS', 'RESUME-LOG-SHIPPING'],
    });
    const isolated = o.servers.filter((s) => s.immediately === 'isolated').map((s) => s.fqdn);
    expect(isolated).toEqual(servers(5, 6, 7, 8));
    expect(o.conclusions.find((c) => c.key === 'log-shipping.link')?.ruleIds).toContain('PC-052');
  });

  it('low bandwidth: the service does not notice; log shipping stops (PC-024, PC-052)', () => {
    expect(headline(run(lowBandwidth(), 'link'))).toEqual({
      ...asDesigned(servers(1, 2, 3, 4)),
      logShipping: 'stopped',
      steps: ['RESUME-LOG-SHIPPING'],
    });
  });
});

describe('combined scenarios', () => {
  it('dc1 and the link: the same as dc1 alone, since nothing is left on the far side (PC-027)', () => {
    for (const design of [reference(), lowBandwidth()]) {
      expect(headline(run(design, 'dc1,link'))).toEqual(headline(run(design, 'dc1')));
    }
  });

  it('both data centers: nothing serves until something is repaired (PC-027)', () => {
    for (const design of [reference(), lowBandwidth()]) {
      expect(headline(run(design, 'dc1', 'dc2'))).toEqual({
        databaseServing: 'none',
        failover: 'none',
        poolState: 'Normal',
        serviceAvailable: false,
        interruption: 'until-repair',
        // Nothing of the pool serves; its next hop fepool1 is lost as well and is named too.
        blockedBy: ['lost fepool1.contoso.com [PC-018]'],
        activeServers: [],
        concurrentUserCapacity: 0,
        immediately: nobodyYet,
        dataLossWindowMinutes: null,
        compliance: 'none',
        logShipping: 'stopped',
        automaticFailoverAvailable: false,
        steps: ['REPAIR-SERVERS'],
      });
    }
  });

  it('dc1 and the backup store: no copy of mgc is left (PC-027)', () => {
    for (const design of [reference(), lowBandwidth()]) {
      const o = run(design, 'dc1,backup');
      expect(o.databaseServing).toBe('none');
      expect(o.serviceAvailable).toBe(false);
      expect(o.lost.map((l) => l.key)).toContain('service');
    }
  });

  it('primary and mirror while dc1 stands: failover to the backup store; the log-backup share still answers, so only 15 minutes are at risk (PC-027, PC-058)', () => {
    const ref = run(reference(), 'primary,mirror');
    expect(headline(ref)).toMatchObject({
      databaseServing: 'backup',
      failover: 'manual',
      poolState: 'FailedOver',
      activeServers: servers(1, 2, 5, 6), // fast link: PC-022 lets both sides stay active
      concurrentUserCapacity: 80_000,
      dataLossWindowMinutes: 15,
      compliance: 'backup',
      steps: [...FAILOVER, 'FAILBACK'],
    });
    expect(ref.steps.find((s) => s.id === 'FO-2')!.command).toContain('\\\\fs1.contoso.com\\pchatlogs');
    // mgccomp on sqlpc1 is lost but its mirror sqlcmp1m runs: the records stay there (PC-031).
    expect(ref.conclusions.find((c) => c.key === 'compliance.not-failed-over')?.text.en).toContain(
      'stay there',
    );
    expect(ref.lost.map((l) => l.key)).not.toContain('compliance-data');

    expect(headline(run(lowBandwidth(), 'primary,mirror'))).toMatchObject({
      databaseServing: 'backup',
      activeServers: servers(5, 6, 7, 8), // slow link: only dc2 beside the new primary (PC-022, PC-024)
      dataLossWindowMinutes: 15,
    });
  });

  it('mirror and witness: the principal loses its majority and goes offline until mirroring is removed (PC-026, PC-036)', () => {
    for (const design of [reference(), lowBandwidth()]) {
      expect(headline(run(design, 'mirror,witness'))).toMatchObject({
        databaseServing: 'primary',
        failover: 'none',
        serviceAvailable: true,
        interruption: 'until-manual-steps',
        immediately: nobodyYet,
        dataLossWindowMinutes: null,
        steps: ['MIRROR-BREAK', 'MIRROR-REINSTALL'],
      });
      expect(run(design, 'mirror,witness').steps[0]!.command).toBe('ALTER DATABASE [mgc] SET PARTNER OFF;');
    }
  });

  it('primary and witness: the mirror alone is no majority, an administrator forces it (PC-067, PC-036)', () => {
    for (const design of [reference(), lowBandwidth()]) {
      const o = run(design, 'primary', 'witness');
      expect(headline(o)).toMatchObject({
        databaseServing: 'mirror',
        failover: 'manual',
        interruption: 'until-manual-steps',
        dataLossWindowMinutes: null,
        compliance: 'mirror',
        steps: [
          'MIRROR-FORCE',
          'COMPLIANCE-MIRROR-FORCE',
          'MIRROR-FAILBACK',
          'COMPLIANCE-MIRROR-FAILBACK',
          'RESTORE-WITNESS',
        ],
      });
      expect(o.steps[0]!.command).toBe(
        "Invoke-CsDatabaseFailover -PoolFqdn 'pchatpool.contoso.com' -DatabaseType PersistentChat -NewPrincipal Mirror -Force",
      );
    }
  });

  it("dc1 and the backup store's mirror: failover still works, but the new primary has no mirror (PC-028)", () => {
    for (const design of [reference(), lowBandwidth()]) {
      const o = run(design, 'dc1,backup-mirror');
      expect(o.databaseServing).toBe('backup');
      expect(o.automaticFailoverAvailable).toBe(false);
      expect(o.steps.find((s) => s.id === 'FO-6')!.command).toBeNull();
      expect(o.lost.find((l) => l.key === 'no-mirror')?.ruleIds).toContain('PC-028');
    }
  });

  it('link and primary: the mirror beside it takes over; dc2 servers stay cut off (PC-026, PC-022)', () => {
    expect(headline(run(reference(), 'link,primary'))).toMatchObject({
      databaseServing: 'mirror',
      failover: 'automatic',
      activeServers: servers(1, 2, 3, 4),
      immediately: { activeServers: servers(1, 2), concurrentUserCapacity: 40_000 },
    });
  });
});
