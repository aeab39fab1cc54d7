import { describe, expect, it } from 'vitest';
import type { Design } from '../../shared/model/types.ts';
import { collocationRules } from '../../shared/rules/families/collocation.ts';
import {
  loadExample,
  lowBandwidth,
  reference,
  withFrontEnd,
  withPool,
  withServer,
  withServers,
  familyFindingsOf,
} from '../support/designs.ts';
import { ruleTester } from '../support/rule-tester.ts';

const ours = familyFindingsOf(collocationRules);

describe('collocation rules on the shipped examples', () => {
  it('find nothing in the reference and low-bandwidth layouts', () => {
    expect(ours(reference())).toEqual([]);
    expect(ours(lowBandwidth())).toEqual([]);
  });

  it('find the Front End machine, the missing compliance store, the foreign domain and FAT32 in the broken example', () => {
    const found = ours(loadExample('broken').design);
    expect(found.map((f) => [f.ruleId, f.severity])).toEqual([
      ['PC-013', 'error'],
      ['PC-014', 'error'],
      ['PC-017', 'error'],
      ['PC-016', 'warning'],
    ]);
  });
});

describe('PC-013 no Persistent Chat server on an Enterprise Edition Front End', () => {
  ruleTester.run('PC-013', {
    valid: [
      { name: 'passes dedicated servers', design: reference() },
      {
        name: 'leaves a Standard Edition Front End to the pool-type rules',
        design: withServer(withFrontEnd(reference(), 'fe1', { edition: 'standard' }), 'pc3', {
          fqdn: 'fe1-02.contoso.com',
        }),
      },
    ],
    invalid: [
      {
        name: 'flags a server that is a Front End machine, whatever the case of its FQDN',
        design: withServer(reference(), 'pc3', { fqdn: 'FE1-02.contoso.com' }),
        message: 'onFrontEndMachine',
        severity: 'error',
        names: [
          'FE1-02.contoso.com is also a Front End Server of the Enterprise Edition pool fepool1.contoso.com',
        ],
        elements: ['pc3', 'pool1', 'fe1'],
        // The computer cannot host the role; the pool keeps seven servers without it.
        fixTitle:
          'Delete the Persistent Chat server FE1-02.contoso.com from pchatpool.contoso.com: its computer is a Front End Server',
        fixClears: true,
        fixed: (fixed) => expect(fixed.servers.map((s) => s.id)).not.toContain('pc3'),
      },
      {
        name: 'offers no fix when the server on the Front End is the only active one of its pool',
        design: withServers(reference(), {
          pc1: { fqdn: 'fe1-01.contoso.com' },
          pc2: { state: 'idle' },
          pc5: { state: 'idle' },
          pc6: { state: 'idle' },
        }),
        message: 'onFrontEndMachine',
        noFix: true,
      },
      {
        name: 'flags a server named like the Front End pool',
        design: withServer(reference(), 'pc7', { fqdn: 'fepool2.contoso.com' }),
        message: 'onFrontEndPoolName',
        elements: ['pc7', 'pool1', 'fe2'],
      },
    ],
  });
});

describe('PC-014 compliance needs its compliance store', () => {
  const d = reference();
  const none = { sqlInstanceId: null, mirrorId: null, witnessId: null };
  ruleTester.run('PC-014', {
    valid: [
      { name: 'passes compliance with a compliance store', design: reference() },
      {
        name: 'passes no compliance with no compliance store',
        design: withPool(reference(), {
          compliance: false,
          stores: { ...reference().pools[0]!.stores, compliance: none, complianceBackup: none },
        }),
      },
    ],
    invalid: [
      {
        name: 'flags compliance without a compliance store',
        design: withPool(d, { stores: { ...d.pools[0]!.stores, compliance: none } }),
        message: 'noComplianceStore',
        severity: 'error',
        names: ['pchatpool.contoso.com has compliance turned on but no compliance SQL Server store'],
        elements: ['pool1'],
        noFix: true,
      },
      {
        name: 'counts a compliance store that is not in the design as none',
        design: withPool(d, {
          stores: {
            ...d.pools[0]!.stores,
            compliance: { ...d.pools[0]!.stores.compliance, sqlInstanceId: 'gone' },
          },
        }),
        message: 'noComplianceStore',
      },
      {
        name: 'notes compliance stores left behind with compliance off, and the fix clears them',
        design: withPool(reference(), { compliance: false }),
        message: 'unusedComplianceStore.other',
        severity: 'info',
        names: ['sqlpc1.contoso.com\\PCHAT, sqlcmp1m.contoso.com\\PCHAT'],
        finding: (f) =>
          expect(f.elements).toEqual(expect.arrayContaining(['pool1', 'sql-comp-backup', 'sql-witness2'])),
        fixClears: true,
        fixed: (fixed) => {
          expect(fixed.pools[0]?.compliance).toBe(false);
          expect(fixed.pools[0]?.stores.compliance.sqlInstanceId).toBeNull();
          expect(fixed.pools[0]?.stores.complianceBackup.mirrorId).toBeNull();
          // The mgc stores are not touched.
          expect(fixed.pools[0]?.stores.primary).toEqual(d.pools[0]?.stores.primary);
        },
      },
    ],
  });
});

describe('PC-016 one AD domain for the pool and Lync Server', () => {
  let noHop = withPool(reference(), { nextHopId: null });
  for (const id of ['pc6', 'pc7', 'pc8']) noHop = withServer(noHop, id, { adDomain: 'fabrikam.com' });
  ruleTester.run('PC-016', {
    valid: [
      { name: 'passes servers in the next hop’s domain', design: reference() },
      {
        name: 'passes servers in the next hop’s domain, compared without regard to case',
        design: withFrontEnd(reference(), 'fe1', { adDomain: 'CONTOSO.com' }),
      },
      {
        name: 'does not count a server whose domain is not filled in yet',
        design: withServer(reference(), 'pc2', { adDomain: '' }),
      },
    ],
    invalid: [
      {
        name: 'warns about a server in another domain than the next hop, and the fix moves it',
        design: withServer(reference(), 'pc6', { adDomain: 'fabrikam.com' }),
        message: 'notNextHopDomain.one',
        severity: 'warning',
        names: [
          'Server pchat6.contoso.com (fabrikam.com) of pool pchatpool.contoso.com is not in contoso.com, the AD domain of its next hop fepool1.contoso.com',
        ],
        elements: ['pool1', 'pc6', 'fe1'],
        fixClears: true,
        fixed: (fixed) => expect(fixed.servers.find((s) => s.id === 'pc6')?.adDomain).toBe('contoso.com'),
      },
      {
        name: 'without a next hop, warns about the servers outside the domain most of them share',
        design: noHop,
        message: 'mixedDomains.other',
        elements: ['pool1', 'pc6', 'pc7', 'pc8'],
        fixClears: true,
      },
      {
        name: 'warns about every server when the whole pool is in another domain than Lync Server',
        design: withFrontEnd(reference(), 'fe1', { adDomain: 'corp.contoso.com' }),
        message: 'notNextHopDomain.other',
        finding: (f) => expect(f.elements).toHaveLength(10),
        fixClears: true,
      },
    ],
  });
});

describe('PC-017 NTFS only', () => {
  ruleTester.run('PC-017', {
    valid: [{ name: 'passes NTFS servers', design: reference() }],
    invalid: [
      {
        name: 'flags a FAT32 server, and the fix installs it on NTFS',
        design: withServer(reference(), 'pc4', { fileSystem: 'fat32' }),
        message: 'fat32',
        severity: 'error',
        names: ['pchat4.contoso.com is set to install on FAT32'],
        elements: ['pc4', 'pool1'],
        fixTitle: 'Install pchat4.contoso.com on NTFS',
        fixClears: true,
        fixed: (fixed) => expect(fixed.servers.find((s) => s.id === 'pc4')?.fileSystem).toBe('ntfs'),
      },
    ],
  });
});

describe('collocation rules on unfinished designs', () => {
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
      frontEndPools: [{ ...d.frontEndPools[0]!, fqdn: '', adDomain: '', machines: [''] }],
      pools: [{ ...d.pools[0]!, fqdn: '', nextHopId: 'gone' }],
      servers: [
        { ...d.servers[0]!, fqdn: '', poolId: null, adDomain: '', fileSystem: 'fat32' },
        { ...d.servers[1]!, poolId: 'gone', adDomain: 'fabrikam.com' },
      ],
      sqlInstances: [],
    };
    const found = ours(loose);
    expect(found.filter((f) => f.messageKey === 'internal-error')).toEqual([]);
    // A server with no FQDN yet is not a Front End machine, even of a Front End with no name.
    expect(found.map((f) => f.ruleId).sort()).toEqual(['PC-014', 'PC-017']);
  });
});
