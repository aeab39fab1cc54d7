/**
 * The designer as the tests see it: a Chromium page on the served web edition, and the moves a
 * planner makes with the mouse (drops, drags, lines between boxes), written once for all tests.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject } from 'vitest';
import { chromiumArgs } from './chromium.ts';

export const webUrl = inject('webUrl');
/** Why the suite is skipped, when it is. */
export const skipReason = webUrl
  ? ''
  : inject('chromium') === undefined
    ? 'run through `npm run test:e2e`, which builds and serves the web edition'
    : 'no Chromium found (set PCHAT_CHROMIUM to its path)';

export const resultsDir = join(import.meta.dirname, '..', '..', '..', 'test-results', 'e2e');

export interface Summary {
  errors: number;
  warnings: number;
  info: number;
}

export class Designer {
  readonly problems: string[] = [];
  private constructor(
    readonly browser: Browser,
    readonly page: Page,
  ) {}

  static async launch(): Promise<Designer> {
    const browser = await chromium.launch({ executablePath: inject('chromium'), args: chromiumArgs });
    const context = await browser.newContext({
      viewport: { width: 1600, height: 1000 },
      acceptDownloads: true,
      locale: 'en-US',
    });
    // The File System Access API opens native dialogs no test can answer; without it the web
    // edition falls back to its file input and downloads, which is what these tests exercise.
    await context.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>;
      delete w.showOpenFilePicker;
      delete w.showSaveFilePicker;
    });
    const page = await context.newPage();
    const designer = new Designer(browser, page);
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') designer.problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => designer.problems.push(`page error: ${e.message}`));
    await page.goto(webUrl);
    await page.getByTestId('findings-summary').waitFor();
    await page.locator('.react-flow__node').first().waitFor();
    await designer.showWholeDesign();
    return designer;
  }

  async close(): Promise<void> {
    await this.browser.close();
  }

  async summary(): Promise<Summary> {
    const el = this.page.getByTestId('findings-summary');
    const n = async (attr: string) => Number(await el.getAttribute(attr));
    return { errors: await n('data-errors'), warnings: await n('data-warnings'), info: await n('data-info') };
  }

  async screenshot(name: string): Promise<void> {
    mkdirSync(resultsDir, { recursive: true });
    await this.page.screenshot({ path: join(resultsDir, `${name}.png`) });
  }

  /** The canvas zoom, from React Flow's viewport transform. */
  async zoom(): Promise<number> {
    const transform = await this.page
      .locator('.react-flow__viewport')
      .evaluate((el) => getComputedStyle(el).transform);
    const m = /matrix\(([-\d.e]+)/.exec(transform);
    return m ? Number(m[1]) : 1;
  }

  /** The screen point `dx`, `dy` canvas units from the top-left corner of data center `dc`. */
  async dataCenterPoint(dc: string, dx: number, dy: number): Promise<{ x: number; y: number }> {
    const box = await this.page.getByTestId(`data-center-${dc}`).boundingBox();
    if (!box) throw new Error(`data center ${dc} is not on screen`);
    const z = await this.zoom();
    return { x: box.x + dx * z, y: box.y + dy * z };
  }

  async centreOf(selector: string): Promise<{ x: number; y: number }> {
    const box = await this.page.locator(selector).first().boundingBox();
    if (!box) throw new Error(`${selector} is not on screen`);
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  private async drag(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
    const mouse = this.page.mouse;
    await mouse.move(from.x, from.y);
    await mouse.down();
    await mouse.move(from.x + (to.x - from.x) / 3, from.y + (to.y - from.y) / 3, { steps: 4 });
    await mouse.move(to.x, to.y, { steps: 8 });
    await mouse.up();
  }

  /** Drags a palette item to a screen point; returns the id of the element it created. */
  async dropFromPalette(kind: string, to: { x: number; y: number }): Promise<string> {
    const before = await this.nodeIds();
    await this.drag(await this.centreOf(`[data-testid="palette-item-${kind}"]`), to);
    const after = await this.waitForNewNode(before);
    return after;
  }

  async nodeIds(): Promise<Set<string>> {
    const ids = await this.page
      .locator('.react-flow__node-element')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
    return new Set(ids);
  }

  private async waitForNewNode(before: Set<string>): Promise<string> {
    for (let i = 0; i < 50; i++) {
      const now = await this.nodeIds();
      const added = [...now].filter((id) => !before.has(id));
      if (added.length === 1) return added[0]!;
      await this.page.waitForTimeout(50);
    }
    throw new Error('no new element appeared on the canvas');
  }

  node(id: string) {
    return this.page.locator(`.react-flow__node[data-id="${id}"]`);
  }

  /** Drags a box by its middle to a screen point. */
  async dragNode(id: string, to: { x: number; y: number }): Promise<void> {
    await this.drag(await this.centreOf(`.react-flow__node[data-id="${id}"]`), to);
  }

  /** Draws a line from one of a box's handles onto another box, as a planner would. */
  async connect(from: string, handle: string, to: string): Promise<void> {
    const start = await this.centreOf(`[data-testid="handle-${from}-${handle}"]`);
    const end = await this.centreOf(`.react-flow__node[data-id="${to}"]`);
    await this.drag(start, end);
  }

  /** Starts a line and holds it over `to`, returning what the tooltip says; then lets go over it. */
  async probeConnection(
    from: string,
    handle: string,
    to: string,
    screenshot?: string,
  ): Promise<{ text: string; allowed: boolean; verdict: string | null }> {
    const mouse = this.page.mouse;
    const start = await this.centreOf(`[data-testid="handle-${from}-${handle}"]`);
    const end = await this.centreOf(`.react-flow__node[data-id="${to}"]`);
    await mouse.move(start.x, start.y);
    await mouse.down();
    await mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 5 });
    await mouse.move(end.x, end.y, { steps: 8 });
    const tooltip = this.page.getByTestId('connection-tooltip');
    await tooltip.waitFor();
    const result = {
      text: (await tooltip.textContent()) ?? '',
      allowed: (await tooltip.getAttribute('data-allowed')) === 'true',
      /** allowed, flagged (allowed, but the rules would report an error) or refused. */
      verdict: await tooltip.getAttribute('data-verdict'),
    };
    if (screenshot) await this.screenshot(screenshot);
    await mouse.up();
    return result;
  }

  /** Clicks the middle of a connection line, which selects it. */
  async clickEdge(id: string): Promise<void> {
    const point = await this.page
      .locator(`[data-testid="edge-${id}"] path.react-flow__edge-path`)
      .evaluate((el) => {
        const path = el as SVGPathElement;
        const p = path.getPointAtLength(path.getTotalLength() * 0.5);
        const m = path.getScreenCTM()!;
        return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
      });
    await this.page.mouse.click(point.x, point.y);
  }

  /** Clicks a box's title, which selects it (and shows it in the inspector). */
  async select(id: string): Promise<void> {
    await this.page.locator(`.react-flow__node[data-id="${id}"] .element-title`).click();
  }

  /** The data center the inspector shows for the selected element. */
  async inspectedDataCenter(): Promise<string | null> {
    return this.page
      .locator('[data-testid="field-dataCenterId"] [aria-checked="true"]')
      .getAttribute('data-value');
  }

  async waitForSummary(test: (s: Summary) => boolean, what: string): Promise<Summary> {
    let last = await this.summary();
    for (let i = 0; i < 60 && !test(last); i++) {
      await this.page.waitForTimeout(50);
      last = await this.summary();
    }
    if (!test(last)) throw new Error(`findings never became ${what}: ${JSON.stringify(last)}`);
    return last;
  }

  /**
   * Zoom to fit, and wait for it. A design opens at a zoom its FQDNs are readable at, with part
   * of it a pan away (test/e2e/legibility.e2e.test.ts); most tests want every box on screen.
   */
  async showWholeDesign(): Promise<void> {
    await this.page.getByTestId('action-zoomToFit').click();
    let last = await this.zoom();
    for (let i = 0; i < 40; i++) {
      await this.page.waitForTimeout(100);
      const z = await this.zoom();
      if (z === last) return;
      last = z;
    }
  }

  /** Clicks "New", then the template. */
  async newDesign(template: 'newHighBandwidth' | 'newLowBandwidth' | 'newEmpty'): Promise<void> {
    await this.page.getByTestId('action-new').click();
    await this.page.getByTestId(`action-${template}`).click();
    const confirm = this.page.getByTestId('confirm-discard-yes');
    if (await confirm.isVisible()) await confirm.click();
    await this.page.waitForTimeout(300);
    await this.showWholeDesign();
  }

  /** The findings panel (the inspector lists the selected element's findings too). */
  get findings() {
    return this.page.getByTestId('findings-panel');
  }

  /** Which findings the panel lists, as rule ids. */
  async ruleIds(): Promise<string[]> {
    return this.page
      .getByTestId('finding')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-rule') ?? ''));
  }

  /** Console errors and warnings of the page, other than React Flow's own informational ones. */
  unexpectedProblems(): string[] {
    return this.problems;
  }
}

/** A describe block of end-to-end tests, skipped (saying why) where the suite cannot run. */
export function describeE2e(name: string, body: () => void, when = true): void {
  describe.skipIf(!webUrl || !when)(`${name}${skipReason ? ` (skipped: ${skipReason})` : ''}`, body);
}

/**
 * One browser for the enclosing describe block, handed to `use` once it is open; when the block
 * ends, the page must not have logged an error or a warning (a CSP violation would be one).
 */
export function useDesigner(use: (designer: Designer) => void): void {
  let designer: Designer | undefined;
  beforeAll(async () => {
    designer = await Designer.launch();
    use(designer);
  });
  afterAll(async () => {
    if (!designer) return;
    expect(designer.unexpectedProblems()).toEqual([]);
    await designer.close();
  });
}
