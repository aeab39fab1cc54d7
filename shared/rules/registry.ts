/** Every rule the engine runs, family by family, in catalogue order. */
import type { Rule } from './types.ts';
import { capacityRules } from './families/capacity.ts';
import { poolTypeRules } from './families/pool-type.ts';
import { collocationRules } from './families/collocation.ts';
import { nextHopRules } from './families/next-hop.ts';
import { placementRules } from './families/placement.ts';
import { sqlServerRules } from './families/sql-server.ts';
import { databaseCollocationRules } from './families/database-collocation.ts';
import { fileSharesRules } from './families/file-shares.ts';
import { logShippingRules } from './families/log-shipping.ts';
import { publishingRules } from './families/publishing.ts';
import { integrityRules } from './families/integrity.ts';

export const allRules: readonly Rule[] = [
  ...capacityRules,
  ...poolTypeRules,
  ...collocationRules,
  ...nextHopRules,
  ...placementRules,
  ...sqlServerRules,
  ...databaseCollocationRules,
  ...fileSharesRules,
  ...logShippingRules,
  ...publishingRules,
  ...integrityRules,
];

export function ruleById(id: string): Rule | undefined {
  return allRules.find((r) => r.id === id);
}
