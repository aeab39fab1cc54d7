import type { Rule } from '../types.ts';

export const fileSharesRules: readonly Rule[] = [];
