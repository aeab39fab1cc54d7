/** What the planner may name in a scenario, and the clear errors for what the design lacks. */
import { describe, expect, it } from 'vitest';
import type { Design } from '../../shared/model/types.ts';
import { ScenarioError } from '../../shared/simulation/errors.ts';
import { parseFailures } from '../../shared/simulation/failures.ts';
import { standardScenarios } from '../../shared/simulation/scenarios.ts';
import { simulate } from '../../shared/simulation/simulate.ts';
import { lowBandwidth, reference } from '../support/designs.ts';
import { run } from './support.ts';

function errorOf(fn: () => unknown): ScenarioError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ScenarioError) return err;
    throw err;
  }
  throw new Error('expected a ScenarioError');
}

const pool = (d: Design) => d.pools[0]!;

describe('failure tokens', () => {
  it('reads data centers, instances, computers, servers, shares, Front End pools, roles and the link', () => {
    const d = reference();
    const parse = (...t: string[]) => parseFailures(d, pool(d), t);
    expect(parse('dc2')).toEqual({ elementIds: ['dc2'], link: false });
    expect(parse('Houston')).toEqual({ elementIds: ['dc2'], link: false });
    expect(parse('sql:SQLPC1.contoso.com\\pchat')).toEqual({ elementIds: ['sql-mgc'], link: false });
    // The whole computer: its instance and the log-copy share it holds.
    expect(parse('sql:sqlpc2.contoso.com')).toEqual({
      elementIds: ['sql-mgc-backup', 'share-logcopy'],
      link: false,
    });
    expect(parse('SERVER:PCHAT7.CONTOSO.COM', 'pc8')).toEqual({ elementIds: ['pc7', 'pc8'], link: false });
    expect(parse('share:\\\\fs1.contoso.com\\pchatfiles')).toEqual({ elementIds: ['fs1'], link: false });
    expect(parse('fe:fepool1.contoso.com')).toEqual({ elementIds: ['fe1'], link: false });
    expect(parse('witness,backup-mirror,backup-witness')).toEqual({
      elementIds: ['sql-witness1', 'sql-mgc-backup-mirror', 'sql-witness2'],
      link: false,
    });
    expect(parse('link, dc1 ,dc1')).toEqual({ elementIds: ['dc1'], link: true });
  });

  const cases: [string, Design, string, RegExp][] = [
    ['an unknown word', reference(), 'dc3', /"dc3" names nothing in this design\. Use dc1, dc2/],
    [
      'an unknown SQL Server',
      reference(),
      'sql:nosuch.contoso.com',
      /has no SQL Server computer or instance "nosuch\.contoso\.com"/,
    ],
    [
      'an unknown server',
      reference(),
      'server:pchat9.contoso.com',
      /has no Persistent Chat server "pchat9\.contoso\.com"/,
    ],
    ['an empty item', reference(), 'dc1,,link', /An empty failure was given/],
    [
      'a pool, which does not fail by itself',
      reference(),
      'pool1',
      /is a Persistent Chat pool, which fails only through its servers and stores/,
    ],
    [
      'a role the pool does not have',
      {
        ...reference(),
        pools: reference().pools.map((p) => ({
          ...p,
          stores: { ...p.stores, primary: { ...p.stores.primary, witnessId: null } },
        })),
      },
      'witness',
      /pool pchatpool\.contoso\.com has no primary store's witness/,
    ],
    [
      'dc2 of a one-data-center design',
      { ...reference(), dataCenters: reference().dataCenters.slice(0, 1) },
      'dc2',
      /has only 1 data center/,
    ],
  ];
  for (const [what, design, token, message] of cases) {
    it(`refuses ${what} with a message that says so`, () => {
      const err = errorOf(() => parseFailures(design, pool(design), [token]));
      expect(err.message).toMatch(message);
      expect(err.messageIn('es')).not.toBe(err.message);
    });
  }

  it('refuses a failure set naming a missing element, instead of crashing', () => {
    const err = errorOf(() => simulate(reference(), { elementIds: ['sql-gone'], link: false }));
    expect(err.message).toBe('The scenario names element "sql-gone", which is not in the design.');
  });
});

describe('choosing the pool', () => {
  it('needs the pool named when there are several, and takes an id or an FQDN', () => {
    const d = reference();
    const second = { ...d.pools[0]!, id: 'pool2', fqdn: 'pchatpool2.contoso.com' };
    const two = { ...d, pools: [...d.pools, second] };
    expect(errorOf(() => simulate(two, { elementIds: [], link: false })).message).toMatch(
      /has 2 Persistent Chat pools \(pchatpool\.contoso\.com, pchatpool2\.contoso\.com\); say which one/,
    );
    expect(simulate(two, { elementIds: [], link: false }, { pool: 'PCHATPOOL2.contoso.com' }).poolId).toBe(
      'pool2',
    );
    expect(errorOf(() => simulate(two, { elementIds: [], link: false }, { pool: 'x' })).message).toMatch(
      /no Persistent Chat pool "x"/,
    );
  });

  it('says so when the design has no pool at all', () => {
    expect(
      errorOf(() => simulate({ ...reference(), pools: [] }, { elementIds: [], link: false })).message,
    ).toMatch(/has no Persistent Chat pool/);
  });
});

describe('robustness', () => {
  it('leaves the design untouched', () => {
    const d = reference();
    const before = structuredClone(d);
    run(d, 'dc1', 'link', 'server:pchat5.contoso.com');
    expect(d).toEqual(before);
  });

  it('answers a half-finished pool (no stores, no servers, no shares) without throwing', () => {
    const d = reference();
    const empty: Design = {
      ...d,
      servers: [],
      shares: [],
      pools: d.pools.map((p) => ({
        ...p,
        nextHopId: 'gone',
        fileStoreId: null,
        mirroringShareId: null,
        stores: {
          primary: { sqlInstanceId: null, mirrorId: 'nope', witnessId: null },
          backup: { sqlInstanceId: 'missing', mirrorId: null, witnessId: null },
          compliance: { sqlInstanceId: null, mirrorId: null, witnessId: null },
          complianceBackup: { sqlInstanceId: null, mirrorId: null, witnessId: null },
        },
        logShipping: { ...p.logShipping, backupShareId: null, copyShareId: 'x' },
      })),
    };
    const o = simulate(empty, { elementIds: ['dc1'], link: true });
    expect(o.databaseServing).toBe('none');
    expect(o.serviceAvailable).toBe(false);
    expect(o.conclusions[0]!.key).toBe('database.missing');
  });

  it('with no failures, gives the design as it is (the baseline)', () => {
    const o = simulate(lowBandwidth(), { elementIds: [], link: false });
    expect(o).toMatchObject({
      databaseServing: 'primary',
      failover: 'none',
      steps: [],
      lost: [],
      logShipping: 'running',
    });
    expect(o.immediately.concurrentUserCapacity).toBe(80_000);
  });
});

describe('standard scenarios', () => {
  it('offers the questions of the issue for both layouts, each answerable', () => {
    for (const d of [reference(), lowBandwidth()]) {
      const list = standardScenarios(d, pool(d));
      expect(list.map((s) => s.id)).toEqual([
        'dc1',
        'dc2',
        'link',
        'primary',
        'mirror',
        'witness',
        'backup',
        'server:pchat1.contoso.com',
        'all-active-servers',
      ]);
      for (const s of list) expect(() => simulate(d, s.failures)).not.toThrow();
    }
  });
});
