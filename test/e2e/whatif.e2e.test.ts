/** What-if mode: losing Dallas on the reference design, and the design unchanged afterwards. */
import { expect, test } from 'vitest';
import type { Designer } from './support/designer.ts';
import { describeE2e, useDesigner } from './support/designer.ts';

describeE2e('what-if', () => {
  let d: Designer;
  useDesigner((designer) => (d = designer));

  test('failing data center 1 (Dallas) puts the backup database in service by a manual failover; turning it off leaves the findings as they were', async () => {
    await d.newDesign('newHighBandwidth');
    const summaryBefore = await d.summary();
    const rulesBefore = await d.ruleIds();
    const toggle = d.page.getByTestId('whatif-toggle');

    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const outcome = d.page.getByTestId('whatif-outcome');
    await expect.poll(() => outcome.getAttribute('data-serving')).toBe('primary');
    expect(await outcome.getAttribute('data-failover')).toBe('none');

    await d.page.locator('[data-testid="data-center-dc1"] .data-center-name').click();
    await expect.poll(() => outcome.getAttribute('data-serving')).toBe('backup');
    expect(await outcome.getAttribute('data-failover')).toBe('manual');
    expect(await outcome.getAttribute('data-capacity')).toBe('80000');
    expect(await outcome.getAttribute('data-service')).toBe('true');
    expect(await d.page.getByTestId('whatif-serving').textContent()).toContain('backup');
    expect(await d.page.getByTestId('whatif-failover').textContent()).toBe('manual');
    expect(await d.page.getByTestId('whatif-steps').locator('li[data-step="FO-1"]').count()).toBe(1);

    // The canvas: Dallas and what is in it greyed, the backup store highlighted, idle Houston servers made active.
    expect(await d.page.getByTestId('data-center-dc1').getAttribute('data-whatif')).toBe('failed');
    expect(await d.page.getByTestId('node-pc1').getAttribute('data-whatif')).toBe('failed');
    expect(await d.page.getByTestId('node-sql-mgc').getAttribute('data-whatif')).toBe('failed');
    expect(await d.page.getByTestId('node-sql-mgc-backup').getAttribute('data-whatif')).toBe('principal');
    expect(await d.page.getByTestId('node-pc7').getAttribute('data-whatif')).toBe('activated');
    // Marking is not an edit: nothing to save, nothing selected.
    expect(await d.page.getByTestId('modified').count()).toBe(0);
    expect(await d.page.locator('.react-flow__node.selected').count()).toBe(0);
    await d.screenshot('whatif-1-dallas-lost');

    await toggle.click();
    await expect.poll(() => outcome.count()).toBe(0);
    expect(await d.page.getByTestId('node-pc1').getAttribute('data-whatif')).toBeNull();
    expect(await d.page.getByTestId('modified').count()).toBe(0);
    expect(await d.summary()).toEqual(summaryBefore);
    expect(await d.ruleIds()).toEqual(rulesBefore);
    await d.screenshot('whatif-2-off');
  });
});
