/**
 * The data-loss window of a failover to the log-shipping backup store (docs/simulation.md):
 * backup interval, plus the copy interval when the log-backup share is lost, plus the restore
 * interval and restore delay when the copy folder is lost too. No RPO is documented
 * (Ambiguities 7, 13); the parts come from LS1 (PC-057, PC-058) and FO steps 2 and 3.
 * Mirroring is synchronous (PC-036): a mirror failover loses nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Design } from '../../shared/model/types.ts';
import { edit, lowBandwidth, reference } from '../support/designs.ts';
import { run } from './support.ts';

function schedule(design: Design, backup: number, copy: number, restore: number, delay: number): Design {
  return {
    ...design,
    pools: design.pools.map((p) => ({
      ...p,
      logShipping: {
        ...p.logShipping,
        backupIntervalMinutes: backup,
        copyIntervalMinutes: copy,
        restoreIntervalMinutes: restore,
        restoreDelayMinutes: delay,
      },
    })),
  };
}

describe.each([
  ['reference', reference],
  ['low bandwidth', lowBandwidth],
] as const)('%s', (_name, design) => {
  it('log-backup share still reachable: one backup interval (15)', () => {
    expect(run(design(), 'primary,mirror').dataLossWindowMinutes).toBe(15);
  });

  it('log-backup share lost with dc1: backup + copy (15 + 15)', () => {
    expect(run(design(), 'dc1').dataLossWindowMinutes).toBe(30);
  });

  it('copy folder lost as well: backup + copy + restore + delay (15 + 15 + 15 + 0)', () => {
    const o = run(design(), 'dc1', 'share:\\\\sqlpc2.contoso.com\\pchatlogcopy');
    expect(o.dataLossWindowMinutes).toBe(45);
    expect(o.conclusions.find((c) => c.key === 'data-loss.restored-only')!.ruleIds).toEqual([
      'PC-057',
      'PC-058',
    ]);
  });

  it("follows the design's own schedule: 5/10/20 minutes with a 10-minute restore delay", () => {
    const d = schedule(design(), 5, 10, 20, 10);
    expect(run(d, 'primary,mirror').dataLossWindowMinutes).toBe(5);
    expect(run(d, 'dc1').dataLossWindowMinutes).toBe(15);
    expect(run(d, 'dc1,share-logcopy').dataLossWindowMinutes).toBe(45);
  });

  it('the link down: the backup store cannot fetch from the log-backup share, which still runs (15 + 15)', () => {
    expect(run(design(), 'link,primary,mirror').dataLossWindowMinutes).toBe(30);
  });

  it('a log-backup share placed in dc2 survives the loss of dc1: 15', () => {
    const d = design();
    const moved = {
      ...d,
      shares: edit(d.shares, 'share-logs', { dataCenterId: 'dc2', serverFqdn: 'fs2.contoso.com' }),
    };
    expect(run(moved, 'dc1').dataLossWindowMinutes).toBe(15);
  });

  it('a mirror failover, automatic or forced, loses nothing: null (PC-036)', () => {
    expect(run(design(), 'primary').dataLossWindowMinutes).toBeNull();
    expect(run(design(), 'primary,witness').dataLossWindowMinutes).toBeNull();
  });

  it('the whole SQL computer sqlpc2 (its copy share with it), then dc1: nothing left to fail over to', () => {
    const o = run(design(), 'sql:sqlpc2.contoso.com', 'dc1');
    expect(o.failed.map((f) => f.id)).toEqual(['sql-mgc-backup', 'share-logcopy', 'dc1']);
    expect(o.databaseServing).toBe('none');
    expect(o.dataLossWindowMinutes).toBeNull();
  });
});
