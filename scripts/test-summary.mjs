// Closes `npm test` with one line for all its Vitest suites together, then forgets the counts
// so that a later partial run cannot be added to them.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(process.cwd(), 'test-results', 'summary');
const total = { passed: 0, failed: 0, skipped: 0 };
const suites = [];
for (const file of readdirSync(dir, { withFileTypes: true })) {
  if (!file.isFile() || !file.name.endsWith('.json')) continue;
  const counts = JSON.parse(readFileSync(join(dir, file.name), 'utf8'));
  for (const key of Object.keys(total)) total[key] += counts[key];
  suites.push(file.name.replace(/\.json$/, ''));
}
rmSync(dir, { recursive: true, force: true });
console.log(`\nAll suites (${suites.sort().join(', ')}):`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exitCode = total.failed > 0 ? 1 : 0;
