/**
 * Data centers made on the canvas: one added from the palette; an imported sample split into two
 * data centers and exported as one site with one Persistent Chat pool; two SQL Server instances'
 * version changed at once.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { expect, test } from 'vitest';
import type { Designer } from './support/designer.ts';
import { describeE2e, resultsDir, useDesigner } from './support/designer.ts';

const topologies = join(import.meta.dirname, '..', '..', '..', 'shared', 'reference', 'topologies');

async function dataCenterIds(d: Designer): Promise<string[]> {
  return d.page
    .locator('.react-flow__node-dataCenter')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
}

/** Selects one box alone: a click on a box of a multi-selection would keep the others selected. */
async function selectOnly(d: Designer, id: string): Promise<void> {
  await d.page.keyboard.press('Escape');
  await d.select(id);
}

/** Every value under key `name`, at any depth of a parsed XML document. */
function all(node: unknown, name: string): Record<string, unknown>[] {
  if (Array.isArray(node)) return node.flatMap((n) => all(n, name));
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) => {
    const here = k === name ? (Array.isArray(v) ? v : [v]) : [];
    return [...(here as Record<string, unknown>[]), ...all(v, name)];
  });
}

describeE2e(
  'data centers',
  () => {
    let d: Designer;
    useDesigner((designer) => (d = designer));

    test('a data center dragged from the palette lands where it is dropped, named and in the Lync site of the others', async () => {
      await d.newDesign('newEmpty');
      expect(await dataCenterIds(d)).toEqual(['dc1', 'dc2']);
      const site1 = (await d.page.getByTestId('data-center-dc1').boundingBox())!;
      const drop = { x: site1.x + 20, y: site1.y + site1.height + 40 };
      const mouse = d.page.mouse;
      const from = await d.centreOf('[data-testid="palette-item-dataCenter"]');
      await mouse.move(from.x, from.y);
      await mouse.down();
      await mouse.move(drop.x, drop.y, { steps: 10 });
      await mouse.up();
      const added = d.page.getByTestId('data-center-dc3');
      await added.waitFor();
      expect(await added.locator('.data-center-name').textContent()).toBe('Data center 3');
      expect(await added.locator('.data-center-lync-site').textContent()).toBe('Central');
      const box = (await added.boundingBox())!;
      expect(Math.abs(box.x - drop.x)).toBeLessThan(6);
      expect(Math.abs(box.y - drop.y)).toBeLessThan(6);
      // It is selected, so the inspector edits it at once.
      expect(await d.page.getByTestId('field-name').inputValue()).toBe('Data center 3');
      await d.screenshot('data-center-added');
      // One undo step takes it away again.
      await d.page.keyboard.press('Control+Z');
      await expect.poll(() => dataCenterIds(d)).toEqual(['dc1', 'dc2']);
    });

    test('a box dropped at the very corner of a data center makes it grow, so the box is inside, and its neighbour moves along', async () => {
      await d.newDesign('newEmpty');
      const before = (await d.page.getByTestId('data-center-dc1').boundingBox())!;
      const id = await d.dropFromPalette('server', await d.dataCenterPoint('dc1', 755, 615));
      expect(await d.inspectedDataCenter()).toBe('dc1');
      await expect
        .poll(async () => (await d.page.getByTestId('data-center-dc1').boundingBox())!.width)
        .toBeGreaterThan(before.width);
      const n = (await d.node(id).boundingBox())!;
      const s = (await d.page.getByTestId('data-center-dc1').boundingBox())!;
      expect(n.x + n.width).toBeLessThanOrEqual(s.x + s.width);
      expect(n.y + n.height).toBeLessThanOrEqual(s.y + s.height);
      // Site 1 grew towards Site 2, which moved along rather than lie under it.
      const site2 = (await d.page.getByTestId('data-center-dc2').boundingBox())!;
      expect(site2.x).toBeGreaterThan(s.x + s.width);
    });

    test('a data center is deleted after a question that counts what it holds; undo brings it all back', async () => {
      await d.newDesign('newHighBandwidth');
      await d.page.getByTestId('data-center-dc1').locator('.data-center-name').click();
      await d.page.getByTestId('delete-data-center').click();
      const question = d.page.getByTestId('confirm-delete-data-center');
      expect(await question.textContent()).toContain(
        'Dallas holds 4 servers, 4 SQL Server instances, 1 file store, 2 shares, and 1 Front End pool.',
      );
      await d.screenshot('data-center-delete-question');
      await question.getByTestId('delete-move-contents').click();
      await expect.poll(() => dataCenterIds(d)).toEqual(['dc2']);
      expect((await d.nodeIds()).has('pc1')).toBe(true);
      await d.page.keyboard.press('Control+Z');
      await expect.poll(() => dataCenterIds(d)).toEqual(['dc1', 'dc2']);
      expect((await d.summary()).errors).toBe(0);
    });

    test('the Delete key on a selected data center asks the same question, and Cancel keeps it', async () => {
      await d.newDesign('newHighBandwidth');
      await d.page.getByTestId('data-center-dc2').locator('.data-center-name').click();
      await d.page.keyboard.press('Delete');
      const question = d.page.getByTestId('confirm-delete-data-center');
      await question.waitFor();
      expect(await question.textContent()).toContain('Houston holds');
      await d.page.keyboard.press('Escape');
      await expect.poll(() => question.count()).toBe(0);
      expect(await dataCenterIds(d)).toEqual(['dc1', 'dc2']);
    });

    test('an imported sample split into two data centers still exports as one site with one pool', async () => {
      await d.page.getByTestId('open-design-input').setInputFiles(join(topologies, 'sample-01.xml'));
      await expect.poll(() => d.page.getByTestId('file-name').textContent()).toContain('sample-01.pctopo');
      const [source] = await dataCenterIds(d);
      expect(await dataCenterIds(d)).toHaveLength(1);
      // A Persistent Chat pool with a server beside each of the stores it will be split from.
      await d.page.getByTestId('palette-item-pool').click();
      const poolFqdn = await d.page.getByTestId('field-fqdn').inputValue();
      const before = await d.nodeIds();
      await d.page.getByTestId('palette-item-server').click();
      await d.page.getByTestId('palette-item-server').click();
      await expect.poll(async () => (await d.nodeIds()).size).toBe(before.size + 2);
      const [first, second] = [...(await d.nodeIds())].filter((id) => !before.has(id));
      expect(await d.inspectedDataCenter()).toBe(source);

      // Select the second server and a file store, and move them to a new data center.
      await d.select(second!);
      await d
        .node('fs-xfile1')
        .locator('.element-title')
        .click({ modifiers: ['Control'] });
      expect(await d.page.getByTestId('selection-count').textContent()).toBe('2 elements selected');
      await d.page.getByTestId('action-splitToNewDataCenter').click();
      await expect.poll(async () => (await dataCenterIds(d)).length).toBe(2);
      const made = (await dataCenterIds(d)).find((id) => id !== source)!;
      await selectOnly(d, second!);
      expect(await d.inspectedDataCenter()).toBe(made);
      await d.page.getByTestId('action-zoomToFit').click();
      await selectOnly(d, first!);
      expect(await d.inspectedDataCenter()).toBe(source);
      // The new data center keeps the site, so no finding says the pool spans Lync sites.
      expect(
        await d.page.getByTestId(`data-center-${made}`).locator('.data-center-lync-site').textContent(),
      ).toBe(
        await d.page.getByTestId(`data-center-${source}`).locator('.data-center-lync-site').textContent(),
      );
      expect(await d.ruleIds()).not.toContain('PC-020');
      await d.screenshot('data-center-split');

      const downloading = d.page.waitForEvent('download');
      await d.page.getByTestId('action-exportTopologyXml').click();
      if ((await d.summary()).errors > 0) await d.page.getByTestId('confirm-export-anyway').click();
      const download = await downloading;
      mkdirSync(resultsDir, { recursive: true });
      const file = join(resultsDir, 'split-export.tbxml');
      await download.saveAs(file);
      const xml = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true }).parse(
        readFileSync(file, 'utf8'),
      );
      const sites = all(xml, 'CentralSite');
      expect(sites).toHaveLength(1);
      expect(sites[0]!.Name).toBe('Contoso');
      const pools = all(xml, 'Cluster').filter((c) => c['@_Fqdn'] === poolFqdn);
      expect(pools).toHaveLength(1);
    }, 60_000);

    test('two SQL Server instances get one version in one step, and one undo restores both', async () => {
      await d.newDesign('newHighBandwidth');
      await d.select('sql-mgc');
      await d
        .node('sql-witness1')
        .locator('.element-title')
        .click({ modifiers: ['Control'] });
      const bulk = d.page.getByTestId('bulk-edit');
      await bulk.waitFor();
      // Both are SQL Server 2012; their editions differ (Enterprise, Standard), so edition is mixed.
      expect(
        await bulk
          .locator('[data-testid="field-bulk-version"] [aria-checked="true"]')
          .getAttribute('data-value'),
      ).toBe('2012');
      expect(
        await bulk.locator('.bulk-field[data-mixed="true"] [data-testid="field-bulk-edition"]').count(),
      ).toBe(1);
      // Servers are not selected, so there is no state to set.
      expect(await bulk.getByTestId('field-bulk-state').count()).toBe(0);
      await bulk.locator('[data-testid="field-bulk-version"] [data-value="2014"]').click();
      await d.screenshot('bulk-edit-version');
      const version = async (id: string) => {
        await selectOnly(d, id);
        return d.page
          .locator('[data-testid="field-version"] [aria-checked="true"]')
          .getAttribute('data-value');
      };
      expect(await version('sql-mgc')).toBe('2014');
      expect(await version('sql-witness1')).toBe('2014');
      await d.page.keyboard.press('Control+Z');
      expect(await version('sql-mgc')).toBe('2012');
      expect(await version('sql-witness1')).toBe('2012');
    });
  },
  existsSync(topologies),
);
