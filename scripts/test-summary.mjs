// Closes `npm test` with one line for all its Vitest suites together, then forgets the counts
// so that a later partial run cannot be added to them. Only the suites named on the command
// line count: a focused `npx vitest run` also records its counts, and they are not this run's.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(process.cwd(), 'test-results', 'summary');
const suites = process.argv.slice(2);
const total = { passed: 0, failed: 0, skipped: 0 };
const missing = [];
for (const suite of suites) {
  const file = join(dir, `${suite}.json`);
  if (!existsSync(file)) {
    missing.push(suite);
    continue;
  }
  const counts = JSON.parse(readFileSync(file, 'utf8'));
  for (const key of Object.keys(total)) total[key] += counts[key];
}
rmSync(dir, { recursive: true, force: true });
console.log(`\nAll suites (${suites.join(', ')}):`);
if (missing.length > 0) console.log(`No counts were recorded for ${missing.join(', ')}.`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exitCode = total.failed > 0 || missing.length > 0 || suites.length === 0 ? 1 : 0;
