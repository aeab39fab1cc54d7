/**
 * JUnit XML, the test report every CI server shows (Jenkins, GitLab, Azure Pipelines, GitHub
 * test reporters). Each design file is a test suite and each rule a test case, so a pipeline's
 * test tab lists which rules a design passes. A rule fails when it has a finding at or above the
 * --fail-on level, as the exit code does; findings below the level are kept as the case's output.
 * A file that cannot be read is an errored suite, not a missing one.
 */
import type { Locale } from '../../shared/i18n/text.ts';
import { render } from '../../shared/i18n/text.ts';
import type { Severity } from '../../shared/model/types.ts';
import { allRules } from '../../shared/rules/registry.ts';
import type { Finding } from '../../shared/rules/types.ts';
import { groupBy } from '../../shared/model/groups.ts';
import { reachesFailOn } from './results.ts';
import type { FileResult } from './results.ts';
import { xmlText } from '../xml-text.ts';

function findingLine(f: Finding, label: (id: string) => string): string {
  const names = f.elements.map(label).join(', ');
  return `${f.severity}: ${f.message}${names ? ` [${names}]` : ''}${f.fix ? ` (fix: ${f.fix.title})` : ''}`;
}

export function junitReport(results: readonly FileResult[], failOn: Severity, locale: Locale): string {
  const failing = (f: Finding) => reachesFailOn(f.severity, failOn);
  let tests = 0;
  let failures = 0;
  let errors = 0;
  const suites: string[] = [];

  for (const file of results) {
    const name = xmlText(file.path);
    if (!file.ok) {
      tests++;
      errors++;
      suites.push(
        `  <testsuite name="${name}" tests="1" failures="0" errors="1" skipped="0">\n` +
          `    <testcase classname="${name}" name="read the design">\n` +
          `      <error message="${xmlText(file.error)}" type="unreadable"/>\n` +
          `    </testcase>\n  </testsuite>`,
      );
      continue;
    }
    const byRule = groupBy(file.findings, (f) => f.ruleId);
    let suiteFailures = 0;
    const cases = allRules.map((rule) => {
      const found = byRule.get(rule.id) ?? [];
      const failed = found.filter(failing);
      const rest = found.filter((f) => !failing(f));
      const caseName = xmlText(`${rule.id} ${render(rule.summary, {}, locale)}`);
      const parts: string[] = [];
      if (failed.length > 0) {
        suiteFailures++;
        const message = `${failed.length} ${failed.length === 1 ? 'finding' : 'findings'} at or above ${failOn}`;
        parts.push(
          `      <failure message="${xmlText(message)}" type="${failed[0]!.severity}">${xmlText(
            failed.map((f) => findingLine(f, file.label)).join('\n'),
          )}</failure>`,
        );
      }
      if (rest.length > 0) {
        parts.push(
          `      <system-out>${xmlText(rest.map((f) => findingLine(f, file.label)).join('\n'))}</system-out>`,
        );
      }
      return parts.length === 0
        ? `    <testcase classname="${name}" name="${caseName}"/>`
        : `    <testcase classname="${name}" name="${caseName}">\n${parts.join('\n')}\n    </testcase>`;
    });
    tests += cases.length;
    failures += suiteFailures;
    suites.push(
      `  <testsuite name="${name}" tests="${cases.length}" failures="${suiteFailures}" errors="0" skipped="0">\n` +
        `${cases.join('\n')}\n  </testsuite>`,
    );
  }

  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="pchat-topology validate" tests="${tests}" failures="${failures}" errors="${errors}">\n` +
    `${suites.join('\n')}\n</testsuites>\n`
  );
}
