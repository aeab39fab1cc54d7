import { describe, expect, it } from 'vitest';
import type { Design, Share } from '../../shared/model/types.ts';
import { validate } from '../../shared/rules/engine.ts';
import {
  edit,
  findingsOf,
  loadExample,
  lowBandwidth,
  reference,
  withLogShipping,
  withPool,
} from '../support/designs.ts';

const addShare = (d: Design, share: Share): Design => ({ ...d, shares: [...d.shares, share] });

const localStore = {
  id: 'fs-local',
  serverFqdn: 'pchat1.contoso.com',
  shareName: 'D:\\PChatFiles',
  dataCenterId: 'dc1',
};

describe('the shipped layouts', () => {
  it('give no error of family H', () => {
    for (const d of [reference(), lowBandwidth()]) {
      for (const id of ['PC-047', 'PC-049', 'PC-050', 'PC-051', 'PC-052', 'PC-053', 'PC-054', 'PC-055']) {
        expect(findingsOf(d, id), id).toEqual([]);
      }
    }
  });

  it('the broken example trips PC-047 with its local-path file store', () => {
    const f = findingsOf(loadExample('broken').design, 'PC-047');
    expect(f.map((x) => x.messageKey)).toEqual(['localPath']);
  });
});

describe('PC-047 a file store, by UNC path for a multiple-computer pool', () => {
  it('flags a pool without a file store; the fix picks the file store beside the primary store', () => {
    const broken = withPool(reference(), { fileStoreId: null });
    const [f, ...rest] = findingsOf(broken, 'PC-047');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.messageKey).toBe('missing');
    expect(f?.message).toContain('pchatpool.contoso.com has no file store');
    expect(f?.fix?.title).toBe('Use the file store \\\\fs1.contoso.com\\pchatfiles');
    const fixed = f!.fix!.apply(broken);
    expect(fixed.pools[0]?.fileStoreId).toBe('fs1');
    expect(findingsOf(fixed, 'PC-047')).toEqual([]);
  });

  it('flags a file store id that points nowhere, and fixes it the same way', () => {
    const broken = withPool(reference(), { fileStoreId: 'fs-gone' });
    const [f] = findingsOf(broken, 'PC-047');
    expect(f?.messageKey).toBe('unresolved');
    expect(f?.message).toContain('"fs-gone"');
    expect(findingsOf(f!.fix!.apply(broken), 'PC-047')).toEqual([]);
  });

  it('flags a local path on a multiple-computer pool and offers a UNC file store instead', () => {
    const d = reference();
    const broken = withPool({ ...d, fileStores: [...d.fileStores, localStore] }, { fileStoreId: 'fs-local' });
    const [f] = findingsOf(broken, 'PC-047');
    expect(f?.messageKey).toBe('localPath');
    expect(f?.message).toContain('D:\\PChatFiles');
    expect(f?.elements).toEqual(['pool1', 'fs-local']);
    const fixed = f!.fix!.apply(broken);
    expect(fixed.pools[0]?.fileStoreId).toBe('fs1');
    expect(findingsOf(fixed, 'PC-047')).toEqual([]);
  });

  it('accepts a local path for a single-computer pool', () => {
    const d = reference();
    const single = withPool(
      { ...d, fileStores: [...d.fileStores, localStore] },
      { fileStoreId: 'fs-local', computers: 'single' },
    );
    expect(findingsOf(single, 'PC-047')).toEqual([]);
  });

  it('offers no fix when the design has no usable file store', () => {
    const broken = withPool({ ...reference(), fileStores: [] }, { fileStoreId: null });
    const [f] = findingsOf(broken, 'PC-047');
    expect(f?.fix).toBeNull();
  });
});

describe('PC-049 no file store on an Enterprise Edition Front End', () => {
  const onFrontEnd = (d: Design) => ({
    ...d,
    fileStores: edit(d.fileStores, 'fs1', { serverFqdn: 'FE1-02.contoso.com' }),
  });

  it('flags the pool file store on a Front End machine; the fix moves the pool and drops the store', () => {
    const broken = onFrontEnd(reference());
    const [f, ...rest] = findingsOf(broken, 'PC-049');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('Enterprise Edition Front End pool fepool1.contoso.com');
    expect(f?.elements).toEqual(['fs1', 'fe1', 'pool1']);
    const fixed = f!.fix!.apply(broken);
    expect(fixed.pools[0]?.fileStoreId).toBe('fs2');
    expect(fixed.fileStores.map((s) => s.id)).toEqual(['fs2']);
    expect(findingsOf(fixed, 'PC-049')).toEqual([]);
    expect(findingsOf(fixed, 'PC-047')).toEqual([]);
  });

  it('offers to delete an unused file store on a Front End', () => {
    const d = reference();
    const broken = { ...d, fileStores: edit(d.fileStores, 'fs2', { serverFqdn: 'fe2-01.contoso.com' }) };
    const [f] = findingsOf(broken, 'PC-049');
    expect(f?.fix?.title).toBe('Delete the unused file store \\\\fe2-01.contoso.com\\pchatfiles');
    expect(findingsOf(f!.fix!.apply(broken), 'PC-049')).toEqual([]);
  });

  it('accepts a file store on a Standard Edition server', () => {
    const d = onFrontEnd(reference());
    const standard = { ...d, frontEndPools: edit(d.frontEndPools, 'fe1', { edition: 'standard' as const }) };
    expect(findingsOf(standard, 'PC-049')).toEqual([]);
  });
});

describe('PC-050 one file store serves pools of one site only', () => {
  const twoPools = (site: string): Design => {
    const d = reference();
    const fe3 = {
      ...d.frontEndPools[1]!,
      id: 'fe3',
      fqdn: 'fepool3.contoso.com',
      lyncSite: site,
      machines: [],
    };
    const pool2 = { ...d.pools[0]!, id: 'pool2', fqdn: 'pchat-east.contoso.com', nextHopId: 'fe3' };
    return { ...d, frontEndPools: [...d.frontEndPools, fe3], pools: [...d.pools, pool2] };
  };

  it('accepts two pools of the same site on one file store', () => {
    expect(findingsOf(twoPools('Contoso-Central'), 'PC-050')).toEqual([]);
  });

  it('flags one file store serving pools of two sites', () => {
    const [f, ...rest] = findingsOf(twoPools('Contoso-East'), 'PC-050');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('pchatpool.contoso.com (Contoso-Central)');
    expect(f?.message).toContain('pchat-east.contoso.com (Contoso-East)');
    expect(f?.elements).toEqual(['fs1', 'pool1', 'pool2']);
  });
});

describe('PC-051 the file store has no documented cross-data-center DR', () => {
  const withoutSecondStore = (d: Design): Design => ({
    ...d,
    fileStores: d.fileStores.filter((f) => f.id !== 'fs2'),
  });

  it('is satisfied when a file store stands in the other data center too', () => {
    expect(findingsOf(reference(), 'PC-051')).toEqual([]);
  });

  it('warns a DR pool whose files exist in one data center only, with the backup advice', () => {
    const [f] = findingsOf(withoutSecondStore(reference()), 'PC-051');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('exists only in Dallas');
    expect(f?.message).toContain('every 4 to 8 hours');
  });

  it('is silent for a pool without disaster recovery', () => {
    const d = withPool(withoutSecondStore(reference()), { disasterRecovery: false });
    expect(findingsOf(d, 'PC-051')).toEqual([]);
  });
});

describe('PC-052 a dedicated log-backup share', () => {
  it('flags a DR pool without one; the fix assigns the log-backup share', () => {
    const broken = withLogShipping(reference(), { backupShareId: null });
    const [f] = findingsOf(broken, 'PC-052');
    expect(f?.severity).toBe('error');
    expect(f?.messageKey).toBe('missing');
    const fixed = f!.fix!.apply(broken);
    expect(fixed.pools[0]?.logShipping.backupShareId).toBe('share-logs');
    expect(findingsOf(fixed, 'PC-052')).toEqual([]);
  });

  it('flags a share of another purpose', () => {
    const broken = withLogShipping(reference(), { backupShareId: 'share-mirror' });
    const [f] = findingsOf(broken, 'PC-052');
    expect(f?.messageKey).toBe('wrongPurpose.mirroring');
    expect(f?.message).toContain('\\\\fs1.contoso.com\\pchatmirror, which is a mirroring share');
    expect(validate(broken, { locale: 'es' }).find((x) => x.ruleId === 'PC-052')?.message).toContain(
      'que es un recurso de tipo «creación de reflejo»',
    );
    expect(findingsOf(f!.fix!.apply(broken), 'PC-052')).toEqual([]);
  });

  it('flags an id that is not a share', () => {
    const [f] = findingsOf(withLogShipping(reference(), { backupShareId: 'fs1' }), 'PC-052');
    expect(f?.messageKey).toBe('unresolved');
  });

  it('asks nothing of a pool without disaster recovery', () => {
    const d = withPool(withLogShipping(reference(), { backupShareId: null }), { disasterRecovery: false });
    expect(findingsOf(d, 'PC-052')).toEqual([]);
  });
});

describe('PC-053 a copy-destination share on the backup store server', () => {
  const logCopyOnFs2: Share = {
    id: 'share-copy-fs2',
    serverFqdn: 'fs2.contoso.com',
    shareName: 'pchatlogcopy',
    dataCenterId: 'dc2',
    purpose: 'log-copy',
  };

  it('flags a copy destination on another computer; the fix moves it to the backup server', () => {
    const broken = withLogShipping(addShare(reference(), logCopyOnFs2), { copyShareId: 'share-copy-fs2' });
    const [f, ...rest] = findingsOf(broken, 'PC-053');
    expect(rest).toEqual([]);
    expect(f?.messageKey).toBe('notOnSecondary');
    expect(f?.message).toContain('is on fs2.contoso.com, not on the backup store server sqlpc2.contoso.com');
    expect(f?.elements).toEqual(['pool1', 'share-copy-fs2', 'sql-mgc-backup']);
    const fixed = f!.fix!.apply(broken);
    expect(fixed.pools[0]?.logShipping.copyShareId).toBe('share-logcopy');
    expect(findingsOf(fixed, 'PC-053')).toEqual([]);
  });

  it('compares computers by DNS name, ignoring case', () => {
    const d = reference();
    const upper = { ...d, shares: edit(d.shares, 'share-logcopy', { serverFqdn: 'SQLPC2.Contoso.com' }) };
    expect(findingsOf(upper, 'PC-053')).toEqual([]);
  });

  it('flags a missing copy destination and a share of another purpose', () => {
    const missing = withLogShipping(reference(), { copyShareId: null });
    const [m] = findingsOf(missing, 'PC-053');
    expect(m?.messageKey).toBe('missing');
    expect(findingsOf(m!.fix!.apply(missing), 'PC-053')).toEqual([]);
    const wrong = withLogShipping(reference(), { copyShareId: 'share-logs' });
    const [w] = findingsOf(wrong, 'PC-053');
    expect(w?.messageKey).toBe('wrongPurpose.log-backup');
    expect(findingsOf(w!.fix!.apply(wrong), 'PC-053')).toEqual([]);
  });

  it('offers no fix when no log-copy share stands on the backup server', () => {
    const d = reference();
    const broken = withLogShipping(
      { ...d, shares: edit(d.shares, 'share-logcopy', { serverFqdn: 'fs2.contoso.com' }) },
      {},
    );
    const [f] = findingsOf(broken, 'PC-053');
    expect(f?.messageKey).toBe('notOnSecondary');
    expect(f?.fix).toBeNull();
  });
});

describe('PC-054 Local System needs the log-backup folder on the primary', () => {
  const localSystem = (d: Design, ids: string[]): Design => ({
    ...d,
    sqlInstances: d.sqlInstances.map((i) =>
      ids.includes(i.id) ? { ...i, serviceAccount: 'local-system' as const } : i,
    ),
  });
  const logsOnPrimary: Share = {
    id: 'share-logs-sqlpc1',
    serverFqdn: 'sqlpc1.contoso.com',
    shareName: 'pchatlogs',
    dataCenterId: 'dc1',
    purpose: 'log-backup',
  };

  it('accepts a domain account with the share on a file server', () => {
    expect(findingsOf(reference(), 'PC-054')).toEqual([]);
  });

  it('flags a Local System primary writing to another computer; the fix uses a share on the primary', () => {
    const broken = addShare(localSystem(reference(), ['sql-mgc']), logsOnPrimary);
    const [f, ...rest] = findingsOf(broken, 'PC-054');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.messageKey).toBe('primary');
    expect(f?.message).toContain('must be on sqlpc1.contoso.com');
    const fixed = f!.fix!.apply(broken);
    expect(fixed.pools[0]?.logShipping.backupShareId).toBe('share-logs-sqlpc1');
    expect(findingsOf(fixed, 'PC-054')).toEqual([]);
  });

  it('has no fix without a log-backup share on the primary', () => {
    const [f] = findingsOf(localSystem(reference(), ['sql-mgc']), 'PC-054');
    expect(f?.fix).toBeNull();
  });

  it('flags a Local System mirror too, since LS2 ships from it, and offers no share that serves both', () => {
    const d = withLogShipping(
      addShare(localSystem(reference(), ['sql-mgc', 'sql-mgc-mirror']), logsOnPrimary),
      {
        backupShareId: 'share-logs-sqlpc1',
      },
    );
    const f = findingsOf(d, 'PC-054');
    expect(f.map((x) => x.messageKey)).toEqual(['mirror']);
    expect(f[0]?.message).toContain('run SQL Server under a domain account');
    expect(f[0]?.fix).toBeNull();
  });
});

describe('PC-055 a mirroring share for a mirrored store', () => {
  it('flags a mirrored pool without a mirroring share; the fix assigns one', () => {
    const broken = withPool(reference(), { mirroringShareId: null });
    const [f] = findingsOf(broken, 'PC-055');
    expect(f?.severity).toBe('error');
    expect(f?.messageKey).toBe('missing');
    expect(f?.message).toContain('sqlpc1m.contoso.com\\PCHAT');
    const fixed = f!.fix!.apply(broken);
    expect(fixed.pools[0]?.mirroringShareId).toBe('share-mirror');
    expect(findingsOf(fixed, 'PC-055')).toEqual([]);
  });

  it('flags a share of another purpose', () => {
    const broken = withPool(reference(), { mirroringShareId: 'share-logcopy' });
    const [f] = findingsOf(broken, 'PC-055');
    expect(f?.messageKey).toBe('wrongPurpose.log-copy');
    expect(findingsOf(f!.fix!.apply(broken), 'PC-055')).toEqual([]);
  });

  it('asks nothing of a pool with no mirror', () => {
    const d = reference();
    const none = { sqlInstanceId: 'sql-mgc', mirrorId: null, witnessId: null };
    const unmirrored = withPool(d, {
      mirroringShareId: null,
      stores: { primary: none, backup: none, compliance: none, complianceBackup: none },
    });
    expect(findingsOf(unmirrored, 'PC-055')).toEqual([]);
  });
});
