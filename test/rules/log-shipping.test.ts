import { describe, expect, it } from 'vitest';
import type { Design } from '../../shared/model/types.ts';
import { validate } from '../../shared/rules/engine.ts';
import {
  findingsOf,
  loadExample,
  lowBandwidth,
  reference,
  withLogShipping,
  withPool,
} from '../support/designs.ts';
import { ruleTester } from '../support/rule-tester.ts';

describe('the shipped layouts', () => {
  it('keep the documented log-shipping settings', () => {
    for (const d of [reference(), lowBandwidth()]) {
      expect(findingsOf(d, 'PC-057')).toEqual([]);
      expect(findingsOf(d, 'PC-058')).toEqual([]);
    }
  });

  it('the broken example trips PC-057 (30-minute delay) and PC-058 (copy every 120 minutes)', () => {
    const broken = loadExample('broken').design;
    expect(findingsOf(broken, 'PC-057').map((f) => f.messageKey)).toEqual(['delay']);
    expect(findingsOf(broken, 'PC-058')).toHaveLength(1);
  });
});

describe('PC-057 restore in No recovery mode with no delay', () => {
  ruleTester.run('PC-057', {
    valid: [
      {
        name: 'does not judge a pool without disaster recovery, which ships no logs',
        design: withPool(withLogShipping(reference(), { restoreDelayMinutes: 45 }), {
          disasterRecovery: false,
        }),
      },
    ],
    invalid: [
      {
        name: 'flags a restore delay, and the fix sets it to 0',
        design: withLogShipping(reference(), { restoreDelayMinutes: 45 }),
        message: 'delay',
        severity: 'error',
        names: ['by 45 minutes'],
        fixClears: true,
        fixed: (d) => expect(d.pools[0]?.logShipping.restoreDelayMinutes).toBe(0),
      },
      {
        name: 'flags standby mode, and the fix restores in No recovery mode',
        design: withLogShipping(reference(), { restoreMode: 'standby' }),
        message: 'standby',
        names: ['"No recovery mode"'],
        fixClears: true,
        fixed: (d) => expect(d.pools[0]?.logShipping.restoreMode).toBe('no-recovery'),
      },
    ],
  });

  it('reports both settings separately; applying both fixes clears the rule', () => {
    const broken = withLogShipping(reference(), { restoreMode: 'standby', restoreDelayMinutes: 10 });
    const found = findingsOf(broken, 'PC-057');
    expect(found.map((f) => f.messageKey)).toEqual(['delay', 'standby']);
    const fixed = found.reduce((d, f) => f.fix!.apply(d), broken);
    expect(findingsOf(fixed, 'PC-057')).toEqual([]);
  });
});

const lenient = (d: Design): Design => ({
  ...d,
  settings: { ...d.settings, logShippingScheduleTolerance: 10 },
});

describe('PC-058 copy and restore schedules roughly match the backup schedule', () => {
  ruleTester.run('PC-058', {
    valid: [
      {
        name: 'accepts a copy schedule at exactly the tolerance (twice the backup interval)',
        design: withLogShipping(reference(), { copyIntervalMinutes: 30 }),
      },
      {
        name: 'follows the tolerance setting',
        design: lenient(withLogShipping(reference(), { copyIntervalMinutes: 120 })),
      },
      {
        name: 'leaves an impossible backup interval to the integrity checks',
        design: withLogShipping(reference(), { backupIntervalMinutes: 0 }),
      },
    ],
    invalid: [
      {
        name: 'warns when the copy schedule strays further, and the fix matches the backup interval',
        design: withLogShipping(reference(), { copyIntervalMinutes: 120, restoreIntervalMinutes: 60 }),
        message: 'schedules',
        severity: 'warning',
        names: ['every 15 minutes but copies it every 120 and restores it every 60'],
        fixClears: true,
        fixed: (d) =>
          expect(d.pools[0]?.logShipping).toMatchObject({
            copyIntervalMinutes: 15,
            restoreIntervalMinutes: 15,
          }),
      },
      {
        name: 'warns when the restore schedule is much shorter than the backup',
        design: withLogShipping(reference(), { restoreIntervalMinutes: 5 }),
        message: 'schedules',
      },
    ],
  });
});

describe('PC-062 log shipping is documented only for mgc', () => {
  ruleTester.run('PC-062', {
    valid: [
      {
        name: 'says nothing about a pool without compliance',
        design: withPool(reference(), { compliance: false }),
      },
    ],
    invalid: [
      {
        name: 'informs a compliance + DR pool, naming its backup compliance store',
        design: reference(),
        message: 'complianceBackup',
        severity: 'info',
        names: ['sqlcmp2.contoso.com\\PCHAT', 'only for mgc'],
        elements: ['pool1', 'sql-comp-backup'],
      },
      {
        name: 'still informs before the backup compliance store is chosen',
        design: withPool(reference(), {
          stores: {
            ...reference().pools[0]!.stores,
            complianceBackup: { sqlInstanceId: null, mirrorId: null, witnessId: null },
          },
        }),
        message: 'noStoreYet',
      },
    ],
  });

  it('informs in Spanish too', () => {
    expect(validate(reference(), { locale: 'es' }).find((x) => x.ruleId === 'PC-062')?.message).toContain(
      'solo da los pasos del trasvase de registros para mgc',
    );
  });
});
