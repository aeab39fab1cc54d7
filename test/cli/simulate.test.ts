import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeDesign } from '../../shared/model/load.ts';
import { managerSummary } from '../../shared/simulation/summary.ts';
import { runCli, spawnCli } from '../support/cli.ts';
import { examplesDir, loadExample } from '../support/designs.ts';
import { DALLAS_STEPS, run, twoPools } from '../simulation/support.ts';

const example = (name: string) => join(examplesDir, `${name}.pctopo`);
const reference = example('reference-high-bandwidth');
const low = example('low-bandwidth');

describe('pchat-topology simulate', () => {
  it('prints the documented JSON fields first, for the loss of dc1 (PC-027, PC-070, PC-022)', async () => {
    const r = await runCli('simulate', reference, '--fail', 'dc1', '--json');
    // The pool's next hop fepool1 is lost with Dallas: the service waits for it (PC-018).
    expect(r.code).toBe(1);
    const o = JSON.parse(r.stdout);
    expect(Object.keys(o).slice(0, 7)).toEqual([
      'databaseServing',
      'failover',
      'activeServers',
      'concurrentUserCapacity',
      'dataLossWindowMinutes',
      'serviceAvailable',
      'steps',
    ]);
    expect(o).toMatchObject({
      databaseServing: 'backup',
      failover: 'manual',
      activeServers: ['pchat5.contoso.com', 'pchat6.contoso.com', 'pchat7.contoso.com', 'pchat8.contoso.com'],
      concurrentUserCapacity: 80000,
      dataLossWindowMinutes: 30,
      serviceAvailable: false,
      interruption: 'until-next-hop',
      poolState: 'FailedOver',
    });
    expect(o.blockedBy).toEqual([
      expect.objectContaining({
        kind: 'next-hop',
        condition: 'lost',
        frontEnd: 'fepool1.contoso.com',
        ruleIds: ['PC-018'],
      }),
    ]);
    expect(o.steps.map((s: any) => s.id)).toEqual(DALLAS_STEPS);
    expect(o.steps[4].command).toBe(
      "Set-CsPersistentChatState -Identity 'service:pchatpool.contoso.com' -PoolState FailedOver",
    );
    expect(o.lost.some((l: any) => l.key === 'compliance-data' && l.ruleIds.includes('PC-031'))).toBe(true);
  });

  it('takes repeated --fail options and comma lists alike', async () => {
    const a = JSON.parse(
      (await runCli('simulate', low, '--fail', 'mirror', '--fail', 'witness', '--json')).stdout,
    );
    const b = JSON.parse((await runCli('simulate', low, '--fail', 'mirror,witness', '--json')).stdout);
    expect(a).toEqual(b);
    expect(a.failed.map((f: any) => f.id)).toEqual(['sql-mgc-mirror', 'sql-witness1']);
  });

  it('exits 1 when the service stops, and says so', async () => {
    const r = await runCli('simulate', low, '--fail', 'dc1,dc2');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Service\s+STOPS until something is repaired/);
  });

  it('prints a readable report with the steps and the rule ids', async () => {
    const r = await runCli('simulate', reference, '--fail', 'sql:sqlpc1.contoso.com');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Pool pchatpool\.contoso\.com: loss of sqlpc1\.contoso\.com\\PCHAT\n/);
    expect(r.stdout).toContain('continues after an automatic failover of a few seconds');
    expect(r.stdout).toMatch(/1\. MIRROR-AUTO \(automatic/);
    expect(r.stdout).toMatch(/Rests on: .*PC-026.*PC-036/);
  });

  it('speaks Spanish when asked', async () => {
    const r = await runCli('simulate', reference, '--fail', 'dc2', '--lang', 'es');
    expect(r.stdout).toContain('Servicio');
    expect(r.stdout).toContain('usuarios simultáneos');
  });

  it('says the same summary and headline as the shared module the canvas uses', async () => {
    const r = await runCli('simulate', reference, '--fail', 'dc1');
    expect(r.stdout.split('\n')[2]).toBe(
      `Summary: ${managerSummary(run(loadExample('reference-high-bandwidth').design, 'dc1'))}`,
    );
    expect(r.stdout).toMatch(
      /Service\s+down until the Front End pool fepool1\.contoso\.com is recovered or fails over to its paired pool \(Front End disaster recovery, outside the Persistent Chat procedures\), and until the recovery steps below are done \[PC-018\]/,
    );
  });

  it('exits 0 when Houston is lost: the pool keeps its service', async () => {
    const r = await runCli('simulate', reference, '--fail', 'dc2');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Service\s+continues without interruption/);
  });

  it('prints Markdown with --markdown, in the language asked for', async () => {
    const r = await runCli('simulate', reference, '--fail', 'dc1', '--markdown', '--lang', 'es');
    expect(r.stdout.startsWith('# Qué pasaría si: pérdida de Dallas\n')).toBe(true);
    expect(r.stdout).toContain('## Grupo pchatpool.contoso.com');
    expect(r.stdout).toContain('**Resumen:** El chat está detenido');
    expect(r.stdout).toContain(
      "   Set-CsPersistentChatState -Identity 'service:pchatpool.contoso.com' -PoolState FailedOver",
    );
    const both = await spawnCli('simulate', reference, '--fail', 'dc1', '--markdown', '--json');
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/Choose one of --json and --markdown/);
  });

  describe('a design with two pools', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pchat-simulate-'));
    const file = join(dir, 'two-pools.pctopo');
    writeFileSync(file, serializeDesign({ ...loadExample('reference-high-bandwidth'), design: twoPools() }));

    it('without --pool simulates every pool and prints each; exit 1 when one of them stops', async () => {
      const r = await runCli('simulate', file, '--fail', 'dc2');
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^Pool pchatpool\.contoso\.com: loss of Houston\n/);
      expect(r.stdout).toContain('\nPool pchatpool2.contoso.com: loss of Houston\n');
      const services = [...r.stdout.matchAll(/^ {2}Service\s+(.*)$/gm)].map((m) => m[1]);
      expect(services).toEqual(['continues without interruption', 'STOPS until something is repaired']);
    });

    it('exits 0 when every pool keeps its service', async () => {
      const r = await runCli('simulate', file, '--fail', 'server:pchat7.contoso.com');
      expect(r.code).toBe(0);
    });

    it('--json gives an array, one outcome per pool; --pool gives that pool alone', async () => {
      const all = JSON.parse((await runCli('simulate', file, '--fail', 'dc2', '--json')).stdout);
      expect(all.map((o: any) => [o.pool, o.serviceAvailable])).toEqual([
        ['pchatpool.contoso.com', true],
        ['pchatpool2.contoso.com', false],
      ]);
      const one = await runCli(
        'simulate',
        file,
        '--fail',
        'dc2',
        '--json',
        '--pool',
        'pchatpool.contoso.com',
      );
      expect(one.code).toBe(0);
      expect(JSON.parse(one.stdout).pool).toBe('pchatpool.contoso.com');
    });

    it('refuses a role word without --pool, and says what to write', async () => {
      const r = await spawnCli('simulate', file, '--fail', 'primary');
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/"primary" names an instance of one pool.*say which with --pool/);
    });
  });

  it('lists the failure tokens in --help', async () => {
    const r = await runCli('simulate', '--help');
    expect(r.stdout).toContain('Usage: pchat-topology simulate <design.pctopo> --fail');
    for (const token of ['dc1, dc2', 'sql:<fqdn>', 'server:<fqdn>', 'backup-witness', 'link'])
      expect(r.stdout).toContain(token);
  });

  describe('bad input exits 2 with one paragraph and no stack trace', () => {
    const cases: [string, string[], RegExp][] = [
      ['no --fail', ['simulate', reference], /Say what fails with --fail/],
      [
        'an unknown element',
        ['simulate', reference, '--fail', 'dc1,sql:ghost.contoso.com'],
        /has no SQL Server computer or instance "ghost\.contoso\.com"/,
      ],
      [
        'an unknown word',
        ['simulate', reference, '--fail', 'meteor'],
        /"meteor" names nothing in this design/,
      ],
      [
        'an unknown pool',
        ['simulate', reference, '--fail', 'dc1', '--pool', 'x.contoso.com'],
        /no Persistent Chat pool "x\.contoso\.com"/,
      ],
      [
        'a missing file',
        ['simulate', join(examplesDir, 'nope.pctopo'), '--fail', 'dc1'],
        /nope\.pctopo: no such file/,
      ],
    ];
    for (const [what, argv, message] of cases) {
      it(what, async () => {
        const r = await spawnCli(...argv);
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(message);
        expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
        expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
      });
    }
  });
});
