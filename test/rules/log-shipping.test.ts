import { describe, expect, it } from 'vitest';
import { validate } from '../../shared/rules/engine.ts';
import {
  findingsOf,
  loadExample,
  lowBandwidth,
  reference,
  withLogShipping,
  withPool,
} from '../support/designs.ts';

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
  it('flags a restore delay, and the fix sets it to 0', () => {
    const broken = withLogShipping(reference(), { restoreDelayMinutes: 45 });
    const [f, ...rest] = findingsOf(broken, 'PC-057');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('by 45 minutes');
    const fixed = f!.fix!.apply(broken);
    expect(fixed.pools[0]?.logShipping.restoreDelayMinutes).toBe(0);
    expect(findingsOf(fixed, 'PC-057')).toEqual([]);
  });

  it('flags standby mode, and the fix restores in No recovery mode', () => {
    const broken = withLogShipping(reference(), { restoreMode: 'standby' });
    const [f] = findingsOf(broken, 'PC-057');
    expect(f?.messageKey).toBe('standby');
    expect(f?.message).toContain('"No recovery mode"');
    const fixed = f!.fix!.apply(broken);
    expect(fixed.pools[0]?.logShipping.restoreMode).toBe('no-recovery');
    expect(findingsOf(fixed, 'PC-057')).toEqual([]);
  });

  it('reports both settings separately; applying both fixes clears the rule', () => {
    const broken = withLogShipping(reference(), { restoreMode: 'standby', restoreDelayMinutes: 10 });
    const found = findingsOf(broken, 'PC-057');
    expect(found.map((f) => f.messageKey)).toEqual(['delay', 'standby']);
    const fixed = found.reduce((d, f) => f.fix!.apply(d), broken);
    expect(findingsOf(fixed, 'PC-057')).toEqual([]);
  });

  it('does not judge a pool without disaster recovery, which ships no logs', () => {
    const d = withPool(withLogShipping(reference(), { restoreDelayMinutes: 45 }), {
      disasterRecovery: false,
    });
    expect(findingsOf(d, 'PC-057')).toEqual([]);
  });
});

describe('PC-058 copy and restore schedules roughly match the backup schedule', () => {
  it('accepts a copy schedule at exactly the tolerance (twice the backup interval)', () => {
    expect(findingsOf(withLogShipping(reference(), { copyIntervalMinutes: 30 }), 'PC-058')).toEqual([]);
  });

  it('warns when the copy schedule strays further, and the fix matches the backup interval', () => {
    const broken = withLogShipping(reference(), { copyIntervalMinutes: 120, restoreIntervalMinutes: 60 });
    const [f, ...rest] = findingsOf(broken, 'PC-058');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('every 15 minutes but copies it every 120 and restores it every 60');
    const fixed = f!.fix!.apply(broken);
    expect(fixed.pools[0]?.logShipping).toMatchObject({
      copyIntervalMinutes: 15,
      restoreIntervalMinutes: 15,
    });
    expect(findingsOf(fixed, 'PC-058')).toEqual([]);
  });

  it('warns when the restore schedule is much shorter than the backup', () => {
    expect(findingsOf(withLogShipping(reference(), { restoreIntervalMinutes: 5 }), 'PC-058')).toHaveLength(1);
  });

  it('follows the tolerance setting', () => {
    const d = withLogShipping(reference(), { copyIntervalMinutes: 120 });
    const lenient = { ...d, settings: { ...d.settings, logShippingScheduleTolerance: 10 } };
    expect(findingsOf(lenient, 'PC-058')).toEqual([]);
  });

  it('leaves an impossible backup interval to the integrity checks', () => {
    expect(findingsOf(withLogShipping(reference(), { backupIntervalMinutes: 0 }), 'PC-058')).toEqual([]);
  });
});

describe('PC-062 log shipping is documented only for mgc', () => {
  it('says nothing about a pool without compliance', () => {
    expect(findingsOf(withPool(reference(), { compliance: false }), 'PC-062')).toEqual([]);
  });

  it('informs a compliance + DR pool, naming its backup compliance store', () => {
    const [f, ...rest] = findingsOf(reference(), 'PC-062');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('info');
    expect(f?.message).toContain('sqlcmp2.contoso.com\\PCHAT');
    expect(f?.message).toContain('only for mgc');
    expect(f?.elements).toEqual(['pool1', 'sql-comp-backup']);
    expect(validate(reference(), { locale: 'es' }).find((x) => x.ruleId === 'PC-062')?.message).toContain(
      'solo da los pasos del trasvase de registros para mgc',
    );
  });

  it('still informs before the backup compliance store is chosen', () => {
    const d = withPool(reference(), {
      stores: {
        ...reference().pools[0]!.stores,
        complianceBackup: { sqlInstanceId: null, mirrorId: null, witnessId: null },
      },
    });
    expect(findingsOf(d, 'PC-062').map((f) => f.messageKey)).toEqual(['noStoreYet']);
  });
});
