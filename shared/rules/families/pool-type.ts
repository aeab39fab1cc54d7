import type { Rule } from '../types.ts';

export const poolTypeRules: readonly Rule[] = [];
