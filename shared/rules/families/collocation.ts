import type { Rule } from '../types.ts';

export const collocationRules: readonly Rule[] = [];
