/**
 * The rules run after every canvas edit: a 2,000-element design must re-validate within one
 * 60 Hz frame (16.7 ms). "After an edit" means a new design value, so the index is rebuilt too.
 */
import { bench, describe } from 'vitest';
import { updateElement } from '../shared/model/edit.ts';
import { validate } from '../shared/rules/engine.ts';
import { elementCount, scaledDesign } from '../test/support/scale.ts';

const design = scaledDesign(80);
let flip = false;

describe(`validate a design of ${elementCount(design)} elements after an edit`, () => {
  bench(
    'edit one server, then validate (target: mean under 16.7 ms)',
    () => {
      flip = !flip;
      const edited = updateElement(design, 'server', 'pc3-0', { state: flip ? 'active' : 'idle' });
      validate(edited);
    },
    // The canvas validates all day long, so the figure that matters is the warmed-up one.
    { warmupIterations: 30, warmupTime: 1000, time: 3000 },
  );
});
