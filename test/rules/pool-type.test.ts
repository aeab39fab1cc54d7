import { describe, expect, it } from 'vitest';
import type { Design, FrontEndPool, PersistentChatPool, StoreAssignment } from '../../shared/model/types.ts';
import { validate } from '../../shared/rules/engine.ts';
import { poolTypeRules } from '../../shared/rules/families/pool-type.ts';
import {
  edit,
  findingsOf,
  loadExample,
  lowBandwidth,
  reference,
  withPool as withPoolById,
} from '../support/designs.ts';

const ids = poolTypeRules.map((r) => r.id);
const ours = (d: Design) => validate(d).filter((f) => ids.includes(f.ruleId));

/** Edits the design's first pool: pool1 in the reference, sepool in the Standard Edition design. */
const withPool = (d: Design, patch: Partial<PersistentChatPool>): Design =>
  withPoolById(d, patch, d.pools[0]!.id);

const none: StoreAssignment = { sqlInstanceId: null, mirrorId: null, witnessId: null };

/** The reference pool cut down to one server and no DR, as a single-computer pool. */
function singleComputerPool(): Design {
  const d = reference();
  return {
    ...withPool(d, { computers: 'single', disasterRecovery: false }),
    servers: d.servers.filter((s) => s.id === 'pc1'),
  };
}

/** Persistent Chat collocated on the Standard Edition server se01, the way ADD describes it. */
function standardEdition(): Design {
  const d = reference();
  const se: FrontEndPool = {
    id: 'se1',
    fqdn: 'se01.contoso.com',
    edition: 'standard',
    dataCenterId: 'dc1',
    lyncSite: 'Contoso-Central',
    adDomain: 'contoso.com',
    machines: ['se01.contoso.com'],
  };
  const pool: PersistentChatPool = {
    ...d.pools[0]!,
    id: 'sepool',
    fqdn: 'se01.contoso.com',
    computers: 'single',
    compliance: false,
    disasterRecovery: false,
    nextHopId: 'se1',
    stores: {
      primary: { ...none, sqlInstanceId: 'sql-mgc' },
      backup: none,
      compliance: none,
      complianceBackup: none,
    },
  };
  const server = { ...d.servers[0]!, id: 'se-pc', fqdn: 'se01.contoso.com', poolId: 'sepool' };
  return { ...d, frontEndPools: [...d.frontEndPools, se], pools: [pool], servers: [server] };
}

const secondServer = (d: Design): Design => ({
  ...d,
  servers: [...d.servers, { ...d.servers[0]!, id: 'se-pc2', fqdn: 'pchat2.contoso.com', state: 'idle' }],
});

describe('pool-type rules on the shipped examples', () => {
  it('find nothing in the reference and low-bandwidth layouts', () => {
    expect(ours(reference())).toEqual([]);
    expect(ours(lowBandwidth())).toEqual([]);
  });

  it('find nothing in the broken example, which keeps a multiple-computer Enterprise pool', () => {
    expect(ours(loadExample('broken').design)).toEqual([]);
  });

  it('say of a clean Standard Edition pool only that it is for evaluation', () => {
    expect(ours(standardEdition()).map((f) => [f.ruleId, f.severity])).toEqual([['PC-010', 'warning']]);
  });
});

describe('PC-008 a single-computer pool cannot grow', () => {
  it('passes a multiple-computer pool of 8 and a single-computer pool of 1', () => {
    expect(findingsOf(reference(), 'PC-008')).toEqual([]);
    expect(findingsOf(singleComputerPool(), 'PC-008')).toEqual([]);
  });

  it('flags a single-computer pool with 8 servers, and the fix makes it a multiple-computer pool', () => {
    const broken = withPool(reference(), { computers: 'single' });
    const [f, ...rest] = findingsOf(broken, 'PC-008');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('pchatpool.contoso.com is a Single Computer Pool but has 8 servers');
    expect(f?.elements).toEqual(['pool1', 'pc1', 'pc2', 'pc3', 'pc4', 'pc5', 'pc6', 'pc7', 'pc8']);
    expect(f?.fix?.title).toBe('Make pchatpool.contoso.com a Multiple Computer Pool');
    const fixed = f!.fix!.apply(broken);
    expect(fixed.pools[0]?.computers).toBe('multiple');
    expect(findingsOf(fixed, 'PC-008')).toEqual([]);
  });

  it('leaves a grown Standard Edition pool to PC-012, which says the precise thing', () => {
    const grown = secondServer(standardEdition());
    expect(findingsOf(grown, 'PC-008')).toEqual([]);
    expect(findingsOf(grown, 'PC-012')).toHaveLength(1);
  });
});

describe('PC-009 disaster recovery needs a multiple-computer pool', () => {
  it('passes DR on a multiple-computer pool and a single-computer pool without DR', () => {
    expect(findingsOf(reference(), 'PC-009')).toEqual([]);
    expect(findingsOf(singleComputerPool(), 'PC-009')).toEqual([]);
  });

  it('flags DR on a single-computer pool, and the fix makes it a multiple-computer pool', () => {
    const broken = withPool(singleComputerPool(), { disasterRecovery: true });
    const [f, ...rest] = findingsOf(broken, 'PC-009');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('Use backup SQL Server stores to enable disaster recovery');
    const fixed = f!.fix!.apply(broken);
    expect(fixed.pools[0]).toMatchObject({ computers: 'multiple', disasterRecovery: true });
    expect(findingsOf(fixed, 'PC-009')).toEqual([]);
  });

  it('on Standard Edition, where the pool cannot become multiple, the fix turns DR off', () => {
    const broken = withPool(standardEdition(), { disasterRecovery: true });
    const [f] = findingsOf(broken, 'PC-009');
    expect(f?.fix?.title).toContain('Turn off disaster recovery');
    const fixed = f!.fix!.apply(broken);
    expect(fixed.pools[0]).toMatchObject({ computers: 'single', disasterRecovery: false });
    expect(findingsOf(fixed, 'PC-009')).toEqual([]);
  });
});

describe('PC-010 no HA or DR on Standard Edition, which is for evaluation', () => {
  it('is silent for pools on dedicated servers', () => {
    expect(findingsOf(reference(), 'PC-010')).toEqual([]);
  });

  it('warns that a Standard Edition pool is for evaluation, without a fix', () => {
    const [f, ...rest] = findingsOf(standardEdition(), 'PC-010');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('warning');
    expect(f?.messageKey).toBe('evaluationOnly');
    expect(f?.message).toContain('se01.contoso.com');
    expect(f?.elements).toEqual(['sepool', 'se1', 'se-pc']);
    expect(f?.fix).toBeNull();
  });

  it('finds the Standard Edition server whatever the case of its FQDN', () => {
    const d = standardEdition();
    const shouted = { ...d, servers: edit(d.servers, 'se-pc', { fqdn: 'SE01.Contoso.com.' }) };
    expect(findingsOf(shouted, 'PC-010').map((f) => f.messageKey)).toEqual(['evaluationOnly']);
  });

  it('flags a mirror and witness as an error naming them, and the fix strips HA back to the warning', () => {
    const d = standardEdition();
    const broken = withPool(d, {
      stores: {
        ...d.pools[0]!.stores,
        primary: { sqlInstanceId: 'sql-mgc', mirrorId: 'sql-mgc-mirror', witnessId: 'sql-witness1' },
      },
    });
    const [f, ...rest] = findingsOf(broken, 'PC-010');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.messageKey).toBe('haOnSe');
    expect(f?.message).toContain('sqlpc1m.contoso.com\\PCHAT, sqlwit1.contoso.com\\WITNESS');
    expect(f?.elements).toEqual(expect.arrayContaining(['sepool', 'se1', 'sql-mgc-mirror', 'sql-witness1']));
    const fixed = f!.fix!.apply(broken);
    expect(fixed.pools[0]?.stores.primary).toEqual({
      sqlInstanceId: 'sql-mgc',
      mirrorId: null,
      witnessId: null,
    });
    expect(findingsOf(fixed, 'PC-010').map((x) => x.severity)).toEqual(['warning']);
  });

  it('flags disaster recovery with a backup store, and the fix clears the backup stores', () => {
    const d = standardEdition();
    const broken = withPool(d, {
      disasterRecovery: true,
      stores: { ...d.pools[0]!.stores, backup: { ...none, sqlInstanceId: 'sql-mgc-backup' } },
    });
    const [f] = findingsOf(broken, 'PC-010');
    expect(f?.messageKey).toBe('haOnSe');
    expect(f?.message).toContain('sqlpc2.contoso.com\\PCHAT');
    const fixed = f!.fix!.apply(broken);
    expect(fixed.pools[0]?.disasterRecovery).toBe(false);
    expect(fixed.pools[0]?.stores.backup).toEqual(none);
    expect(findingsOf(fixed, 'PC-010').map((x) => x.severity)).toEqual(['warning']);
  });

  it('flags DR switched on with no backup store yet', () => {
    const [f] = findingsOf(withPool(standardEdition(), { disasterRecovery: true }), 'PC-010');
    expect(f?.severity).toBe('error');
    expect(f?.messageKey).toBe('drOnSe');
  });

  it('ignores a mirror left under a store role the pool does not use', () => {
    const d = standardEdition();
    const stale = withPool(d, {
      stores: { ...d.pools[0]!.stores, backup: { ...none, mirrorId: 'sql-mgc-mirror' } },
    });
    expect(findingsOf(stale, 'PC-010').map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('PC-011 the pool FQDN of a Standard Edition pool is the server FQDN', () => {
  it('passes the same FQDN, compared as DNS compares names', () => {
    expect(findingsOf(standardEdition(), 'PC-011')).toEqual([]);
    expect(findingsOf(withPool(standardEdition(), { fqdn: 'SE01.contoso.com' }), 'PC-011')).toEqual([]);
  });

  it('flags another pool FQDN, and the fix sets the server FQDN', () => {
    const broken = withPool(standardEdition(), { fqdn: 'pchat.contoso.com' });
    const [f, ...rest] = findingsOf(broken, 'PC-011');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.message).toBe(
      'Pool pchat.contoso.com is collocated on the Standard Edition server se01.contoso.com; its pool FQDN must be se01.contoso.com.',
    );
    expect(f?.elements).toEqual(['sepool', 'se1']);
    const fixed = f!.fix!.apply(broken);
    expect(fixed.pools[0]?.fqdn).toBe('se01.contoso.com');
    expect(findingsOf(fixed, 'PC-011')).toEqual([]);
  });

  it('is silent for a pool on dedicated servers, whatever its FQDN', () => {
    expect(findingsOf(reference(), 'PC-011')).toEqual([]);
  });
});

describe('PC-012 a Standard Edition pool holds that server only', () => {
  it('passes the Standard Edition server alone', () => {
    expect(findingsOf(standardEdition(), 'PC-012')).toEqual([]);
  });

  it('flags a second server, names both, and leaves the choice to the planner', () => {
    const [f, ...rest] = findingsOf(secondServer(standardEdition()), 'PC-012');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('has 2 servers (se01.contoso.com, pchat2.contoso.com)');
    expect(f?.elements).toEqual(['sepool', 'se1', 'se-pc', 'se-pc2']);
    expect(f?.fix).toBeNull();
  });
});

describe('pool-type rules on unfinished designs', () => {
  it('run without error on an empty design and on dangling references', () => {
    const d = reference();
    const empty: Design = {
      ...d,
      dataCenters: [],
      frontEndPools: [],
      pools: [],
      servers: [],
      sqlInstances: [],
    };
    expect(ours(empty)).toEqual([]);
    const loose: Design = {
      ...standardEdition(),
      pools: [
        {
          ...standardEdition().pools[0]!,
          fqdn: '',
          computers: 'single',
          disasterRecovery: true,
          stores: {
            primary: none,
            backup: { ...none, mirrorId: 'gone' },
            compliance: none,
            complianceBackup: none,
          },
        },
      ],
      servers: [
        { ...d.servers[0]!, id: 'x1', fqdn: '', poolId: 'sepool', dataCenterId: null },
        { ...d.servers[0]!, id: 'x2', fqdn: 'se01.contoso.com', poolId: 'sepool', dataCenterId: 'nowhere' },
      ],
    };
    const found = ours(loose);
    expect(found.filter((f) => f.messageKey === 'internal-error')).toEqual([]);
    expect(found.map((f) => f.ruleId).sort()).toEqual(['PC-009', 'PC-010', 'PC-011', 'PC-012']);
  });
});
