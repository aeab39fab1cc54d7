/**
 * The promise every quick fix makes to the planner: applying it removes the finding it was
 * offered for (no finding with the same rule id, message key and elements remains) and never
 * raises the number of errors. Checked over the shipped examples, over designs that break the
 * examples in the ways the rule tests and the issue name, and over generated damaged designs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../../shared/model/types.ts';
import { summarize, validate } from '../../shared/rules/engine.ts';
import { ruleById } from '../../shared/rules/registry.ts';
import type { Finding } from '../../shared/rules/types.ts';
import { damagedDesign, damagedLowBandwidth } from '../support/generate.ts';
import {
  edit,
  loadExample,
  lowBandwidth,
  reference,
  standardEdition,
  withPool,
  withServers,
  withSql,
  withStore,
} from '../support/designs.ts';

const sameFinding = (a: Finding, b: Finding) =>
  a.ruleId === b.ruleId &&
  a.messageKey === b.messageKey &&
  a.elements.length === b.elements.length &&
  a.elements.every((id, i) => b.elements[i] === id);

/** Ids that two elements share (DSN-014): an edit by id reaches only the first of them. */
function sharedIds(design: Design): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const list of [
    design.dataCenters,
    design.frontEndPools,
    design.pools,
    design.servers,
    design.sqlInstances,
    design.fileStores,
    design.shares,
  ])
    for (const el of list) (seen.has(el.id) ? shared : seen).add(el.id);
  return shared;
}

/**
 * Fixes that finish an unfinished element and so may reveal errors that were there all along:
 * DSN-006 places an element in the data center its computer stands in, and only then can the
 * placement rules judge it (a backup store placed beside the primary is PC-027's error, hidden
 * until the store had a data center). They must still remove their own finding.
 */
const revealing = new Set(['DSN-006']);

/** What breaks the promise on `design`, one line per offending fix; empty when all keep it. */
function brokenPromises(design: Design): string[] {
  const findings = validate(design);
  const errors = summarize(findings).errors;
  const shared = sharedIds(design);
  const out: string[] = [];
  for (const f of findings) {
    if (!f.fix) continue;
    // A finding on an element whose id another element also has cannot be fixed by id: the
    // copy keeps the same finding. DSN-014 reports the shared id itself, and its fix is to rename.
    if (f.elements.some((id) => shared.has(id))) continue;
    const after = validate(f.fix.apply(design));
    const name = `${f.ruleId} ${f.messageKey} "${f.fix.title}"`;
    if (after.some((g) => sameFinding(f, g))) out.push(`${name}: the finding remains`);
    const now = summarize(after).errors;
    if (now > errors && !revealing.has(f.ruleId)) {
      const added = after.filter((g) => g.severity === 'error' && !findings.some((h) => sameFinding(g, h)));
      out.push(
        `${name}: errors ${errors} -> ${now} (${added.map((g) => `${g.ruleId} ${g.messageKey}`).join(', ')})`,
      );
    }
  }
  return out;
}

const r = reference();
const lb = lowBandwidth();
const oneDataCenter = (d: Design): Design => ({
  ...withPool(d, { disasterRecovery: false }),
  dataCenters: d.dataCenters.slice(0, 1),
  servers: d.servers.map((s) => ({ ...s, dataCenterId: 'dc1' })),
  sqlInstances: d.sqlInstances.map((i) => ({ ...i, dataCenterId: 'dc1' })),
  fileStores: d.fileStores.map((f) => ({ ...f, dataCenterId: 'dc1' })),
  shares: d.shares.map((s) => ({ ...s, dataCenterId: 'dc1' })),
  frontEndPools: d.frontEndPools.filter((fe) => fe.dataCenterId === 'dc1'),
});

/** Designs that each break one thing, named as the issue and the rule tests name them. */
const scenarios: Record<string, Design> = {
  'PC-002 one data center, five servers': {
    ...oneDataCenter(r),
    servers: oneDataCenter(r).servers.slice(0, 5),
  },
  'PC-001 five active servers': withServers(r, { pc3: { state: 'active' } }),
  'PC-022 two active servers away from the primary on a slow link': withServers(lb, {
    pc5: { state: 'active' },
    pc6: { state: 'active' },
    pc1: { state: 'idle' },
    pc2: { state: 'idle' },
  }),
  'PC-022 the idle server beside the primary is a Front End machine': withServers(lb, {
    pc5: { state: 'active' },
    pc4: { state: 'idle', fqdn: 'fe1-03.contoso.com' },
  }),
  'PC-010 mirrored Standard Edition pool without disaster recovery': withStore(
    standardEdition(),
    'primary',
    { mirrorId: 'sql-mgc-mirror' },
    'sepool',
  ),
  'PC-013 a Persistent Chat server on a Front End machine': withServers(r, {
    pc3: { fqdn: 'fe1-02.contoso.com' },
  }),
  'PC-052 no log-backup share at all': {
    ...withPool(r, { logShipping: { ...r.pools[0]!.logShipping, backupShareId: null } }),
    shares: r.shares.filter((s) => s.purpose !== 'log-backup'),
  },
  'PC-054 Local System on the primary': withSql(r, 'sql-mgc', { serviceAccount: 'local-system' }),
  'PC-055 no mirroring share at all': {
    ...withPool(r, { mirroringShareId: null }),
    shares: r.shares.filter((s) => s.purpose !== 'mirroring'),
  },
  'PC-025 the mirror in the other data center': withSql(r, 'sql-mgc-mirror', { dataCenterId: 'dc2' }),
  'PC-027 the backup store beside the primary': withSql(r, 'sql-mgc-backup', { dataCenterId: 'dc1' }),
  'DSN-016 no SQL Server store': withPool(r, {
    compliance: false,
    stores: { ...r.pools[0]!.stores, primary: { sqlInstanceId: null, mirrorId: null, witnessId: null } },
  }),
};

describe('applying any offered fix removes its finding and adds no error', () => {
  it.each(['reference-high-bandwidth', 'low-bandwidth', 'broken'] as const)('over the %s example', (name) => {
    expect(brokenPromises(loadExample(name).design)).toEqual([]);
  });

  it.each(Object.entries(scenarios))('over %s', (_name, design) => {
    const fixes = validate(design).filter((f) => f.fix);
    expect(fixes.length, 'the scenario offers some fix').toBeGreaterThan(0);
    expect(brokenPromises(design)).toEqual([]);
  });

  it.each([
    ['reference', damagedDesign],
    ['low-bandwidth', damagedLowBandwidth],
  ] as const)(
    'over generated damaged designs from the %s example',
    (_name, designs) => {
      fc.assert(
        fc.property(designs, (design) => {
          expect(brokenPromises(design)).toEqual([]);
        }),
        { numRuns: 150 },
      );
    },
    60_000,
  );
});

/** Designs where the one file store left is in the other data center: no mechanical choice. */
const fileStoreAway: Record<string, Design> = {
  'PC-047 no file store, the only other one in the other data center': {
    ...withPool(r, { fileStoreId: null }),
    fileStores: r.fileStores.filter((f) => f.id !== 'fs1'),
  },
  'PC-049 the file store is on a Front End machine': {
    ...r,
    fileStores: edit(r.fileStores, 'fs1', { serverFqdn: 'fe1-02.contoso.com' }),
  },
};

describe('file store fixes stay beside the primary store and the next hop', () => {
  it.each(Object.entries(fileStoreAway))(
    '%s: no file store of the other data center is offered',
    (_name, design) => {
      const offered = validate(design).filter((f) => ['PC-047', 'PC-049'].includes(f.ruleId));
      expect(offered.length).toBeGreaterThan(0);
      expect(offered.map((f) => f.fix)).toEqual(offered.map(() => null));
    },
  );
});

describe('findings that stand for more than one catalogue id', () => {
  it('name only rules the engine has, never their own', () => {
    const designs = [...Object.values(scenarios), r, lb, loadExample('broken').design];
    for (const f of designs.flatMap((d) => validate(d)))
      for (const also of f.alsoRuleIds) {
        expect(ruleById(also), also).toBeDefined();
        expect(also).not.toBe(f.ruleId);
      }
  });

  it('PC-022 on a slow link names PC-024 as well', () => {
    const d = withServers(lb, { pc5: { state: 'active' }, pc4: { state: 'idle' } });
    const f = validate(d).find((x) => x.ruleId === 'PC-022' && x.messageKey === 'activeAway');
    expect(f?.alsoRuleIds).toEqual(['PC-024']);
  });
});

describe('what the fixes say and do', () => {
  const fixOf = (design: Design, ruleId: string, key?: string) =>
    validate(design).filter((f) => f.ruleId === ruleId && (key === undefined || f.messageKey === key));

  it('PC-002 on a one-data-center pool of five removes a server, not "turn on disaster recovery"', () => {
    const design = scenarios['PC-002 one data center, five servers']!;
    const [f] = fixOf(design, 'PC-002');
    expect(f?.fix?.title).toBe('Remove the server pchat4.contoso.com, so that pchatpool.contoso.com keeps 4');
    const fixed = f!.fix!.apply(design);
    expect(fixed.servers.map((s) => s.id)).toEqual(['pc1', 'pc2', 'pc3', 'pc5']);
    expect(summarize(validate(fixed)).errors).toBe(0);
  });

  it('PC-001 names the servers it idles, in both languages, with the grammar of their number', () => {
    const design = scenarios['PC-001 five active servers']!;
    expect(fixOf(design, 'PC-001')[0]?.fix?.title).toBe(
      'Make pchat6.contoso.com idle, keeping those beside the primary store active',
    );
    const es = validate(design, { locale: 'es' }).find((f) => f.ruleId === 'PC-001');
    expect(es?.fix?.title).toBe(
      'Dejar inactivo pchat6.contoso.com, manteniendo activos los que están junto al almacén principal',
    );
    const two = withServers(r, { pc3: { state: 'active' }, pc4: { state: 'active' } });
    expect(validate(two, { locale: 'es' }).find((f) => f.ruleId === 'PC-001')?.fix?.title).toBe(
      'Dejar inactivos pchat5.contoso.com, pchat6.contoso.com, manteniendo activos los que están junto al almacén principal',
    );
  });

  it('PC-022 gives each misplaced server its own stand-in, never a Front End machine', () => {
    const titles = fixOf(
      scenarios['PC-022 two active servers away from the primary on a slow link']!,
      'PC-022',
    ).map((f) => f.fix?.title);
    expect(titles).toEqual([
      'Make pchat5.contoso.com idle and pchat1.contoso.com active',
      'Make pchat6.contoso.com idle and pchat2.contoso.com active',
    ]);
    const [onFe] = fixOf(
      scenarios['PC-022 the idle server beside the primary is a Front End machine']!,
      'PC-022',
    );
    expect(onFe?.fix?.title).toBe('Make pchat5.contoso.com idle');
  });

  it('PC-010 without disaster recovery does not offer to turn it off', () => {
    const [f] = fixOf(
      scenarios['PC-010 mirrored Standard Edition pool without disaster recovery']!,
      'PC-010',
    );
    expect(f?.fix?.title).toBe('Remove the mirrors and witnesses of se01.contoso.com');
  });

  it('PC-052 and PC-055 add the missing share beside the pool’s file store', () => {
    const logs = scenarios['PC-052 no log-backup share at all']!;
    const [f52] = fixOf(logs, 'PC-052');
    expect(f52?.fix?.title).toBe(
      'Add the log-backup share \\\\fs1.contoso.com\\pchatlogs beside the file store and use it',
    );
    const fixed = f52!.fix!.apply(logs);
    expect(fixed.shares.at(-1)).toMatchObject({
      serverFqdn: 'fs1.contoso.com',
      dataCenterId: 'dc1',
      purpose: 'log-backup',
    });
    const mirror = scenarios['PC-055 no mirroring share at all']!;
    expect(fixOf(mirror, 'PC-055')[0]?.fix?.title).toBe(
      'Add the mirroring share \\\\fs1.contoso.com\\pchatmirror beside the file store and use it',
    );
  });

  it('PC-027 moves the backup store with its own mirror, witness and the copy share on its computer', () => {
    const design = withSql(
      withSql(withSql(r, 'sql-mgc-backup', { dataCenterId: 'dc1' }), 'sql-mgc-backup-mirror', {
        dataCenterId: 'dc1',
      }),
      'sql-witness2',
      { dataCenterId: 'dc1' },
    );
    const fix = fixOf(design, 'PC-027')[0]?.fix;
    // sqlwit2 also watches the backup compliance store, which is on the backup side as well.
    expect(fix?.title).toBe(
      'Move sqlpc2.contoso.com\\PCHAT, sqlpc2m.contoso.com\\PCHAT, sqlwit2.contoso.com\\WITNESS to Houston',
    );
    const fixed = fix!.apply(design);
    expect(fixed.shares.find((s) => s.id === 'share-logcopy')?.dataCenterId).toBe('dc2');
    expect(summarize(validate(fixed)).errors).toBe(0);
  });

  it('DSN-007 adds an active server away from the primary on a slow link as an idle one', () => {
    const design = withServers(lb, { pc5: { poolId: null, state: 'active' } });
    const [f] = fixOf(design, 'DSN-007');
    expect(f?.fix?.title).toBe('Add it to pool pchatpool.contoso.com as an idle server');
    expect(f!.fix!.apply(design).servers.find((s) => s.id === 'pc5')?.state).toBe('idle');
  });
});
