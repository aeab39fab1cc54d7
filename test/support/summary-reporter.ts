/**
 * Prints one plain closing line, "vitest: N passed, N failed, N skipped", after Vitest's own
 * report, and records the counts in test-results/, so that `npm test`, which runs two Vitest
 * suites, can close with one line for the whole run (scripts/test-summary.mjs).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of testModules) {
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    process.stdout.write(`\nvitest: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
    const suite = process.env.npm_lifecycle_event;
    if (suite) {
      const dir = join(process.cwd(), 'test-results', 'summary');
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        join(dir, `${suite.replace(/[^\w-]/g, '-')}.json`),
        JSON.stringify({ passed, failed, skipped }),
      );
    }
  }
}
