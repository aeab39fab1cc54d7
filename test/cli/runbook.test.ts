import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeDesign } from '../../shared/model/load.ts';
import type { Design } from '../../shared/model/types.ts';
import { runCli, spawnCli } from '../support/cli.ts';
import { examplesDir, loadExample } from '../support/designs.ts';
import { lexPowerShell } from '../runbooks/lexers.ts';
import { hostile, hostileDesign } from '../runbooks/hostile.ts';

const reference = join(examplesDir, 'reference-high-bandwidth.pctopo');
const scratch = () => mkdtempSync(join(tmpdir(), 'pchat-runbook-'));

function designFile(name: string, design: Design): string {
  const doc = loadExample('reference-high-bandwidth');
  const path = join(scratch(), name);
  writeFileSync(path, serializeDesign({ ...doc, design }));
  return path;
}

describe('pchat-topology runbook', () => {
  it('writes failover.md, .ps1 and .sql into a new folder and lists them', async () => {
    const out = join(scratch(), 'dr', 'failover');
    const r = await runCli('runbook', reference, '--kind', 'failover', '-o', out);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual(
      ['failover.md', 'failover.ps1', 'failover.sql'].map((f) => join(out, f)),
    );
    expect(readdirSync(out).sort()).toEqual(['failover.md', 'failover.ps1', 'failover.sql']);
    const ps1 = readFileSync(join(out, 'failover.ps1'));
    expect([...ps1.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(
      readFileSync(join(out, 'failover.md'), 'utf8').startsWith('# Failover of Persistent Chat pool'),
    ).toBe(true);
    expect(readFileSync(join(out, 'failover.sql'), 'utf8')).toContain(
      'sp_delete_log_shipping_secondary_database',
    );
  });

  it('writes only deploy.md for the checklist, and failback in Spanish on request', async () => {
    const out = scratch();
    expect((await runCli('runbook', reference, '--kind', 'deploy', '--out', out)).code).toBe(0);
    expect((await runCli('runbook', reference, '--kind', 'failback', '-o', out, '--lang', 'es')).code).toBe(
      0,
    );
    expect(readdirSync(out).sort()).toEqual(['deploy.md', 'failback.md', 'failback.ps1', 'failback.sql']);
    expect(readFileSync(join(out, 'failback.md'), 'utf8')).toContain('# Conmutación por recuperación');
  });

  it('refuses to overwrite without --force (exit 1, nothing written), and overwrites with it', async () => {
    const out = scratch();
    writeFileSync(join(out, 'failover.md'), 'mine');
    const refused = await runCli('runbook', reference, '--kind', 'failover', '-o', out);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('already holds failover.md; nothing was written. Add --force');
    expect(readdirSync(out)).toEqual(['failover.md']);
    expect(readFileSync(join(out, 'failover.md'), 'utf8')).toBe('mine');
    expect((await runCli('runbook', reference, '--kind', 'failover', '-o', out, '--force')).code).toBe(0);
    expect(readFileSync(join(out, 'failover.md'), 'utf8')).not.toBe('mine');
  });

  it('keeps hostile names in the design out of the code of the written script', async () => {
    const path = designFile('hostile.pctopo', hostileDesign());
    const out = scratch();
    expect((await spawnCli('runbook', path, '--kind', 'failover', '-o', out)).code).toBe(0);
    const lexed = lexPowerShell(readFileSync(join(out, 'failover.ps1'), 'utf8').replace(/^\uFEFF/, ''));
    expect(lexed.code).not.toMatch(/PWNED/i);
    expect(lexed.literals).toContain(hostile.pool);
  });

  it('shows the kinds and the overwrite rule in --help', async () => {
    const r = await runCli('runbook', '--help');
    expect(r.stdout).toContain(
      'Usage: pchat-topology runbook <design.pctopo> --kind failover|failback|deploy -o <folder>',
    );
    expect(r.stdout).toContain('--force');
  });

  describe('bad input exits 2 with one paragraph and no stack trace', () => {
    const noDr = () => {
      const ref = loadExample('reference-high-bandwidth').design;
      return { ...ref, pools: ref.pools.map((p) => ({ ...p, disasterRecovery: false })) };
    };
    const cases: [string, () => string[], RegExp][] = [
      [
        'no --kind',
        () => ['runbook', reference, '-o', scratch()],
        /--kind must be failover, failback, deploy\./,
      ],
      [
        'a wrong --kind',
        () => ['runbook', reference, '--kind', 'panic', '-o', scratch()],
        /--kind must be .*, not "panic"/,
      ],
      ['no -o', () => ['runbook', reference, '--kind', 'deploy'], /Say where to write with -o <folder>/],
      [
        'a design without disaster recovery',
        () => ['runbook', designFile('nodr.pctopo', noDr()), '--kind', 'failover', '-o', scratch()],
        /cannot fail over to a backup store: it has no backup SQL Server store/,
      ],
    ];
    for (const [what, argv, message] of cases) {
      it(what, async () => {
        const r = await spawnCli(...argv());
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(message);
        expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
        expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
      });
    }
  });
});
