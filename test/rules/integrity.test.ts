import { describe, expect, it } from 'vitest';
import type { Design } from '../../shared/model/types.ts';
import { validate } from '../../shared/rules/engine.ts';
import { integrityRules } from '../../shared/rules/families/integrity/index.ts';
import { emptyDesign } from '../support/generate.ts';
import {
  edit,
  findingsOf,
  loadExample,
  lowBandwidth,
  reference,
  withLogShipping,
  withPool,
} from '../support/designs.ts';
import { ruleTester } from '../support/rule-tester.ts';

const integrityOf = (d: Design) => validate(d, { rules: integrityRules });

describe('the designs the designer ships and starts from', () => {
  it('hang together: the layouts give no integrity finding', () => {
    expect(integrityOf(reference())).toEqual([]);
    expect(integrityOf(lowBandwidth())).toEqual([]);
  });

  it('an empty canvas gives none either', () => {
    expect(integrityOf(emptyDesign)).toEqual([]);
    expect(integrityOf({ ...emptyDesign, dataCenters: reference().dataCenters })).toEqual([]);
  });

  it('the broken example trips DSN-011 (sqlpc2 in both data centers) and DSN-016 (no backup compliance store)', () => {
    const f = integrityOf(loadExample('broken').design);
    expect(f.map((x) => `${x.ruleId} ${x.messageKey}`)).toEqual([
      'DSN-011 split',
      'DSN-016 noComplianceBackup',
    ]);
    expect(f[0]?.message).toContain('sqlpc2.contoso.com is placed in Dallas / Atlanta');
  });
});

describe('DSN-001 references point to something', () => {
  ruleTester.run('DSN-001', {
    invalid: [
      {
        name: 'flags a next hop that was deleted; the fix clears it',
        design: withPool(reference(), { nextHopId: 'fe-gone' }),
        message: 'dangling.nextHop',
        severity: 'error',
        text: 'The next hop of pchatpool.contoso.com refers to "fe-gone", which is not in the design.',
        fixTitle: 'Clear the next hop of pchatpool.contoso.com',
        fixClears: true,
        fixed: (fixed) => expect(fixed.pools[0]?.nextHopId).toBeNull(),
      },
    ],
  });

  it('covers store parts, log-shipping shares, data centers and Back End pools', () => {
    const d = withLogShipping(
      withPool(reference(), {
        stores: {
          ...reference().pools[0]!.stores,
          backup: { sqlInstanceId: 'sql-gone', mirrorId: null, witnessId: null },
        },
      }),
      { copyShareId: 'share-gone' },
    );
    const broken: Design = {
      ...d,
      servers: edit(d.servers, 'pc8', { dataCenterId: 'dc9' }),
      sqlInstances: edit(d.sqlInstances, 'sql-mgc', { backEndPoolIds: ['fe1', 'be-gone'] }),
    };
    const found = findingsOf(broken, 'DSN-001');
    expect(found.map((f) => f.messageKey).sort()).toEqual(
      [
        'dangling.backEndPool',
        'dangling.backup.instance',
        'dangling.dataCenter',
        'dangling.logCopyShare',
      ].sort(),
    );
    const fixed = found.reduce((acc, f) => f.fix!.apply(acc), broken);
    expect(findingsOf(fixed, 'DSN-001')).toEqual([]);
    expect(fixed.sqlInstances.find((i) => i.id === 'sql-mgc')?.backEndPoolIds).toEqual(['fe1']);
    expect(fixed.pools[0]?.logShipping.copyShareId).toBeNull();
  });

  it('speaks Spanish too', () => {
    const es = validate(withPool(reference(), { nextHopId: 'fe-gone' }), {
      locale: 'es',
      rules: integrityRules,
    });
    expect(es[0]?.message).toBe(
      'El próximo salto de pchatpool.contoso.com hace referencia a «fe-gone», que no está en el diseño.',
    );
  });
});

describe('DSN-002 references point to the right kind of element', () => {
  ruleTester.run('DSN-002', {
    invalid: [
      {
        name: 'flags a Persistent Chat pool given as a next hop; the fix clears it',
        design: withPool(reference(), { nextHopId: 'pool1' }),
        message: 'wrongKind.nextHop',
        text: 'The next hop of pchatpool.contoso.com refers to pchatpool.contoso.com, which is not a Front End pool.',
        elements: ['pool1', 'pool1'],
        fixClears: true,
      },
    ],
  });

  it('flags a share given as the file store and a server given as a store', () => {
    const d = withPool(reference(), { fileStoreId: 'share-logs' });
    const broken = withPool(d, {
      stores: { ...d.pools[0]!.stores, primary: { ...d.pools[0]!.stores.primary, witnessId: 'pc1' } },
    });
    const found = findingsOf(broken, 'DSN-002');
    expect(found.map((f) => f.messageKey)).toEqual(['wrongKind.fileStore', 'wrongKind.primary.witness']);
    expect(found[1]?.message).toContain(
      'The witness of the primary store of pchatpool.contoso.com refers to pchat1',
    );
    expect(found[1]?.message).toContain('which is not a SQL Server instance');
  });
});

describe('DSN-003 FQDNs are valid DNS names', () => {
  const d = reference();
  ruleTester.run('DSN-003', {
    invalid: [
      {
        name: 'says that a PowerShell variable stands where a name belongs',
        design: { ...d, servers: edit(d.servers, 'pc1', { fqdn: '$SkypeFQDN' }) },
        message: 'scriptVariable.server',
        severity: 'error',
        names: ['"$SkypeFQDN" of a Persistent Chat server holds a PowerShell variable'],
        elements: ['pc1'],
      },
      {
        name: 'trims stray spaces as a fix',
        design: {
          ...d,
          sqlInstances: edit(d.sqlInstances, 'sql-mgc', { serverFqdn: ' sqlpc1.contoso.com ' }),
        },
        message: 'invalid.sqlInstance.spaces',
        text: 'The server FQDN " sqlpc1.contoso.com " of a SQL Server instance has spaces around it.',
        fixClears: true,
        fixed: (fixed) =>
          expect(fixed.sqlInstances.find((i) => i.id === 'sql-mgc')?.serverFqdn).toBe('sqlpc1.contoso.com'),
      },
    ],
  });

  it('checks every Front End machine and explains in Spanish', () => {
    const d = reference();
    const broken = {
      ...d,
      frontEndPools: edit(d.frontEndPools, 'fe2', { machines: ['fe2-01.contoso.com', 'fe2-02'] }),
    };
    const [f] = findingsOf(broken, 'DSN-003');
    expect(f?.message).toBe(
      'The machine FQDN "fe2-02" in Front End pool fepool2.contoso.com is a single label, not a fully qualified domain name.',
    );
    expect(f?.fix).toBeNull();
    const es = validate(broken, { locale: 'es', rules: integrityRules });
    expect(es[0]?.message).toContain('es una sola etiqueta, no un nombre de dominio completo');
  });
});

describe('DSN-004 one FQDN per server, pool and Front End pool', () => {
  const d = reference();
  ruleTester.run('DSN-004', {
    invalid: [
      {
        name: 'flags two servers with one name, whatever the case',
        design: { ...d, servers: edit(d.servers, 'pc2', { fqdn: 'PCHAT1.contoso.com' }) },
        message: 'duplicate.server',
        names: ['2 Persistent Chat servers have the FQDN pchat1.contoso.com'],
        elements: ['pc1', 'pc2'],
      },
    ],
  });

  it('flags one machine listed in two Front End pools but not a Standard Edition server naming itself', () => {
    const d = reference();
    const twice = { ...d, frontEndPools: edit(d.frontEndPools, 'fe2', { machines: ['fe1-01.contoso.com'] }) };
    expect(findingsOf(twice, 'DSN-004')[0]?.elements).toEqual(['fe1', 'fe2']);
    const se = {
      ...d,
      frontEndPools: edit(d.frontEndPools, 'fe2', {
        edition: 'standard' as const,
        machines: ['fepool2.contoso.com'],
      }),
    };
    expect(findingsOf(se, 'DSN-004')).toEqual([]);
  });
});

describe('DSN-005 one SQL instance per server and instance name', () => {
  it('flags the same named instance twice, ignoring case', () => {
    const d = reference();
    const broken = {
      ...d,
      sqlInstances: edit(d.sqlInstances, 'sql-comp-mirror', {
        serverFqdn: 'SQLPC1M.contoso.com',
        instanceName: 'pchat',
      }),
    };
    const [f] = findingsOf(broken, 'DSN-005');
    expect(f?.message).toContain('2 SQL Server instances are all sqlpc1m.contoso.com\\PCHAT');
    expect(f?.elements).toEqual(['sql-mgc-mirror', 'sql-comp-mirror']);
  });

  it('accepts two instances on one server with different names', () => {
    const d = reference();
    const two = {
      ...d,
      sqlInstances: edit(d.sqlInstances, 'sql-comp-mirror', {
        serverFqdn: 'sqlpc1m.contoso.com',
        instanceName: 'COMP',
      }),
    };
    expect(findingsOf(two, 'DSN-005')).toEqual([]);
  });
});

describe('DSN-006 everything stands in a data center', () => {
  it('warns about an unplaced share and places it beside the rest of its computer', () => {
    const d = reference();
    const broken = { ...d, shares: edit(d.shares, 'share-logcopy', { dataCenterId: null }) };
    const [f] = findingsOf(broken, 'DSN-006');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain(
      'The share \\\\sqlpc2.contoso.com\\pchatlogcopy is not placed in any data center',
    );
    expect(f?.fix?.title).toBe('Place it in Houston, beside the rest of sqlpc2.contoso.com');
    const fixed = f!.fix!.apply(broken);
    expect(fixed.shares.find((s) => s.id === 'share-logcopy')?.dataCenterId).toBe('dc2');
    expect(findingsOf(fixed, 'DSN-006')).toEqual([]);
  });

  it('offers no guess for a server alone on its computer', () => {
    const d = reference();
    const [f] = findingsOf({ ...d, servers: edit(d.servers, 'pc3', { dataCenterId: null }) }, 'DSN-006');
    expect(f?.elements).toEqual(['pc3']);
    expect(f?.fix).toBeNull();
  });
});

describe('DSN-007 every server belongs to a pool', () => {
  it('warns about a loose server and, with one pool, adds it there', () => {
    const d = reference();
    const broken = { ...d, servers: edit(d.servers, 'pc8', { poolId: null }) };
    const [f] = findingsOf(broken, 'DSN-007');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('pchat8.contoso.com belongs to no pool');
    const fixed = f!.fix!.apply(broken);
    expect(findingsOf(fixed, 'DSN-007')).toEqual([]);
  });

  it('leaves the choice to the planner when there are several pools', () => {
    const d = reference();
    const broken = {
      ...d,
      pools: [...d.pools, { ...d.pools[0]!, id: 'pool2', fqdn: 'pchat2.contoso.com' }],
      servers: edit(d.servers, 'pc8', { poolId: null }),
    };
    expect(findingsOf(broken, 'DSN-007')[0]?.fix).toBeNull();
  });
});

describe('DSN-008 ports are 1 to 65535', () => {
  it('flags an impossible pool port and resets it to 5041', () => {
    const broken = withPool(reference(), { port: 0 });
    const [f] = findingsOf(broken, 'DSN-008');
    expect(f?.message).toBe('The Persistent Chat port 0 of pchatpool.contoso.com is outside 1 to 65535.');
    expect(findingsOf(f!.fix!.apply(broken), 'DSN-008')).toEqual([]);
  });

  it('resets a witness mirroring port to 7022 and a mirror port to 5022', () => {
    const d = reference();
    const broken = {
      ...d,
      sqlInstances: edit(edit(d.sqlInstances, 'sql-witness2', { mirroringPort: 70000 }), 'sql-mgc-mirror', {
        mirroringPort: 50.5,
      }),
    };
    const found = findingsOf(broken, 'DSN-008');
    expect(found.map((f) => f.fix?.title)).toEqual([
      'Use the default port 5022',
      'Use the default port 7022',
    ]);
    const fixed = found.reduce((acc, f) => f.fix!.apply(acc), broken);
    expect(fixed.sqlInstances.find((i) => i.id === 'sql-witness2')?.mirroringPort).toBe(7022);
    expect(findingsOf(fixed, 'DSN-008')).toEqual([]);
  });

  it('accepts an instance outside any mirroring relation (no port)', () => {
    const d = reference();
    expect(
      findingsOf({ ...d, sqlInstances: edit(d.sqlInstances, 'sql-mgc', { mirroringPort: null }) }, 'DSN-008'),
    ).toEqual([]);
  });
});

describe('DSN-009 log-shipping minutes are possible', () => {
  it('flags a zero copy interval and sets it to the backup interval', () => {
    const broken = withLogShipping(reference(), { backupIntervalMinutes: 20, copyIntervalMinutes: 0 });
    const [f] = findingsOf(broken, 'DSN-009');
    expect(f?.message).toContain('log copy interval of pool pchatpool.contoso.com (0 minutes) is zero');
    const fixed = f!.fix!.apply(broken);
    expect(fixed.pools[0]?.logShipping.copyIntervalMinutes).toBe(20);
    expect(findingsOf(fixed, 'DSN-009')).toEqual([]);
  });

  it('flags a negative backup interval and a restore delay over a week', () => {
    const broken = withLogShipping(reference(), { backupIntervalMinutes: -5, restoreDelayMinutes: 20_000 });
    const found = findingsOf(broken, 'DSN-009');
    expect(found.map((f) => f.messageKey)).toEqual([
      'badMinutes.backupIntervalMinutes.negative',
      'badMinutes.restoreDelayMinutes.overWeek',
    ]);
    const fixed = found.reduce((acc, f) => f.fix!.apply(acc), broken);
    expect(fixed.pools[0]?.logShipping).toMatchObject({ backupIntervalMinutes: 15, restoreDelayMinutes: 0 });
    expect(findingsOf(fixed, 'DSN-009')).toEqual([]);
  });

  it('accepts the documented zero restore delay', () => {
    expect(findingsOf(withLogShipping(reference(), { restoreDelayMinutes: 0 }), 'DSN-009')).toEqual([]);
  });
});

describe('DSN-010 a DR pool needs exactly two data centers', () => {
  it('flags one data center and three', () => {
    const d = reference();
    const one = { ...d, dataCenters: d.dataCenters.slice(0, 1) };
    expect(findingsOf(one, 'DSN-010')[0]?.message).toContain('the design has 1 data center.');
    expect(validate(one, { locale: 'es' }).find((f) => f.ruleId === 'DSN-010')?.message).toContain(
      'el diseño tiene 1 centro de datos.',
    );
    const three = {
      ...d,
      dataCenters: [...d.dataCenters, { ...d.dataCenters[0]!, id: 'dc3', name: 'Austin' }],
    };
    expect(findingsOf(three, 'DSN-010')).toHaveLength(1);
  });

  it('does not ask a pool without disaster recovery for a second data center', () => {
    const d = withPool(reference(), { disasterRecovery: false });
    expect(findingsOf({ ...d, dataCenters: d.dataCenters.slice(0, 1) }, 'DSN-010')).toEqual([]);
  });
});

describe('DSN-011 one computer, one data center', () => {
  it('flags a share placed away from the SQL instance on the same computer', () => {
    const d = reference();
    const broken = { ...d, shares: edit(d.shares, 'share-logcopy', { dataCenterId: 'dc1' }) };
    const [f] = findingsOf(broken, 'DSN-011');
    expect(f?.severity).toBe('error');
    expect(f?.elements).toEqual(['sql-mgc-backup', 'share-logcopy']);
  });

  it('accepts several elements on one computer in one data center (fs1 holds a store and two shares)', () => {
    expect(findingsOf(reference(), 'DSN-011')).toEqual([]);
  });
});

describe('DSN-012 SQL instance names', () => {
  it('turns the reserved MSSQLSERVER into the default instance', () => {
    const d = reference();
    const broken = { ...d, sqlInstances: edit(d.sqlInstances, 'sql-mgc', { instanceName: 'MSSQLSERVER' }) };
    const [f] = findingsOf(broken, 'DSN-012');
    expect(f?.message).toContain('is a reserved name');
    const fixed = f!.fix!.apply(broken);
    expect(fixed.sqlInstances.find((i) => i.id === 'sql-mgc')?.instanceName).toBe('');
    expect(findingsOf(fixed, 'DSN-012')).toEqual([]);
  });

  it('flags characters an instance name cannot hold, without a guess', () => {
    const d = reference();
    const [f] = findingsOf(
      { ...d, sqlInstances: edit(d.sqlInstances, 'sql-mgc', { instanceName: 'P CHAT' }) },
      'DSN-012',
    );
    expect(f?.fix).toBeNull();
  });
});

describe('DSN-013 share names', () => {
  it('says that a PowerShell variable stands where a share name belongs', () => {
    const d = reference();
    const broken = { ...d, fileStores: edit(d.fileStores, 'fs2', { shareName: '$CSShareName' }) };
    const [f] = findingsOf(broken, 'DSN-013');
    expect(f?.messageKey).toBe('scriptVariable.fileStore');
    expect(f?.message).toContain(
      '"$CSShareName" of the file store on fs2.contoso.com holds a PowerShell variable',
    );
  });

  it('flags a path given as a share name', () => {
    const d = reference();
    const [f] = findingsOf(
      { ...d, shares: edit(d.shares, 'share-logs', { shareName: 'logs/pchat' }) },
      'DSN-013',
    );
    expect(f?.message).toContain('must be a share name, not a path');
  });
});

describe('DSN-014 ids are unique', () => {
  it('flags two elements with one id', () => {
    const d = reference();
    const broken = { ...d, servers: [...d.servers, { ...d.servers[0]!, fqdn: 'pchat9.contoso.com' }] };
    const [f] = findingsOf(broken, 'DSN-014');
    expect(f?.message).toContain('The id "pc1" is used by 2 elements');
  });
});

describe('DSN-015 link figures and settings', () => {
  it('flags a negative latency', () => {
    const d = reference();
    expect(findingsOf({ ...d, link: { ...d.link, latencyMs: -1 } }, 'DSN-015')[0]?.messageKey).toBe(
      'link.latencyMs',
    );
  });

  it('flags a schedule tolerance under 1 and resets it', () => {
    const d = reference();
    const broken = { ...d, settings: { ...d.settings, logShippingScheduleTolerance: 0.5 } };
    const [f] = findingsOf(broken, 'DSN-015');
    expect(f?.message).toContain('logShippingScheduleTolerance is 0.5');
    const fixed = f!.fix!.apply(broken);
    expect(fixed.settings.logShippingScheduleTolerance).toBe(2);
    expect(findingsOf(fixed, 'DSN-015')).toEqual([]);
  });
});

describe('half-finished designs', () => {
  it('a pool with nothing chosen yet crashes no rule of these families', () => {
    const d = reference();
    const none = { sqlInstanceId: null, mirrorId: null, witnessId: null };
    const bare: Design = {
      ...d,
      pools: [
        {
          ...d.pools[0]!,
          fqdn: '',
          nextHopId: null,
          fileStoreId: null,
          mirroringShareId: null,
          stores: { primary: none, backup: none, compliance: none, complianceBackup: none },
          logShipping: { ...d.pools[0]!.logShipping, backupShareId: null, copyShareId: null },
        },
      ],
      servers: [{ ...d.servers[0]!, fqdn: '', poolId: 'pool1', dataCenterId: null }],
      sqlInstances: [],
      fileStores: [],
      shares: [],
    };
    const found = validate(bare);
    expect(found.filter((f) => f.messageKey === 'internal-error')).toEqual([]);
    expect(found.some((f) => f.ruleId === 'DSN-003')).toBe(true);
  });
});

describe('DSN-016 what the Define New Persistent Chat Pool wizard requires', () => {
  const r = reference();
  const noStores = { sqlInstanceId: null, mirrorId: null, witnessId: null };
  /** The reference with its primary mgc store and mirror taken away; sqlpc1m then holds nothing. */
  const noPrimary = withPool(r, {
    stores: { ...r.pools[0]!.stores, primary: noStores },
    compliance: false,
  });
  ruleTester.run('DSN-016', {
    valid: [
      { name: 'passes the reference design', design: r },
      { name: 'passes the low-bandwidth design', design: lowBandwidth() },
      {
        name: 'asks no backup compliance store of a pool without disaster recovery',
        design: withPool(r, {
          disasterRecovery: false,
          stores: { ...r.pools[0]!.stores, complianceBackup: noStores },
        }),
      },
    ],
    invalid: [
      {
        name: 'flags a pool without a SQL Server store, and assigns the only instance that holds nothing',
        design: noPrimary,
        message: 'noStore',
        severity: 'error',
        names: ['pchatpool.contoso.com has no SQL Server store', 'wizard cannot finish'],
        elements: ['pool1'],
        fixTitle:
          'Use sqlpc1m.contoso.com\\PCHAT, the only SQL Server instance that holds nothing yet, as the SQL Server store of pchatpool.contoso.com',
        fixClears: true,
      },
      {
        name: 'offers no store when two instances hold nothing: the choice is the planner’s',
        design: withPool(noPrimary, { stores: { ...noPrimary.pools[0]!.stores, compliance: noStores } }),
        message: 'noStore',
        noFix: true,
      },
      {
        name: 'flags compliance with disaster recovery but no backup compliance store',
        design: withPool(r, {
          stores: {
            ...r.pools[0]!.stores,
            complianceBackup: { ...r.pools[0]!.stores.complianceBackup, sqlInstanceId: null },
          },
        }),
        message: 'noComplianceBackup',
        names: ['compliance backup page'],
        // sqlcmp2 then holds nothing and stands beside the backup store.
        fixTitle:
          'Use sqlcmp2.contoso.com\\PCHAT, the only SQL Server instance that holds nothing yet, as the backup compliance store of pchatpool.contoso.com',
        fixClears: true,
      },
      {
        name: 'flags a pool without a display name',
        design: withPool(r, { displayName: '  ' }),
        message: 'noDisplayName',
        names: ['Display name of the Persistent Chat pool'],
        noFix: true,
      },
      {
        name: 'flags a pool without servers',
        design: { ...r, servers: [] },
        message: 'noServers',
        noFix: true,
      },
    ],
  });

  it('makes the wizard’s missing store an error the CLI refuses to export', () => {
    const f = validate(noPrimary).filter((x) => x.severity === 'error');
    expect(f.map((x) => x.ruleId)).toEqual(['DSN-016']);
  });
});

describe('DSN-017 a time zone is a Windows or an IANA name', () => {
  ruleTester.run('DSN-017', {
    valid: [
      { name: 'passes Windows names (the reference)', design: reference() },
      {
        name: 'passes IANA names and aliases, and an empty one (unfinished)',
        design: {
          ...reference(),
          dataCenters: edit(edit(reference().dataCenters, 'dc1', { timeZone: 'US/Central' }), 'dc2', {
            timeZone: '',
          }),
        },
      },
    ],
    invalid: [
      {
        name: 'names the data center and the field of a name that is neither',
        design: {
          ...reference(),
          dataCenters: edit(reference().dataCenters, 'dc2', { timeZone: 'Central Time ' }),
        },
        message: 'unknown',
        severity: 'warning',
        text: 'The time zone of data center Houston, "Central Time", is neither a Windows time zone name (such as Central Standard Time) nor an IANA one (such as America/Chicago), so PC-019 cannot compare it with the next hop’s.',
        elements: ['dc2'],
        noFix: true,
      },
    ],
  });
});
