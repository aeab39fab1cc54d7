import { describe, expect, it } from 'vitest';
import type { Design } from '../../shared/model/types.ts';
import { edit, findingsOf, reference, withPool } from '../support/designs.ts';

describe('PC-001 at most 4 active servers', () => {
  it('passes the reference layout (4 active)', () => {
    expect(findingsOf(reference(), 'PC-001')).toEqual([]);
  });

  it('flags a fifth active server, names the servers, and its fix keeps the primary side active', () => {
    const d = reference();
    const broken = { ...d, servers: edit(d.servers, 'pc3', { state: 'active' as const }) };
    const [finding, ...rest] = findingsOf(broken, 'PC-001');
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toContain('pchatpool.contoso.com has 5 active servers');
    expect(finding?.elements).toEqual(expect.arrayContaining(['pool1', 'pc1', 'pc2', 'pc3', 'pc5', 'pc6']));
    const fixed = finding!.fix!.apply(broken);
    expect(findingsOf(fixed, 'PC-001')).toEqual([]);
    expect(fixed.servers.filter((s) => s.state === 'active' && s.dataCenterId === 'dc1')).toHaveLength(3);
  });
});

describe('PC-002 at most 8 servers, more than 4 only when stretched', () => {
  it('passes 8 servers in a DR pool', () => {
    expect(findingsOf(reference(), 'PC-002')).toEqual([]);
  });

  it('flags a ninth server', () => {
    const d = reference();
    const ninth = { ...d.servers[7]!, id: 'pc9', fqdn: 'pchat9.contoso.com', state: 'idle' as const };
    const f = findingsOf({ ...d, servers: [...d.servers, ninth] }, 'PC-002');
    expect(f.map((x) => x.messageKey)).toEqual(['tooMany']);
    expect(f[0]?.message).toContain('9 servers');
  });

  it('flags more than 4 servers without disaster recovery, and the fix turns DR on', () => {
    const broken = withPool(reference(), { disasterRecovery: false });
    const [f] = findingsOf(broken, 'PC-002');
    expect(f?.messageKey).toBe('notStretched');
    expect(findingsOf(f!.fix!.apply(broken), 'PC-002')).toEqual([]);
  });
});

describe('PC-003 20,000 concurrent users per server', () => {
  it('passes 60,000 users on 4 active servers', () => {
    expect(findingsOf(reference(), 'PC-003')).toEqual([]);
  });

  it('warns at 90,000 users on 4 active servers', () => {
    const f = findingsOf(withPool(reference(), { expectedConcurrentUsers: 90_000 }), 'PC-003');
    expect(f).toHaveLength(1);
    expect(f[0]?.severity).toBe('warning');
    expect(f[0]?.message).toContain('22,500 each');
  });
});

describe('PC-004 deployment-wide user limits', () => {
  const twoPools = (users: number, provisioned: number): Design => {
    const d = reference();
    const second = {
      ...d.pools[0]!,
      id: 'pool2',
      fqdn: 'pchat-eu.contoso.com',
      expectedConcurrentUsers: users,
      provisionedUsers: provisioned,
    };
    return { ...d, pools: [...d.pools, second] };
  };

  it('passes 60,000 + 20,000 concurrent users', () => {
    expect(findingsOf(twoPools(20_000, 30_000), 'PC-004')).toEqual([]);
  });

  it('flags the concurrent and provisioned totals across pools', () => {
    const f = findingsOf(twoPools(30_000, 40_000), 'PC-004');
    expect(f.map((x) => x.messageKey).sort()).toEqual(['concurrent', 'provisioned']);
    expect(f.find((x) => x.messageKey === 'concurrent')?.message).toContain('90,000');
    expect(f[0]?.elements).toEqual(['pool1', 'pool2']);
  });
});

describe('PC-005 several pools only for data residency', () => {
  it('is silent with one pool and warns with two', () => {
    const d = reference();
    expect(findingsOf(d, 'PC-005')).toEqual([]);
    const two = { ...d, pools: [...d.pools, { ...d.pools[0]!, id: 'pool2', fqdn: 'pchat2.contoso.com' }] };
    expect(findingsOf(two, 'PC-005')).toHaveLength(1);
  });
});

describe('PC-006 load after one active server fails', () => {
  it('passes 60,000 users on 4 active servers (20,000 each on the other 3)', () => {
    expect(findingsOf(reference(), 'PC-006')).toEqual([]);
  });

  it('warns at 70,000 users: 23,334 each on the remaining 3', () => {
    const f = findingsOf(withPool(reference(), { expectedConcurrentUsers: 70_000 }), 'PC-006');
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toContain('23,334');
  });
});

describe('PC-007 chat-room access control entries', () => {
  it('passes 500,000 and warns above 2,000,000', () => {
    expect(findingsOf(reference(), 'PC-007')).toEqual([]);
    expect(findingsOf(withPool(reference(), { chatRoomAces: 2_500_000 }), 'PC-007')).toHaveLength(1);
  });
});
