import type { Rule } from '../types.ts';

export const logShippingRules: readonly Rule[] = [];
