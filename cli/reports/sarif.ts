/**
 * SARIF 2.1.0, the format code scanning reads (GitHub, Azure DevOps, VS Code's SARIF viewer).
 * Every rule the engine runs is listed in the driver, so a viewer can show a rule's summary and
 * sources beside each result; each result sits on the line of the element it names and lists
 * the elements by FQDN as logical locations. Fingerprints are derived from what the finding is
 * about (rule, message key, elements), not from its line, so moving an element in the file does
 * not open a new alert.
 */
import { createHash } from 'node:crypto';
import { relative, sep } from 'node:path';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Locale } from '../../shared/i18n/text.ts';
import { render } from '../../shared/i18n/text.ts';
import type { Severity } from '../../shared/model/types.ts';
import { allRules } from '../../shared/rules/registry.ts';
import type { FileResult } from './results.ts';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const level: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** A path as a SARIF URI relative to the folder the command ran in, with forward slashes. */
function artifactUri(path: string, cwd: string): string {
  const rel = relative(cwd, path) || path;
  return encodeURI(rel.split(sep).join('/'));
}

export function sarifReport(
  results: readonly FileResult[],
  version: string,
  locale: Locale,
  cwd: string,
): string {
  const ruleIndex = new Map(allRules.map((r, i) => [r.id, i]));
  const rules = allRules.map((r): ReportingDescriptor => {
    const summary = render(r.summary, {}, locale);
    return {
      id: r.id,
      shortDescription: { text: summary },
      fullDescription: { text: `${summary} Sources: ${r.source}.` },
      defaultConfiguration: { level: level[r.severity] },
      properties: { source: r.source },
    };
  });

  const sarifResults = results.flatMap((file) => {
    if (!file.ok) return [];
    const uri = artifactUri(file.path, cwd);
    return file.findings.map((f): Result => {
      const line = f.elements.map((id) => file.lineOf(id)).find((l) => l !== undefined);
      const fingerprint = createHash('sha256')
        .update(JSON.stringify([f.ruleId, f.messageKey, [...f.elements].sort()]))
        .digest('hex');
      return {
        ruleId: f.ruleId,
        ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId)! } : {}),
        level: level[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
              region: { startLine: line ?? 1 },
            },
            logicalLocations: f.elements.map((id) => ({
              name: file.label(id),
              fullyQualifiedName: id,
              kind: 'resource',
            })),
          },
        ],
        partialFingerprints: { 'pchatFinding/v1': fingerprint },
        ...(f.fix ? { properties: { quickFix: f.fix.title } } : {}),
      };
    });
  });

  const unreadable = results.filter((r) => !r.ok);
  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'pchat-topology',
            version,
            semanticVersion: version,
            rules,
          },
        },
        invocations: [
          {
            executionSuccessful: unreadable.length === 0,
            toolExecutionNotifications: unreadable.map((r) => ({
              level: 'error',
              message: { text: r.error },
              locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(r.path, cwd) } } }],
            })),
          },
        ],
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
