/** Every rule the engine runs, family by family, in catalogue order. */
import type { Rule } from './types.ts';
import { capacityRules } from './families/capacity.ts';
import { poolTypeRules } from './families/pool-type.ts';
import { collocationRules } from './families/collocation.ts';
import { nextHopRules } from './families/next-hop.ts';
import { placementRules } from './families/placement/index.ts';
import { sqlServerRules } from './families/sql-server.ts';
import { databaseCollocationRules } from './families/database-collocation.ts';
import { fileSharesRules } from './families/file-shares.ts';
import { logShippingRules } from './families/log-shipping.ts';
import { publishingRules } from './families/publishing.ts';
import { integrityRules } from './families/integrity/index.ts';

/**
 * The families of pchat-rules.md, in catalogue order. A rule's family is the list it is filed in
 * here, so no rule repeats it and a rule cannot claim one family while being run as another.
 */
export const ruleFamilies = {
  capacity: capacityRules,
  'pool-type': poolTypeRules,
  collocation: collocationRules,
  'next-hop': nextHopRules,
  placement: placementRules,
  'sql-server': sqlServerRules,
  'database-collocation': databaseCollocationRules,
  'file-shares': fileSharesRules,
  'log-shipping': logShippingRules,
  publishing: publishingRules,
  integrity: integrityRules,
} as const satisfies Record<string, readonly Rule[]>;

export type RuleFamily = keyof typeof ruleFamilies;

const familyEntries = Object.entries(ruleFamilies) as [RuleFamily, readonly Rule[]][];

export const allRules: readonly Rule[] = familyEntries.flatMap(([, rules]) => rules);

const familyById = new Map(familyEntries.flatMap(([family, rules]) => rules.map((r) => [r.id, family])));

export function ruleById(id: string): Rule | undefined {
  return allRules.find((r) => r.id === id);
}

export function familyOf(rule: Rule): RuleFamily {
  const family = familyById.get(rule.id);
  if (!family) throw new Error(`The rule ${rule.id} is in no family of the registry.`);
  return family;
}
