import { describe, expect, it } from 'vitest';
import type { Design, PersistentChatPool } from '../../shared/model/types.ts';
import { poolTypeRules } from '../../shared/rules/families/pool-type.ts';
import {
  edit,
  findingsOf,
  loadExample,
  lowBandwidth,
  reference,
  standardEdition,
  withPool as withPoolById,
  familyFindingsOf,
  noStore,
} from '../support/designs.ts';
import { ruleTester } from '../support/rule-tester.ts';

const ours = familyFindingsOf(poolTypeRules);

/** Edits the design's first pool: pool1 in the reference, sepool in the Standard Edition design. */
const withPool = (d: Design, patch: Partial<PersistentChatPool>): Design =>
  withPoolById(d, patch, d.pools[0]!.id);

/** The reference pool cut down to one server and no DR, as a single-computer pool. */
function singleComputerPool(): Design {
  const d = reference();
  return {
    ...withPool(d, { computers: 'single', disasterRecovery: false }),
    servers: d.servers.filter((s) => s.id === 'pc1'),
  };
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
  ruleTester.run('PC-008', {
    valid: [
      { name: 'passes a multiple-computer pool of 8', design: reference() },
      { name: 'passes a single-computer pool of 1', design: singleComputerPool() },
    ],
    invalid: [
      {
        name: 'flags a single-computer pool with 8 servers, and the fix makes it a multiple-computer pool',
        design: withPool(reference(), { computers: 'single' }),
        message: 'singleWithMany',
        severity: 'error',
        names: ['pchatpool.contoso.com is a Single Computer Pool but has 8 servers'],
        elements: ['pool1', 'pc1', 'pc2', 'pc3', 'pc4', 'pc5', 'pc6', 'pc7', 'pc8'],
        fixTitle: 'Make pchatpool.contoso.com a Multiple Computer Pool',
        fixClears: true,
        fixed: (d) => expect(d.pools[0]?.computers).toBe('multiple'),
      },
    ],
  });

  it('leaves a grown Standard Edition pool to PC-012, which says the precise thing', () => {
    const grown = secondServer(standardEdition());
    expect(findingsOf(grown, 'PC-008')).toEqual([]);
    expect(findingsOf(grown, 'PC-012')).toHaveLength(1);
  });
});

describe('PC-009 disaster recovery needs a multiple-computer pool', () => {
  ruleTester.run('PC-009', {
    valid: [
      { name: 'passes DR on a multiple-computer pool', design: reference() },
      { name: 'passes a single-computer pool without DR', design: singleComputerPool() },
    ],
    invalid: [
      {
        name: 'flags DR on a single-computer pool, and the fix makes it a multiple-computer pool',
        design: withPool(singleComputerPool(), { disasterRecovery: true }),
        message: 'drOnSingle',
        severity: 'error',
        names: ['Use backup SQL Server stores to enable disaster recovery'],
        fixClears: true,
        fixed: (d) => expect(d.pools[0]).toMatchObject({ computers: 'multiple', disasterRecovery: true }),
      },
      {
        name: 'on Standard Edition, where the pool cannot become multiple, the fix turns DR off',
        design: withPool(standardEdition(), { disasterRecovery: true }),
        message: 'drOnSingle',
        finding: (f) => expect(f.fix?.title).toContain('Turn off disaster recovery'),
        fixClears: true,
        fixed: (d) => expect(d.pools[0]).toMatchObject({ computers: 'single', disasterRecovery: false }),
      },
    ],
  });
});

describe('PC-010 no HA or DR on Standard Edition, which is for evaluation', () => {
  const se = standardEdition();
  ruleTester.run('PC-010', {
    valid: [{ name: 'is silent for pools on dedicated servers', design: reference() }],
    invalid: [
      {
        name: 'warns that a Standard Edition pool is for evaluation, without a fix',
        design: se,
        message: 'evaluationOnly',
        severity: 'warning',
        names: ['se01.contoso.com'],
        elements: ['sepool', 'se1', 'se-pc'],
        noFix: true,
      },
      {
        name: 'finds the Standard Edition server whatever the case of its FQDN',
        design: { ...se, servers: edit(se.servers, 'se-pc', { fqdn: 'SE01.Contoso.com.' }) },
        message: 'evaluationOnly',
      },
    ],
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
      stores: { ...d.pools[0]!.stores, backup: { ...noStore, sqlInstanceId: 'sql-mgc-backup' } },
    });
    const [f] = findingsOf(broken, 'PC-010');
    expect(f?.messageKey).toBe('haOnSe');
    expect(f?.message).toContain('sqlpc2.contoso.com\\PCHAT');
    const fixed = f!.fix!.apply(broken);
    expect(fixed.pools[0]?.disasterRecovery).toBe(false);
    expect(fixed.pools[0]?.stores.backup).toEqual(noStore);
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
      stores: { ...d.pools[0]!.stores, backup: { ...noStore, mirrorId: 'sql-mgc-mirror' } },
    });
    expect(findingsOf(stale, 'PC-010').map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('PC-011 the pool FQDN of a Standard Edition pool is the server FQDN', () => {
  ruleTester.run('PC-011', {
    valid: [
      { name: 'passes the same FQDN', design: standardEdition() },
      {
        name: 'passes the same FQDN compared as DNS compares names',
        design: withPool(standardEdition(), { fqdn: 'SE01.contoso.com' }),
      },
      { name: 'is silent for a pool on dedicated servers, whatever its FQDN', design: reference() },
    ],
    invalid: [
      {
        name: 'flags another pool FQDN, and the fix sets the server FQDN',
        design: withPool(standardEdition(), { fqdn: 'pchat.contoso.com' }),
        message: 'fqdnDiffers',
        severity: 'error',
        text: 'Pool pchat.contoso.com is collocated on the Standard Edition server se01.contoso.com; its pool FQDN must be se01.contoso.com.',
        elements: ['sepool', 'se1'],
        fixClears: true,
        fixed: (d) => expect(d.pools[0]?.fqdn).toBe('se01.contoso.com'),
      },
    ],
  });
});

describe('PC-012 a Standard Edition pool holds that server only', () => {
  ruleTester.run('PC-012', {
    valid: [{ name: 'passes the Standard Edition server alone', design: standardEdition() }],
    invalid: [
      {
        name: 'flags a second server, names both, and leaves the choice to the planner',
        design: secondServer(standardEdition()),
        message: 'seWithMany',
        severity: 'error',
        names: ['has 2 servers (se01.contoso.com, pchat2.contoso.com)'],
        elements: ['sepool', 'se1', 'se-pc', 'se-pc2'],
        noFix: true,
      },
    ],
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
            primary: noStore,
            backup: { ...noStore, mirrorId: 'gone' },
            compliance: noStore,
            complianceBackup: noStore,
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
