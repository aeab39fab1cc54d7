import type { Rule } from '../types.ts';

export const databaseCollocationRules: readonly Rule[] = [];
