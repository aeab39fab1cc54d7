/**
 * No quadratic path in the XML code: ten times the input takes at most about fifteen times as
 * long. The times are compared in one process as a ratio of best times (test/support/timing.ts),
 * so noise does not count, while a pass that is quadratic in the input (a hundred times as long)
 * cannot hide. The inputs are the ones that once were: thousands of SQL instances on one server,
 * and thousands that share one name.
 */
import { describe, expect, it } from 'vitest';
import { bestRatio } from '../support/timing.ts';
import { documentOf, exported, imported } from './support.ts';
import { withInstances } from '../support/scale.ts';

describe('the XML code grows linearly', { timeout: 120_000 }, () => {
  it('exports ten times the SQL instances on one server in at most about fifteen times as long', () => {
    const small = documentOf(withInstances(1000, false));
    const large = documentOf(withInstances(10000, false));
    expect(
      bestRatio(
        () => exported(large),
        () => exported(small),
      ),
    ).toBeLessThan(15);
  });

  it('imports ten times the SQL instances of one name in at most about fifteen times as long', () => {
    const small = exported(documentOf(withInstances(400, true)), { sidecar: false }).text;
    const large = exported(documentOf(withInstances(4000, true)), { sidecar: false }).text;
    expect(imported(large).document.design.sqlInstances.length).toBe(4009);
    expect(
      bestRatio(
        () => imported(large),
        () => imported(small),
      ),
    ).toBeLessThan(15);
  });
});
