import { describe, expect, it } from 'vitest';
import type { Design } from '../../shared/model/types.ts';
import { edit, findingsOf, lowBandwidth, reference, withPool, withStore } from '../support/designs.ts';

describe('the shipped layouts', () => {
  it('give no finding of family J', () => {
    for (const d of [reference(), lowBandwidth()]) {
      for (const id of ['PC-067', 'PC-068', 'PC-069']) expect(findingsOf(d, id), id).toEqual([]);
    }
  });
});

describe('PC-067 Invoke-CsDatabaseFailover needs a primary and a mirror', () => {
  it('flags a mirror with no store to mirror', () => {
    const broken = withStore(reference(), 'compliance', { sqlInstanceId: null });
    const [f, ...rest] = findingsOf(broken, 'PC-067');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.messageKey).toBe('mirrorWithoutPrimary.compliance');
    expect(f?.message).toContain(
      'compliance store (mgccomp) of pool pchatpool.contoso.com has the mirror sqlcmp1m',
    );
  });

  it('flags a store that is its own mirror; the fix removes the mirror and its witness', () => {
    const broken = withStore(reference(), 'compliance', { mirrorId: 'sql-mgc' });
    const [f] = findingsOf(broken, 'PC-067');
    expect(f?.messageKey).toBe('mirrorIsPrimary.compliance');
    expect(f?.fix?.title).toBe('Remove the mirror (and its witness) from the compliance store (mgccomp)');
    const fixed = f!.fix!.apply(broken);
    expect(fixed.pools[0]?.stores.compliance).toEqual({
      sqlInstanceId: 'sql-mgc',
      mirrorId: null,
      witnessId: null,
    });
    expect(findingsOf(fixed, 'PC-067')).toEqual([]);
  });

  it('warns a DR pool whose primary has no mirror: LS2 cannot fail mgc over to it', () => {
    const broken = withStore(reference(), 'primary', { mirrorId: null, witnessId: null });
    const [f] = findingsOf(broken, 'PC-067');
    expect(f?.severity).toBe('warning');
    expect(f?.messageKey).toBe('unmirroredDr');
    expect(f?.message).toContain('Invoke-CsDatabaseFailover -NewPrincipal Mirror');
    expect(f?.elements).toEqual(['pool1', 'sql-mgc']);
  });

  it('does not ask a pool without disaster recovery for a mirror', () => {
    const d = withPool(withStore(reference(), 'primary', { mirrorId: null, witnessId: null }), {
      disasterRecovery: false,
    });
    expect(findingsOf(d, 'PC-067')).toEqual([]);
  });

  it('ignores the stores of options the pool has switched off', () => {
    const d = withPool(withStore(reference(), 'compliance', { sqlInstanceId: null }), { compliance: false });
    expect(findingsOf(d, 'PC-067')).toEqual([]);
  });
});

describe('PC-068 at least one active server', () => {
  const allIdle = (d: Design): Design => ({
    ...d,
    servers: d.servers.map((s) => ({ ...s, state: 'idle' as const })),
  });

  it('flags a pool with every server idle; the fix activates a server beside the primary store', () => {
    const broken = allIdle(reference());
    const [f, ...rest] = findingsOf(broken, 'PC-068');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('None of the 8 servers of pool pchatpool.contoso.com is active');
    expect(f?.fix?.title).toBe('Make pchat1.contoso.com active');
    const fixed = f!.fix!.apply(broken);
    expect(fixed.servers.filter((s) => s.state === 'active').map((s) => s.id)).toEqual(['pc1']);
    expect(findingsOf(fixed, 'PC-068')).toEqual([]);
  });

  it('picks the primary store data center even when it is listed second', () => {
    const d = allIdle(reference());
    const swapped = { ...d, sqlInstances: edit(d.sqlInstances, 'sql-mgc', { dataCenterId: 'dc2' }) };
    expect(findingsOf(swapped, 'PC-068')[0]?.fix?.title).toBe('Make pchat5.contoso.com active');
  });

  it('falls back to the first server when the primary store is not chosen yet', () => {
    const d = withStore(allIdle(reference()), 'primary', { sqlInstanceId: null });
    expect(findingsOf(d, 'PC-068')[0]?.fix?.title).toBe('Make pchat1.contoso.com active');
  });

  it('says nothing about a pool with no servers yet', () => {
    expect(findingsOf({ ...reference(), servers: [] }, 'PC-068')).toEqual([]);
  });
});

describe('PC-069 the Persistent Chat port', () => {
  it('notes a port other than 5041, and the fix restores it', () => {
    const broken = withPool(reference(), { port: 5042 });
    const [f] = findingsOf(broken, 'PC-069');
    expect(f?.severity).toBe('info');
    expect(f?.message).toContain('port 5042 instead of the default 5041');
    const fixed = f!.fix!.apply(broken);
    expect(fixed.pools[0]?.port).toBe(5041);
    expect(findingsOf(fixed, 'PC-069')).toEqual([]);
  });

  it('points out a clash with the WCF port 881', () => {
    expect(findingsOf(withPool(reference(), { port: 881 }), 'PC-069')[0]?.messageKey).toBe('wcf');
  });

  it('leaves an impossible port to the integrity check', () => {
    const d = withPool(reference(), { port: 70000 });
    expect(findingsOf(d, 'PC-069')).toEqual([]);
    expect(findingsOf(d, 'DSN-008')).toHaveLength(1);
  });
});
