import { describe, expect, it } from 'vitest';
import type { Design, PersistentChatPool } from '../../shared/model/types.ts';
import { nextHopRules } from '../../shared/rules/families/next-hop.ts';
import {
  findingsOf,
  loadExample,
  lowBandwidth,
  reference,
  withDataCenter,
  withFrontEnd,
  withPool,
  withServers,
  familyFindingsOf,
  noStore,
  withSecondPool,
} from '../support/designs.ts';
import { ruleTester } from '../support/rule-tester.ts';

const ours = familyFindingsOf(nextHopRules);

const states = (d: Design) => Object.fromEntries(d.servers.map((s) => [s.id, s.state]));
const activeCount = (d: Design) => d.servers.filter((s) => s.state === 'active').length;

/** A second pool whose primary store is the reference's backup instance in dc2 (Houston). */
const secondPool = (d: Design, patch: Partial<PersistentChatPool> = {}): Design =>
  withSecondPool(d, {
    fqdn: 'pchat-south.contoso.com',
    nextHopId: 'fe2',
    stores: { ...d.pools[0]!.stores, primary: { ...noStore, sqlInstanceId: 'sql-mgc-backup' } },
    ...patch,
  });

describe('next-hop rules on the shipped examples', () => {
  it('find nothing in the reference and low-bandwidth layouts', () => {
    expect(ours(reference())).toEqual([]);
    expect(ours(lowBandwidth())).toEqual([]);
  });

  it('find the active servers in the wrong time zone and the split Lync sites in the broken example', () => {
    const found = ours(loadExample('broken').design);
    expect(found.map((f) => [f.ruleId, f.severity])).toEqual([
      ['PC-019', 'error'],
      ['PC-020', 'info'],
    ]);
  });
});

describe('PC-018 a Front End pool as next hop', () => {
  ruleTester.run('PC-018', {
    valid: [{ name: 'passes a pool routed by fepool1', design: reference() }],
    invalid: [
      {
        name: 'flags a pool without a next hop; the fix picks the Front End pool beside the primary store',
        design: withPool(reference(), { nextHopId: null }),
        message: 'missing',
        severity: 'error',
        names: ['pchatpool.contoso.com has no next hop'],
        elements: ['pool1'],
        fixTitle: 'Use fepool1.contoso.com as the next hop of pchatpool.contoso.com',
        fixClears: true,
        fixed: (d) => expect(d.pools[0]?.nextHopId).toBe('fe1'),
      },
      {
        name: 'flags a next hop that is not a Front End pool, naming what it is',
        design: withPool(reference(), { nextHopId: 'sql-mgc' }),
        message: 'notFrontEnd',
        names: ['is sqlpc1.contoso.com\\PCHAT, which is not a Front End pool'],
        fixClears: true,
      },
      {
        name: 'flags a next hop that is not in the design',
        design: withPool(reference(), { nextHopId: 'gone' }),
        message: 'notFrontEnd',
      },
      {
        name: 'says a Front End pool must come first when the design has none',
        design: { ...withPool(reference(), { nextHopId: null }), frontEndPools: [] },
        message: 'noFrontEnd',
        noFix: true,
      },
    ],
  });

  it('picks fepool2 for a pool whose primary store is in Houston', () => {
    const broken = withPool(reference(), {
      nextHopId: null,
      stores: {
        ...reference().pools[0]!.stores,
        primary: { sqlInstanceId: 'sql-mgc-backup', mirrorId: null, witnessId: null },
      },
    });
    const fixed = findingsOf(broken, 'PC-018')[0]!.fix!.apply(broken);
    expect(fixed.pools[0]?.nextHopId).toBe('fe2');
  });

  it('offers no fix when the choice is not clear, and the only Front End pool when there is one', () => {
    const d = reference();
    const unplaced = withPool(d, {
      nextHopId: null,
      stores: { ...d.pools[0]!.stores, primary: noStore },
    });
    expect(findingsOf(unplaced, 'PC-018')[0]?.fix).toBeNull();
    const onlyFe2 = { ...unplaced, frontEndPools: unplaced.frontEndPools.filter((f) => f.id === 'fe2') };
    const fixed = findingsOf(onlyFe2, 'PC-018')[0]!.fix!.apply(onlyFe2);
    expect(fixed.pools[0]?.nextHopId).toBe('fe2');
  });
});

describe('PC-019 active servers in the next hop’s time zone', () => {
  it('passes one time zone, and idle servers in another (the low-bandwidth layout)', () => {
    expect(findingsOf(reference(), 'PC-019')).toEqual([]);
    expect(findingsOf(lowBandwidth(), 'PC-019')).toEqual([]);
  });

  it('compares time-zone names without regard to case or stray spaces', () => {
    const d = withDataCenter(reference(), 'dc2', { timeZone: ' central standard time ' });
    expect(findingsOf(d, 'PC-019')).toEqual([]);
  });

  ruleTester.run('PC-019', {
    valid: [
      {
        name: 'takes a Windows name and an IANA name for the same zone as one zone',
        design: withDataCenter(reference(), 'dc2', { timeZone: 'America/Chicago' }),
      },
      {
        name: 'takes an IANA alias (US/Central) for its canonical zone',
        design: withDataCenter(withDataCenter(reference(), 'dc1', { timeZone: 'US/Central' }), 'dc2', {
          timeZone: 'America/Chicago',
        }),
      },
      {
        name: 'leaves a name that is no zone to DSN-017',
        design: withDataCenter(reference(), 'dc2', { timeZone: 'Central Time' }),
      },
    ],
    invalid: [
      {
        name: 'flags an IANA zone that is another Windows zone than the next hop’s, naming the one server in the singular',
        design: withServers(withDataCenter(reference(), 'dc2', { timeZone: 'America/New_York' }), {
          pc6: { state: 'idle' },
        }),
        message: 'otherTimeZone.one',
        text: 'Active server pchat5.contoso.com of pool pchatpool.contoso.com is in a data center on America/New_York, but the next hop fepool1.contoso.com is in Dallas on Central Standard Time. Active Persistent Chat servers must be in the time zone of the next-hop pool.',
        fixTitle: 'Make pchat5.contoso.com idle and pchat3.contoso.com active',
        fixClears: true,
      },
      {
        name: 'flags active servers in another time zone; the fix swaps them for idle ones and keeps 4 active',
        design: withDataCenter(reference(), 'dc2', { timeZone: 'Eastern Standard Time' }),
        message: 'otherTimeZone.other',
        severity: 'error',
        text: 'Active servers pchat5.contoso.com, pchat6.contoso.com of pool pchatpool.contoso.com are in a data center on Eastern Standard Time, but the next hop fepool1.contoso.com is in Dallas on Central Standard Time. Active Persistent Chat servers must be in the time zone of the next-hop pool.',
        elements: ['pool1', 'fe1', 'pc5', 'pc6'],
        fixTitle:
          'Make pchat5.contoso.com, pchat6.contoso.com idle and pchat3.contoso.com, pchat4.contoso.com active',
        fixClears: true,
        fixed: (fixed) => {
          expect(activeCount(fixed)).toBe(4);
          // That is the PC-024 layout: all of Dallas active, all of Houston idle.
          expect(states(fixed)).toEqual(states(lowBandwidth()));
        },
      },
    ],
  });

  it('never activates past 4: with 8 active and a spare in Dallas, the fix only makes the far ones idle', () => {
    const d = withDataCenter(reference(), 'dc2', { timeZone: 'Eastern Standard Time' });
    const spare = { ...d.servers[3]!, id: 'pc9', fqdn: 'pchat9.contoso.com' };
    const broken = { ...d, servers: [...d.servers.map((s) => ({ ...s, state: 'active' as const })), spare] };
    const [f] = findingsOf(broken, 'PC-019');
    expect(f?.fix?.title).toBe(
      'Make pchat5.contoso.com, pchat6.contoso.com, pchat7.contoso.com, pchat8.contoso.com idle',
    );
    const fixed = f!.fix!.apply(broken);
    expect(findingsOf(fixed, 'PC-019')).toEqual([]);
    expect(findingsOf(fixed, 'PC-001')).toEqual([]);
    expect(activeCount(fixed)).toBe(4);
    expect(states(fixed)['pc9']).toBe('idle');
  });

  it('offers no fix when no server could stay active', () => {
    const d = withPool(withDataCenter(reference(), 'dc2', { timeZone: 'Eastern Standard Time' }), {
      nextHopId: 'fe2',
    });
    const dallasOnly = { ...d, servers: d.servers.filter((s) => s.dataCenterId === 'dc1') };
    const [f] = findingsOf(dallasOnly, 'PC-019');
    expect(f?.elements).toEqual(['pool1', 'fe2', 'pc1', 'pc2']);
    expect(f?.fix).toBeNull();
  });

  it('waits until both time zones are known', () => {
    const d = withDataCenter(reference(), 'dc2', { timeZone: 'Eastern Standard Time' });
    expect(findingsOf(withDataCenter(d, 'dc1', { timeZone: '' }), 'PC-019')).toEqual([]);
    expect(findingsOf(withDataCenter(reference(), 'dc2', { timeZone: '' }), 'PC-019')).toEqual([]);
  });
});

describe('PC-020 a stretched pool is in one Lync site', () => {
  ruleTester.run('PC-020', {
    valid: [
      { name: 'passes both data centers in Contoso-Central', design: reference() },
      {
        name: 'passes both data centers in Contoso-Central, however the name is typed',
        design: withDataCenter(reference(), 'dc2', { lyncSite: 'contoso-central ' }),
      },
    ],
    invalid: [
      {
        name: 'notes data centers in two Lync sites, and the fix maps both to the next hop’s site',
        design: withDataCenter(reference(), 'dc2', { lyncSite: 'Contoso-South' }),
        message: 'splitSites',
        severity: 'info',
        names: ['(Contoso-Central: Dallas; Contoso-South: Houston)'],
        elements: ['pool1', 'dc1', 'dc2', 'fe1'],
        fixTitle: 'Put Houston in Lync site Contoso-Central',
        fixClears: true,
        fixed: (fixed) =>
          expect(fixed.dataCenters.map((dc) => dc.lyncSite)).toEqual(['Contoso-Central', 'Contoso-Central']),
      },
    ],
  });

  it('keeps the primary data center’s site when the next hop is in neither', () => {
    const d = withFrontEnd(withDataCenter(reference(), 'dc1', { lyncSite: 'Contoso-North' }), 'fe1', {
      lyncSite: 'Contoso-West',
    });
    const [f] = findingsOf(d, 'PC-020');
    expect(f?.fix?.title).toBe('Put Houston in Lync site Contoso-North');
  });

  it('notes a next hop in another Lync site than the pool, without a fix', () => {
    const d = withFrontEnd(reference(), 'fe1', { lyncSite: 'Contoso-North' });
    const [f] = findingsOf(d, 'PC-020');
    expect(f?.messageKey).toBe('nextHopSite');
    expect(f?.message).toContain(
      'is in Lync site Contoso-Central, but its next hop fepool1.contoso.com is in Lync site Contoso-North',
    );
    expect(f?.fix).toBeNull();
  });
});

describe('PC-021 one default pool per Lync site', () => {
  ruleTester.run('PC-021', {
    valid: [
      { name: 'passes a pool that is its site’s default', design: reference() },
      {
        name: 'passes a pool that is the default for all sites',
        design: withPool(reference(), { defaultFor: 'all-sites' }),
      },
      {
        name: 'passes two pools that are each the default of their own site',
        design: secondPool(withDataCenter(reference(), 'dc2', { lyncSite: 'Contoso-South' })),
      },
    ],
    invalid: [
      {
        name: 'warns about a site without a default pool, and the fix makes its one pool the default',
        design: withPool(reference(), { defaultFor: 'none' }),
        message: 'noDefault',
        severity: 'warning',
        names: ['Lync site Contoso-Central hosts pchatpool.contoso.com, but no pool is the default'],
        fixClears: true,
        fixed: (fixed) => expect(fixed.pools[0]?.defaultFor).toBe('site'),
      },
      {
        name: 'leaves the choice to the planner when the site has several pools and no default',
        design: secondPool(withPool(reference(), { defaultFor: 'none' }), { defaultFor: 'none' }),
        message: 'noDefault',
        elements: ['pool1', 'pool2'],
        noFix: true,
      },
      {
        name: 'warns about two defaults for one site, and the fix keeps the first',
        design: secondPool(reference()),
        message: 'severalSiteDefaults',
        names: [
          'pchatpool.contoso.com, pchat-south.contoso.com are each the default for Lync site Contoso-Central',
        ],
        fixClears: true,
        fixed: (fixed) => expect(fixed.pools.map((p) => p.defaultFor)).toEqual(['site', 'none']),
      },
      {
        name: 'warns about two defaults for all sites, and the fix keeps the first',
        design: secondPool(withPool(reference(), { defaultFor: 'all-sites' }), { defaultFor: 'all-sites' }),
        message: 'severalAllSites',
        fixClears: true,
        fixed: (fixed) => expect(fixed.pools.map((p) => p.defaultFor)).toEqual(['all-sites', 'none']),
      },
    ],
  });
});

describe('next-hop rules on unfinished designs', () => {
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
      ...d,
      dataCenters: [{ id: 'dc1', name: '', lyncSite: '', timeZone: '' }],
      frontEndPools: [{ ...d.frontEndPools[0]!, dataCenterId: 'gone', lyncSite: '' }],
      pools: [{ ...d.pools[0]!, fqdn: '', nextHopId: 'gone', defaultFor: 'none' }],
      servers: [
        { ...d.servers[0]!, dataCenterId: null },
        { ...d.servers[1]!, dataCenterId: 'dc1' },
        { ...d.servers[4]!, dataCenterId: 'gone' },
      ],
      sqlInstances: [],
    };
    const found = ours(loose);
    expect(found.filter((f) => f.messageKey === 'internal-error')).toEqual([]);
    // Only the dangling next hop is certain; sites and time zones are not filled in yet.
    expect(found.map((f) => [f.ruleId, f.messageKey])).toEqual([['PC-018', 'notFrontEnd']]);
  });
});
