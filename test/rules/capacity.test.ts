import { describe, expect, it } from 'vitest';
import type { Design } from '../../shared/model/types.ts';
import { edit, findingsOf, reference, withPool, withSecondPool } from '../support/designs.ts';
import { ruleTester } from '../support/rule-tester.ts';

describe('PC-001 at most 4 active servers', () => {
  const d = reference();
  ruleTester.run('PC-001', {
    valid: [{ name: 'passes the reference layout (4 active)', design: reference() }],
    invalid: [
      {
        name: 'flags a fifth active server, names the servers, and its fix keeps the primary side active',
        design: { ...d, servers: edit(d.servers, 'pc3', { state: 'active' as const }) },
        message: 'tooManyActive',
        severity: 'error',
        names: ['pchatpool.contoso.com has 5 active servers'],
        finding: (f) =>
          expect(f.elements).toEqual(expect.arrayContaining(['pool1', 'pc1', 'pc2', 'pc3', 'pc5', 'pc6'])),
        fixClears: true,
        fixed: (fixed) =>
          expect(fixed.servers.filter((s) => s.state === 'active' && s.dataCenterId === 'dc1')).toHaveLength(
            3,
          ),
      },
    ],
  });
});

describe('PC-002 at most 8 servers, more than 4 only when stretched', () => {
  const d = reference();
  const ninth = { ...d.servers[7]!, id: 'pc9', fqdn: 'pchat9.contoso.com', state: 'idle' as const };
  ruleTester.run('PC-002', {
    valid: [{ name: 'passes 8 servers in a DR pool', design: reference() }],
    invalid: [
      {
        name: 'flags a ninth server',
        design: { ...d, servers: [...d.servers, ninth] },
        message: 'tooMany',
        names: ['9 servers'],
      },
      {
        name: 'flags more than 4 servers without disaster recovery, and the fix turns DR on',
        design: withPool(reference(), { disasterRecovery: false }),
        message: 'notStretched',
        fixClears: true,
      },
    ],
  });
});

describe('PC-003 20,000 concurrent users per server', () => {
  ruleTester.run('PC-003', {
    valid: [{ name: 'passes 60,000 users on 4 active servers', design: reference() }],
    invalid: [
      {
        name: 'warns at 90,000 users on 4 active servers',
        design: withPool(reference(), { expectedConcurrentUsers: 90_000 }),
        message: 'overloaded.other',
        severity: 'warning',
        names: ['22,500 each'],
      },
    ],
  });
});

describe('PC-004 deployment-wide user limits', () => {
  const twoPools = (users: number, provisioned: number): Design =>
    withSecondPool(reference(), {
      fqdn: 'pchat-eu.contoso.com',
      expectedConcurrentUsers: users,
      provisionedUsers: provisioned,
    });

  ruleTester.run('PC-004', {
    valid: [{ name: 'passes 60,000 + 20,000 concurrent users', design: twoPools(20_000, 30_000) }],
  });

  it('flags the concurrent and provisioned totals across pools', () => {
    const f = findingsOf(twoPools(30_000, 40_000), 'PC-004');
    expect(f.map((x) => x.messageKey).sort()).toEqual(['concurrent', 'provisioned']);
    expect(f.find((x) => x.messageKey === 'concurrent')?.message).toContain('90,000');
    expect(f[0]?.elements).toEqual(['pool1', 'pool2']);
  });
});

describe('PC-005 several pools only for data residency', () => {
  const d = reference();
  ruleTester.run('PC-005', {
    valid: [{ name: 'is silent with one pool', design: d }],
    invalid: [
      {
        name: 'warns with two',
        design: withSecondPool(d, { fqdn: 'pchat2.contoso.com' }),
        message: 'several',
      },
    ],
  });
});

describe('PC-006 load after one active server fails', () => {
  ruleTester.run('PC-006', {
    valid: [
      { name: 'passes 60,000 users on 4 active servers (20,000 each on the other 3)', design: reference() },
    ],
    invalid: [
      {
        name: 'warns at 70,000 users: 23,334 each on the remaining 3',
        design: withPool(reference(), { expectedConcurrentUsers: 70_000 }),
        message: 'failureOverload.other',
        names: ['23,334'],
      },
    ],
  });
});

describe('PC-007 chat-room access control entries', () => {
  ruleTester.run('PC-007', {
    valid: [{ name: 'passes 500,000', design: reference() }],
    invalid: [
      {
        name: 'warns above 2,000,000',
        design: withPool(reference(), { chatRoomAces: 2_500_000 }),
        message: 'tooManyAces',
      },
    ],
  });
});
