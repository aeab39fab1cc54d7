import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { removeElement } from '../../shared/model/edit.ts';
import { clearReference, referencesByTarget, referencesOf } from '../../shared/model/references.ts';
import type { Reference } from '../../shared/model/references.ts';
import type { Design } from '../../shared/model/types.ts';
import { collectionOf } from '../../shared/model/types.ts';
import { validate } from '../../shared/rules/engine.ts';
import { loadExample } from '../support/designs.ts';
import type { ExampleName } from '../support/designs.ts';
import { damagedDesign } from '../support/generate.ts';
import { scaledDesign } from '../support/scale.ts';

const examples: ExampleName[] = ['reference-high-bandwidth', 'low-bandwidth', 'broken'];
const exampleDesigns = examples.map((name) => loadExample(name).design);

function idsOf(design: Design): string[] {
  return Object.values(collectionOf).flatMap((c) => (design[c] as { id: string }[]).map((e) => e.id));
}

const key = (r: Reference) => `${r.owner}|${r.field}|${r.target}`;

/**
 * Every non-null value of a field named `…Id` or `…Ids` anywhere in the design, as owner and
 * target. This is how the schema spells a reference, so a new reference field that the table in
 * references.ts does not list shows up here.
 */
function idFieldsByWalking(design: Design): [owner: string, target: string][] {
  const out: [string, string][] = [];
  const walk = (owner: string, value: unknown) => {
    if (!value || typeof value !== 'object') return;
    for (const [k, v] of Object.entries(value)) {
      if (k === 'id') continue;
      if (/Ids?$/.test(k)) {
        // A single field holding '' holds nothing (the schema refuses '' as an id); a list lists what it holds.
        const targets: unknown[] = Array.isArray(v) ? v : v ? [v] : [];
        for (const target of targets) if (typeof target === 'string') out.push([owner, target]);
      } else walk(owner, v);
    }
  };
  for (const c of Object.values(collectionOf)) {
    for (const el of design[c] as { id: string }[]) walk(el.id, el);
  }
  return out;
}

const pairs = (list: readonly [string, string][]) => list.map(([o, t]) => JSON.stringify([o, t])).sort();

/**
 * References whose target is not an element of the design, found by walking the design rather
 * than through the table under test, so a field the table forgets still counts.
 */
function dangling(design: Design): Set<string> {
  const ids = new Set(idsOf(design));
  return new Set(pairs(idFieldsByWalking(design).filter(([, target]) => !ids.has(target))));
}

const anyDesign = fc.oneof(fc.constantFrom(...exampleDesigns), damagedDesign);

describe('the references of a design', () => {
  it('list every id-holding field of every element, on the examples and on damaged designs', () => {
    fc.assert(
      fc.property(anyDesign, (design) => {
        const listed = pairs(referencesOf(design).map((r) => [r.owner, r.target]));
        expect(listed).toEqual(pairs(idFieldsByWalking(design)));
      }),
      { numRuns: 200 },
    );
  });

  it('name the kind each field must point at, the way the reference design uses them', () => {
    const design = exampleDesigns[0]!;
    const kindOf = new Map(
      Object.entries(collectionOf).flatMap(([kind, c]) =>
        (design[c] as { id: string }[]).map((e) => [e.id, kind] as const),
      ),
    );
    const refs = referencesOf(design);
    expect(refs.length).toBeGreaterThan(40);
    for (const r of refs)
      expect({ field: r.field, kind: kindOf.get(r.target) }).toEqual({ field: r.field, kind: r.expects });
  });

  it('are indexed by target: a data center is pointed at by everything placed in it', () => {
    const design = exampleDesigns[0]!;
    const dallas = design.dataCenters[0]!.id;
    const placed = Object.values(collectionOf).flatMap((c) =>
      (design[c] as { id: string; dataCenterId?: string | null }[]).filter((e) => e.dataCenterId === dallas),
    );
    expect(placed.length).toBeGreaterThan(5);
    expect(
      referencesByTarget(design)
        .get(dallas)
        ?.map((r) => r.owner)
        .sort(),
    ).toEqual(placed.map((e) => e.id).sort());
  });

  it('clear one at a time: clearing a reference removes exactly it', () => {
    const design = exampleDesigns[0]!;
    for (const ref of referencesOf(design)) {
      const after = referencesOf(clearReference(design, ref)).map(key);
      const expected = referencesOf(design)
        .map(key)
        .filter((k) => k !== key(ref));
      expect(after).toEqual(expected);
    }
  });
});

describe('deleting an element', () => {
  it('leaves no reference to it and no new dangling reference, from any example or damaged design', () => {
    fc.assert(
      fc.property(
        anyDesign.chain((design) =>
          fc.tuple(
            fc.constant(design),
            fc.oneof(fc.constantFrom(...idsOf(design)), fc.string({ maxLength: 4 })),
          ),
        ),
        ([design, id]) => {
          const before = dangling(design);
          const after = removeElement(design, id);
          expect(idsOf(after)).not.toContain(id);
          expect(idFieldsByWalking(after).filter(([, target]) => target === id)).toEqual([]);
          for (const k of dangling(after)) expect(before).toContain(k);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('of any one element of the examples leaves the integrity rules with nothing new to say', () => {
    for (const design of exampleDesigns) {
      const baseline = validate(design).filter(
        (f) => f.ruleId === 'DSN-001' || f.ruleId === 'DSN-002',
      ).length;
      for (const id of idsOf(design)) {
        const integrity = validate(removeElement(design, id)).filter(
          (f) => f.ruleId === 'DSN-001' || f.ruleId === 'DSN-002',
        );
        expect(integrity.length, `after deleting ${id}`).toBeLessThanOrEqual(baseline);
      }
    }
  });

  it('of a data center in a large design takes one pass, and keeps the untouched collections', () => {
    const design = scaledDesign(20);
    const dc = design.dataCenters[0]!.id;
    const after = removeElement(design, dc);
    expect(referencesByTarget(after).get(dc)).toBeUndefined();
    expect(after.pools).toBe(design.pools);
    expect(after.servers.length).toBe(design.servers.length);
  });
});
