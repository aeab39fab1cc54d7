/** The human-readable report of `validate`: findings grouped by severity, each with its rule id. */
import type { FindingSummary } from '../shared/rules/engine.ts';
import type { Finding } from '../shared/rules/types.ts';

const headings = { error: 'Errors', warning: 'Warnings', info: 'Info' } as const;

export function summaryLine(summary: FindingSummary): string {
  const part = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return [
    part(summary.errors, 'error', 'errors'),
    part(summary.warnings, 'warning', 'warnings'),
    part(summary.info, 'info', 'info'),
  ].join(', ');
}

export function findingsText(title: string, findings: readonly Finding[], summary: FindingSummary): string {
  const lines = [`${title}: ${summaryLine(summary)}`];
  for (const severity of ['error', 'warning', 'info'] as const) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push('', `${headings[severity]} (${group.length})`);
    for (const f of group) {
      lines.push(`  ${f.ruleId.padEnd(8)} ${f.message}`);
      if (f.alsoRuleIds.length > 0) lines.push(`  ${''.padEnd(8)} also: ${f.alsoRuleIds.join(', ')}`);
      if (f.fix) lines.push(`  ${''.padEnd(8)} fix: ${f.fix.title}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The exact JSON shape scripts rely on; keep it stable. */
export function findingsJsonValue(findings: readonly Finding[], summary: FindingSummary) {
  return {
    summary,
    findings: findings.map((f) => ({
      ruleId: f.ruleId,
      alsoRuleIds: f.alsoRuleIds,
      severity: f.severity,
      message: f.message,
      elements: f.elements,
      fix: f.fix ? f.fix.title : null,
    })),
  };
}

export function findingsJson(findings: readonly Finding[], summary: FindingSummary): string {
  return `${JSON.stringify(findingsJsonValue(findings, summary), null, 2)}\n`;
}
