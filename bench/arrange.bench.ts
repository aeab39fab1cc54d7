/**
 * Auto-arrange of a large design: the reference pool twenty times over (500 elements, the
 * 500-box canvas of issue 12), laid out whole with every line routed, as the Auto-arrange
 * command does. Each run arranges a fresh copy, so no cached derivation of the design helps.
 * docs/architecture.md records the figure.
 */
import { bench, describe } from 'vitest';
import { arrangeDocument } from '../shared/model/arrange.ts';
import { designDocumentSchema } from '../shared/model/schema.ts';
import { scaledDesign } from '../test/support/scale.ts';

const large = designDocumentSchema.parse({
  formatVersion: 1,
  design: scaledDesign(20),
  layout: { nodes: {} },
});

describe('auto-arrange', () => {
  bench('arrange a 500-element design (20 reference pools, 2 data centers)', () => {
    arrangeDocument({ ...large, design: { ...large.design } });
  });
});
