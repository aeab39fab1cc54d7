import { describe, expect, it } from 'vitest';
import type { Design, SqlInstance } from '../../shared/model/types.ts';
import { designSchema } from '../../shared/model/schema.ts';
import { validate } from '../../shared/rules/engine.ts';
import { sqlServerRules } from '../../shared/rules/families/sql-server.ts';
import type { Finding } from '../../shared/rules/types.ts';
import {
  edit,
  findingsOf,
  loadExample,
  lowBandwidth,
  reference,
  withPool,
  withSql,
  withStore,
} from '../support/designs.ts';
import { ruleTester } from '../support/rule-tester.ts';

const sqlOf = (d: Design, id: string) => d.sqlInstances.find((i) => i.id === id)!;

/** Applies the finding's quick fix and returns the corrected design. */
function applyFix(design: Design, finding: Finding | undefined): Design {
  expect(finding?.fix).toBeTruthy();
  return finding!.fix!.apply(design);
}

describe('family F on the shipped examples', () => {
  it('finds no errors in the reference and low-bandwidth layouts', () => {
    for (const d of [reference(), lowBandwidth()]) {
      const errors = validate(d, { rules: sqlServerRules }).filter((f) => f.severity === 'error');
      expect(errors).toEqual([]);
    }
  });

  it('trips the SQL Server rules the broken example was built to break', () => {
    const ids = new Set(
      validate(loadExample('broken').design, { rules: sqlServerRules }).map((f) => f.ruleId),
    );
    expect([...ids].sort()).toEqual(['PC-032', 'PC-034', 'PC-035', 'PC-036', 'PC-038', 'PC-039', 'PC-040']);
  });

  it('does not throw on half-finished designs', () => {
    const empty = designSchema.parse({
      dataCenters: [],
      link: { latencyMs: 0, bandwidthMbps: 0, class: 'high-bandwidth' },
    });
    const d = reference();
    const dangling = withPool(
      {
        ...d,
        sqlInstances: [
          ...edit(d.sqlInstances, 'sql-mgc-mirror', { serverFqdn: '', adDomain: '', mirroringPort: null }),
          { ...sqlOf(d, 'sql-mgc'), id: 'blank', serverFqdn: '', mirroringPort: null },
        ],
      },
      {
        stores: {
          primary: { sqlInstanceId: null, mirrorId: 'sql-mgc-mirror', witnessId: 'nowhere' },
          backup: { sqlInstanceId: 'nowhere', mirrorId: 'missing', witnessId: 'sql-witness2' },
          compliance: { sqlInstanceId: '', mirrorId: null, witnessId: null },
          complianceBackup: { sqlInstanceId: null, mirrorId: null, witnessId: null },
        },
      },
    );
    for (const design of [empty, dangling, { ...d, pools: [] }, { ...d, sqlInstances: [] }]) {
      const findings = validate(design, { rules: sqlServerRules });
      expect(findings.filter((f) => f.messageKey === 'internal-error')).toEqual([]);
    }
  });
});

describe('PC-032 SQL Server 2008 R2 or 2012, Standard or Enterprise, 64-bit', () => {
  it('passes the reference (2012 Enterprise partners, Standard witnesses)', () => {
    expect(findingsOf(reference(), 'PC-032')).toEqual([]);
  });

  it('flags SQL Server 2008 on the backup store, and the fix plans the version of its mirror', () => {
    const broken = withSql(reference(), 'sql-mgc-backup', { version: '2008' });
    const [f, ...rest] = findingsOf(broken, 'PC-032');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('sqlpc2.contoso.com\\PCHAT runs SQL Server 2008');
    expect(f?.elements).toEqual(['sql-mgc-backup', 'pool1']);
    const fixed = applyFix(broken, f);
    expect(sqlOf(fixed, 'sql-mgc-backup').version).toBe('2012');
    expect(findingsOf(fixed, 'PC-032')).toEqual([]);
    expect(findingsOf(fixed, 'PC-035')).toEqual([]);
  });

  it('warns, not errs, on SQL Server 2014: Skype for Business Server 2015 CU6 only', () => {
    const f = findingsOf(withSql(reference(), 'sql-comp-backup', { version: '2014' }), 'PC-032');
    expect(f).toHaveLength(1);
    expect(f[0]?.severity).toBe('warning');
    expect(f[0]?.message).toContain('CU6');
  });

  it('flags the Web edition on a mirror and plans the edition of its principal', () => {
    const broken = withSql(reference(), 'sql-mgc-mirror', { edition: 'web' });
    const [f] = findingsOf(broken, 'PC-032');
    expect(f?.messageKey).toBe('edition');
    expect(f?.fix?.title).toBe('Plan the Enterprise edition for sqlpc1m.contoso.com\\PCHAT');
    const fixed = applyFix(broken, f);
    expect(findingsOf(fixed, 'PC-032')).toEqual([]);
    expect(findingsOf(fixed, 'PC-035')).toEqual([]);
  });

  it('flags a 32-bit instance and the fix makes it 64-bit', () => {
    const broken = withSql(reference(), 'sql-mgc', { is64Bit: false });
    const [f] = findingsOf(broken, 'PC-032');
    expect(f?.messageKey).toBe('bits');
    expect(f?.message).toContain('pchatpool.contoso.com mgc, pchatpool.contoso.com mgccomp');
    expect(findingsOf(applyFix(broken, f), 'PC-032')).toEqual([]);
  });

  it('leaves a witness edition to SQL Server and ignores stores the pool does not use', () => {
    const witness = withSql(reference(), 'sql-witness1', { edition: 'workgroup', is64Bit: false });
    expect(findingsOf(witness, 'PC-032')).toEqual([]);
    const unused = withSql(withPool(reference(), { compliance: false }), 'sql-comp-mirror', {
      edition: 'web',
    });
    expect(findingsOf(unused, 'PC-032')).toEqual([]);
  });
});

describe('PC-033 SQL Server Express only on a Standard Edition server', () => {
  /** PC-011: Persistent Chat on a Standard Edition server, its databases in the local Express instance. */
  const standardEdition = (sqlHost: string): Design => {
    const d = reference();
    const se = 'se1.contoso.com';
    const local = {
      ...sqlOf(d, 'sql-mgc'),
      id: 'sql-local',
      serverFqdn: sqlHost,
      edition: 'express' as const,
    };
    return {
      ...d,
      frontEndPools: [
        ...d.frontEndPools,
        { ...d.frontEndPools[0]!, id: 'se1', fqdn: se, edition: 'standard', machines: [se] },
      ],
      pools: edit(d.pools, 'pool1', {
        fqdn: se,
        computers: 'single',
        compliance: false,
        disasterRecovery: false,
        nextHopId: 'se1',
        stores: {
          ...d.pools[0]!.stores,
          primary: { sqlInstanceId: 'sql-local', mirrorId: null, witnessId: null },
        },
      }),
      servers: [{ ...d.servers[0]!, fqdn: se }],
      sqlInstances: [...d.sqlInstances, local],
    };
  };

  it('passes the reference and Express on the Standard Edition server itself', () => {
    expect(findingsOf(reference(), 'PC-033')).toEqual([]);
    expect(findingsOf(standardEdition('se1.contoso.com'), 'PC-033')).toEqual([]);
  });

  it('flags Express on a separate SQL Server for a single-computer pool', () => {
    const broken = standardEdition('sqlpc9.contoso.com');
    const [f] = findingsOf(broken, 'PC-033');
    expect(f?.messageKey).toBe('notStandardEdition');
    expect(findingsOf(applyFix(broken, f), 'PC-033')).toEqual([]);
  });

  it('flags Express for a mirror, and the fix plans the principal edition', () => {
    const broken = withSql(reference(), 'sql-mgc-mirror', { edition: 'express' });
    const [f, ...rest] = findingsOf(broken, 'PC-033');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.messageKey).toBe('hadr');
    expect(f?.elements).toEqual(['sql-mgc-mirror', 'pool1']);
    const fixed = applyFix(broken, f);
    expect(sqlOf(fixed, 'sql-mgc-mirror').edition).toBe('enterprise');
    expect(findingsOf(fixed, 'PC-033')).toEqual([]);
  });

  it('flags Express for the primary store of a multiple-computer pool', () => {
    const broken = withSql(reference(), 'sql-mgc', { edition: 'express' });
    const [f] = findingsOf(broken, 'PC-033');
    expect(f?.messageKey).toBe('multiple');
    expect(f?.message).toContain('multiple-computer pool pchatpool.contoso.com');
    const fixed = applyFix(broken, f);
    expect(findingsOf(fixed, 'PC-033')).toEqual([]);
    expect(findingsOf(fixed, 'PC-035')).toEqual([]);
  });

  it('flags Express for a backup store even without a mirror', () => {
    const d = withStore(reference(), 'complianceBackup', { mirrorId: null, witnessId: null });
    expect(findingsOf(withSql(d, 'sql-comp-backup', { edition: 'express' }), 'PC-033')[0]?.messageKey).toBe(
      'hadr',
    );
  });
});

describe('PC-034 mirroring needs SQL Server 2008 R2 or later on every participant', () => {
  it('passes the reference', () => {
    expect(findingsOf(reference(), 'PC-034')).toEqual([]);
  });

  it('flags a SQL Server 2008 witness, and the fix plans the version of its partners', () => {
    const broken = withSql(reference(), 'sql-witness1', { version: '2008' });
    const [f, ...rest] = findingsOf(broken, 'PC-034');
    expect(rest).toEqual([]);
    expect(f?.message).toContain('sqlwit1.contoso.com\\WITNESS runs SQL Server 2008');
    expect(f?.message).toContain('pchatpool.contoso.com mgc, pchatpool.contoso.com mgccomp');
    const fixed = applyFix(broken, f);
    expect(findingsOf(fixed, 'PC-034')).toEqual([]);
    expect(findingsOf(fixed, 'PC-035')).toEqual([]);
  });

  it('does not apply to a store that is not mirrored', () => {
    const d = withStore(reference(), 'complianceBackup', { mirrorId: null, witnessId: null });
    expect(findingsOf(withSql(d, 'sql-comp-backup', { version: '2008' }), 'PC-034')).toEqual([]);
  });
});

describe('PC-035 same version on every participant, same edition on the partners', () => {
  it('passes the reference, whose witnesses run Standard beside Enterprise partners', () => {
    expect(findingsOf(reference(), 'PC-035')).toEqual([]);
  });

  it('flags a mirror on another version, and the fix plans the principal version', () => {
    const broken = withSql(reference(), 'sql-mgc-backup-mirror', { version: '2008R2' });
    const [f, ...rest] = findingsOf(broken, 'PC-035');
    expect(rest).toEqual([]);
    expect(f?.messageKey).toBe('version');
    expect(f?.elements).toEqual(['pool1', 'sql-mgc-backup', 'sql-mgc-backup-mirror', 'sql-witness2']);
    const fixed = applyFix(broken, f);
    expect(sqlOf(fixed, 'sql-mgc-backup-mirror').version).toBe('2012');
    expect(findingsOf(fixed, 'PC-035')).toEqual([]);
  });

  it('reports a witness on another version once per mirroring session it watches', () => {
    const f = findingsOf(withSql(reference(), 'sql-witness1', { version: '2008R2' }), 'PC-035');
    expect(f.map((x) => x.params.db)).toEqual(['mgc', 'mgccomp']);
  });

  it('flags a mirror on another edition, and the fix plans the principal edition', () => {
    const broken = withSql(reference(), 'sql-comp-mirror', { edition: 'standard' });
    const [f] = findingsOf(broken, 'PC-035');
    expect(f?.messageKey).toBe('edition');
    expect(f?.message).toContain(
      'sqlpc1.contoso.com\\PCHAT (Enterprise) with mirror sqlcmp1m.contoso.com\\PCHAT (Standard)',
    );
    const fixed = applyFix(broken, f);
    expect(sqlOf(fixed, 'sql-comp-mirror').edition).toBe('enterprise');
    expect(findingsOf(fixed, 'PC-035')).toEqual([]);
  });
});

describe('PC-036 synchronous mirroring only', () => {
  const d = withStore(reference(), 'complianceBackup', { mirrorId: null, witnessId: null });
  ruleTester.run('PC-036', {
    valid: [
      { name: 'passes the reference', design: reference() },
      {
        name: 'ignores the setting on an instance outside any mirroring session',
        design: withSql(d, 'sql-comp-backup-mirror', { mirroringMode: 'asynchronous' }),
      },
    ],
    invalid: [
      {
        name: 'flags an asynchronous mirror and the fix makes it synchronous',
        design: withSql(reference(), 'sql-mgc-mirror', { mirroringMode: 'asynchronous' }),
        message: 'asynchronous',
        severity: 'error',
        names: ['sqlpc1m.contoso.com\\PCHAT is set for asynchronous mirroring'],
        fixClears: true,
      },
    ],
  });
});

describe('PC-037 failover clustering: node limits, and no DR across data centers', () => {
  const cluster = (edition: SqlInstance['edition'], clusterNodes: number, d = reference()) =>
    withSql(d, 'sql-mgc', { availability: 'failover-cluster', edition, clusterNodes });

  it('passes a 2-node Standard and a 16-node Enterprise cluster in a pool with DR', () => {
    expect(findingsOf(cluster('standard', 2), 'PC-037')).toEqual([]);
    expect(findingsOf(cluster('enterprise', 16), 'PC-037')).toEqual([]);
  });

  it('flags a 3-node Standard cluster and the fix plans 2 nodes', () => {
    const broken = cluster('standard', 3);
    const [f, ...rest] = findingsOf(broken, 'PC-037');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('3-node failover cluster on the Standard edition, which allows at most 2');
    const fixed = applyFix(broken, f);
    expect(sqlOf(fixed, 'sql-mgc').clusterNodes).toBe(2);
    expect(findingsOf(fixed, 'PC-037')).toEqual([]);
  });

  it('flags a 17-node Enterprise cluster', () => {
    expect(findingsOf(cluster('enterprise', 17), 'PC-037').map((f) => f.messageKey)).toEqual([
      'tooManyNodes',
    ]);
  });

  it('tells the planner a cluster is no DR when the pool has no backup stores', () => {
    const f = findingsOf(
      cluster('enterprise', 2, withPool(reference(), { disasterRecovery: false })),
      'PC-037',
    );
    expect(f.map((x) => [x.severity, x.messageKey])).toEqual([['info', 'clusterIsNotDr.one']]);
    expect(f[0]!.message).toContain('pchatpool.contoso.com, which has no backup stores');
  });

  it('speaks of two pools in the plural when the cluster holds both', () => {
    const base = withPool(reference(), { disasterRecovery: false });
    const second = { ...base.pools[0]!, id: 'pool2', fqdn: 'pchatpool2.contoso.com' };
    const f = findingsOf(cluster('enterprise', 2, { ...base, pools: [...base.pools, second] }), 'PC-037');
    expect(f.map((x) => x.messageKey)).toEqual(['clusterIsNotDr.other']);
    expect(f[0]!.message).toContain(
      'pchatpool.contoso.com, pchatpool2.contoso.com, which have no backup stores',
    );
  });
});

describe('PC-038 no AlwaysOn Availability Groups', () => {
  const d = withStore(reference(), 'complianceBackup', { mirrorId: null, witnessId: null });
  ruleTester.run('PC-038', {
    valid: [{ name: 'passes the reference', design: reference() }],
    invalid: [
      {
        name: 'flags AlwaysOn on a mirror, and the fix returns it to mirroring',
        design: withSql(reference(), 'sql-mgc-backup-mirror', { availability: 'alwayson' }),
        message: 'alwaysOn',
        severity: 'error',
        fixTitle: 'Use SQL mirroring on sqlpc2m.contoso.com\\PCHAT',
        fixClears: true,
        fixed: (fixed) => expect(sqlOf(fixed, 'sql-mgc-backup-mirror').availability).toBe('mirroring'),
      },
      {
        name: 'makes an unmirrored AlwaysOn store instance stand-alone',
        design: withSql(d, 'sql-comp-backup', { availability: 'alwayson' }),
        message: 'alwaysOn',
        finding: (f) => expect(f.fix?.title).toContain('stand-alone'),
        fixed: (fixed) => expect(sqlOf(fixed, 'sql-comp-backup').availability).toBe('standalone'),
      },
    ],
  });
});

describe('PC-039 primary, mirror and witness in one AD domain', () => {
  it('passes the reference, comparing domains without regard to case', () => {
    expect(findingsOf(reference(), 'PC-039')).toEqual([]);
    expect(findingsOf(withSql(reference(), 'sql-mgc-mirror', { adDomain: 'CONTOSO.COM' }), 'PC-039')).toEqual(
      [],
    );
  });

  it('flags a witness in another domain, and the fix puts it in the principal domain', () => {
    const broken = withSql(reference(), 'sql-witness2', { adDomain: 'fabrikam.com' });
    const f = findingsOf(broken, 'PC-039');
    // sqlwit2 watches both backup stores: two mirroring sessions, two findings.
    expect(f.map((x) => x.params.db)).toEqual(['mgc', 'mgccomp']);
    expect(f[0]?.message).toContain('sqlwit2.contoso.com\\WITNESS fabrikam.com');
    const fixed = applyFix(broken, f[0]);
    expect(sqlOf(fixed, 'sql-witness2').adDomain).toBe('contoso.com');
    expect(findingsOf(fixed, 'PC-039')).toEqual([]);
  });
});

describe('PC-040 mirroring ports', () => {
  it('passes the reference (5022 on partners, 7022 on witnesses)', () => {
    expect(findingsOf(reference(), 'PC-040')).toEqual([]);
  });

  it('flags a witness with no port; the fix sets 7022', () => {
    const broken = withSql(reference(), 'sql-witness1', { mirroringPort: null });
    const [f, ...rest] = findingsOf(broken, 'PC-040');
    expect(rest).toEqual([]);
    expect(f?.messageKey).toBe('missing');
    expect(f?.fix?.title).toBe('Set the mirroring port of sqlwit1.contoso.com\\WITNESS to 7022');
    const fixed = applyFix(broken, f);
    expect(sqlOf(fixed, 'sql-witness1').mirroringPort).toBe(7022);
    expect(findingsOf(fixed, 'PC-040')).toEqual([]);
  });

  it('flags a mirror with no port; the fix sets 5022', () => {
    const broken = withSql(reference(), 'sql-comp-mirror', { mirroringPort: null });
    const fixed = applyFix(broken, findingsOf(broken, 'PC-040')[0]);
    expect(sqlOf(fixed, 'sql-comp-mirror').mirroringPort).toBe(5022);
  });

  it('leaves a port outside 1 to 65535 to the design checks (DSN-008), not a second finding', () => {
    const broken = withSql(reference(), 'sql-mgc-mirror', { mirroringPort: 70000 });
    expect(findingsOf(broken, 'PC-040')).toEqual([]);
  });

  it('flags two instances on one server on the same port; the fix moves the one without a store', () => {
    const d = reference();
    const monitor = { ...sqlOf(d, 'sql-mgc'), id: 'sql-monitor', instanceName: 'MONITOR', monitoring: true };
    const broken = { ...d, sqlInstances: [...d.sqlInstances, monitor] };
    const [f, ...rest] = findingsOf(broken, 'PC-040');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('share mirroring port 5022');
    expect(f?.elements).toEqual(['sql-mgc', 'sql-monitor']);
    const fixed = applyFix(broken, f);
    expect(sqlOf(fixed, 'sql-mgc').mirroringPort).toBe(5022);
    expect(sqlOf(fixed, 'sql-monitor').mirroringPort).toBe(5023);
    expect(findingsOf(fixed, 'PC-040')).toEqual([]);
  });

  it('does not take instances whose server is not named yet for one server', () => {
    let d = withSql(reference(), 'sql-mgc', { serverFqdn: '' });
    d = withSql(d, 'sql-comp-backup', { serverFqdn: '' });
    expect(findingsOf(d, 'PC-040')).toEqual([]);
  });

  it('notes a partner off the default port, and keeps quiet when another instance holds the default', () => {
    const moved = withSql(reference(), 'sql-mgc-mirror', { mirroringPort: 5099 });
    const [f] = findingsOf(moved, 'PC-040');
    expect(f?.severity).toBe('info');
    expect(f?.messageKey).toBe('notDefault');
    expect(findingsOf(applyFix(moved, f), 'PC-040')).toEqual([]);
    const sharedServer = withSql(reference(), 'sql-comp-mirror', {
      serverFqdn: 'sqlpc1m.contoso.com',
      instanceName: 'COMP',
      mirroringPort: 5023,
    });
    expect(findingsOf(sharedServer, 'PC-040')).toEqual([]);
  });
});

describe('PC-041 one witness for several mirror pairs', () => {
  it('warns on the reference, whose witnesses each watch the mgc and the mgccomp pair', () => {
    const f = findingsOf(reference(), 'PC-041');
    expect(f.map((x) => x.params.witness)).toEqual([
      'sqlwit1.contoso.com\\WITNESS',
      'sqlwit2.contoso.com\\WITNESS',
    ]);
    expect(f[0]?.severity).toBe('warning');
  });

  it('is silent with a witness per pair', () => {
    let d = reference();
    const own = (id: string, host: string) => ({ ...sqlOf(d, 'sql-witness1'), id, serverFqdn: host });
    d = {
      ...d,
      sqlInstances: [...d.sqlInstances, own('w3', 'sqlwit3.contoso.com'), own('w4', 'sqlwit4.contoso.com')],
    };
    d = withStore(withStore(d, 'compliance', { witnessId: 'w3' }), 'complianceBackup', { witnessId: 'w4' });
    expect(findingsOf(d, 'PC-041')).toEqual([]);
  });
});

describe('PC-042 a witness only together with its mirror', () => {
  ruleTester.run('PC-042', {
    valid: [{ name: 'passes the reference', design: reference() }],
    invalid: [
      {
        name: 'flags a witness left without a mirror, and the fix removes the witness',
        design: withStore(reference(), 'backup', { mirrorId: null }),
        message: 'witnessWithoutMirror',
        names: ['has witness sqlwit2.contoso.com\\WITNESS but no mirror'],
        fixClears: true,
        fixed: (fixed) =>
          expect(fixed.pools[0]?.stores.backup).toEqual({
            sqlInstanceId: 'sql-mgc-backup',
            mirrorId: null,
            witnessId: null,
          }),
      },
    ],
  });
});

describe('PC-043 mirrored databases need regular log backups', () => {
  it('passes the reference, whose log shipping backs the log up', () => {
    expect(findingsOf(reference(), 'PC-043')).toEqual([]);
  });

  it('warns for each mirrored store of a pool without log shipping', () => {
    const f = findingsOf(withPool(reference(), { disasterRecovery: false }), 'PC-043');
    expect(f.map((x) => [x.severity, x.params.db])).toEqual([
      ['warning', 'mgc'],
      ['warning', 'mgccomp'],
    ]);
  });

  it('is silent for an unmirrored store', () => {
    let d = withPool(reference(), { disasterRecovery: false, compliance: false });
    d = withStore(d, 'primary', { mirrorId: null, witnessId: null });
    expect(findingsOf(d, 'PC-043')).toEqual([]);
  });
});
