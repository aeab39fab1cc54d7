import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../shared/rules/registry.ts';
import { runCli, spawnCli } from '../support/cli.ts';
import { projectRoot } from '../support/designs.ts';

describe('pchat-topology', () => {
  it('prints its version from package.json', async () => {
    const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
    const r = await spawnCli('--version');
    expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('lists every command in --help', async () => {
    const r = await runCli('--help');
    expect(r.code).toBe(0);
    for (const name of ['validate', 'rules', 'export', 'import', 'simulate', 'runbook'])
      expect(r.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  it('shows per-command help with the usage line', async () => {
    const r = await runCli('validate', '--help');
    expect(r.stdout).toContain('Usage: pchat-topology validate <design.pctopo|topology.xml|pattern>...');
  });

  it('rejects an unknown command and an unknown option with exit 2', async () => {
    expect((await runCli('frobnicate')).code).toBe(2);
    const r = await runCli('validate', 'x.pctopo', '--colour');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unknown option '--colour'/);
  });

  it('lists the implemented rules as JSON, one entry per rule', async () => {
    const r = await runCli('rules', '--json');
    const rows = JSON.parse(r.stdout) as { id: string; severity: string; summary: string }[];
    expect(rows.map((x) => x.id)).toEqual(allRules.map((x) => x.id));
    expect(new Set(rows.map((x) => x.id)).size).toBe(rows.length);
    for (const row of rows) expect(row.summary.length).toBeGreaterThan(10);
  });
});
