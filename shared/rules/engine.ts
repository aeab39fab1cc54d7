/**
 * Runs the rules over a design. The canvas calls this after every edit, so it indexes the
 * design once (cached by identity), lets each rule walk only what it needs, and never lets a
 * faulty rule take the others down with it.
 */
import { indexDesign } from '../model/design-index.ts';
import type { Design, Severity } from '../model/types.ts';
import { render } from '../i18n/text.ts';
import type { Locale } from '../i18n/text.ts';
import { checkReport, RuleContractError } from './contracts.ts';
import { allRules } from './registry.ts';
import type { Finding, ReportInput, Rule, RuleContext } from './types.ts';

export interface ValidateOptions {
  locale?: Locale;
  rules?: readonly Rule[];
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function compareFindings(a: Finding, b: Finding): number {
  // Rule ids are ASCII (PC-001, DSN-004): a plain comparison orders them and is far cheaper
  // than localeCompare when a large design has hundreds of findings.
  return (
    severityRank[a.severity] - severityRank[b.severity] ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

function toFinding(rule: Rule, input: ReportInput, locale: Locale): Finding {
  checkReport(rule, input);
  const text = rule.messages[input.message];
  const params = input.params ?? {};
  const fix = input.fix;
  const fixText = fix ? rule.messages[fix.title] : undefined;
  return {
    ruleId: rule.id,
    alsoRuleIds: input.alsoRuleIds ?? [],
    severity: input.severity ?? rule.severity,
    message: text ? render(text, params, locale) : input.message,
    messageKey: input.message,
    params,
    elements: input.elements,
    source: rule.source,
    fix: fix
      ? { title: fixText ? render(fixText, fix.params ?? params, locale) : fix.title, apply: fix.apply }
      : null,
  };
}

export function validate(design: Design, options: ValidateOptions = {}): Finding[] {
  const locale = options.locale ?? 'en';
  const rules = options.rules ?? allRules;
  const index = indexDesign(design);
  const findings: Finding[] = [];
  for (const rule of rules) {
    const ctx: RuleContext = {
      design,
      index,
      settings: design.settings,
      report: (input) => findings.push(toFinding(rule, input, locale)),
    };
    try {
      rule.check(ctx);
    } catch (err) {
      if (err instanceof RuleContractError) throw err;
      // A rule bug must not hide every other finding from the planner; say which check failed.
      findings.push({
        ruleId: rule.id,
        alsoRuleIds: [],
        severity: 'warning',
        message: `The check ${rule.id} could not run on this design (${err instanceof Error ? err.message : String(err)}).`,
        messageKey: 'internal-error',
        params: {},
        elements: [],
        source: rule.source,
        fix: null,
      });
    }
  }
  // Stable sort keeps each rule's own order (document order) within a severity and id.
  return findings.sort(compareFindings);
}

export interface FindingSummary {
  errors: number;
  warnings: number;
  info: number;
}

export function summarize(findings: readonly Finding[]): FindingSummary {
  const summary = { errors: 0, warnings: 0, info: 0 };
  for (const f of findings) {
    if (f.severity === 'error') summary.errors++;
    else if (f.severity === 'warning') summary.warnings++;
    else summary.info++;
  }
  return summary;
}
