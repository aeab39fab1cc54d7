import { describe, expect, it } from 'vitest';
import type { Design } from '../../shared/model/types.ts';
import { validate } from '../../shared/rules/engine.ts';
import { collocationRules } from '../../shared/rules/families/collocation.ts';
import {
  findingsOf,
  loadExample,
  lowBandwidth,
  reference,
  withFrontEnd,
  withPool,
  withServer,
} from '../support/designs.ts';

const ids = collocationRules.map((r) => r.id);
const ours = (d: Design) => validate(d).filter((f) => ids.includes(f.ruleId));

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
  it('passes dedicated servers', () => {
    expect(findingsOf(reference(), 'PC-013')).toEqual([]);
  });

  it('flags a server that is a Front End machine, whatever the case of its FQDN', () => {
    const broken = withServer(reference(), 'pc3', { fqdn: 'FE1-02.contoso.com' });
    const [f, ...rest] = findingsOf(broken, 'PC-013');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.messageKey).toBe('onFrontEndMachine');
    expect(f?.message).toContain(
      'FE1-02.contoso.com is also a Front End Server of the Enterprise Edition pool fepool1.contoso.com',
    );
    expect(f?.elements).toEqual(['pc3', 'pool1', 'fe1']);
    // A new computer is the planner's to name: no fix.
    expect(f?.fix).toBeNull();
  });

  it('flags a server named like the Front End pool', () => {
    const [f] = findingsOf(withServer(reference(), 'pc7', { fqdn: 'fepool2.contoso.com' }), 'PC-013');
    expect(f?.messageKey).toBe('onFrontEndPoolName');
    expect(f?.elements).toEqual(['pc7', 'pool1', 'fe2']);
  });

  it('leaves a Standard Edition Front End to the pool-type rules', () => {
    const d = withFrontEnd(reference(), 'fe1', { edition: 'standard' });
    expect(findingsOf(withServer(d, 'pc3', { fqdn: 'fe1-02.contoso.com' }), 'PC-013')).toEqual([]);
  });
});

describe('PC-014 compliance needs its compliance store', () => {
  it('passes compliance with a compliance store, and no compliance with none', () => {
    expect(findingsOf(reference(), 'PC-014')).toEqual([]);
    const none = { sqlInstanceId: null, mirrorId: null, witnessId: null };
    const off = withPool(reference(), {
      compliance: false,
      stores: { ...reference().pools[0]!.stores, compliance: none, complianceBackup: none },
    });
    expect(findingsOf(off, 'PC-014')).toEqual([]);
  });

  it('flags compliance without a compliance store', () => {
    const d = reference();
    const broken = withPool(d, {
      stores: { ...d.pools[0]!.stores, compliance: { sqlInstanceId: null, mirrorId: null, witnessId: null } },
    });
    const [f, ...rest] = findingsOf(broken, 'PC-014');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain(
      'pchatpool.contoso.com has compliance turned on but no compliance SQL Server store',
    );
    expect(f?.elements).toEqual(['pool1']);
    expect(f?.fix).toBeNull();
  });

  it('counts a compliance store that is not in the design as none', () => {
    const d = reference();
    const dangling = withPool(d, {
      stores: {
        ...d.pools[0]!.stores,
        compliance: { ...d.pools[0]!.stores.compliance, sqlInstanceId: 'gone' },
      },
    });
    expect(findingsOf(dangling, 'PC-014').map((f) => f.messageKey)).toEqual(['noComplianceStore']);
  });

  it('notes compliance stores left behind with compliance off, and the fix clears them', () => {
    const broken = withPool(reference(), { compliance: false });
    const [f, ...rest] = findingsOf(broken, 'PC-014');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('info');
    expect(f?.message).toContain('sqlpc1.contoso.com\\PCHAT, sqlcmp1m.contoso.com\\PCHAT');
    expect(f?.elements).toEqual(expect.arrayContaining(['pool1', 'sql-comp-backup', 'sql-witness2']));
    const fixed = f!.fix!.apply(broken);
    expect(fixed.pools[0]?.compliance).toBe(false);
    expect(fixed.pools[0]?.stores.compliance.sqlInstanceId).toBeNull();
    expect(fixed.pools[0]?.stores.complianceBackup.mirrorId).toBeNull();
    // The mgc stores are not touched.
    expect(fixed.pools[0]?.stores.primary).toEqual(broken.pools[0]?.stores.primary);
    expect(findingsOf(fixed, 'PC-014')).toEqual([]);
  });
});

describe('PC-016 one AD domain for the pool and Lync Server', () => {
  it('passes servers in the next hop’s domain, compared without regard to case', () => {
    expect(findingsOf(reference(), 'PC-016')).toEqual([]);
    expect(findingsOf(withFrontEnd(reference(), 'fe1', { adDomain: 'CONTOSO.com' }), 'PC-016')).toEqual([]);
  });

  it('warns about a server in another domain than the next hop, and the fix moves it', () => {
    const broken = withServer(reference(), 'pc6', { adDomain: 'fabrikam.com' });
    const [f, ...rest] = findingsOf(broken, 'PC-016');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('warning');
    expect(f?.messageKey).toBe('notNextHopDomain');
    expect(f?.message).toContain(
      'pchat6.contoso.com (fabrikam.com) of pool pchatpool.contoso.com are not in contoso.com, the AD domain of its next hop fepool1.contoso.com',
    );
    expect(f?.elements).toEqual(['pool1', 'pc6', 'fe1']);
    const fixed = f!.fix!.apply(broken);
    expect(fixed.servers.find((s) => s.id === 'pc6')?.adDomain).toBe('contoso.com');
    expect(findingsOf(fixed, 'PC-016')).toEqual([]);
  });

  it('without a next hop, warns about the servers outside the domain most of them share', () => {
    let broken = withPool(reference(), { nextHopId: null });
    for (const id of ['pc6', 'pc7', 'pc8']) broken = withServer(broken, id, { adDomain: 'fabrikam.com' });
    const [f] = findingsOf(broken, 'PC-016');
    expect(f?.messageKey).toBe('mixedDomains');
    expect(f?.elements).toEqual(['pool1', 'pc6', 'pc7', 'pc8']);
    expect(findingsOf(f!.fix!.apply(broken), 'PC-016')).toEqual([]);
  });

  it('warns about every server when the whole pool is in another domain than Lync Server', () => {
    const broken = withFrontEnd(reference(), 'fe1', { adDomain: 'corp.contoso.com' });
    const [f] = findingsOf(broken, 'PC-016');
    expect(f?.elements).toHaveLength(10);
    expect(findingsOf(f!.fix!.apply(broken), 'PC-016')).toEqual([]);
  });

  it('does not count a server whose domain is not filled in yet', () => {
    expect(findingsOf(withServer(reference(), 'pc2', { adDomain: '' }), 'PC-016')).toEqual([]);
  });
});

describe('PC-017 NTFS only', () => {
  it('passes NTFS servers', () => {
    expect(findingsOf(reference(), 'PC-017')).toEqual([]);
  });

  it('flags a FAT32 server, and the fix installs it on NTFS', () => {
    const broken = withServer(reference(), 'pc4', { fileSystem: 'fat32' });
    const [f, ...rest] = findingsOf(broken, 'PC-017');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('pchat4.contoso.com is set to install on FAT32');
    expect(f?.elements).toEqual(['pc4', 'pool1']);
    expect(f?.fix?.title).toBe('Install pchat4.contoso.com on NTFS');
    const fixed = f!.fix!.apply(broken);
    expect(fixed.servers.find((s) => s.id === 'pc4')?.fileSystem).toBe('ntfs');
    expect(findingsOf(fixed, 'PC-017')).toEqual([]);
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
