/**
 * `export`, `import` and `validate` on topology XML, run as a real process the way a script
 * runs them: exit codes, what is printed, and what is (and is not) written.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDesign } from '../../shared/model/load.ts';
import { canonicalizeText } from '../../shared/xml/canonical.ts';
import { decodeTopologyBytes } from '../../shared/xml/decode.ts';
import { spawnCli } from '../support/cli.ts';
import { examplesDir, loadExample } from '../support/designs.ts';
import { haveSamples, topologiesDir } from '../xml/support.ts';

const example = (name: string) => join(examplesDir, `${name}.pctopo`);
const scratch = mkdtempSync(join(tmpdir(), 'pchat-xml-cli-'));
const at = (name: string) => join(scratch, name);

// Each case starts the CLI as a process (tsx compiles it on the way), which takes a second or two.
const slow = { timeout: 60_000 };

describe('pchat-topology export', slow, () => {
  it('writes the reference design as a .tbxml that imports back to the same design', async () => {
    const r = await spawnCli('export', example('reference-high-bandwidth'), '-o', at('ref.tbxml'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Wrote ${at('ref.tbxml')}: Topology Builder document (.tbxml)`);
    const bytes = readFileSync(at('ref.tbxml'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain(
      '<TopologyBuilder IsFreeFromChanges="true" FileName="ref.tbxml"',
    );

    const back = await spawnCli('import', at('ref.tbxml'), '-o', at('ref.pctopo'));
    expect(back.code, back.stderr).toBe(0);
    expect(loadDesign(readFileSync(at('ref.pctopo'), 'utf8')).design).toEqual(
      loadExample('reference-high-bandwidth').design,
    );
  });

  it('writes the published flavour with --flavor published', async () => {
    const r = await spawnCli(
      'export',
      example('low-bandwidth'),
      '--flavor',
      'published',
      '-o',
      at('low.xml'),
    );
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(at('low.xml'), 'utf8')).toMatch(
      /^\uFEFF<\?xml version="1.0" encoding="utf-8"\?>\n<!--[\s\S]*-->\n<Topology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008" Signature=/,
    );
  });

  it('refuses a design with errors, prints the findings and writes nothing; --force exports it', async () => {
    const r = await spawnCli('export', example('broken'), '-o', at('broken.tbxml'));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/broken\.pctopo: \d+ errors/);
    expect(r.stdout).toContain('PC-020');
    expect(r.stderr).toContain('nothing was exported');
    expect(existsSync(at('broken.tbxml'))).toBe(false);

    const forced = await spawnCli('export', example('broken'), '-o', at('broken.tbxml'), '--force');
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stderr).toContain('exporting despite');
    expect(existsSync(at('broken.tbxml'))).toBe(true);
  });

  it('does not overwrite an existing file without --force, and says a wrong flavour plainly', async () => {
    writeFileSync(at('taken.tbxml'), 'mine');
    const r = await spawnCli('export', example('reference-high-bandwidth'), '-o', at('taken.tbxml'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('already exists');
    expect(readFileSync(at('taken.tbxml'), 'utf8')).toBe('mine');
    const bad = await spawnCli('export', example('reference-high-bandwidth'), '--flavor', 'xml');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--flavor must be tbxml or published');
  });
});

describe('pchat-topology import', slow, () => {
  it('refuses a DTD with its message and exit code 2, writing nothing', async () => {
    writeFileSync(at('evil.xml'), '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "b">]>\n<Topology/>');
    const r = await spawnCli('import', at('evil.xml'), '-o', at('evil.pctopo'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('document type declaration (DTD) at line 2, column 1');
    expect(existsSync(at('evil.pctopo'))).toBe(false);
  });

  it('names a design file given by mistake', async () => {
    const r = await spawnCli('import', example('reference-high-bandwidth'), '-o', at('x.pctopo'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is a Persistent Chat design (.pctopo, JSON), not a topology document');
  });

  it('prints the summary as JSON with --json', async () => {
    await spawnCli('export', example('reference-high-bandwidth'), '-o', at('json.tbxml'));
    const r = await spawnCli('import', at('json.tbxml'), '-o', at('json.pctopo'), '--json');
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({
      output: at('json.pctopo'),
      flavour: 'tbxml',
      sidecar: 'used',
      imported: { pools: 1, servers: 8 },
    });
  });
});

describe.skipIf(!haveSamples)('the CLI on the real topology documents', slow, () => {
  const sample = (n: number) => join(topologiesDir, `sample-0${n}.xml`);

  it('imports sample-01 and says what it imported and what it kept as is', async () => {
    const r = await spawnCli('import', sample(1), '-o', at('s1.pctopo'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      'Imported: 1 data center, 1 Front End pool, 1 SQL Server instance, 2 file stores.',
    );
    expect(r.stdout).toContain('Kept as is (written back unchanged on export):');
    expect(r.stdout).toContain('  - EdgeServer service on edgepool.contoso.com');
    expect(r.stdout).toContain('  - Simple URLs');
  });

  it.each([1, 2, 3, 4, 5])(
    'imports and exports sample-0%i back to a canonically equal document',
    async (n) => {
      const imported = await spawnCli('import', sample(n), '-o', at(`rt${n}.pctopo`));
      expect(imported.code, imported.stderr).toBe(0);
      // Errors in the samples (PowerShell variables, one data center) are the planner's to fix; --force exports anyway.
      const out = at(`rt${n}.xml`);
      const exported = await spawnCli('export', at(`rt${n}.pctopo`), '-o', out, '--force');
      expect(exported.code, exported.stderr).toBe(0);
      const original = decodeTopologyBytes(readFileSync(sample(n)));
      expect(canonicalizeText(decodeTopologyBytes(readFileSync(out)))).toBe(canonicalizeText(original));
    },
  );

  it('validates a topology XML file directly: sample-03 fails on its PowerShell variables', async () => {
    const r = await spawnCli('validate', sample(3));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^sample-03\.xml: \d+ errors/);
    expect(r.stdout).toContain('$SkypeFQDN');
  });

  it('validates the UTF-16 sample-05 as well', async () => {
    const r = await spawnCli('validate', sample(5), '--json');
    expect(JSON.parse(r.stdout).summary).toEqual(expect.objectContaining({ errors: expect.any(Number) }));
  });
});
