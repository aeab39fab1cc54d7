/** E. Stretched-pool layout across data centers (PC-022 to PC-031): the servers, then the stores. */
import type { Rule } from '../../types.ts';
import { serverPlacementRules } from './servers.ts';
import { storePlacementRules } from './stores.ts';

export const placementRules: readonly Rule[] = [...serverPlacementRules, ...storePlacementRules];
