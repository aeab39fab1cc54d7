import { describe, expect, it } from 'vitest';
import type { Design } from '../../shared/model/types.ts';
import { edit, findingsOf, lowBandwidth, reference, withPool, withStore } from '../support/designs.ts';
import { ruleTester } from '../support/rule-tester.ts';

describe('the shipped layouts', () => {
  it('give no finding of family J', () => {
    for (const d of [reference(), lowBandwidth()]) {
      for (const id of ['PC-067', 'PC-068', 'PC-069']) expect(findingsOf(d, id), id).toEqual([]);
    }
  });
});

describe('PC-067 Invoke-CsDatabaseFailover needs a primary and a mirror', () => {
  ruleTester.run('PC-067', {
    valid: [
      {
        name: 'does not ask a pool without disaster recovery for a mirror',
        design: withPool(withStore(reference(), 'primary', { mirrorId: null, witnessId: null }), {
          disasterRecovery: false,
        }),
      },
      {
        name: 'ignores the stores of options the pool has switched off',
        design: withPool(withStore(reference(), 'compliance', { sqlInstanceId: null }), {
          compliance: false,
        }),
      },
    ],
    invalid: [
      {
        name: 'flags a mirror with no store to mirror',
        design: withStore(reference(), 'compliance', { sqlInstanceId: null }),
        message: 'mirrorWithoutPrimary.compliance',
        severity: 'error',
        names: ['compliance store (mgccomp) of pool pchatpool.contoso.com has the mirror sqlcmp1m'],
      },
      {
        name: 'flags a store that is its own mirror; the fix removes the mirror and its witness',
        design: withStore(reference(), 'compliance', { mirrorId: 'sql-mgc' }),
        message: 'mirrorIsPrimary.compliance',
        fixTitle: 'Remove the mirror (and its witness) from the compliance store (mgccomp)',
        fixClears: true,
        fixed: (d) =>
          expect(d.pools[0]?.stores.compliance).toEqual({
            sqlInstanceId: 'sql-mgc',
            mirrorId: null,
            witnessId: null,
          }),
      },
      {
        name: 'warns a DR pool whose primary has no mirror: LS2 cannot fail mgc over to it',
        design: withStore(reference(), 'primary', { mirrorId: null, witnessId: null }),
        message: 'unmirroredDr',
        severity: 'warning',
        names: ['Invoke-CsDatabaseFailover -NewPrincipal Mirror'],
        elements: ['pool1', 'sql-mgc'],
      },
    ],
  });
});

describe('PC-068 at least one active server', () => {
  const allIdle = (d: Design): Design => ({
    ...d,
    servers: d.servers.map((s) => ({ ...s, state: 'idle' as const })),
  });

  ruleTester.run('PC-068', {
    valid: [
      { name: 'says nothing about a pool with no servers yet', design: { ...reference(), servers: [] } },
    ],
    invalid: [
      {
        name: 'flags a pool with every server idle; the fix activates a server beside the primary store',
        design: allIdle(reference()),
        message: 'noneActive.other',
        severity: 'error',
        names: ['None of the 8 servers of pool pchatpool.contoso.com is active'],
        fixTitle: 'Make pchat1.contoso.com active',
        fixClears: true,
        fixed: (d) => expect(d.servers.filter((s) => s.state === 'active').map((s) => s.id)).toEqual(['pc1']),
      },
    ],
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
});

describe('PC-069 the Persistent Chat port', () => {
  ruleTester.run('PC-069', {
    invalid: [
      {
        name: 'notes a port other than 5041, and the fix restores it',
        design: withPool(reference(), { port: 5042 }),
        message: 'nonDefault',
        severity: 'info',
        names: ['port 5042 instead of the default 5041'],
        fixClears: true,
        fixed: (d) => expect(d.pools[0]?.port).toBe(5041),
      },
      {
        name: 'points out a clash with the WCF port 881',
        design: withPool(reference(), { port: 881 }),
        message: 'wcf',
      },
    ],
  });

  it('leaves an impossible port to the integrity check', () => {
    const d = withPool(reference(), { port: 70000 });
    expect(findingsOf(d, 'PC-069')).toEqual([]);
    expect(findingsOf(d, 'DSN-008')).toHaveLength(1);
  });
});
