import type { DesignIndex } from '../model/design-index.ts';
import type { Design, RuleSettings, Severity } from '../model/types.ts';
import type { Params, Text } from '../i18n/text.ts';

/** A mechanical correction: pure, so it can be previewed, applied and undone. */
export interface QuickFix {
  title: string;
  apply(design: Design): Design;
}

export interface Finding {
  ruleId: string;
  /**
   * Other catalogue ids that describe the same condition (PC-024 beside PC-022 on a slow link),
   * so a planner who looks up either id finds the one finding. Empty for most findings.
   */
  alsoRuleIds: readonly string[];
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

/** A rule's message table: every key `report` may name, as a message or a fix title. */
export type Messages = Readonly<Record<string, Text>>;

export interface FixInput<K extends string = string> {
  /** Key into the rule's `messages`. */
  title: K;
  params?: Params;
  apply(design: Design): Design;
}

export interface ReportInput<K extends string = string, F extends boolean = boolean> {
  /** Key into the rule's `messages`. */
  message: K;
  params?: Params;
  elements: string[];
  /** Other rule ids this finding also stands for; each must be a rule of the engine. */
  alsoRuleIds?: readonly string[];
  /** Overrides the rule's default, for catalogue entries that carry two severities. */
  severity?: Severity;
  /** Only a rule that declares `fixable` may offer one; the engine checks it in tests too. */
  fix?: F extends true ? FixInput<K> | undefined : undefined;
}

export interface RuleContext<K extends string = string, F extends boolean = boolean> {
  readonly design: Design;
  readonly index: DesignIndex;
  readonly settings: RuleSettings;
  report(input: ReportInput<K, F>): void;
}

/** A rule as a family file writes it: `check` may name only the keys of its own `messages`. */
export interface RuleDefinition<M extends Messages, F extends boolean> {
  /** The catalogue id, PC-001 …, or DSN-… for the designer's own integrity checks. */
  id: string;
  /** The default severity, as the catalogue states it. */
  severity: Severity;
  /** One line saying what the rule asks of a design. */
  summary: Text;
  source: string;
  /**
   * How the designer reads the catalogue where its words leave room, and why; docs/rules.md
   * prints it under "Readings", so the planner sees the decision beside the rule.
   */
  reading?: string;
  /** Declares that the rule offers quick fixes; without it, offering one is a rule bug. */
  fixable?: F;
  messages: M;
  /** Must be pure and must not throw on any design, however unfinished. */
  check(ctx: RuleContext<keyof M & string, F>): void;
}

/** A rule as the engine runs it. Its family is where the registry files it. */
export interface Rule {
  id: string;
  severity: Severity;
  summary: Text;
  source: string;
  reading?: string;
  fixable: boolean;
  messages: Messages;
  check(ctx: RuleContext): void;
}

/**
 * Lets TypeScript check a rule literal: a message key or fix title that is not in `messages`,
 * or a fix from a rule that does not declare `fixable: true`, fails the type check.
 */
export function defineRule<M extends Messages, F extends boolean = false>(rule: RuleDefinition<M, F>): Rule {
  return { ...rule, fixable: rule.fixable === true } as Rule;
}
