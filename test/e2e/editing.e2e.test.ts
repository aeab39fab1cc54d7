/** Quick fixes and undo, moving a server between data centers, and a bad value in a field. */
import { beforeEach, expect, test } from 'vitest';
import type { Designer } from './support/designer.ts';
import { describeE2e, useDesigner } from './support/designer.ts';

describeE2e('editing', () => {
  let d: Designer;
  useDesigner((designer) => (d = designer));
  beforeEach(async () => {
    await d.newDesign('newHighBandwidth');
  });

  test('a quick fix applies in one click, and undo and redo take it back and forth', async () => {
    // Make two idle servers active: six active servers break PC-001.
    for (const id of ['pc3', 'pc4']) {
      await d.select(id);
      await d.page.locator('[data-testid="field-state"] [data-value="active"]').click();
    }
    await d.waitForSummary((s) => s.errors === 1, 'one error');
    const finding = d.findings.locator('[data-testid="finding"][data-rule="PC-001"]');
    await expect
      .poll(() => d.node('pc3').getByTestId('badge').getAttribute('class'))
      .toContain('badge-error');
    await d.screenshot('quick-fix-1-error');

    await finding.getByTestId('quick-fix').click();
    await d.waitForSummary((s) => s.errors === 0, 'free of errors');
    await d.screenshot('quick-fix-2-applied');

    await d.page.keyboard.press('Control+Z');
    await d.waitForSummary((s) => s.errors === 1, 'the error back after undo');
    await d.page.keyboard.press('Control+Shift+Z');
    await d.waitForSummary((s) => s.errors === 0, 'fixed again after redo');
    await d.page.keyboard.press('Control+Z');
    await d.page.keyboard.press('Control+Y');
    await d.waitForSummary((s) => s.errors === 0, 'fixed again after Ctrl+Y');
  });

  test('clicking a finding selects the elements it names', async () => {
    await d.select('pc3');
    await d.page.locator('[data-testid="field-state"] [data-value="active"]').click();
    await d.select('pc4');
    await d.page.locator('[data-testid="field-state"] [data-value="active"]').click();
    await d.findings.locator('[data-testid="finding"][data-rule="PC-001"] .finding-show').click();
    // The pool and its six active servers.
    await expect.poll(() => d.page.locator('.react-flow__node.selected').count()).toBe(7);
  });

  test('a server dragged from one data center into the other moves there, and undo moves it back', async () => {
    await d.select('pc3');
    expect(await d.inspectedDataCenter()).toBe('dc1');
    await d.dragNode('pc3', await d.dataCenterPoint('dc2', 500, 560));
    await expect.poll(() => d.inspectedDataCenter()).toBe('dc2');
    const n = (await d.node('pc3').boundingBox())!;
    const dc = (await d.page.getByTestId('data-center-dc2').boundingBox())!;
    expect(n.x).toBeGreaterThan(dc.x);
    expect(n.x + n.width).toBeLessThan(dc.x + dc.width);
    await d.screenshot('moved-server-to-houston');

    await d.page.keyboard.press('Control+Z');
    await expect.poll(() => d.inspectedDataCenter()).toBe('dc1');
  });

  test('a bad value in a field is shown inline and kept out of the design', async () => {
    await d.select('pc1');
    const field = d.page.getByTestId('field-fqdn');
    await field.click();
    await d.page.keyboard.press('Control+A');
    await d.page.keyboard.type('pchat 1.contoso.com');
    const problem = d.page.getByTestId('problem-fqdn');
    await expect.poll(() => problem.textContent()).toBe('FQDN has an invalid label "pchat 1".');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await d.screenshot('field-bad-fqdn');

    // Leaving the field does not write the bad name into the design.
    await d.page.getByTestId('inspector').locator('h2').click();
    expect(await d.node('pc1').locator('.element-subtitle').textContent()).toBe('pchat1.contoso.com');

    // Ctrl+Z in the field is the field's own undo, not the design's.
    const before = await d.summary();
    await field.click();
    await d.page.keyboard.press('Control+Z');
    await expect.poll(() => field.inputValue()).not.toBe('pchat 1.contoso.com');
    expect(await d.summary()).toEqual(before);

    await d.page.keyboard.press('Control+A');
    await d.page.keyboard.type('pchat11.contoso.com');
    await d.page.keyboard.press('Enter');
    await expect
      .poll(() => d.node('pc1').locator('.element-subtitle').textContent())
      .toBe('pchat11.contoso.com');

    // A port out of range on the pool.
    await d.select('pool1');
    const port = d.page.getByTestId('field-port');
    await port.click();
    await d.page.keyboard.press('Control+A');
    await d.page.keyboard.type('70000');
    await expect
      .poll(() => d.page.getByTestId('problem-port').textContent())
      .toBe('Persistent Chat port is outside 1 to 65535.');
  });
});
