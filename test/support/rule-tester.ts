/**
 * One helper for the rule tests, in the manner of ESLint's RuleTester: designs the rule must
 * accept, and designs it must flag once, with the message key, what the message must name, and
 * that the fix it offers leaves the rule nothing to report.
 */
import { expect, it } from 'vitest';
import type { Design, Severity } from '../../shared/model/types.ts';
import { validate } from '../../shared/rules/engine.ts';
import { ruleById } from '../../shared/rules/registry.ts';
import type { Finding, Rule } from '../../shared/rules/types.ts';

export interface ValidCase {
  name: string;
  design: Design;
}

export interface InvalidCase {
  name: string;
  design: Design;
  /** The key of the one finding the rule reports. */
  message: string;
  /** The whole rendered message, where a test pins it word for word. */
  text?: string;
  /** FQDNs, labels or figures the rendered message must contain. */
  names?: readonly string[];
  /** The element ids the finding must list, in order. */
  elements?: readonly string[];
  severity?: Severity;
  /** The finding offers no fix: the choice is the planner's. */
  noFix?: true;
  /** The rendered title of the fix the finding must offer. */
  fixTitle?: string;
  /** The finding offers a fix, and the fixed design gives the rule nothing to report. */
  fixClears?: true;
  /** Further checks on the finding itself. */
  finding?: (finding: Finding) => void;
  /** Further checks on the design the fix returns. */
  fixed?: (design: Design) => void;
}

export interface RuleCases {
  valid?: readonly ValidCase[];
  invalid?: readonly InvalidCase[];
}

function ruleOf(id: string): Rule {
  const rule = ruleById(id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
}

/** Runs every rule, as the canvas does, and keeps what `rule` found. */
const findings = (design: Design, rule: Rule): Finding[] =>
  validate(design).filter((f) => f.ruleId === rule.id);

function checkInvalid(rule: Rule, c: InvalidCase): void {
  expect(Object.keys(rule.messages), `${rule.id} has no message ${c.message}`).toContain(c.message);
  const found = findings(c.design, rule);
  expect(found.map((f) => f.messageKey)).toEqual([c.message]);
  const f = found[0]!;
  if (c.text !== undefined) expect(f.message).toBe(c.text);
  for (const name of c.names ?? []) expect(f.message).toContain(name);
  if (c.elements) expect(f.elements).toEqual(c.elements);
  if (c.severity) expect(f.severity).toBe(c.severity);
  if (c.noFix) expect(f.fix).toBeNull();
  if (c.fixTitle !== undefined) expect(f.fix?.title).toBe(c.fixTitle);
  c.finding?.(f);
  if (!c.fixClears && !c.fixed) return;
  expect(f.fix, `${rule.id} offers no fix`).toBeTruthy();
  const fixed = f.fix!.apply(c.design);
  c.fixed?.(fixed);
  if (c.fixClears) expect(findings(fixed, rule)).toEqual([]);
}

export const ruleTester = {
  /** Registers one test per case, in the surrounding `describe`. */
  run(ruleId: string, cases: RuleCases): void {
    const rule = ruleOf(ruleId);
    for (const c of cases.valid ?? []) {
      it(c.name, () => expect(findings(c.design, rule)).toEqual([]));
    }
    for (const c of cases.invalid ?? []) it(c.name, () => checkInvalid(rule, c));
  },
};
