/**
 * Design files to load: the examples and damaged designs, mutated as JSON (wrong types, deep
 * nesting, long strings, control characters, duplicate ids) or as text (truncation, flips); and
 * injection designs, whose names attack every language the designer writes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { examplesDir } from '../support/designs.ts';
import { damagedDesign } from '../support/generate.ts';
import { hostileDesign } from '../runbooks/hostile.ts';
import { documentOf } from '../xml/support.ts';
import { hostileText, oddChars } from './hostile-values.ts';
import type { Random } from './random.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const exampleTexts = ['reference-high-bandwidth', 'low-bandwidth', 'broken'].map((name) =>
  readFileSync(join(examplesDir, `${name}.pctopo`), 'utf8'),
);

function nested(depth: number, rnd: Random): Json {
  let v: Json = 'bottom';
  for (let i = 0; i < depth; i++) v = rnd.chance(0.5) ? [v] : { k: v };
  return v;
}

function oddValue(rnd: Random): Json {
  switch (rnd.int(9)) {
    case 0:
      return null;
    case 1:
      return rnd.pick([0, -1, -0.5, 1e308, 65536, 2 ** 53 + 1, 42]);
    case 2:
      return rnd.chance(0.5);
    case 3:
      return [];
    case 4:
      return {};
    case 5:
      return nested(rnd.pick([5, 31, 33, 200]), rnd);
    case 6:
      return 'x'.repeat(rnd.pick([201, 1001, 100_000]));
    case 7:
      return `v${rnd.pick(oddChars)}`;
    default:
      return hostileText(rnd);
  }
}

interface Slot {
  parent: Json[] | { [key: string]: Json };
  key: string | number;
}

function slots(root: Json): Slot[] {
  const out: Slot[] = [];
  // A design is a few levels deep; deeper is a nested value a mutation made, not worth walking.
  const walk = (v: Json, depth: number) => {
    if (depth > 12) return;
    if (Array.isArray(v))
      v.forEach((c, i) => {
        out.push({ parent: v, key: i });
        walk(c, depth + 1);
      });
    else if (v && typeof v === 'object')
      for (const [k, c] of Object.entries(v)) {
        out.push({ parent: v, key: k });
        walk(c, depth + 1);
      }
  };
  walk(root, 0);
  return out;
}

function mutateTree(root: Json, rnd: Random): void {
  const all = slots(root);
  if (all.length === 0) return;
  const { parent, key } = rnd.pick(all);
  const get = () => (parent as Record<string | number, Json>)[key]!;
  const set = (v: Json): void => {
    (parent as Record<string | number, Json>)[key] = v;
  };
  switch (rnd.int(6)) {
    case 0:
    case 1:
      return set(oddValue(rnd));
    case 2: {
      // An element twice: duplicate ids.
      const v = get();
      if (Array.isArray(v) && v.length > 0) v.push(structuredClone(v[rnd.int(v.length)]!));
      else set(oddValue(rnd));
      return;
    }
    case 3:
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      return;
    case 4: {
      const v = get();
      if (v && typeof v === 'object' && !Array.isArray(v))
        v[rnd.pick(['extra', '__proto__', 'constructor', 'id'])] = oddValue(rnd);
      else set(oddValue(rnd));
      return;
    }
    default: {
      const v = get();
      if (typeof v === 'string') set(rnd.chance(0.5) ? v + hostileText(rnd) : hostileText(rnd));
      else set(oddValue(rnd));
    }
  }
}

function mutateText(text: string, rnd: Random): string {
  if (rnd.chance(0.5)) return text.slice(0, rnd.int(text.length + 1));
  const at = rnd.int(text.length);
  return (
    text.slice(0, at) +
    rnd.pick(['"', '{', ']', ',', '\u0000', '\\u0000', '\\ud800', '1e999', ':']) +
    text.slice(at + 1)
  );
}

function startingText(rnd: Random): string {
  if (rnd.chance(0.6)) return rnd.pick(exampleTexts);
  const [design] = fc.sample(damagedDesign, { seed: rnd.int(2 ** 31), numRuns: 1 });
  return JSON.stringify(documentOf(design!));
}

const DEEP = 'fuzz: nested value here';

export interface DesignInput {
  label: string;
  text: string;
}

export function designInput(rnd: Random): DesignInput {
  const start = startingText(rnd);
  // A damaged design as it is: what a half-finished canvas saves.
  if (rnd.chance(0.2)) return { label: 'unmutated start', text: start };
  if (rnd.chance(0.1)) return { label: 'text mutation', text: mutateText(start, rnd) };
  const root = JSON.parse(start) as Json;
  // Mostly one mutation, so that most inputs load and reach the rules, simulation and writers.
  const n = rnd.chance(0.7) ? 1 : 2 + rnd.int(3);
  for (let i = 0; i < n; i++) mutateTree(root, rnd);
  if (rnd.chance(0.15)) {
    // Written as text, deeper than this generator or JSON.stringify could write it as a value.
    const depth = rnd.pick([20, 31, 40, 3000, 20_000]);
    (root as { preservedTopology?: Json }).preservedTopology = DEEP;
    const deep = `{"value":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    return {
      label: `JSON, ${n} mutation${n === 1 ? '' : 's'}, nested ${depth} deep`,
      text: JSON.stringify(root).replace(`"${DEEP}"`, deep),
    };
  }
  return { label: `JSON, ${n} mutation${n === 1 ? '' : 's'}`, text: JSON.stringify(root) };
}

function stringSlots(root: Json): Slot[] {
  return slots(root).filter((s) => typeof (s.parent as Record<string | number, Json>)[s.key] === 'string');
}

/** The hostile design, or the reference, with attacks and odd characters written into its text fields. */
export function injectionInput(rnd: Random): DesignInput {
  const root = JSON.parse(JSON.stringify(documentOf(hostileDesign()))) as Json;
  // Ids and enumerations are checked on load; names are what an attacker controls and the writers quote.
  const candidates = stringSlots((root as { design: Json }).design).filter(
    (s) =>
      s.key !== 'id' &&
      !/Id$/.test(String(s.key)) &&
      !/^[a-z-]+$/.test(String((s.parent as Record<string | number, Json>)[s.key])),
  );
  const n = 1 + rnd.int(6);
  for (let i = 0; i < n && candidates.length > 0; i++) {
    const { parent, key } = rnd.pick(candidates);
    const p = parent as Record<string | number, Json>;
    p[key] = (rnd.chance(0.5) ? `${p[key] as string}${hostileText(rnd)}` : hostileText(rnd)).slice(0, 1000);
  }
  return { label: `hostile design, ${n} field${n === 1 ? '' : 's'}`, text: JSON.stringify(root) };
}
