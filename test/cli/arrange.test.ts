/** `pchat-topology arrange`: what it writes, what it refuses, and what it says about bad input. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDesign } from '../../shared/model/load.ts';
import { relationsOf } from '../../shared/model/relations.ts';
import { runCli } from '../support/cli.ts';
import { examplesDir, loadExample } from '../support/designs.ts';
import { outsideTheirDataCenter, overlappingPairs } from '../support/layout-geometry.ts';

const scratch = mkdtempSync(join(tmpdir(), 'pchat-arrange-cli-'));
const at = (name: string) => join(scratch, name);

function shuffled(): string {
  const doc = loadExample('reference-high-bandwidth');
  // Every box on one spot: the worst a planner's file can look.
  const nodes = Object.fromEntries(
    Object.entries(doc.layout.nodes).map(([id, l]) => [id, { ...l, x: 10, y: 10 }]),
  );
  return JSON.stringify({ ...doc, layout: { nodes } });
}

describe('pchat-topology arrange', () => {
  it('writes the design laid out anew, with no box on another and every line routed, the domain unchanged', async () => {
    writeFileSync(at('piled.pctopo'), shuffled());
    const r = await runCli('arrange', at('piled.pctopo'), '-o', at('tidy.pctopo'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`into ${at('tidy.pctopo')}`);
    expect(r.stdout).toMatch(/\d+ boxes placed, \d+ lines routed/);
    const out = loadDesign(readFileSync(at('tidy.pctopo'), 'utf8'));
    expect(overlappingPairs(out)).toEqual([]);
    expect(outsideTheirDataCenter(out)).toEqual([]);
    expect(Object.keys(out.layout.edges ?? {}).sort()).toEqual(
      relationsOf(out.design)
        .map((x) => x.id)
        .sort(),
    );
    expect(out.design).toEqual(loadExample('reference-high-bandwidth').design);
  });

  it('writes beside the input by default and never over a file without --force', async () => {
    writeFileSync(at('site.pctopo'), shuffled());
    const first = await runCli('arrange', at('site.pctopo'));
    expect(first.code, first.stderr).toBe(0);
    expect(readFileSync(at('site.arranged.pctopo'), 'utf8')).toContain('"edges"');
    const again = await runCli('arrange', at('site.pctopo'));
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
    const forced = await runCli('arrange', at('site.pctopo'), '--force');
    expect(forced.code, forced.stderr).toBe(0);
  });

  it('says what is wrong with input it cannot read', async () => {
    const missing = await runCli('arrange', at('nope.pctopo'), '-o', at('x.pctopo'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
    writeFileSync(at('bad.pctopo'), '{"formatVersion": 1, "design": {"servers": 3}}');
    const bad = await runCli('arrange', at('bad.pctopo'), '-o', at('y.pctopo'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('design.servers');
    const none = await runCli('arrange');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('pchat-topology arrange');
  });

  it('is listed in the help', async () => {
    const r = await runCli('--help');
    expect(r.stdout).toContain('arrange');
    const own = await runCli('arrange', '--help');
    expect(own.stdout).toContain('-o, --out');
  });

  it('arranges the shipped examples as they are shipped', async () => {
    const r = await runCli('arrange', join(examplesDir, 'low-bandwidth.pctopo'), '-o', at('low.pctopo'));
    expect(r.code, r.stderr).toBe(0);
    expect(loadDesign(readFileSync(at('low.pctopo'), 'utf8')).layout).toEqual(
      loadExample('low-bandwidth').layout,
    );
  });
});
