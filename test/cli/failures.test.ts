import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeDesign } from '../../shared/model/load.ts';
import { runCli } from '../support/cli.ts';
import { examplesDir, loadExample } from '../support/designs.ts';

const reference = join(examplesDir, 'reference-high-bandwidth.pctopo');

describe('pchat-topology failures', () => {
  it('prints the table as Markdown and exits 1, since Dallas and fepool1 are single points of failure (PC-018)', async () => {
    const r = await runCli('failures', reference);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^# Failure table\n/);
    expect(r.stdout).toContain(
      '| Data center Houston | yes, uninterrupted | no switch | 40,000 users at once, 80,000 after the steps | none |',
    );
    expect(r.stdout).toContain('- Data center Dallas\n- Next-hop Front End pool fepool1.contoso.com');
  });

  it('prints JSON rows in Spanish with --json --lang es', async () => {
    const r = await runCli('failures', reference, '--json', '--lang', 'es');
    const [table] = JSON.parse(r.stdout);
    expect(table.pool).toBe('pchatpool.contoso.com');
    expect(table.rows[0]).toMatchObject({
      lost: 'Centro de datos Dallas',
      survives: false,
      dataLossWindowMinutes: 30,
    });
    expect(table.singlePointsOfFailure).toEqual([
      'Centro de datos Dallas',
      'Grupo de servidores front-end de próximo salto fepool1.contoso.com',
    ]);
  });

  it('says which pools exist when --pool names none, and exits 2', async () => {
    const r = await runCli('failures', reference, '--pool', 'nope.contoso.com');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'The design has no Persistent Chat pool "nope.contoso.com". Its pools are: pchatpool.contoso.com.',
    );
  });

  it('says the design has no pool rather than printing an empty table', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pchat-failures-'));
    const doc = loadExample('reference-high-bandwidth');
    const path = join(dir, 'no-pool.pctopo');
    writeFileSync(path, serializeDesign({ ...doc, design: { ...doc.design, pools: [], servers: [] } }));
    const r = await runCli('failures', path);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('The design has no Persistent Chat pool');
  });
});
