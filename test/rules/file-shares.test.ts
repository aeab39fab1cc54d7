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
import { ruleTester } from '../support/rule-tester.ts';

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
  const d = reference();
  ruleTester.run('PC-047', {
    valid: [
      {
        name: 'accepts a local path for a single-computer pool',
        design: withPool(
          { ...d, fileStores: [...d.fileStores, localStore] },
          { fileStoreId: 'fs-local', computers: 'single' },
        ),
      },
    ],
    invalid: [
      {
        name: 'flags a pool without a file store; the fix picks the file store beside the primary store',
        design: withPool(reference(), { fileStoreId: null }),
        message: 'missing',
        severity: 'error',
        names: ['pchatpool.contoso.com has no file store'],
        fixTitle: 'Use the file store \\\\fs1.contoso.com\\pchatfiles',
        fixClears: true,
        fixed: (fixed) => expect(fixed.pools[0]?.fileStoreId).toBe('fs1'),
      },
      {
        name: 'flags a file store id that points nowhere, and fixes it the same way',
        design: withPool(reference(), { fileStoreId: 'fs-gone' }),
        message: 'unresolved',
        names: ['"fs-gone"'],
        fixClears: true,
      },
      {
        name: 'flags a local path on a multiple-computer pool and offers a UNC file store instead',
        design: withPool({ ...d, fileStores: [...d.fileStores, localStore] }, { fileStoreId: 'fs-local' }),
        message: 'localPath',
        names: ['D:\\PChatFiles'],
        elements: ['pool1', 'fs-local'],
        fixClears: true,
        fixed: (fixed) => expect(fixed.pools[0]?.fileStoreId).toBe('fs1'),
      },
      {
        name: 'offers no fix when the design has no usable file store',
        design: withPool({ ...reference(), fileStores: [] }, { fileStoreId: null }),
        message: 'missing',
        noFix: true,
      },
    ],
  });
});

describe('PC-049 no file store on an Enterprise Edition Front End', () => {
  const onFrontEnd = (d: Design) => ({
    ...d,
    fileStores: edit(d.fileStores, 'fs1', { serverFqdn: 'FE1-02.contoso.com' }),
  });
  const d = reference();
  const standard = onFrontEnd(d);

  ruleTester.run('PC-049', {
    valid: [
      {
        name: 'accepts a file store on a Standard Edition server',
        design: {
          ...standard,
          frontEndPools: edit(standard.frontEndPools, 'fe1', { edition: 'standard' as const }),
        },
      },
    ],
    invalid: [
      {
        name: 'flags the pool file store on a Front End machine; no fix when the only other store is in the other data center',
        design: onFrontEnd(reference()),
        message: 'onFrontEnd',
        severity: 'error',
        names: ['Enterprise Edition Front End pool fepool1.contoso.com'],
        elements: ['fs1', 'fe1', 'pool1'],
        noFix: true,
      },
      {
        name: 'moves the pool to a file store beside its primary store and drops the one on the Front End',
        design: onFrontEnd({
          ...reference(),
          fileStores: [
            ...reference().fileStores,
            { id: 'fs3', serverFqdn: 'fs3.contoso.com', shareName: 'pchatfiles', dataCenterId: 'dc1' },
          ],
        }),
        message: 'onFrontEnd',
        fixClears: true,
        fixed: (fixed) => {
          expect(fixed.pools[0]?.fileStoreId).toBe('fs3');
          expect(fixed.fileStores.map((s) => s.id)).toEqual(['fs2', 'fs3']);
          expect(findingsOf(fixed, 'PC-047')).toEqual([]);
        },
      },
      {
        name: 'offers to delete an unused file store on a Front End',
        design: { ...d, fileStores: edit(d.fileStores, 'fs2', { serverFqdn: 'fe2-01.contoso.com' }) },
        message: 'onFrontEnd',
        fixTitle: 'Delete the unused file store \\\\fe2-01.contoso.com\\pchatfiles',
        fixClears: true,
      },
    ],
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

  ruleTester.run('PC-050', {
    valid: [
      { name: 'accepts two pools of the same site on one file store', design: twoPools('Contoso-Central') },
    ],
    invalid: [
      {
        name: 'flags one file store serving pools of two sites',
        design: twoPools('Contoso-East'),
        message: 'severalSites',
        severity: 'error',
        names: ['pchatpool.contoso.com (Contoso-Central)', 'pchat-east.contoso.com (Contoso-East)'],
        elements: ['fs1', 'pool1', 'pool2'],
      },
    ],
  });
});

describe('PC-051 the file store has no documented cross-data-center DR', () => {
  const withoutSecondStore = (d: Design): Design => ({
    ...d,
    fileStores: d.fileStores.filter((f) => f.id !== 'fs2'),
  });

  ruleTester.run('PC-051', {
    valid: [
      { name: 'is satisfied when a file store stands in the other data center too', design: reference() },
      {
        name: 'is silent for a pool without disaster recovery',
        design: withPool(withoutSecondStore(reference()), { disasterRecovery: false }),
      },
    ],
    invalid: [
      {
        name: 'warns a DR pool whose files exist in one data center only, with the backup advice',
        design: withoutSecondStore(reference()),
        message: 'oneDataCenter',
        severity: 'warning',
        names: ['exists only in Dallas', 'every 4 to 8 hours'],
      },
    ],
  });
});

describe('PC-052 a dedicated log-backup share', () => {
  ruleTester.run('PC-052', {
    valid: [
      {
        name: 'asks nothing of a pool without disaster recovery',
        design: withPool(withLogShipping(reference(), { backupShareId: null }), { disasterRecovery: false }),
      },
    ],
    invalid: [
      {
        name: 'flags a DR pool without one; the fix assigns the log-backup share',
        design: withLogShipping(reference(), { backupShareId: null }),
        message: 'missing',
        severity: 'error',
        fixClears: true,
        fixed: (fixed) => expect(fixed.pools[0]?.logShipping.backupShareId).toBe('share-logs'),
      },
      {
        name: 'flags a share of another purpose',
        design: withLogShipping(reference(), { backupShareId: 'share-mirror' }),
        message: 'wrongPurpose.mirroring',
        names: ['\\\\fs1.contoso.com\\pchatmirror, which is a mirroring share'],
        fixClears: true,
      },
      {
        name: 'flags an id that is not a share',
        design: withLogShipping(reference(), { backupShareId: 'fs1' }),
        message: 'unresolved',
      },
    ],
  });

  it('names the purpose in Spanish too', () => {
    const broken = withLogShipping(reference(), { backupShareId: 'share-mirror' });
    expect(validate(broken, { locale: 'es' }).find((x) => x.ruleId === 'PC-052')?.message).toContain(
      'que es un recurso de tipo «creación de reflejo»',
    );
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

  it('without a log-backup share on the primary, adds one there and uses it', () => {
    const d = localSystem(reference(), ['sql-mgc']);
    const [f] = findingsOf(d, 'PC-054');
    expect(f?.fix?.title).toBe(
      'Add the log-backup share \\\\sqlpc1.contoso.com\\pchatlogs on sqlpc1.contoso.com and use it',
    );
    const fixed = f!.fix!.apply(d);
    const added = fixed.shares.find((s) => s.id === fixed.pools[0]!.logShipping.backupShareId);
    expect(added).toEqual({
      id: 'share-pchatlogs',
      serverFqdn: 'sqlpc1.contoso.com',
      shareName: 'pchatlogs',
      dataCenterId: 'dc1',
      purpose: 'log-backup',
    });
    expect(findingsOf(fixed, 'PC-054')).toEqual([]);
    expect(findingsOf(fixed, 'PC-052')).toEqual([]);
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
  const none = { sqlInstanceId: 'sql-mgc', mirrorId: null, witnessId: null };
  ruleTester.run('PC-055', {
    valid: [
      {
        name: 'asks nothing of a pool with no mirror',
        design: withPool(reference(), {
          mirroringShareId: null,
          stores: { primary: none, backup: none, compliance: none, complianceBackup: none },
        }),
      },
    ],
    invalid: [
      {
        name: 'flags a mirrored pool without a mirroring share; the fix assigns one',
        design: withPool(reference(), { mirroringShareId: null }),
        message: 'missing',
        severity: 'error',
        names: ['sqlpc1m.contoso.com\\PCHAT'],
        fixClears: true,
        fixed: (fixed) => expect(fixed.pools[0]?.mirroringShareId).toBe('share-mirror'),
      },
      {
        name: 'flags a share of another purpose',
        design: withPool(reference(), { mirroringShareId: 'share-logcopy' }),
        message: 'wrongPurpose.log-copy',
        fixClears: true,
      },
    ],
  });
});
