import type { Rule } from '../types.ts';

export const integrityRules: readonly Rule[] = [];
