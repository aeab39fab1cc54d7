/** The canvas from the keyboard, copy and paste, resizing a data center, and the interface in Spanish. */
import { beforeEach, expect, test } from 'vitest';
import type { Designer } from './support/designer.ts';
import { describeE2e, useDesigner } from './support/designer.ts';

describeE2e('keyboard and more', () => {
  let d: Designer;
  useDesigner((designer) => (d = designer));
  beforeEach(async () => {
    await d.newDesign('newHighBandwidth');
  });

  test('Tab reaches the boxes, Enter selects one, the arrow keys move it, and undo moves it back', async () => {
    await d.page.getByTestId('palette-item-share').focus();
    // Tab past the toolbar and the pool to the first Persistent Chat server.
    let id: string | null = null;
    for (let i = 0; i < 60 && !id?.startsWith('pc'); i++) {
      await d.page.keyboard.press('Tab');
      id = await d.page.evaluate(
        () => document.activeElement?.closest('.react-flow__node-element')?.getAttribute('data-id') ?? null,
      );
    }
    expect(id).not.toBeNull();
    const node = d.node(id!);
    await d.page.keyboard.press('Enter');
    await expect.poll(() => node.getAttribute('class')).toContain('selected');
    const before = (await node.boundingBox())!;
    for (let i = 0; i < 5; i++) await d.page.keyboard.press('ArrowRight');
    const after = (await node.boundingBox())!;
    expect(after.x).toBeGreaterThan(before.x);
    await expect.poll(() => d.page.getByTestId('modified').count()).toBe(1);
    // The element is still in its data center; only its position changed.
    expect(await d.inspectedDataCenter()).toBe('dc1');
    expect((await d.summary()).errors).toBe(0);
    for (let i = 0; i < 5; i++) await d.page.keyboard.press('Control+Z');
    await expect.poll(async () => (await node.boundingBox())!.x).toBeCloseTo(before.x, 0);
  });

  test('copy and paste give a new server with a new FQDN; duplicate too', async () => {
    await d.select('pc1');
    await d.page.keyboard.press('Control+C');
    await d.page.keyboard.press('Control+V');
    await expect.poll(() => d.page.getByTestId('field-fqdn').inputValue()).toBe('pchat9.contoso.com');
    await d.page.keyboard.press('Control+D');
    await expect.poll(() => d.page.getByTestId('field-fqdn').inputValue()).toBe('pchat10.contoso.com');
    expect(await d.page.locator('[data-testid^="edge-member:"]').count()).toBe(10);
    await d.page.keyboard.press('Delete');
    await expect.poll(() => d.page.locator('[data-testid^="edge-member:"]').count()).toBe(9);
  });

  test('a selected data center can be resized from its corner', async () => {
    await d.page.getByTestId('data-center-dc2').locator('.data-center-name').click();
    const handle = d.page.locator(
      '.react-flow__node[data-id="dc2"] .react-flow__resize-control.handle.bottom.right',
    );
    await handle.waitFor();
    const box = (await d.page.getByTestId('data-center-dc2').boundingBox())!;
    const corner = await d.centreOf(
      '.react-flow__node[data-id="dc2"] .react-flow__resize-control.handle.bottom.right',
    );
    await d.page.mouse.move(corner.x, corner.y);
    await d.page.mouse.down();
    await d.page.mouse.move(corner.x + 60, corner.y + 80, { steps: 6 });
    await d.page.mouse.up();
    const resized = (await d.page.getByTestId('data-center-dc2').boundingBox())!;
    expect(resized.width).toBeGreaterThan(box.width + 40);
    expect(resized.height).toBeGreaterThan(box.height + 60);
    await d.page.keyboard.press('Control+Z');
    await expect
      .poll(async () => Math.round((await d.page.getByTestId('data-center-dc2').boundingBox())!.width))
      .toBe(Math.round(box.width));
  });

  test('in Spanish, the interface and the findings speak Spanish', async () => {
    await d.select('pc3');
    await d.page.locator('[data-testid="field-state"] [data-value="active"]').click();
    await d.select('pc4');
    await d.page.locator('[data-testid="field-state"] [data-value="active"]').click();
    await d.page.getByTestId('language').selectOption('es');
    await expect
      .poll(() => d.page.getByTestId('palette-item-server').textContent())
      .toBe('Servidor de Chat persistente');
    const message = d.findings.locator('[data-testid="finding"][data-rule="PC-001"] .finding-message');
    await expect
      .poll(() => message.textContent())
      .toMatch(/^El grupo pchatpool\.contoso\.com tiene 6 servidores activos/);
    expect(await d.page.getByTestId('findings-summary').textContent()).toContain('1 error');
    await d.screenshot('spanish');
    await d.page.getByTestId('language').selectOption('en');
  });
});
