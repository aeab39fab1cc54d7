/**
 * Never lose or mislead, in the browser: the recovery draft across a reload, the browser's
 * question before a reload discards unsaved work, the question before exporting a design with
 * errors, the runbooks as one .zip, and the inspector's SQL Server versions in release order.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { expect, test } from 'vitest';
import type { Designer } from './support/designer.ts';
import { describeE2e, resultsDir, useDesigner } from './support/designer.ts';
import { runbookFileNames } from '../support/designs.ts';

const repo = join(import.meta.dirname, '..', '..');

async function renameDataCenter(d: Designer, id: string, name: string) {
  await d.page.getByTestId(`rename-data-center-${id}`).click();
  const input = d.page.getByTestId(`data-center-${id}`).locator('input');
  await input.fill(name);
  await input.press('Enter');
}

describeE2e('never lose or mislead', () => {
  let d: Designer;
  useDesigner((designer) => (d = designer));

  test('the inspector lists SQL Server versions in release order', async () => {
    await d.select('sql-mgc');
    const versions = await d.page
      .locator('[data-testid="field-version"] [data-value]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-value')));
    expect(versions).toEqual(['2005', '2008', '2008R2', '2012', '2014', '2016']);
  });

  test('the runbooks download as one .zip holding the seven files', async () => {
    const [download] = await Promise.all([
      d.page.waitForEvent('download'),
      d.page.getByTestId('action-exportRunbook').click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      'Contoso stretched Persistent Chat pool (high bandwidth) runbooks.zip',
    );
    const file = join(resultsDir, 'runbooks.zip');
    await download.saveAs(file);
    const entries = unzipSync(new Uint8Array(readFileSync(file)));
    expect(Object.keys(entries).sort()).toEqual(runbookFileNames);
    expect(new TextDecoder().decode(entries['failover.md'])).toContain('sqlpc2.contoso.com');
    await expect.poll(() => d.page.getByTestId('notice').textContent()).toContain('runbooks.zip');
  });

  test('exporting a design with errors asks first and names the count; Export anyway exports', async () => {
    await d.page
      .getByTestId('open-design-input')
      .setInputFiles(join(repo, 'assets', 'examples', 'broken.pctopo'));
    const errors = (await d.waitForSummary((s) => s.errors > 1, 'broken')).errors;
    await d.page.getByTestId('action-exportTopologyXml').click();
    const prompt = d.page.getByTestId('confirm-export');
    await prompt.waitFor();
    expect(await prompt.textContent()).toContain(`The design has ${errors} errors`);
    await d.screenshot('export-with-errors');
    await d.page.getByRole('button', { name: 'Cancel' }).click();
    expect(await prompt.count()).toBe(0);

    await d.page.getByTestId('action-exportTopologyXml').click();
    const [download] = await Promise.all([
      d.page.waitForEvent('download'),
      d.page.getByTestId('confirm-export-anyway').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^broken\.tbxml$/);
  });

  test('unsaved work survives a reload: the browser asks first, and the next load offers the draft', async () => {
    await d.newDesign('newHighBandwidth');
    await renameDataCenter(d, 'dc1', 'Dallas Draft');
    await d.page.getByTestId('modified').waitFor();
    const dialogs: string[] = [];
    d.page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    // The browser asks only for a page the planner has used; the rename above was a real click.
    await d.page.reload();
    expect(dialogs).toEqual(['beforeunload']);

    const offer = d.page.getByTestId('recovery-offer');
    await offer.waitFor();
    expect(await offer.textContent()).toContain('Contoso stretched Persistent Chat pool');
    await d.screenshot('recovery-offer');
    await d.page.getByTestId('recovery-restore').click();
    await expect
      .poll(() => d.page.getByTestId('data-center-dc1').locator('.data-center-name').textContent())
      .toBe('Dallas Draft');
    // Restored, not saved: the design is still marked as modified.
    expect(await d.page.getByTestId('modified').count()).toBe(1);
  });

  test('Discard drops the draft for good', async () => {
    await d.page.reload();
    await d.page.getByTestId('recovery-offer').waitFor();
    await d.page.getByTestId('recovery-discard').click();
    await d.page.reload();
    await d.page.getByTestId('findings-summary').waitFor();
    await d.page.waitForTimeout(300);
    expect(await d.page.getByTestId('recovery-offer').count()).toBe(0);
    expect(await d.page.getByTestId('data-center-dc1').locator('.data-center-name').textContent()).toBe(
      'Dallas',
    );
  });

  test('the chosen language is remembered across a reload, and <html lang> follows it', async () => {
    await d.page.getByTestId('language').selectOption('es');
    expect(await d.page.evaluate(() => document.documentElement.lang)).toBe('es');
    await d.page.reload();
    await d.page.getByTestId('findings-summary').waitFor();
    expect(await d.page.getByTestId('language').inputValue()).toBe('es');
    expect(await d.page.evaluate(() => document.documentElement.lang)).toBe('es');
    await d.page.getByTestId('language').selectOption('en');
  });
});
