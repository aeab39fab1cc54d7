/** Saving a design and opening it again, a file that is not a design, and importing a topology. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { Designer } from './support/designer.ts';
import { describeE2e, resultsDir, useDesigner } from './support/designer.ts';

const repo = join(import.meta.dirname, '..', '..');

describeE2e('files', () => {
  let d: Designer;
  useDesigner((designer) => (d = designer));

  test('the web edition starts with the reference design (the README screenshot)', async () => {
    expect(await d.page.getByTestId('data-center-dc1').locator('.data-center-name').textContent()).toBe(
      'Dallas',
    );
    expect((await d.summary()).errors).toBe(0);
    await d.page.locator('.react-flow__controls-fitview').click();
    await d.page.waitForTimeout(400);
    await d.screenshot('reference-canvas');
  });

  test('a saved design opens again as it was saved', async () => {
    await d.page.getByTestId('rename-data-center-dc2').click();
    const input = d.page.getByTestId('data-center-dc2').locator('input');
    await input.fill('Houston North');
    await input.press('Enter');
    await d.select('pc3');
    await d.page.locator('[data-testid="field-state"] [data-value="active"]').click();
    const saved = await d.summary();
    expect(await d.page.getByTestId('modified').count()).toBe(1);

    const [download] = await Promise.all([
      d.page.waitForEvent('download'),
      d.page.getByTestId('action-save').click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      'Contoso stretched Persistent Chat pool (high bandwidth).pctopo',
    );
    mkdirSync(resultsDir, { recursive: true });
    const file = join(resultsDir, 'saved.pctopo');
    await download.saveAs(file);
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    expect(doc.formatVersion).toBe(1);
    expect(doc.design.dataCenters[1].name).toBe('Houston North');
    // Saved: no longer marked as modified, so a new design replaces it without asking.
    await expect.poll(() => d.page.getByTestId('modified').count()).toBe(0);

    await d.newDesign('newEmpty');
    expect(await d.nodeIds()).toEqual(new Set());
    await d.page.getByTestId('open-design-input').setInputFiles(file);
    await expect
      .poll(() => d.page.getByTestId('data-center-dc2').locator('.data-center-name').textContent())
      .toBe('Houston North');
    expect(await d.summary()).toEqual(saved);
    expect(await d.page.getByTestId('file-name').textContent()).toContain('saved.pctopo');
    await d.select('pc3');
    await expect
      .poll(() =>
        d.page.locator('[data-testid="field-state"] [aria-checked="true"]').getAttribute('data-value'),
      )
      .toBe('active');
    await d.screenshot('reopened');
  });

  test('a file that is not a design is refused with a message, and the open design stays', async () => {
    const before = await d.summary();
    const bad = join(resultsDir, 'not-a-design.pctopo');
    writeFileSync(bad, '{"formatVersion": 1, "design": {"dataCenters": "two"}}');
    await d.page.getByTestId('open-design-input').setInputFiles(bad);
    const notice = d.page.getByTestId('notice');
    await expect.poll(() => notice.textContent()).toContain('The file could not be opened');
    expect(await notice.textContent()).toContain('design.dataCenters');
    expect(await d.summary()).toEqual(before);
    expect(await d.page.getByTestId('data-center-dc2').locator('.data-center-name').textContent()).toBe(
      'Houston North',
    );
  });

  test('opening over unsaved changes asks first', async () => {
    await d.page.getByTestId('rename-data-center-dc1').click();
    const input = d.page.getByTestId('data-center-dc1').locator('input');
    await input.fill('Dallas East');
    await input.press('Enter');
    await d.page.getByTestId('action-new').click();
    await d.page.getByTestId('action-newEmpty').click();
    await d.page.getByTestId('confirm-discard').waitFor();
    await d.page.getByRole('button', { name: 'Keep editing' }).click();
    expect(await d.page.getByTestId('data-center-dc1').locator('.data-center-name').textContent()).toBe(
      'Dallas East',
    );
  });
});

const topologies = join(repo, '..', 'shared', 'reference', 'topologies');

describeE2e(
  'topology XML',
  () => {
    let d: Designer;
    useDesigner((designer) => (d = designer));

    test('a Topology Builder document imports, and the design exports as Topology Builder XML', async () => {
      await d.page.getByTestId('open-design-input').setInputFiles(join(topologies, 'sample-01.xml'));
      await expect.poll(() => d.page.getByTestId('notice').getAttribute('class')).toContain('notice-info');
      // The data center made from its one site "Contoso", and its Enterprise Edition Front End pool.
      await expect
        .poll(() => d.page.locator('.react-flow__node-dataCenter .data-center-name').allTextContents())
        .toContain('Contoso');
      expect(await d.page.locator('.react-flow__node-element[data-id]').count()).toBeGreaterThan(0);
      expect(await d.page.getByTestId('file-name').textContent()).toContain('sample-01.pctopo');
      await d.screenshot('imported-topology');

      const downloading = d.page.waitForEvent('download');
      await d.page.getByTestId('action-exportTopologyXml').click();
      // An imported topology may have errors; then the export asks first (see safety.e2e.test.ts).
      if ((await d.summary()).errors > 0) await d.page.getByTestId('confirm-export-anyway').click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe('sample-01.tbxml');
      const file = join(resultsDir, 'exported.xml');
      await download.saveAs(file);
      const text = readFileSync(file, 'utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      expect(text).toContain('Contoso');
    });

    test('a UTF-16 topology written by PowerShell opens too', async () => {
      await d.page.getByTestId('open-design-input').setInputFiles(join(topologies, 'sample-05.xml'));
      await expect.poll(() => d.page.getByTestId('file-name').textContent()).toContain('sample-05.pctopo');
    });
  },
  existsSync(topologies),
);
