/**
 * The "done when": a new user builds the PC-023 reference design from an empty canvas
 * with the mouse alone (drops from the palette, lines between boxes, clicks in the inspector;
 * no keyboard at all) until the findings panel shows zero errors.
 */
import { expect, test } from 'vitest';
import type { Designer } from './support/designer.ts';
import { describeE2e, useDesigner } from './support/designer.ts';

describeE2e('building the reference design with the mouse', () => {
  let d: Designer;
  useDesigner((designer) => (d = designer));

  test('from an empty canvas to zero errors', async () => {
    const started = Date.now();
    await d.newDesign('newEmpty');
    expect(await d.nodeIds()).toEqual(new Set());

    /** The middle of grid slot (col, row) of a data center, where the palette item is dropped. */
    const slot = (dc: string, col: number, row: number) =>
      d.dataCenterPoint(dc, 110 + col * 180, 82 + row * 90);
    const drop = async (kind: string, dc: string, col: number, row: number) =>
      d.dropFromPalette(kind, await slot(dc, col, row));

    // The pool spans both data centers, so it goes above them.
    const pool = await d.dropFromPalette('pool', await d.dataCenterPoint('dc1', 800, -90));
    const fe1 = await drop('frontEndPool', 'dc1', 0, 0);
    await drop('frontEndPool', 'dc2', 0, 0);
    const servers: string[] = [];
    for (const dc of ['dc1', 'dc2'])
      for (const col of [0, 1, 2, 3]) servers.push(await drop('server', dc, col, 1));
    const [mgc, mgcMirror, compMirror, witness1] = [
      await drop('sqlInstance', 'dc1', 0, 2),
      await drop('sqlInstance', 'dc1', 1, 2),
      await drop('sqlInstance', 'dc1', 2, 2),
      await drop('sqlInstance', 'dc1', 3, 2),
    ];
    const [backup, backupMirror, compBackup, compBackupMirror] = [
      await drop('sqlInstance', 'dc2', 0, 2),
      await drop('sqlInstance', 'dc2', 1, 2),
      await drop('sqlInstance', 'dc2', 2, 2),
      await drop('sqlInstance', 'dc2', 3, 2),
    ];
    const witness2 = await drop('sqlInstance', 'dc2', 0, 3);
    const fileStore = await drop('fileStore', 'dc1', 0, 4);
    const logShare = await drop('share', 'dc1', 1, 4);
    const mirrorShare = await drop('share', 'dc1', 2, 4);
    // The log-copy destination belongs on the backup store's server: drop the share onto that box.
    const copyShare = await d.dropFromPalette(
      'share',
      await d.centreOf(`.react-flow__node[data-id="${backup}"]`),
    );
    await d.screenshot('build-1-placed');
    // Every server joined the one pool as it was dropped.
    expect(await d.page.locator('[data-testid^="edge-member:"]').count()).toBe(8);

    await d.connect(pool, 'link', fe1);
    await d.connect(pool, 'link', mgc);
    await d.select(pool);
    await d.page.getByTestId('field-compliance').click();
    await d.connect(pool, 'link', mgc); // the same instance holds the compliance store
    await d.connect(mgc, 'mirror', mgcMirror);
    await d.connect(mgc, 'mirror', compMirror);
    await d.connect(mgc, 'witness', witness1);
    await d.connect(mgc, 'witness', witness1);
    await d.connect(mgc, 'logShipping', backup);
    await d.connect(mgc, 'logShipping', compBackup);
    await d.connect(backup, 'mirror', backupMirror);
    await d.connect(compBackup, 'mirror', compBackupMirror);
    await d.connect(backup, 'witness', witness2);
    await d.connect(compBackup, 'witness', witness2);
    await d.connect(pool, 'link', fileStore);
    await d.connect(pool, 'link', logShare);
    await d.connect(pool, 'link', copyShare);
    await d.connect(pool, 'link', mirrorShare);
    await d.screenshot('build-2-connected');
    // Eight servers are active: more than the four a pool may run at once (PC-001).
    expect(await d.ruleIds()).toContain('PC-001');

    // Two of the four servers in each data center stand by, as in the reference.
    for (const id of [servers[2]!, servers[3]!, servers[6]!, servers[7]!]) {
      await d.select(id);
      await d.page.locator('[data-testid="field-state"] [data-value="idle"]').click();
    }

    const summary = await d.waitForSummary((s) => s.errors === 0, 'free of errors');
    await d.page.locator('.react-flow__controls-fitview').click();
    await d.screenshot('build-3-no-errors');
    expect(summary.errors).toBe(0);
    console.log(
      `built the reference design with the mouse in ${Date.now() - started} ms: ` +
        `${summary.errors} errors, ${summary.warnings} warnings, ${summary.info} notes`,
    );
  });
});
