/**
 * The designer without a mouse, and in the dark: the skip link, the toolbar menus and their arrow
 * keys, focus after a quick fix and after a dialog, drawing a line from the keyboard, the names a
 * screen reader hears for lines, the focus ring, and the theme (chosen, remembered, or the OS's).
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Designer } from './support/designer.ts';
import { describeE2e, useDesigner } from './support/designer.ts';

describeE2e('keyboard access and dark mode', () => {
  let d: Designer;
  useDesigner((designer) => (d = designer));
  beforeEach(async () => {
    await d.newDesign('newHighBandwidth');
  });
  // A test that fails with the Connect dialog open must not leave it over the next test's page.
  afterEach(async () => {
    if (await d.page.getByTestId('connect-dialog').count())
      await d.page.getByTestId('connect-cancel').click();
  });

  /** What has focus: its test id, or its id, or its tag. */
  const focused = () =>
    d.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return 'body';
      return el.dataset.testid ?? (el.id || el.tagName.toLowerCase());
    });
  const focusedInFindings = () =>
    d.page.evaluate(() => !!document.activeElement?.closest('[data-testid="findings-panel"]'));

  test('one Tab and Enter on the skip link land in the findings panel', async () => {
    // A fresh page, as the planner opens it: nothing has focus yet.
    await d.page.reload();
    await d.page.getByTestId('findings-summary').waitFor();
    await d.page.keyboard.press('Tab');
    expect(await focused()).toBe('skip-findings');
    await d.page.keyboard.press('Enter');
    expect(await focused()).toBe('findings-heading');
    expect(await focusedInFindings()).toBe(true);
    // The next Tab goes on inside the findings, not back to the toolbar.
    await d.page.keyboard.press('Tab');
    expect(await focusedInFindings()).toBe(true);
  });

  test('the New menu follows the menu button pattern: arrows, Home, End, Escape and Tab', async () => {
    const button = d.page.getByTestId('action-new');
    await button.focus();
    await d.page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await focused()).toBe('action-newHighBandwidth');
    await d.page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('action-newLowBandwidth');
    await d.page.keyboard.press('ArrowDown');
    await d.page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('action-newHighBandwidth'); // wrapped round
    await d.page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('action-newEmpty'); // and back
    await d.page.keyboard.press('Home');
    expect(await focused()).toBe('action-newHighBandwidth');
    await d.page.keyboard.press('End');
    expect(await focused()).toBe('action-newEmpty');
    await d.page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await focused()).toBe('action-new');
    expect(await d.page.locator('[role="menu"]').count()).toBe(0);

    // ArrowDown opens it too; Space as well; Tab closes it.
    await d.page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('action-newHighBandwidth');
    await d.page.keyboard.press('Tab');
    expect(await d.page.locator('[role="menu"]').count()).toBe(0);
    await button.focus();
    await d.page.keyboard.press('Space');
    expect(await focused()).toBe('action-newHighBandwidth');

    // A choice: the empty design opens and focus is back on the menu button, not on <body>.
    await d.page.keyboard.press('End');
    await d.page.keyboard.press('Enter');
    await expect.poll(() => d.page.locator('.react-flow__node-element').count()).toBe(0);
    await expect.poll(focused).toBe('action-new');
  });

  test('a menu choice that opens the discard question moves focus into it, and back to the menu after', async () => {
    await d.select('pc3');
    await d.page.locator('[data-testid="field-state"] [data-value="active"]').click();
    await expect.poll(() => d.page.getByTestId('modified').count()).toBe(1);
    await d.page.getByTestId('action-new').focus();
    await d.page.keyboard.press('Enter');
    await d.page.keyboard.press('Enter');
    await d.page.getByTestId('confirm-discard').waitFor();
    await expect.poll(focused).toBe('confirm-discard-yes');
    await d.page.getByRole('button', { name: 'Keep editing' }).press('Enter');
    await expect.poll(() => d.page.getByTestId('confirm-discard').count()).toBe(0);
    await expect.poll(focused).toBe('action-new');
  });

  test('after a quick fix, focus is on the next finding, or on the findings heading when none is left', async () => {
    for (const id of ['pc3', 'pc4']) {
      await d.select(id);
      await d.page.locator('[data-testid="field-state"] [data-value="active"]').click();
    }
    await d.waitForSummary((s) => s.errors === 1, 'one error');
    const fix = d.findings.locator('[data-testid="finding"][data-rule="PC-001"] [data-testid="quick-fix"]');
    await fix.focus();
    await d.page.keyboard.press('Enter');
    await d.waitForSummary((s) => s.errors === 0, 'free of errors');
    await expect.poll(focusedInFindings).toBe(true);
    expect(await focused()).not.toBe('body');
    const findingsLeft = await d.findings.getByTestId('finding').count();
    if (findingsLeft > 0) {
      expect(await d.page.evaluate(() => document.activeElement?.classList.contains('finding-show'))).toBe(
        true,
      );
    } else {
      expect(await focused()).toBe('findings-heading');
    }
  });

  test('error, warning and info each have their own shape in the list, the counts and the badges', async () => {
    const shapes = (scope: string) =>
      d.page
        .locator(`${scope} .severity-icon`)
        .evaluateAll((els) => els.map((e) => `${e.getAttribute('class')} ${e.getAttribute('data-shape')}`));
    const counts = await shapes('[data-testid="findings-summary"]');
    expect(counts).toEqual([
      'severity-icon severity-icon-error circle',
      'severity-icon severity-icon-warning triangle',
      'severity-icon severity-icon-info square',
    ]);
    for (const id of ['pc3', 'pc4']) {
      await d.select(id);
      await d.page.locator('[data-testid="field-state"] [data-value="active"]').click();
    }
    await d.waitForSummary((s) => s.errors === 1, 'one error');
    expect(await shapes('[data-testid="findings-panel"] [data-rule="PC-001"]')).toEqual([
      'severity-icon severity-icon-error circle',
    ]);
    expect(await shapes('[data-testid="node-pc3"] [data-testid="badge"]')).toEqual([
      'severity-icon severity-icon-error circle',
    ]);
    // The legend explains the shapes.
    expect(await shapes('[data-testid="legend-severities"]')).toEqual(counts);
    // The words stay: the badge's name and the finding's severity text.
    expect(await d.node('pc3').getByTestId('badge').getAttribute('aria-label')).toMatch(/error/i);
  });

  test('a line drawn from the keyboard: Connect… lists the valid targets by name, Enter connects, the finding goes', async () => {
    const start = await d.summary();
    // Take the primary store's mirror away: PC-067 (log shipping from the mirror needs one) appears.
    await d.clickEdge('mirror:pool1:sql-mgc:sql-mgc-mirror');
    await d.page.keyboard.press('Delete');
    await expect.poll(() => d.ruleIds()).toContain('PC-067');

    await d.select('sql-mgc');
    await d.node('sql-mgc').focus();
    await d.page.keyboard.press('Shift+C');
    const dialog = d.page.getByTestId('connect-dialog');
    await dialog.waitFor();
    expect(await focused()).toBe('connect-kind');
    await d.page.getByTestId('connect-kind').selectOption('mirror');
    const targets = await d.page
      .getByTestId('connect-target')
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).textContent ?? ''));
    // Named by FQDN and instance, never by id; the instance itself is not offered.
    expect(targets).toContain('sqlpc1m.contoso.com\\PCHAT');
    expect(targets.every((t) => t.includes('.'))).toBe(true);
    expect(targets).not.toContain('sqlpc1.contoso.com\\PCHAT');
    // Tab and Shift+Tab go round the dialog's controls and never into the page behind it.
    for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await d.page.keyboard.press(key);
      expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    }

    await d.page.getByTestId('connect-target').selectOption({ label: 'sqlpc1m.contoso.com\\PCHAT' });
    await d.page.getByTestId('connect-target').press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect
      .poll(() => d.page.locator('[data-testid="edge-mirror:pool1:sql-mgc:sql-mgc-mirror"]').count())
      .toBe(1);
    await expect.poll(() => d.ruleIds()).not.toContain('PC-067');
    // The findings are as they were before the mirror was taken away.
    await expect.poll(() => d.summary()).toEqual(start);
    // Focus is back on the source box, and one undo takes the line away again.
    await expect
      .poll(() => d.page.evaluate(() => document.activeElement?.getAttribute('data-id')))
      .toBe('sql-mgc');
    await d.page.keyboard.press('Control+Z');
    await expect
      .poll(() => d.page.locator('[data-testid="edge-mirror:pool1:sql-mgc:sql-mgc-mirror"]').count())
      .toBe(0);
  });

  test('Connect… says why when nothing can take the line', async () => {
    await d.select('sql-mgc');
    await d.page.keyboard.press('Shift+C');
    await d.page.getByTestId('connect-kind').selectOption('mirror');
    // The primary store already has its mirror: the model's own refusal text.
    expect(await d.page.getByTestId('connect-refusal').textContent()).toContain('sqlpc1.contoso.com\\PCHAT');
    expect(await d.page.getByTestId('connect-confirm').isDisabled()).toBe(true);
    await d.page.keyboard.press('Escape');
    await expect.poll(() => d.page.getByTestId('connect-dialog').count()).toBe(0);
    await expect
      .poll(() => d.page.evaluate(() => document.activeElement?.getAttribute('data-id')))
      .toBe('sql-mgc');
  });

  test('lines are named by the FQDNs they join; a focused box and line show a focus ring', async () => {
    const mirror = d.page.getByTestId('rf__edge-mirror:pool1:sql-mgc:sql-mgc-mirror');
    expect(await mirror.getAttribute('aria-label')).toBe(
      'Mirroring: sqlpc1.contoso.com\\PCHAT → sqlpc1m.contoso.com\\PCHAT',
    );
    expect(await d.node('pc1').getAttribute('aria-label')).toContain('.contoso.com');

    await d.node('pc1').focus();
    await d.page.keyboard.press('Tab');
    await d.page.keyboard.press('Shift+Tab');
    const ring = await d.page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(ring.style).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);

    await mirror.focus();
    const stroke = await mirror
      .locator('.react-flow__edge-path')
      .evaluate((el) => parseFloat(getComputedStyle(el).strokeWidth));
    expect(stroke).toBeGreaterThanOrEqual(4);
  });

  test('handles have a hit area of at least 12 px', async () => {
    const area = await d.page.getByTestId('handle-sql-mgc-mirror').evaluate((el) => {
      const box = el.getBoundingClientRect();
      const before = getComputedStyle(el, '::before');
      const inset = -parseFloat(before.top || '0');
      return { width: box.width + 2 * Math.max(0, inset), height: box.height + 2 * Math.max(0, inset) };
    });
    expect(area.width).toBeGreaterThanOrEqual(12);
    expect(area.height).toBeGreaterThanOrEqual(12);
  });

  test('dark mode: chosen in the toolbar, kept across a reload, and System follows the OS', async () => {
    const html = d.page.locator('html');
    await d.page.emulateMedia({ colorScheme: 'light' });
    expect(await html.getAttribute('data-theme')).toBe('light');
    await d.page.getByTestId('theme').selectOption('dark');
    expect(await html.getAttribute('data-theme')).toBe('dark');
    const background = () =>
      d.page.locator('.sidebar').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background()).not.toBe('rgb(255, 255, 255)');
    // React Flow's own parts follow (its dark class on the canvas).
    expect(await d.page.locator('.react-flow').getAttribute('class')).toContain('dark');

    await d.page.reload();
    await d.page.getByTestId('findings-summary').waitFor();
    expect(await html.getAttribute('data-theme')).toBe('dark');
    expect(await d.page.getByTestId('theme').inputValue()).toBe('dark');

    await d.page.getByTestId('theme').selectOption('light');
    expect(await html.getAttribute('data-theme')).toBe('light');
    await d.page.getByTestId('theme').selectOption('system');
    await d.page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => html.getAttribute('data-theme')).toBe('dark');
    await d.page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => html.getAttribute('data-theme')).toBe('light');

    // Shift+T steps System → Light → Dark.
    await d.page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await d.page.keyboard.press('Shift+T');
    expect(await d.page.getByTestId('theme').inputValue()).toBe('light');
    await d.page.keyboard.press('Shift+T');
    expect(await html.getAttribute('data-theme')).toBe('dark');
    await d.page.getByTestId('theme').selectOption('system');
  });
});
