import { describe, expect, it } from 'vitest';
import type { Design, SqlInstance } from '../../shared/model/types.ts';
import { validate } from '../../shared/rules/engine.ts';
import { databaseCollocationRules } from '../../shared/rules/families/database-collocation.ts';
import {
  edit,
  findingsOf,
  loadExample,
  lowBandwidth,
  reference,
  withSql,
  withStore,
  noStore,
  withSecondPool,
} from '../support/designs.ts';
import { ruleTester } from '../support/rule-tester.ts';

/** A second SQL instance on an existing instance's computer. */
const beside = (d: Design, id: string, of: string, patch: Partial<SqlInstance> = {}): Design => {
  const host = d.sqlInstances.find((i) => i.id === of)!;
  return {
    ...d,
    sqlInstances: [
      ...d.sqlInstances,
      { ...host, id, instanceName: id.toUpperCase(), mirroringPort: null, ...patch },
    ],
  };
};

describe('family G on the shipped examples', () => {
  it('finds nothing in the reference, low-bandwidth and broken designs', () => {
    for (const d of [reference(), lowBandwidth(), loadExample('broken').design]) {
      expect(validate(d, { rules: databaseCollocationRules })).toEqual([]);
    }
  });

  it('does not group instances whose server is not named yet', () => {
    let d = withSql(reference(), 'sql-mgc', { serverFqdn: '', backEndPoolIds: ['fe1'], monitoring: true });
    d = withSql(d, 'sql-witness1', { serverFqdn: '', backEndPoolIds: ['fe2'], monitoring: true });
    expect(validate(d, { rules: databaseCollocationRules })).toEqual([]);
  });
});

/** A second pool, without compliance or disaster recovery, whose one store is `instance`. */
const secondPoolOn = (d: Design, instance: string): Design =>
  withSecondPool(d, {
    fqdn: 'pchat-eu.contoso.com',
    compliance: false,
    disasterRecovery: false,
    stores: {
      primary: { ...noStore, sqlInstanceId: instance },
      backup: noStore,
      compliance: noStore,
      complianceBackup: noStore,
    },
  });

describe('PC-044 one database of each kind per SQL instance', () => {
  ruleTester.run('PC-044', {
    valid: [
      { name: 'passes the reference, where sqlpc1 holds one mgc and one mgccomp', design: reference() },
      {
        name: 'does not count a witness, which holds no database',
        design: withStore(reference(), 'compliance', { witnessId: 'sql-mgc-backup' }),
      },
    ],
    invalid: [
      {
        name: 'flags the primary and the backup mgc of one pool on one instance',
        design: withStore(reference(), 'backup', { sqlInstanceId: 'sql-mgc' }),
        message: 'twoChat',
        noFix: true,
      },
      {
        name: 'moves the second mgc to the one matching instance that holds nothing yet',
        design: {
          ...secondPoolOn(reference(), 'sql-mgc'),
          sqlInstances: [
            ...reference().sqlInstances,
            {
              ...reference().sqlInstances.find((i) => i.id === 'sql-mgc')!,
              id: 'sql-spare',
              serverFqdn: 'sqlspare.contoso.com',
            },
          ],
        },
        message: 'twoChat',
        fixTitle:
          'Move the database of pchat-eu.contoso.com to sqlspare.contoso.com\\PCHAT, the only matching instance that holds nothing yet',
        fixClears: true,
        fixed: (fixed) => expect(fixed.pools[1]?.stores.primary.sqlInstanceId).toBe('sql-spare'),
      },
      {
        name: 'flags two back ends on one instance',
        design: withSql(reference(), 'sql-witness1', { backEndPoolIds: ['fe1', 'fe2'] }),
        message: 'twoBackEnds',
        names: ['fepool1.contoso.com, fepool2.contoso.com'],
      },
    ],
  });

  it('flags two Persistent Chat pools sharing an instance for mgc', () => {
    const d = reference();
    const second = { ...d.pools[0]!, id: 'pool2', fqdn: 'pchat-eu.contoso.com', compliance: false };
    const f = findingsOf({ ...d, pools: [...d.pools, second] }, 'PC-044');
    // Each instance the second pool reuses for an mgc copy now holds two.
    expect(f.map((x) => x.params.instance)).toEqual([
      'sqlpc1.contoso.com\\PCHAT',
      'sqlpc1m.contoso.com\\PCHAT',
      'sqlpc2.contoso.com\\PCHAT',
      'sqlpc2m.contoso.com\\PCHAT',
    ]);
    expect(f[0]?.severity).toBe('error');
    expect(f[0]?.message).toContain(
      '2 Persistent Chat (mgc) databases, of pchatpool.contoso.com, pchat-eu.contoso.com',
    );
    expect(f[0]?.elements).toEqual(['sql-mgc', 'pool1', 'pool2']);
  });

  it('flags two compliance databases on one instance, counting only stores in use', () => {
    const broken = withStore(reference(), 'complianceBackup', { sqlInstanceId: 'sql-mgc' });
    expect(findingsOf(broken, 'PC-044').map((x) => x.messageKey)).toEqual(['twoCompliance']);
    const noDr = { ...broken, pools: edit(broken.pools, 'pool1', { disasterRecovery: false }) };
    expect(findingsOf(noDr, 'PC-044')).toEqual([]);
  });
});

describe('PC-045 Persistent Chat beside an Enterprise Edition back end', () => {
  const d = reference();
  const se = { ...d.frontEndPools[0]!, id: 'se1', fqdn: 'se1.contoso.com', edition: 'standard' as const };
  const withSe = { ...d, frontEndPools: [...d.frontEndPools, se] };
  ruleTester.run('PC-045', {
    valid: [
      { name: 'passes the reference', design: reference() },
      {
        name: 'is silent for a Standard Edition pool',
        design: withSql(withSe, 'sql-mgc', { backEndPoolIds: ['se1'] }),
      },
      {
        name: 'is silent for a back end beside a witness only',
        design: withSql(d, 'sql-witness1', { backEndPoolIds: ['fe1'] }),
      },
    ],
    invalid: [
      {
        name: 'warns when the mgc instance also holds an Enterprise Edition back end',
        design: withSql(reference(), 'sql-mgc', { backEndPoolIds: ['fe1'] }),
        message: 'sharedWithBackEnd',
        severity: 'warning',
        names: ['back end of Enterprise Edition pool fepool1.contoso.com'],
        elements: ['sql-mgc', 'fe1'],
      },
      {
        name: 'warns when the back end is in another instance on the same server',
        design: beside(reference(), 'be1', 'sql-mgc-mirror', { backEndPoolIds: ['fe2'] }),
        message: 'sharedWithBackEnd',
        elements: ['sql-mgc-mirror', 'be1', 'fe2'],
      },
    ],
  });
});

describe('PC-046 one Enterprise Edition pool, Archiving and Monitoring deployment per database server', () => {
  let oneEach = beside(reference(), 'be1', 'sql-witness2', { backEndPoolIds: ['fe2'], monitoring: true });
  oneEach = beside(oneEach, 'arch', 'sql-witness2', { archiving: true });
  let twoPools = beside(reference(), 'be1', 'sql-witness2', { backEndPoolIds: ['fe1'] });
  twoPools = beside(twoPools, 'be2', 'sql-witness2', { backEndPoolIds: ['fe2'] });
  ruleTester.run('PC-046', {
    valid: [
      { name: 'passes the reference', design: reference() },
      { name: 'passes one back end with one Monitoring and one Archiving database', design: oneEach },
    ],
    invalid: [
      {
        name: 'flags one server holding the back ends of two Enterprise Edition pools',
        design: twoPools,
        message: 'frontEnds',
        severity: 'error',
        names: ['sqlwit2.contoso.com holds the back ends of 2 Enterprise Edition'],
        elements: ['be1', 'be2', 'fe1', 'fe2'],
      },
    ],
  });

  it('flags two Monitoring and two Archiving databases on one server', () => {
    let d = beside(reference(), 'mon1', 'sql-witness1', { monitoring: true, archiving: true });
    d = beside(d, 'mon2', 'sql-witness1', { monitoring: true, archiving: true });
    expect(findingsOf(d, 'PC-046').map((x) => x.messageKey)).toEqual(['monitoring', 'archiving']);
  });
});
