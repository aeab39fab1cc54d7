import type { Rule } from '../types.ts';

export const sqlServerRules: readonly Rule[] = [];
