/**
 * What a rule promises the engine beyond its types: every message key and fix title it reports
 * is in its `messages`, and only a rule that declares `fixable` offers fixes. `defineRule` makes
 * a breach a type error; a cast can still slip one past, so the engine checks again here.
 *
 * For a planner a breach is a rule bug worth no more than a stray key on the screen: the finding
 * still shows, with the key as its text, and the other findings stay. The unit tests switch on
 * strict mode, where the same breach throws and fails the test that met it. A switch rather than
 * an environment check, because shared/ runs in the renderer too, where there is no `process`.
 */
import type { ReportInput, Rule } from './types.ts';

/** Matches an id the registry can hold; the registry itself sits above this file. */
const RULE_ID = /^(?:PC|DSN)-\d{3}$/;

export class RuleContractError extends Error {
  override name = 'RuleContractError';
}

interface Contracts {
  strict: boolean;
  /** Told of every fix a rule offers, so tests can show that a fixable rule really fixes. */
  onFixOffered?: ((rule: Rule) => void) | undefined;
}

let contracts: Contracts = { strict: false };

/** For test set-up only: the application never turns strict mode on. */
export function setRuleContracts(next: Contracts): void {
  contracts = next;
}

export function checkReport(rule: Rule, input: ReportInput): void {
  const { fix } = input;
  if (fix) contracts.onFixOffered?.(rule);
  if (!contracts.strict) return;
  if (!Object.hasOwn(rule.messages, input.message))
    throw new RuleContractError(
      `${rule.id} reported the message key "${input.message}", which it does not define.`,
    );
  for (const also of input.alsoRuleIds ?? [])
    if (!RULE_ID.test(also) || also === rule.id)
      throw new RuleContractError(`${rule.id} named "${also}" as a related rule id.`);
  if (fix && !rule.fixable)
    throw new RuleContractError(`${rule.id} offered a fix but does not declare fixable: true.`);
  if (fix && !Object.hasOwn(rule.messages, fix.title))
    throw new RuleContractError(`${rule.id} offered a fix titled "${fix.title}", which it does not define.`);
}
