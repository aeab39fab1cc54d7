/** Dragging from the palette into each data center, and adding from the keyboard. */
import { beforeAll, expect, test } from 'vitest';
import type { Designer } from './support/designer.ts';
import { describeE2e, useDesigner } from './support/designer.ts';

describeE2e('palette into data centers', () => {
  let d: Designer;
  useDesigner((designer) => (d = designer));
  beforeAll(async () => {
    await d.newDesign('newEmpty');
  });

  test('a server dropped into Site 1 is in data center dc1, a SQL instance dropped into Site 2 in dc2', async () => {
    const server = await d.dropFromPalette('server', await d.dataCenterPoint('dc1', 200, 150));
    expect(await d.inspectedDataCenter()).toBe('dc1');
    const sql = await d.dropFromPalette('sqlInstance', await d.dataCenterPoint('dc2', 300, 250));
    expect(await d.inspectedDataCenter()).toBe('dc2');

    // Each box is drawn inside the data center it was dropped into.
    const inside = async (id: string, dc: string) => {
      const n = (await d.node(id).boundingBox())!;
      const s = (await d.page.getByTestId(`data-center-${dc}`).boundingBox())!;
      return n.x >= s.x && n.y >= s.y && n.x + n.width <= s.x + s.width && n.y + n.height <= s.y + s.height;
    };
    expect(await inside(server, 'dc1')).toBe(true);
    expect(await inside(sql, 'dc2')).toBe(true);
    await d.screenshot('palette-dropped-into-data-centers');
  });

  test('a palette item added with the keyboard lands in the selected data center', async () => {
    await d.select((await d.nodeIds()).values().next().value!); // the server in dc1
    const before = await d.nodeIds();
    await d.page.getByTestId('palette-item-fileStore').focus();
    await d.page.keyboard.press('Enter');
    await expect.poll(async () => (await d.nodeIds()).size).toBe(before.size + 1);
    expect(await d.inspectedDataCenter()).toBe('dc1');
  });

  test('a data center can be renamed in place', async () => {
    await d.page.getByTestId('rename-data-center-dc2').click();
    const input = d.page.getByTestId('data-center-dc2').locator('input');
    await input.fill('Houston');
    await input.press('Enter');
    await expect
      .poll(() => d.page.getByTestId('data-center-dc2').locator('.data-center-name').textContent())
      .toBe('Houston');
    // Renaming is a model change, so it is undoable.
    await d.page.keyboard.press('Control+Z');
    await expect
      .poll(() => d.page.getByTestId('data-center-dc2').locator('.data-center-name').textContent())
      .toBe('Site 2');
  });
});
