import { describe, expect, it } from 'vitest';
import type { Design } from '../../shared/model/types.ts';
import { validate } from '../../shared/rules/engine.ts';
import { placementRules } from '../../shared/rules/families/placement/index.ts';
import type { Finding } from '../../shared/rules/types.ts';
import {
  edit,
  findingsOf,
  loadExample,
  lowBandwidth,
  reference,
  withPool,
  withServers,
  withSql as withInstance,
  withStore,
  noStore,
  withSecondPool,
} from '../support/designs.ts';
import { ruleTester } from '../support/rule-tester.ts';

const placementIds = Array.from({ length: 10 }, (_, i) => `PC-0${22 + i}`);
/** Message keys that are fix titles, not findings. */
const fixTitles = new Set([
  'useBackup',
  'swap',
  'idle',
  'declareLow',
  'makeActive',
  'moveMirror',
  'useNextHop',
  'moveWitness',
  'moveBackup',
  'move',
]);
const placementFindings = (d: Design): Finding[] =>
  validate(d).filter((f) => placementIds.includes(f.ruleId));

const dcOf = (d: Design, id: string) => d.sqlInstances.find((i) => i.id === id)?.dataCenterId;
const activeIn = (d: Design, dc: string) =>
  d.servers.filter((s) => s.state === 'active' && s.dataCenterId === dc).map((s) => s.id);

/** Applies the first fix of `ruleId` until the rule has nothing left to fix (bounded). */
function applyAllFixes(d: Design, ruleId: string): Design {
  for (let i = 0; i < 10; i++) {
    const fix = findingsOf(d, ruleId).find((f) => f.fix)?.fix;
    if (!fix) return d;
    d = fix.apply(d);
  }
  throw new Error(`${ruleId} fixes did not converge`);
}

describe('the shipped examples', () => {
  it('give no placement errors or warnings on the reference and low-bandwidth layouts', () => {
    for (const d of [reference(), lowBandwidth()]) {
      const f = placementFindings(d);
      expect(f.filter((x) => x.severity !== 'info').map((x) => x.message)).toEqual([]);
      // The only note is PC-031: both examples use compliance with disaster recovery.
      expect(f.map((x) => x.ruleId)).toEqual(['PC-031']);
    }
  });

  it('trip PC-022, PC-025, PC-027 and PC-028 on the broken example', () => {
    const f = placementFindings(loadExample('broken').design);
    const errors = f.filter((x) => x.severity === 'error');
    expect([...new Set(errors.map((x) => x.ruleId))]).toEqual(['PC-022', 'PC-025', 'PC-027', 'PC-028']);
    expect(errors.filter((x) => x.ruleId === 'PC-022')).toHaveLength(4);
  });
});

/** A second pool whose only store is a compliance store on `instance`. */
function secondPoolComplianceOn(d: Design, instance: string): Design {
  return withSecondPool(d, {
    fqdn: 'pchat-eu.contoso.com',
    disasterRecovery: false,
    stores: {
      primary: noStore,
      backup: noStore,
      compliance: { ...noStore, sqlInstanceId: instance },
      complianceBackup: noStore,
    },
  });
}

describe('placement messages', () => {
  it('fill every placeholder in English and Spanish, fix titles included', () => {
    const r = reference();
    const designs = [
      loadExample('broken').design,
      { ...r, link: { ...r.link, latencyMs: 30 } },
      withServers(r, { pc3: { state: 'active' } }),
      withServers(lowBandwidth(), { pc4: { state: 'idle' }, pc7: { poolId: null }, pc8: { poolId: null } }),
      withStore(withStore(r, 'backup', { mirrorId: 'sql-mgc-mirror' }), 'compliance', {
        mirrorId: 'sql-mgc-mirror',
      }),
      withStore(withInstance(r, 'sql-witness1', { dataCenterId: 'dc2' }), 'primary', { witnessId: null }),
      withInstance(withInstance(r, 'sql-comp-mirror', { dataCenterId: 'dc2' }), 'sql-comp-backup', {
        dataCenterId: 'dc1',
      }),
      withPool(r, { nextHopId: 'fe2' }),
      withInstance(r, 'sql-witness1', { dataCenterId: 'dc2' }),
      withInstance(r, 'sql-witness2', { dataCenterId: 'dc1' }),
      withStore(r, 'backup', { sqlInstanceId: null }),
      withStore(r, 'backup', noStore),
      withStore(r, 'backup', { sqlInstanceId: 'sql-mgc' }),
      withStore(r, 'backup', { sqlInstanceId: 'sql-mgc-mirror', mirrorId: null }),
      withStore(r, 'compliance', { sqlInstanceId: 'sql-comp-backup' }),
      withStore(withStore(r, 'primary', { mirrorId: 'sql-mgc' }), 'backup', { mirrorId: 'sql-mgc' }),
      withStore(r, 'backup', { mirrorId: 'sql-mgc-backup' }),
      withStore(r, 'compliance', { sqlInstanceId: 'sql-mgc-mirror' }),
      withStore(r, 'complianceBackup', { sqlInstanceId: 'sql-mgc-backup' }),
      withStore(r, 'complianceBackup', { mirrorId: 'sql-mgc-backup-mirror' }),
      // PC-024 in each number: two idle in Dallas; 1, 0 or 4 standbys.
      withServers(lowBandwidth(), { pc3: { state: 'idle' }, pc4: { state: 'idle' } }),
      { ...lowBandwidth(), servers: lowBandwidth().servers.filter((s) => s.id === 'pc1') },
      { ...lowBandwidth(), servers: lowBandwidth().servers.filter((s) => s.dataCenterId === 'dc1') },
      {
        ...lowBandwidth(),
        servers: lowBandwidth().servers.filter((s) => !['pc6', 'pc7', 'pc8'].includes(s.id)),
      },
      // PC-029: each dedicated instance holding each kind of other database.
      ...['sql-mgc-mirror', 'sql-mgc-backup', 'sql-mgc-backup-mirror'].flatMap((id) => [
        withInstance(r, id, { monitoring: true, archiving: true, backEndPoolIds: ['fe2'] }),
        secondPoolComplianceOn(r, id),
      ]),
    ];
    const seen = new Set<string>();
    for (const d of designs) {
      for (const locale of ['en', 'es'] as const) {
        for (const f of validate(d, { locale }).filter((x) => placementIds.includes(x.ruleId))) {
          seen.add(`${f.ruleId} ${f.messageKey}`);
          expect(f.message, `${locale} ${f.ruleId} ${f.messageKey}`).not.toMatch(/\{\w+\}/);
          expect(f.fix?.title ?? '', `${locale} ${f.ruleId} fix`).not.toMatch(/\{\w+\}/);
        }
      }
    }
    // Every message of every placement rule was rendered at least once above.
    const keys = placementRules.flatMap((rule) =>
      Object.keys(rule.messages)
        .filter((k) => !fixTitles.has(k))
        .map((k) => `${rule.id} ${k}`),
    );
    expect(keys.filter((k) => !seen.has(k))).toEqual([]);
  });
});

describe('PC-022 active servers beside the primary store on a low-bandwidth link', () => {
  it('lets active servers sit in both data centers over a high-bandwidth link', () => {
    expect(findingsOf(reference(), 'PC-022')).toEqual([]);
  });

  it('passes the low-bandwidth layout with every active server beside the primary store', () => {
    expect(findingsOf(lowBandwidth(), 'PC-022')).toEqual([]);
  });

  it('flags each active server away from the primary store, and the fixes swap in idle servers', () => {
    const broken: Design = {
      ...reference(),
      link: { latencyMs: 45, bandwidthMbps: 200, class: 'low-bandwidth' },
    };
    const f = findingsOf(broken, 'PC-022');
    expect(f.map((x) => x.elements[1])).toEqual(['pc5', 'pc6']);
    expect(f[0]?.severity).toBe('error');
    expect(f[0]?.message).toContain('pchat5.contoso.com of pool pchatpool.contoso.com is in Houston');
    expect(f[0]?.message).toContain('sqlpc1.contoso.com\\PCHAT is in Dallas');
    expect(f[0]?.message).toContain('45 ms, 200 Mbit/s');
    expect(f[0]?.elements).toEqual(['pool1', 'pc5', 'sql-mgc']);
    expect(f[0]?.fix?.title).toBe('Make pchat5.contoso.com idle and pchat3.contoso.com active');

    const once = f[0]!.fix!.apply(broken);
    expect(findingsOf(once, 'PC-022').map((x) => x.elements[1])).toEqual(['pc6']);
    const fixed = applyAllFixes(broken, 'PC-022');
    expect(findingsOf(fixed, 'PC-022')).toEqual([]);
    expect(activeIn(fixed, 'dc1')).toEqual(['pc1', 'pc2', 'pc3', 'pc4']);
    expect(activeIn(fixed, 'dc2')).toEqual([]);
  });

  it('only idles the server when no idle server is left beside the primary store', () => {
    const broken = withServers(lowBandwidth(), { pc5: { state: 'active' } });
    const [f, ...rest] = findingsOf(broken, 'PC-022');
    expect(rest).toEqual([]);
    expect(f?.fix?.title).toBe('Make pchat5.contoso.com idle');
    const fixed = f!.fix!.apply(broken);
    expect(findingsOf(fixed, 'PC-022')).toEqual([]);
    expect(fixed.servers.filter((s) => s.state === 'active')).toHaveLength(4);
  });

  it('does nothing when its fix is applied to a design where the server is already idle', () => {
    const broken = withServers(lowBandwidth(), { pc5: { state: 'active' }, pc4: { state: 'idle' } });
    const fix = findingsOf(broken, 'PC-022')[0]!.fix!;
    const fixed = fix.apply(broken);
    expect(activeIn(fixed, 'dc1')).toEqual(['pc1', 'pc2', 'pc3', 'pc4']);
    expect(fix.apply(fixed)).toBe(fixed);
  });

  it('warns when a declared high-bandwidth link misses the thresholds, and treats it as low-bandwidth', () => {
    const d = reference();
    const broken: Design = { ...d, link: { ...d.link, latencyMs: 30 } };
    const f = findingsOf(broken, 'PC-022');
    const warning = f.find((x) => x.messageKey === 'linkContradiction');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toContain('between Dallas and Houston');
    expect(warning?.message).toContain('(30 ms, 10,000 Mbit/s)');
    expect(warning?.message).toContain('at most 20 ms and at least 1,000 Mbit/s');
    expect(warning?.elements).toEqual(['dc1', 'dc2']);
    // The figures win: the servers active in Houston are errors too.
    expect(f.filter((x) => x.messageKey === 'activeAway').map((x) => x.elements[1])).toEqual(['pc5', 'pc6']);

    const declared = warning!.fix!.apply(broken);
    expect(declared.link.class).toBe('low-bandwidth');
    expect(findingsOf(declared, 'PC-022').map((x) => x.messageKey)).toEqual(['activeAway', 'activeAway']);
  });

  it('judges the link against the design settings, not fixed numbers', () => {
    const strict: Design = {
      ...reference(),
      settings: { ...reference().settings, highBandwidthMinMbps: 20_000 },
    };
    const [warning] = findingsOf(strict, 'PC-022').filter((x) => x.messageKey === 'linkContradiction');
    expect(warning?.message).toContain('at least 20,000 Mbit/s');
    const lenient: Design = {
      ...reference(),
      link: { latencyMs: 30, bandwidthMbps: 10_000, class: 'high-bandwidth' },
    };
    expect(
      findingsOf({ ...lenient, settings: { ...lenient.settings, lowLatencyMaxMs: 40 } }, 'PC-022'),
    ).toEqual([]);
  });

  it('does not question a low-bandwidth declaration, whatever the figures', () => {
    const d: Design = {
      ...lowBandwidth(),
      link: { latencyMs: 1, bandwidthMbps: 40_000, class: 'low-bandwidth' },
    };
    expect(findingsOf(d, 'PC-022')).toEqual([]);
  });
});

describe('PC-023 reference high-bandwidth layout', () => {
  it('is quiet for the reference: 2 active and 2 idle in each data center', () => {
    expect(findingsOf(reference(), 'PC-023')).toEqual([]);
  });

  it('describes the reference layout when a stretched pool departs from it', () => {
    const d = withServers(reference(), { pc3: { state: 'active' }, pc6: { state: 'idle' } });
    const [f, ...rest] = findingsOf(d, 'PC-023');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('info');
    expect(f?.message).toContain('laid out as Dallas 3/1; Houston 1/3 (active/idle servers per data center)');
    expect(f?.message).toContain('4 in each data center with 2 active and 2 idle in each');
    expect(f?.elements).toContain('pool1');
    expect(f?.fix).toBeNull();
    const [es] = validate(d, { locale: 'es' }).filter((x) => x.ruleId === 'PC-023');
    expect(es?.message).toContain('distribuido así: Dallas 3/1; Houston 1/3 (servidores activos/inactivos');
  });

  it('notes a stretched pool with servers missing from one data center', () => {
    const d = reference();
    const f = findingsOf({ ...d, servers: d.servers.filter((s) => s.dataCenterId === 'dc1') }, 'PC-023');
    expect(f[0]?.message).toContain('laid out as Dallas 2/2 (active/idle');
  });

  it('is quiet on a low-bandwidth link, where PC-024 gives the reference, and without disaster recovery', () => {
    expect(findingsOf(lowBandwidth(), 'PC-023')).toEqual([]);
    const noDr = withPool(withServers(reference(), { pc3: { state: 'active' } }), {
      disasterRecovery: false,
    });
    expect(findingsOf(noDr, 'PC-023')).toEqual([]);
  });
});

describe('PC-024 reference low-bandwidth layout', () => {
  it('passes 4 active beside the primary store and 4 idle in the other data center', () => {
    expect(findingsOf(lowBandwidth(), 'PC-024')).toEqual([]);
  });

  it('is quiet on a high-bandwidth link', () => {
    expect(findingsOf(reference(), 'PC-024')).toEqual([]);
  });

  it('warns about an idle server beside the primary store, and the fix makes it active', () => {
    const broken = withServers(lowBandwidth(), { pc4: { state: 'idle' } });
    const [f, ...rest] = findingsOf(broken, 'PC-024');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('Server pchat4.contoso.com of pool pchatpool.contoso.com is idle in Dallas');
    expect(f?.message).toContain('idle ones in Atlanta');
    expect(f?.elements).toEqual(['pool1', 'pc4']);
    expect(f?.fix?.title).toBe('Make pchat4.contoso.com active');
    expect(findingsOf(f!.fix!.apply(broken), 'PC-024')).toEqual([]);
  });

  it('offers no fix when 4 servers are already active', () => {
    const d = lowBandwidth();
    const ninth = { ...d.servers[0]!, id: 'pc9', fqdn: 'pchat9.contoso.com', state: 'idle' as const };
    const [f] = findingsOf({ ...d, servers: [...d.servers, ninth] }, 'PC-024');
    expect(f?.elements).toEqual(['pool1', 'pc9']);
    expect(f?.fix).toBeNull();
  });

  it("does not repeat PC-022's error, nor warn about the idle server PC-022's fix activates", () => {
    const d = withServers(lowBandwidth(), { pc5: { state: 'active' }, pc4: { state: 'idle' } });
    expect(findingsOf(d, 'PC-022')).toHaveLength(1);
    expect(findingsOf(d, 'PC-024')).toEqual([]);
  });

  it('warns when the other data center has too few servers to take over after a failover', () => {
    const d = lowBandwidth();
    const broken = { ...d, servers: d.servers.filter((s) => s.id !== 'pc7' && s.id !== 'pc8') };
    const [f, ...rest] = findingsOf(broken, 'PC-024');
    expect(rest).toEqual([]);
    expect(f?.messageKey).toBe('fewStandby.other.other');
    expect(f?.message).toContain('4 active servers, but only 2 servers in Atlanta');
    expect(f?.elements).toEqual(['pool1', 'dc2', 'pc5', 'pc6']);
  });

  it('leaves a pool without disaster recovery alone: it has no data center to fail over to', () => {
    const d = withServers(lowBandwidth(), { pc4: { state: 'idle' } });
    expect(findingsOf(withPool(d, { disasterRecovery: false }), 'PC-024')).toEqual([]);
  });
});

describe('PC-025 primary store, its mirror and the next hop in one data center', () => {
  const hopInHouston = withPool(reference(), { nextHopId: 'fe2' });
  ruleTester.run('PC-025', {
    valid: [{ name: 'passes the reference', design: reference() }],
    invalid: [
      {
        name: 'flags a mirror in the other data center, and the fix moves it beside the primary',
        design: withInstance(reference(), 'sql-mgc-mirror', { dataCenterId: 'dc2' }),
        message: 'mirrorElsewhere',
        severity: 'error',
        names: ['sqlpc1m.contoso.com\\PCHAT of pool pchatpool.contoso.com is in Houston'],
        elements: ['pool1', 'sql-mgc', 'sql-mgc-mirror'],
        fixTitle: 'Move sqlpc1m.contoso.com\\PCHAT to Dallas',
        fixClears: true,
        fixed: (fixed) => expect(dcOf(fixed, 'sql-mgc-mirror')).toBe('dc1'),
      },
      {
        name: 'flags a next hop in the other data center, and the fix picks the Front End pool beside the primary',
        design: hopInHouston,
        message: 'nextHopElsewhere',
        names: ['its next hop fepool2.contoso.com is in Houston'],
        fixTitle: 'Make fepool1.contoso.com (in Dallas) the next hop of pchatpool.contoso.com',
        fixClears: true,
        fixed: (fixed) => expect(fixed.pools[0]?.nextHopId).toBe('fe1'),
      },
      {
        name: 'offers no next-hop fix when no Front End pool is in the primary store data center',
        design: {
          ...hopInHouston,
          frontEndPools: edit(hopInHouston.frontEndPools, 'fe1', { dataCenterId: 'dc2' }),
        },
        message: 'nextHopElsewhere',
        noFix: true,
      },
    ],
  });
});

describe('PC-026 witness for the primary store', () => {
  ruleTester.run('PC-026', {
    valid: [
      { name: 'passes the reference (witness beside the primary)', design: reference() },
      {
        name: 'says nothing about a witness when the primary is not mirrored',
        design: withStore(reference(), 'primary', { mirrorId: null, witnessId: null }),
      },
    ],
    invalid: [
      {
        name: 'warns about a mirrored primary without a witness: no automatic failover',
        design: withStore(reference(), 'primary', { witnessId: null }),
        message: 'noWitness',
        severity: 'warning',
        names: ['mirrored to sqlpc1m.contoso.com\\PCHAT but has no witness'],
        noFix: true,
      },
      {
        name: 'warns about a witness in the other data center, naming the ambiguity, and the fix moves it',
        design: withInstance(reference(), 'sql-witness1', { dataCenterId: 'dc2' }),
        message: 'witnessElsewhere',
        severity: 'warning',
        names: [
          'sqlwit1.contoso.com\\WITNESS of pool pchatpool.contoso.com is in Houston',
          'puts it in Site 1',
        ],
        fixClears: true,
        fixed: (fixed) => expect(dcOf(fixed, 'sql-witness1')).toBe('dc1'),
      },
      {
        name: 'offers no fix for a witness the backup store also uses: moving it would break PC-028',
        design: withStore(reference(), 'primary', { witnessId: 'sql-witness2' }),
        message: 'witnessElsewhere',
        noFix: true,
      },
    ],
  });
});

describe('PC-027 dedicated backup store in the other data center', () => {
  ruleTester.run('PC-027', {
    valid: [
      { name: 'passes the reference', design: reference() },
      {
        name: 'is quiet without disaster recovery',
        design: withPool(withStore(reference(), 'backup', { sqlInstanceId: null }), {
          disasterRecovery: false,
        }),
      },
    ],
    invalid: [
      ...[null, 'deleted-instance'].map((sqlInstanceId) => ({
        name: `flags disaster recovery without a backup store, or with one that is not in the design (${sqlInstanceId})`,
        design: withStore(reference(), 'backup', { sqlInstanceId }),
        message: 'noBackup',
        severity: 'error' as const,
      })),
      {
        name: 'flags a backup store beside the primary, and the fix moves it to the other data center',
        design: withInstance(reference(), 'sql-mgc-backup', { dataCenterId: 'dc1' }),
        message: 'sameDataCenter',
        names: ['sqlpc2.contoso.com\\PCHAT of pool pchatpool.contoso.com is in Dallas'],
        fixTitle: 'Move sqlpc2.contoso.com\\PCHAT to Houston',
        fixClears: true,
        fixed: (fixed) => expect(dcOf(fixed, 'sql-mgc-backup')).toBe('dc2'),
      },
      {
        name: 'flags a backup store on the primary instance',
        design: withStore(reference(), 'backup', { sqlInstanceId: 'sql-mgc' }),
        message: 'sameAsPrimary',
      },
      {
        name: 'flags a backup store on the mirror of the primary',
        design: withStore(reference(), 'backup', { sqlInstanceId: 'sql-mgc-mirror' }),
        message: 'sameAsMirror',
        names: ["the same instance as its primary store's mirror"],
      },
    ],
  });
});

describe("PC-028 the backup store's mirror and witness", () => {
  ruleTester.run('PC-028', {
    valid: [{ name: 'passes the reference', design: reference() }],
    invalid: [
      {
        name: 'flags a backup mirror away from the backup store, and the fix moves it there',
        design: withInstance(reference(), 'sql-mgc-backup-mirror', { dataCenterId: 'dc1' }),
        message: 'mirrorElsewhere',
        severity: 'error',
        names: ['sqlpc2m.contoso.com\\PCHAT of pool pchatpool.contoso.com is in Dallas'],
        fixClears: true,
        fixed: (fixed) => expect(dcOf(fixed, 'sql-mgc-backup-mirror')).toBe('dc2'),
      },
      {
        name: 'flags a backup witness away from the backup store, and the fix moves it there',
        design: withInstance(reference(), 'sql-witness2', { dataCenterId: 'dc1' }),
        message: 'witnessElsewhere',
        fixClears: true,
      },
      {
        name: 'recommends a mirror for the backup store',
        design: withStore(reference(), 'backup', { mirrorId: null }),
        message: 'noMirror',
        severity: 'warning',
      },
    ],
  });

  it('does not offer to follow a backup store that wrongly sits beside the primary', () => {
    const broken = withInstance(reference(), 'sql-mgc-backup', { dataCenterId: 'dc1' });
    const [f] = findingsOf(broken, 'PC-028');
    expect(f?.messageKey).toBe('mirrorElsewhere');
    expect(f?.fix).toBeNull();
    // Once PC-027's fix puts the backup store back, the mirror is where it belongs.
    const fixed = findingsOf(broken, 'PC-027')[0]!.fix!.apply(broken);
    expect(findingsOf(fixed, 'PC-028')).toEqual([]);
  });
});

describe('PC-029 dedicated instances for the mirror, the backup store and its mirror', () => {
  it('passes the reference', () => {
    expect(findingsOf(reference(), 'PC-029')).toEqual([]);
  });

  it('warns when the backup mirror is the primary mirror, naming both parts', () => {
    const d = withStore(reference(), 'backup', { mirrorId: 'sql-mgc-mirror' });
    const [f, ...rest] = findingsOf(d, 'PC-029');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain(
      'sqlpc1m.contoso.com\\PCHAT is both the primary store mirror and the backup store mirror of pool pchatpool.contoso.com',
    );
    expect(f?.elements).toEqual(['pool1', 'sql-mgc-mirror']);
    const [es] = validate(d, { locale: 'es' }).filter((x) => x.ruleId === 'PC-029');
    expect(es?.message).toContain(
      'es a la vez el reflejo del almacén principal y el reflejo del almacén de copia de seguridad del grupo',
    );
  });

  it.each([
    ['primary', { mirrorId: 'sql-mgc' }, 'mirrorOnPrimary'],
    ['backup', { mirrorId: 'sql-mgc' }, 'backupMirrorOnPrimary'],
    ['backup', { mirrorId: 'sql-mgc-backup' }, 'backupMirrorOnBackup'],
  ] as const)('warns when the %s store gets %o (%s)', (role, patch, key) => {
    const f = findingsOf(withStore(reference(), role, patch), 'PC-029');
    expect(f.map((x) => x.messageKey)).toEqual([key]);
  });

  it('names each pair when one instance plays three parts', () => {
    const d = withStore(withStore(reference(), 'primary', { mirrorId: 'sql-mgc' }), 'backup', {
      mirrorId: 'sql-mgc',
    });
    expect(findingsOf(d, 'PC-029').map((x) => x.messageKey)).toEqual([
      'mirrorOnPrimary',
      'backupMirrorOnPrimary',
      'mirrorsShared',
    ]);
  });

  ruleTester.run('PC-029', {
    valid: [
      {
        name: 'lets the primary store itself hold Monitoring (PC-045 and PC-046 judge that)',
        design: withInstance(reference(), 'sql-mgc', { monitoring: true }),
      },
    ],
    invalid: [
      {
        name: 'warns when the primary store mirror also holds Monitoring',
        design: withInstance(reference(), 'sql-mgc-mirror', { monitoring: true }),
        message: 'alsoHolds.primary.mirror.monitoring',
        severity: 'warning',
        text: 'SQL instance sqlpc1m.contoso.com\\PCHAT is the primary store mirror of pool pchatpool.contoso.com but also holds the Monitoring database. RR asks for one dedicated database instance for each of the primary store mirror, the backup store and the backup store mirror.',
        elements: ['pool1', 'sql-mgc-mirror'],
        noFix: true,
      },
      {
        name: 'warns when the backup store also holds Archiving',
        design: withInstance(reference(), 'sql-mgc-backup', { archiving: true }),
        message: 'alsoHolds.backup.instance.archiving',
      },
      {
        name: 'warns when the backup store mirror also holds a Front End back end, naming the pool',
        design: withInstance(reference(), 'sql-mgc-backup-mirror', { backEndPoolIds: ['fe2'] }),
        message: 'alsoHolds.backup.mirror.backEnd',
        names: ['the back-end database of fepool2.contoso.com'],
        elements: ['pool1', 'sql-mgc-backup-mirror', 'fe2'],
      },
    ],
  });

  it('says it in Spanish too', () => {
    const d = withInstance(reference(), 'sql-mgc-mirror', { monitoring: true });
    const [f] = validate(d, { locale: 'es' }).filter((x) => x.ruleId === 'PC-029');
    expect(f?.message).toContain('también contiene la base de datos de supervisión');
  });

  it("leaves a backup store on the primary's mirror to PC-027", () => {
    const d = withStore(reference(), 'backup', { sqlInstanceId: 'sql-mgc-mirror' });
    expect(findingsOf(d, 'PC-029')).toEqual([]);
    expect(findingsOf(d, 'PC-027')).toHaveLength(1);
  });

  it('ignores backup stores while disaster recovery is off', () => {
    const d = withPool(withStore(reference(), 'backup', { mirrorId: 'sql-mgc-mirror' }), {
      disasterRecovery: false,
    });
    expect(findingsOf(d, 'PC-029')).toEqual([]);
  });
});

describe('PC-030 compliance instances dedicated and placed like the mgc ones', () => {
  it('passes the reference, whose compliance store shares the primary store instance', () => {
    expect(findingsOf(reference(), 'PC-030')).toEqual([]);
  });

  it('warns when the compliance mirror is the mgc mirror', () => {
    const d = withStore(reference(), 'compliance', { mirrorId: 'sql-mgc-mirror' });
    const [f, ...rest] = findingsOf(d, 'PC-030');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('warning');
    expect(f?.messageKey).toBe('mirrorNotDedicated');
    expect(f?.message).toContain(
      "The compliance store mirror of pool pchatpool.contoso.com is sqlpc1m.contoso.com\\PCHAT, which also holds the pool's mgc.",
    );
    expect(f?.elements).toEqual(['pool1', 'sql-mgc-mirror']);
    expect(findingsOf(d, 'PC-029')).toEqual([]);
  });

  it('warns when the compliance backup store is the mgc backup store', () => {
    const f = findingsOf(
      withStore(reference(), 'complianceBackup', { sqlInstanceId: 'sql-mgc-backup' }),
      'PC-030',
    );
    expect(f.map((x) => x.messageKey)).toEqual(['backupNotDedicated']);
  });

  it('warns when a compliance store sits on the mgc mirror or on its own mirror', () => {
    const onMirror = withStore(reference(), 'compliance', { sqlInstanceId: 'sql-mgc-mirror' });
    expect(findingsOf(onMirror, 'PC-030').map((x) => x.messageKey)).toEqual(['complianceNotDedicated']);
    const selfMirrored = withStore(reference(), 'complianceBackup', { mirrorId: 'sql-comp-backup' });
    const [f] = findingsOf(selfMirrored, 'PC-030');
    expect(f?.messageKey).toBe('backupNotDedicated');
    expect(f?.message).toContain("which also holds the pool's mgccomp.");
  });

  it('is quiet about shared instances when compliance is off', () => {
    const d = withStore(reference(), 'compliance', { mirrorId: 'sql-mgc-mirror' });
    expect(findingsOf(withPool(d, { compliance: false }), 'PC-030')).toEqual([]);
  });

  it.each([
    ['sql-comp-mirror', 'dc2', 'mirrorElsewhere', 'dc1'],
    ['sql-comp-backup', 'dc1', 'backupSameDataCenter', 'dc2'],
    ['sql-comp-backup-mirror', 'dc1', 'backupMirrorElsewhere', 'dc2'],
  ])('flags %s moved to %s (%s), and the fix moves it back', (id, dc, key, back) => {
    const broken = withInstance(reference(), id, { dataCenterId: dc });
    const f = findingsOf(broken, 'PC-030').find((x) => x.messageKey === key);
    expect(f?.severity).toBe('warning');
    expect(f?.elements).toContain(id);
    const fixed = f!.fix!.apply(broken);
    expect(dcOf(fixed, id)).toBe(back);
    expect(findingsOf(fixed, 'PC-030')).toEqual([]);
  });

  it('flags the compliance backup mirror beside a misplaced compliance backup store, without a fix', () => {
    const broken = withInstance(reference(), 'sql-comp-backup', { dataCenterId: 'dc1' });
    const f = findingsOf(broken, 'PC-030');
    expect(f.map((x) => x.messageKey)).toEqual([
      'backupSameDataCenter',
      'backupMirrorElsewhere',
      'backupWitnessElsewhere',
    ]);
    expect(f.slice(1).map((x) => x.fix)).toEqual([null, null]);
  });

  it('flags a compliance store away from the primary store, and the fix moves it beside the primary', () => {
    const d = reference();
    const own = {
      ...d.sqlInstances[0]!,
      id: 'sql-comp',
      serverFqdn: 'sqlcmp1.contoso.com',
      dataCenterId: 'dc2',
    };
    const broken = withStore({ ...d, sqlInstances: [...d.sqlInstances, own] }, 'compliance', {
      sqlInstanceId: 'sql-comp',
    });
    const [f, ...rest] = findingsOf(broken, 'PC-030');
    expect(rest).toEqual([]);
    expect(f?.messageKey).toBe('complianceElsewhere');
    expect(f?.message).toContain('sqlcmp1.contoso.com\\PCHAT of pool pchatpool.contoso.com is in Houston');
    const fixed = f!.fix!.apply(broken);
    expect(dcOf(fixed, 'sql-comp')).toBe('dc1');
    expect(findingsOf(fixed, 'PC-030')).toEqual([]);
  });

  it('flags a compliance backup witness away from its store; the fix moves the witness both backups share', () => {
    const broken = withInstance(reference(), 'sql-witness2', { dataCenterId: 'dc1' });
    const [f, ...rest] = findingsOf(broken, 'PC-030');
    expect(rest).toEqual([]);
    expect(f?.messageKey).toBe('backupWitnessElsewhere');
    const fixed = f!.fix!.apply(broken);
    expect(findingsOf(fixed, 'PC-030')).toEqual([]);
    expect(findingsOf(fixed, 'PC-028')).toEqual([]);
  });
});

describe('PC-031 compliance data is not failed over', () => {
  ruleTester.run('PC-031', {
    valid: [
      { name: 'is quiet without compliance', design: withPool(reference(), { compliance: false }) },
      {
        name: 'is quiet without disaster recovery',
        design: withPool(reference(), { disasterRecovery: false }),
      },
    ],
    invalid: [
      {
        name: 'notes it for a pool with compliance and disaster recovery',
        design: reference(),
        message: 'notFailedOver',
        severity: 'info',
        names: ['does not fail over the compliance database (mgccomp)'],
        elements: ['pool1', 'sql-mgc', 'sql-comp-backup'],
      },
    ],
  });
});

describe('placement rules on half-finished designs', () => {
  const crashes = (d: Design) =>
    validate(d)
      .filter((f) => placementIds.includes(f.ruleId) && f.messageKey === 'internal-error')
      .map((f) => f.message);

  it('handle a pool with no stores: only the missing backup store is reported', () => {
    const none = { sqlInstanceId: null, mirrorId: null, witnessId: null };
    const d = withPool(lowBandwidth(), {
      stores: { primary: none, backup: none, compliance: none, complianceBackup: none },
    });
    expect(crashes(d)).toEqual([]);
    expect(placementFindings(d).map((f) => `${f.ruleId} ${f.messageKey}`)).toEqual([
      'PC-027 noBackup',
      'PC-031 notFailedOver',
    ]);
  });

  it('handle stores pointing at deleted instances', () => {
    const d = withStore(
      withStore(reference(), 'primary', { sqlInstanceId: 'gone', mirrorId: 'gone' }),
      'backup',
      {
        mirrorId: 'gone',
        witnessId: 'gone',
      },
    );
    expect(crashes(d)).toEqual([]);
    // Without a primary store there is no data center to judge servers or mirrors against.
    expect(findingsOf({ ...d, link: { ...d.link, class: 'low-bandwidth' } }, 'PC-022')).toEqual([]);
  });

  it('handle no data centers and a single data center', () => {
    const none: Design = { ...reference(), dataCenters: [] };
    const one: Design = {
      ...reference(),
      dataCenters: reference().dataCenters.slice(0, 1),
      link: { latencyMs: 30, bandwidthMbps: 100, class: 'high-bandwidth' },
    };
    expect(crashes(none)).toEqual([]);
    expect(crashes(one)).toEqual([]);
    // With one data center there is no link to contradict, and no other data center to move to.
    expect(findingsOf(one, 'PC-022').some((f) => f.messageKey === 'linkContradiction')).toBe(false);
    const backupBeside = withInstance(one, 'sql-mgc-backup', { dataCenterId: 'dc1' });
    expect(findingsOf(backupBeside, 'PC-027')[0]?.fix).toBeNull();
  });

  it('handle an empty design', () => {
    const empty: Design = {
      ...reference(),
      dataCenters: [],
      frontEndPools: [],
      pools: [],
      servers: [],
      sqlInstances: [],
      fileStores: [],
      shares: [],
      link: { latencyMs: 0, bandwidthMbps: 0, class: 'high-bandwidth' },
    };
    expect(placementFindings(empty)).toEqual([]);
  });

  it('leave unplaced servers alone', () => {
    const d = withServers(
      { ...lowBandwidth() },
      { pc5: { state: 'active', dataCenterId: null }, pc1: { state: 'idle' } },
    );
    expect(findingsOf(d, 'PC-022')).toEqual([]);
  });
});
