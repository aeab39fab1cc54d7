import { describe, expect, it } from 'vitest';
import { runbookFiles } from '../../shared/runbooks/files.ts';
import { edit, lowBandwidth, reference } from '../support/designs.ts';

describe('the runbook files of a design', () => {
  it('are the failover and failback procedures in three forms and the deployment checklist', () => {
    const { files, skipped } = runbookFiles(reference(), 'en');
    expect(files.map((f) => f.name)).toEqual([
      'failover.md',
      'failover.ps1',
      'failover.sql',
      'failback.md',
      'failback.ps1',
      'failback.sql',
      'deploy.md',
    ]);
    expect(skipped).toEqual([]);
  });

  it('put a byte-order mark on PowerShell and T-SQL files only', () => {
    const { files } = runbookFiles(lowBandwidth(), 'en');
    const bom = Object.fromEntries(files.map((f) => [f.name, f.text.startsWith('\uFEFF')]));
    expect(bom).toMatchObject({
      'failover.md': false,
      'failover.ps1': true,
      'failover.sql': true,
      'deploy.md': false,
    });
  });

  it('are told apart by pool FQDN when the design has several pools', () => {
    const design = reference();
    const second = { ...design.pools[0]!, id: 'pool-2', fqdn: 'pchat2.contoso.com' };
    const { files } = runbookFiles({ ...design, pools: [...design.pools, second] }, 'en');
    const names = files.map((f) => f.name);
    expect(names).toContain(`${design.pools[0]!.fqdn}-failover.md`);
    expect(names).toContain('pchat2.contoso.com-deploy.md');
    expect(new Set(names).size).toBe(names.length);
  });

  it('say in the planner’s language why nothing can be made for a design without a pool', () => {
    const design = { ...reference(), pools: [] };
    const en = runbookFiles(design, 'en');
    const es = runbookFiles(design, 'es');
    expect(en.files).toEqual([]);
    expect(en.skipped).toHaveLength(1);
    expect(es.skipped[0]).not.toBe(en.skipped[0]);
  });

  it('never throw on a half-finished design', () => {
    const design = reference();
    const pools = edit(design.pools, design.pools[0]!.id, { nextHopId: 'nowhere', fileStoreId: null });
    expect(() => runbookFiles({ ...design, pools, servers: [] }, 'en')).not.toThrow();
  });
});
