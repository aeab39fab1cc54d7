import type { DesignIndex } from '../model/design-index.ts';
import type { Design, RuleSettings, Severity } from '../model/types.ts';
import type { Params, Text } from '../i18n/text.ts';

/** The families of pchat-rules.md, one file each under families/. */
export type RuleFamily =
  | 'capacity'
  | 'pool-type'
  | 'collocation'
  | 'next-hop'
  | 'placement'
  | 'sql-server'
  | 'database-collocation'
  | 'file-shares'
  | 'log-shipping'
  | 'publishing'
  | 'integrity';

/** A mechanical correction: pure, so it can be previewed, applied and undone. */
export interface QuickFix {
  title: string;
  apply(design: Design): Design;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Rendered in the locale asked for; names servers by FQDN. */
  message: string;
  /** Key into the rule's messages and its parameters, so a UI can re-render in another language. */
  messageKey: string;
  params: Params;
  /** Ids of the design elements involved, for selection and badges. */
  elements: string[];
  /** The catalogue's source abbreviations (see pchat-rules.md). */
  source: string;
  fix: QuickFix | null;
}

export interface ReportInput {
  /** Key into the rule's `messages`. */
  message: string;
  params?: Params;
  elements: string[];
  /** Overrides the rule's default, for catalogue entries that carry two severities. */
  severity?: Severity;
  fix?: { title: string; params?: Params; apply(design: Design): Design };
}

export interface RuleContext {
  readonly design: Design;
  readonly index: DesignIndex;
  readonly settings: RuleSettings;
  report(input: ReportInput): void;
}

export interface Rule {
  /** The catalogue id, PC-001 …, or DSN-… for the designer's own integrity checks. */
  id: string;
  /** The default severity, as the catalogue states it. */
  severity: Severity;
  family: RuleFamily;
  /** One line saying what the rule asks of a design. */
  summary: Text;
  source: string;
  messages: Readonly<Record<string, Text>>;
  /** Must be pure and must not throw on any design, however unfinished. */
  check(ctx: RuleContext): void;
}

/** Identity helper that lets TypeScript check a rule literal. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
