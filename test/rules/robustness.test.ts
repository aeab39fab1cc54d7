import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../../shared/rules/engine.ts';
import { damagedDesign, emptyDesign } from '../support/generate.ts';

describe('the rules on unfinished designs', () => {
  it('report nothing on an empty canvas, which is a normal state', () => {
    expect(validate(emptyDesign).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('never throw, whatever has been deleted or left dangling', () => {
    fc.assert(
      fc.property(damagedDesign, (design) => {
        const crashed = validate(design).filter((f) => f.messageKey === 'internal-error');
        expect(crashed.map((f) => f.message)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('give every quick fix a design that still validates without crashing', () => {
    fc.assert(
      fc.property(damagedDesign, (design) => {
        for (const f of validate(design)) {
          if (!f.fix) continue;
          const fixed = f.fix.apply(design);
          expect(validate(fixed).filter((x) => x.messageKey === 'internal-error')).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('are deterministic: the same design gives the same findings', () => {
    fc.assert(
      fc.property(damagedDesign, (design) => {
        const strip = (d: typeof design) =>
          validate(d).map(({ fix, ...rest }) => ({ ...rest, fix: fix?.title ?? null }));
        // A clone, not the same object: the derived indexes are cached per object and would answer twice alike.
        expect(strip(structuredClone(design))).toEqual(strip(design));
      }),
      { numRuns: 50 },
    );
  });
});
