import type { Rule } from '../types.ts';

export const nextHopRules: readonly Rule[] = [];
