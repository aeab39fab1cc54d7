/** What-if mode: losing Dallas on the reference design, and the design unchanged afterwards. */
import { readFileSync } from 'node:fs';
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
    // The next hop fepool1 is lost with Dallas: the service waits for it (PC-018).
    expect(await outcome.getAttribute('data-service')).toBe('false');
    expect(await outcome.getAttribute('data-interruption')).toBe('until-next-hop');
    expect(await d.page.getByTestId('whatif-service').textContent()).toContain(
      'down until the Front End pool fepool1.contoso.com is recovered or fails over to its paired pool',
    );
    const summary = await d.page.getByTestId('whatif-summary').textContent();
    expect(summary).toContain('Chat is down until the Front End pool fepool1.contoso.com');
    expect(summary).toContain(
      'it can serve 80,000 users at once, and up to 30 minutes of chat history may be lost.',
    );
    expect(await d.page.getByTestId('whatif-serving').textContent()).toContain('backup');
    expect(await d.page.getByTestId('whatif-failover').textContent()).toBe('manual');
    expect(await d.page.getByTestId('whatif-steps').locator('li[data-step="FO-1"]').count()).toBe(1);

    // The canvas: Dallas and what is in it greyed, the backup store highlighted, idle Houston servers made active.
    expect(await d.page.getByTestId('data-center-dc1').getAttribute('data-whatif')).toBe('failed');
    expect(await d.page.getByTestId('node-pc1').getAttribute('data-whatif')).toBe('failed');
    expect(await d.page.getByTestId('node-sql-mgc').getAttribute('data-whatif')).toBe('failed');
    expect(await d.page.getByTestId('node-sql-mgc-backup').getAttribute('data-whatif')).toBe('principal');
    expect(await d.page.getByTestId('node-pc7').getAttribute('data-whatif')).toBe('activated');
    // Lines with a lost end are greyed; lines between survivors are not.
    expect(await d.page.getByTestId('edge-nextHop:pool1').getAttribute('data-whatif')).toBe('failed');
    expect(await d.page.getByTestId('edge-member:pc1').getAttribute('data-whatif')).toBe('failed');
    expect(await d.page.getByTestId('edge-member:pc5').getAttribute('data-whatif')).toBeNull();
    // Marking is not an edit: nothing to save, nothing selected.
    expect(await d.page.getByTestId('modified').count()).toBe(0);
    expect(await d.page.locator('.react-flow__node.selected').count()).toBe(0);
    await d.screenshot('whatif-1-dallas-lost');

    // Export outcome downloads the Markdown the CLI prints with --markdown.
    const [download] = await Promise.all([
      d.page.waitForEvent('download'),
      d.page.getByTestId('action-exportOutcome').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/ what-if\.md$/);
    const markdown = readFileSync((await download.path())!, 'utf8');
    expect(markdown).toMatch(/^# What-if: loss of Dallas\n/);
    expect(markdown).toContain('**Summary:** Chat is down until the Front End pool fepool1.contoso.com');

    // At 1280x800 the panel wraps FQDNs only after a dot or a backslash, never inside a word.
    await d.page.setViewportSize({ width: 1280, height: 800 });
    const midWord = await d.page.getByTestId('whatif-panel').evaluate((panel) => {
      const found: string[] = [];
      const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      const top = (node: Text, i: number) => {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        return range.getClientRects()[0]?.top ?? 0;
      };
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const text = n.data;
        for (let i = 1; i < text.length; i++) {
          if (!/\w/.test(text[i - 1]!) || !/\w/.test(text[i]!)) continue;
          if (top(n, i) > top(n, i - 1) + 2) found.push(text.slice(Math.max(0, i - 12), i + 12));
        }
      }
      return found;
    });
    expect(midWord).toEqual([]);
    await d.screenshot('whatif-3-panel-1280');
    await d.page.setViewportSize({ width: 1600, height: 1000 });

    await toggle.click();
    await expect.poll(() => outcome.count()).toBe(0);
    expect(await d.page.getByTestId('node-pc1').getAttribute('data-whatif')).toBeNull();
    expect(await d.page.getByTestId('modified').count()).toBe(0);
    expect(await d.summary()).toEqual(summaryBefore);
    expect(await d.ruleIds()).toEqual(rulesBefore);
    await d.screenshot('whatif-2-off');
  });
});
