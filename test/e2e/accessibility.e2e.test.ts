/**
 * axe-core on the states a planner works in: the default page, an element selected, what-if mode
 * with a data center lost, the Spanish interface and dark mode. A serious or critical violation
 * fails the test, and the message names each rule, its impact and the elements it was found on.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from 'vitest';
import type { Designer } from './support/designer.ts';
import { describeE2e, useDesigner } from './support/designer.ts';

const BLOCKING = new Set(['serious', 'critical']);

/** The serious and critical violations on the page now, one line per rule with its targets. */
async function blockingViolations(d: Designer): Promise<string[]> {
  // Let transitions (the what-if greying, the theme switch) settle before colours are measured.
  await d.page.waitForTimeout(300);
  const results = await new AxeBuilder({ page: d.page }).analyze();
  return results.violations
    .filter((v) => BLOCKING.has(v.impact ?? ''))
    .map(
      (v) =>
        `${v.id} (${v.impact}, ${v.nodes.length}): ${v.nodes
          .slice(0, 8)
          .map((n) => n.target.join(' '))
          .join(' | ')}${v.nodes.length > 8 ? ' …' : ''}`,
    );
}

describeE2e('accessibility (axe-core)', () => {
  let d: Designer;
  useDesigner((designer) => (d = designer));

  test('the default page has no serious or critical violation', async () => {
    expect(await blockingViolations(d)).toEqual([]);
    // One heading names the application, so a screen reader's heading list starts somewhere.
    expect(await d.page.locator('h1').count()).toBe(1);
  });

  test('with an element selected', async () => {
    await d.select('pc1');
    await d.page.getByTestId('field-fqdn').waitFor();
    expect(await blockingViolations(d)).toEqual([]);
  });

  test('in what-if mode with Dallas lost', async () => {
    await d.page.getByTestId('whatif-toggle').click();
    await d.page.locator('[data-testid="data-center-dc1"] .data-center-name').click();
    await expect.poll(() => d.page.getByTestId('whatif-outcome').getAttribute('data-serving')).toBe('backup');
    expect(await blockingViolations(d)).toEqual([]);
    await d.page.getByTestId('whatif-toggle').click();
  });

  test('in Spanish', async () => {
    await d.page.getByTestId('language').selectOption('es');
    expect(await d.page.locator('html').getAttribute('lang')).toBe('es');
    expect(await blockingViolations(d)).toEqual([]);
    await d.page.getByTestId('language').selectOption('en');
  });

  test('in dark mode, also in what-if mode', async () => {
    await d.page.getByTestId('theme').selectOption('dark');
    expect(await d.page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await blockingViolations(d)).toEqual([]);
    await d.screenshot('dark-mode');
    await d.select('pc1');
    expect(await blockingViolations(d)).toEqual([]);
    await d.page.getByTestId('whatif-toggle').click();
    await d.page.locator('[data-testid="data-center-dc1"] .data-center-name').click();
    await expect.poll(() => d.page.getByTestId('whatif-outcome').getAttribute('data-serving')).toBe('backup');
    expect(await blockingViolations(d)).toEqual([]);
    await d.screenshot('dark-mode-whatif');
    await d.page.getByTestId('whatif-toggle').click();
    await d.page.getByTestId('theme').selectOption('system');
  });
});
