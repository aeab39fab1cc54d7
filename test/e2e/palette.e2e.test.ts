/** Dragging from the palette into each site, and adding from the keyboard. */
import { beforeAll, expect, test } from 'vitest';
import type { Designer } from './support/designer.ts';
import { describeE2e, useDesigner } from './support/designer.ts';

describeE2e('palette into sites', () => {
  let d: Designer;
  useDesigner((designer) => (d = designer));
  beforeAll(async () => {
    await d.newDesign('newEmpty');
  });

  test('a server dropped into Site 1 is in data center dc1, a SQL instance dropped into Site 2 in dc2', async () => {
    const server = await d.dropFromPalette('server', await d.sitePoint('dc1', 200, 150));
    expect(await d.inspectedDataCenter()).toBe('dc1');
    const sql = await d.dropFromPalette('sqlInstance', await d.sitePoint('dc2', 300, 250));
    expect(await d.inspectedDataCenter()).toBe('dc2');

    // Each box is drawn inside the site it was dropped into.
    const inside = async (id: string, site: string) => {
      const n = (await d.node(id).boundingBox())!;
      const s = (await d.page.getByTestId(`site-${site}`).boundingBox())!;
      return n.x >= s.x && n.y >= s.y && n.x + n.width <= s.x + s.width && n.y + n.height <= s.y + s.height;
    };
    expect(await inside(server, 'dc1')).toBe(true);
    expect(await inside(sql, 'dc2')).toBe(true);
    await d.screenshot('palette-dropped-into-sites');
  });

  test('a palette item added with the keyboard lands in the selected site', async () => {
    await d.select((await d.nodeIds()).values().next().value!); // the server in dc1
    const before = await d.nodeIds();
    await d.page.getByTestId('palette-item-fileStore').focus();
    await d.page.keyboard.press('Enter');
    await expect.poll(async () => (await d.nodeIds()).size).toBe(before.size + 1);
    expect(await d.inspectedDataCenter()).toBe('dc1');
  });

  test('a site can be renamed in place', async () => {
    await d.page.getByTestId('rename-site-dc2').click();
    const input = d.page.getByTestId('site-dc2').locator('input');
    await input.fill('Houston');
    await input.press('Enter');
    await expect
      .poll(() => d.page.getByTestId('site-dc2').locator('.site-name').textContent())
      .toBe('Houston');
    // Renaming is a model change, so it is undoable.
    await d.page.keyboard.press('Control+Z');
    await expect
      .poll(() => d.page.getByTestId('site-dc2').locator('.site-name').textContent())
      .toBe('Site 2');
  });
});
