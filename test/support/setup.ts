/**
 * Unit-test set-up: rules keep their contracts strictly here (an unknown message key or an
 * undeclared fix throws), and each family's test file must show every fixable rule of that
 * family offering a fix on at least one of its designs.
 */
import { basename } from 'node:path';
import { afterAll } from 'vitest';
import type { RunnerTask } from 'vitest';
import { setRuleContracts } from '../../shared/rules/contracts.ts';
import { ruleFamilies } from '../../shared/rules/registry.ts';
import type { RuleFamily } from '../../shared/rules/registry.ts';

const offered = new Set<string>();
setRuleContracts({ strict: true, onFixOffered: (rule) => offered.add(rule.id) });

/** A filtered, skipped or failing run proves nothing either way about the fixes it never reached. */
function everyTestPassed(task: RunnerTask): boolean {
  if (task.type === 'test') return task.mode === 'run' && task.result?.state === 'pass';
  return task.tasks.every(everyTestPassed);
}

// Vitest hands hooks their fixtures first and wants them destructured; this hook needs none.
// eslint-disable-next-line no-empty-pattern
afterAll(({}, file) => {
  const family = basename(file.file?.filepath ?? '', '.test.ts');
  if (!file.file?.filepath.includes('/test/rules/') || !(family in ruleFamilies)) return;
  if (!everyTestPassed(file)) return;
  const neverFixed = ruleFamilies[family as RuleFamily]
    .filter((rule) => rule.fixable && !offered.has(rule.id))
    .map((rule) => rule.id);
  if (neverFixed.length > 0)
    throw new Error(
      `${neverFixed.join(', ')} declare fixable: true but offered no fix on any design of ${basename(file.file.filepath)}.`,
    );
});
