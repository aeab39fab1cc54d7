import type { Rule } from '../types.ts';

export const publishingRules: readonly Rule[] = [];
