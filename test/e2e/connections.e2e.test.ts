/**
 * Connecting a mirror and watching the findings answer, and the model refusing a line while it
 * is drawn, with the reason beside the pointer.
 */
import { expect, test } from 'vitest';
import type { Designer } from './support/designer.ts';
import { describeE2e, useDesigner } from './support/designer.ts';

describeE2e('connections', () => {
  let d: Designer;
  useDesigner((designer) => (d = designer));

  test('removing the primary mirror raises a finding; a mirror in the wrong data center an error; the right mirror clears both', async () => {
    const start = await d.summary();
    expect(start.errors).toBe(0);
    expect(await d.ruleIds()).not.toContain('PC-067');

    await d.clickEdge('mirror:pool1:sql-mgc:sql-mgc-mirror');
    await expect
      .poll(() => d.page.getByTestId('rf__edge-mirror:pool1:sql-mgc:sql-mgc-mirror').getAttribute('class'))
      .toContain('selected');
    await expect.poll(() => d.page.getByTestId('inspector').locator('h2').textContent()).toBe('Selection');
    await d.page.keyboard.press('Delete');
    await expect
      .poll(() => d.page.locator('[data-testid="edge-mirror:pool1:sql-mgc:sql-mgc-mirror"]').count())
      .toBe(0);
    // Log shipping from the primary's mirror (LS2) cannot be set up without a mirror.
    await expect.poll(() => d.ruleIds()).toContain('PC-067');
    await d.screenshot('mirror-1-removed');

    // A mirror in the other data center: accepted by the model, and while it is drawn the preview
    // already names the error the rules will report, not a green "allowed".
    const wrong = await d.probeConnection(
      'sql-mgc',
      'mirror',
      'sql-comp-backup-mirror',
      'mirror-wrong-preview',
    );
    expect(wrong.allowed).toBe(true);
    expect(wrong.verdict).toBe('flagged');
    expect(wrong.text).toContain('The rules would then report 1 error:');
    expect(wrong.text).toContain('PC-025');
    expect(wrong.text).toContain('must be in the same physical data center');
    expect(wrong.text).not.toMatch(/\{\{/);
    await d.waitForSummary((s) => s.errors === 1, 'one error');
    expect(await d.ruleIds()).toContain('PC-025');
    await d.screenshot('mirror-2-wrong-data-center');
    await d.page.keyboard.press('Control+Z');
    await d.waitForSummary((s) => s.errors === 0, 'free of errors again');

    // The right mirror: the tooltip says what the line will do before it is dropped.
    const probe = await d.probeConnection('sql-mgc', 'mirror', 'sql-mgc-mirror');
    expect(probe.allowed).toBe(true);
    expect(probe.verdict).toBe('allowed');
    expect(probe.text).toContain('mirrors the primary store');
    await expect
      .poll(() => d.page.locator('[data-testid="edge-mirror:pool1:sql-mgc:sql-mgc-mirror"]').count())
      .toBe(1);
    await expect.poll(() => d.ruleIds()).not.toContain('PC-067');
    expect((await d.summary()).errors).toBe(0);
    await d.screenshot('mirror-3-restored');
  });

  test('a line the model forbids is refused while it is drawn, with the reason, and changes nothing', async () => {
    const before = await d.summary();
    const edges = await d.page.locator('.react-flow__edge').count();
    // A witness instance is no store of any pool, so it has no mirror pair to serve.
    const probe = await d.probeConnection('sql-witness1', 'mirror', 'sql-mgc-mirror', 'refused-line-tooltip');
    expect(probe.allowed).toBe(false);
    expect(probe.text).toBe(
      'sqlwit1.contoso.com\\WITNESS is not a store of any pool yet: connect a pool to it first.',
    );
    expect(await d.page.locator('.react-flow__edge').count()).toBe(edges);
    expect(await d.summary()).toEqual(before);

    // A witness needs a mirror pair first.
    const witness = await d.probeConnection('sql-mgc-mirror', 'witness', 'sql-witness1');
    expect(witness.allowed).toBe(false);
    expect(await d.page.locator('.react-flow__edge').count()).toBe(edges);
  });
});
