/**
 * Issue 11's fuzz families, a few thousand inputs in all, inside `npm test`. The seed is fixed
 * so a run is the same on every machine; FUZZ_SEED tries another. `npm run fuzz` runs the same
 * families with 10,000 inputs or more and writes each failure to fuzz-failures/.
 */
import { describe, expect, it } from 'vitest';
import { haveSamples } from '../xml/support.ts';
import { families } from './families.ts';
import type { CaseFailure, FamilyName } from './families.ts';

const seed = Number(process.env.FUZZ_SEED ?? 20261201);

/** About a minute in all on a 2-core machine; the mix follows each family's cost per input. */
const counts: Record<FamilyName, number> = { xml: 2000, design: 4000, injection: 1200 };

const reproduction = (f: CaseFailure) =>
  `${f.kind} at input ${f.index} (${f.label}): ${f.message.slice(0, 400)}\n  reproduce: npx tsx scripts/fuzz.ts --family ${f.family} --seed ${f.seed} --index ${f.index}`;

describe(`fuzzing (seed ${seed})`, () => {
  for (const name of Object.keys(counts) as FamilyName[]) {
    it(`${families[name].title}: ${counts[name]} inputs, no crash, no internal error, every output opens again${name === 'xml' && !haveSamples ? ' (without the real samples, which are absent)' : ''}`, () => {
      const report = families[name].run(seed, counts[name]);
      expect(report.failures.map(reproduction)).toEqual([]);
      expect(report.inputs).toBe(counts[name]);
      // A family whose inputs are all refused tests nothing beyond the first step.
      expect(report.accepted).toBeGreaterThan(counts[name] / 10);
    }, 180_000);
  }
});
