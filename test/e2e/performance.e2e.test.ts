/**
 * A 500-box canvas drags smoothly: while a box is dragged, the page keeps its frame rate, the
 * design (and so the rules) is not touched until the drop, and the drop is one undo step.
 */
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { Designer } from './support/designer.ts';
import { describeE2e, resultsDir, useDesigner } from './support/designer.ts';
import { writeLargeDesign } from './support/large-design.ts';

describeE2e('a 500-element canvas', () => {
  let d: Designer;
  useDesigner((designer) => (d = designer));

  test('dragging a box keeps the frame rate', async () => {
    mkdirSync(resultsDir, { recursive: true });
    const file = join(resultsDir, 'large.pctopo');
    const count = writeLargeDesign(file);
    expect(count).toBe(500);
    await d.page.getByTestId('open-design-input').setInputFiles(file);
    await expect
      .poll(() => d.page.locator('.react-flow__node-element').count(), { timeout: 20_000 })
      .toBe(500);
    // The whole design in view: the hardest case, every box and line painted on every frame.
    // The design opens at a readable zoom, so zooming out to all 500 boxes takes a moment.
    await d.page.keyboard.press('Shift+1');
    await expect.poll(() => d.zoom(), { timeout: 10_000 }).toBeLessThan(0.2);
    await d.page.waitForTimeout(500);
    const target = d.page.locator('.react-flow__node[data-id="pc1-0"]');
    const findingsBefore = await d.summary();
    expect(await d.page.getByTestId('modified').count()).toBe(0);

    const box = (await target.boundingBox())!;
    const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await d.page.evaluate(() => {
      const w = window as unknown as { frames: number[]; recording: boolean };
      w.frames = [];
      w.recording = true;
      const tick = (t: number) => {
        w.frames.push(t);
        if (w.recording) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const mouse = d.page.mouse;
    await mouse.move(start.x, start.y);
    await mouse.down();
    const started = Date.now();
    for (let i = 1; i <= 60; i++) await mouse.move(start.x + i * 0.5, start.y + i * 2);
    const elapsed = Date.now() - started;
    // Mid-drag nothing is committed: the design is untouched and not yet modified.
    expect(await d.page.getByTestId('modified').count()).toBe(0);
    await mouse.up();
    // The drop is one layout change: modified, undoable, and the findings are the same.
    await expect.poll(() => d.page.getByTestId('modified').count()).toBe(1);
    expect(await d.summary()).toEqual(findingsBefore);
    const frames = await d.page.evaluate(() => {
      const w = window as unknown as { frames: number[]; recording: boolean };
      w.recording = false;
      return w.frames;
    });
    const gaps = frames
      .slice(1)
      .map((t, i) => t - frames[i]!)
      .sort((a, b) => a - b);
    const p95 = gaps[Math.floor(gaps.length * 0.95)]!;
    const median = gaps[Math.floor(gaps.length / 2)]!;
    console.log(
      `500 elements: 60 drag moves in ${elapsed} ms; ${gaps.length} frames, median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`,
    );
    await d.screenshot('large-design-dragged');
    // Bare React Flow with 500 default nodes, measured the same way on the same two-core machine
    // (headless Chromium, software rendering): 60 moves in about 1.9 s, median frame 16.7 ms,
    // p95 16.8 ms. The designer measured 2.8 s, 16.7 ms and 33 ms. The bounds leave room for
    // slower machines while still failing if a drag frame re-renders the app or runs the rules.
    expect(median).toBeLessThanOrEqual(34);
    expect(p95).toBeLessThan(120);
    expect(elapsed / 60).toBeLessThan(120);
  });
});
