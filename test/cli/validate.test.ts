import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeDesign } from '../../shared/model/load.ts';
import { runCli, spawnCli } from '../support/cli.ts';
import { examplesDir, loadExample } from '../support/designs.ts';

const example = (name: string) => join(examplesDir, `${name}.pctopo`);
const scratch = mkdtempSync(join(tmpdir(), 'pchat-cli-'));

function writeBroken(name: string, mutate: (raw: any) => void): string {
  const raw = JSON.parse(serializeDesign(loadExample('reference-high-bandwidth')));
  mutate(raw);
  const path = join(scratch, name);
  writeFileSync(path, JSON.stringify(raw));
  return path;
}

describe('pchat-topology validate', () => {
  it('exits 0 on both layout examples', async () => {
    for (const name of ['reference-high-bandwidth', 'low-bandwidth']) {
      const r = await runCli('validate', example(name));
      expect(r.code, `${name}: ${r.stdout}`).toBe(0);
      expect(r.stdout).toMatch(/^[\w-]+\.pctopo: 0 errors, /);
    }
  });

  it('exits 1 on the broken example and names at least ten distinct rule ids', async () => {
    const r = await runCli('validate', example('broken'), '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    const errorIds = new Set(
      report.findings.filter((f: any) => f.severity === 'error').map((f: any) => f.ruleId),
    );
    expect(errorIds.size).toBeGreaterThanOrEqual(10);
    expect(report.summary.errors).toBe(report.findings.filter((f: any) => f.severity === 'error').length);
  });

  it('prints exactly the documented JSON shape', async () => {
    const r = await runCli('validate', example('broken'), '--json');
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(['summary', 'findings']);
    expect(Object.keys(report.summary)).toEqual(['errors', 'warnings', 'info']);
    for (const f of report.findings) {
      expect(Object.keys(f)).toEqual(['ruleId', 'alsoRuleIds', 'severity', 'message', 'elements', 'fix']);
      expect(f.ruleId).toMatch(/^(PC|DSN)-\d{3}$/);
      for (const also of f.alsoRuleIds) expect(also).toMatch(/^(PC|DSN)-\d{3}$/);
      expect(['error', 'warning', 'info']).toContain(f.severity);
      expect(f.fix === null || typeof f.fix === 'string').toBe(true);
      expect(Array.isArray(f.elements)).toBe(true);
    }
  });

  it('groups the text report by severity with rule ids', async () => {
    const r = await runCli('validate', example('broken'));
    expect(r.stdout).toMatch(
      /^broken\.pctopo: \d+ errors?, \d+ warnings?, \d+ info\n\nErrors \(\d+\)\n {2}(PC|DSN)-\d{3} /,
    );
    const errorsAt = r.stdout.indexOf('Errors (');
    const warningsAt = r.stdout.indexOf('Warnings (');
    if (warningsAt >= 0) expect(warningsAt).toBeGreaterThan(errorsAt);
  });

  it('fails on warnings only when asked', async () => {
    const reference = example('reference-high-bandwidth');
    const json = JSON.parse((await runCli('validate', reference, '--json')).stdout);
    const expected = json.summary.warnings > 0 ? 1 : 0;
    expect((await runCli('validate', reference, '--fail-on', 'warning')).code).toBe(expected);
    expect((await runCli('validate', reference, '--fail-on', 'error')).code).toBe(0);
  });

  it('speaks Spanish when asked', async () => {
    const r = await runCli('validate', example('broken'), '--lang', 'es');
    expect(r.stdout).toContain('servidores activos');
  });

  it('refuses a wrong --fail-on value with exit 2', async () => {
    const r = await runCli('validate', example('broken'), '--fail-on', 'panic');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--fail-on must be error or warning, not "panic"');
  });

  describe('unreadable input exits 2 with a one-paragraph message and no stack trace', () => {
    const cases: [string, string, RegExp][] = [
      [
        'wrong type',
        writeBroken('wrong-type.pctopo', (raw) => (raw.design.sqlInstances[0].mirroringPort = '5022')),
        /at design\.sqlInstances\[0\]\.mirroringPort: expected number, got "5022"/,
      ],
      [
        'missing field',
        writeBroken('missing.pctopo', (raw) => delete raw.design.link),
        /at design\.link: missing; expected object/,
      ],
      [
        'newer format version',
        writeBroken('newer.pctopo', (raw) => (raw.formatVersion = 2)),
        /saved by a newer version of the designer \(format version 2/,
      ],
      ['missing file', join(scratch, 'nope.pctopo'), /nope\.pctopo: no such file\./],
      ['a folder', scratch, /is a folder, not a design file/],
    ];
    for (const [what, path, message] of cases) {
      it(what, async () => {
        const r = await spawnCli('validate', path);
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(message);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
      });
    }
  });
});
