import type { Rule } from '../types.ts';

export const placementRules: readonly Rule[] = [];
