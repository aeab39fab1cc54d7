import { describe, expect, it } from 'vitest';
import { summarize, validate } from '../../shared/rules/engine.ts';
import { failureRowCells, failureTable } from '../../shared/simulation/index.ts';
import { loadExample, reference, withPool } from '../support/designs.ts';
import { byId, byName, parseReport, report, tableRows, textOf } from './support.ts';

const tree = parseReport(report(reference()));

describe('the inventory of the reference design', () => {
  it('lists the 8 servers with their data centers and states: pchat1, 2, 5 and 6 active', () => {
    expect(tableRows(byId(tree, 'inventory-servers'))).toEqual([
      ['pchat1.contoso.com', 'Dallas', 'pchatpool.contoso.com', 'active', 'contoso.com'],
      ['pchat2.contoso.com', 'Dallas', 'pchatpool.contoso.com', 'active', 'contoso.com'],
      ['pchat3.contoso.com', 'Dallas', 'pchatpool.contoso.com', 'idle', 'contoso.com'],
      ['pchat4.contoso.com', 'Dallas', 'pchatpool.contoso.com', 'idle', 'contoso.com'],
      ['pchat5.contoso.com', 'Houston', 'pchatpool.contoso.com', 'active', 'contoso.com'],
      ['pchat6.contoso.com', 'Houston', 'pchatpool.contoso.com', 'active', 'contoso.com'],
      ['pchat7.contoso.com', 'Houston', 'pchatpool.contoso.com', 'idle', 'contoso.com'],
      ['pchat8.contoso.com', 'Houston', 'pchatpool.contoso.com', 'idle', 'contoso.com'],
    ]);
  });

  it('gives each SQL Server instance its version, edition, the parts it plays, its port and data center', () => {
    const rows = tableRows(byId(tree, 'inventory-sql'));
    const of = (label: string) => rows.find((r) => r[0] === label);
    const pool = 'pchatpool.contoso.com';
    expect(of('sqlpc1.contoso.com\\PCHAT')).toEqual([
      'sqlpc1.contoso.com\\PCHAT',
      'SQL Server 2012',
      'Enterprise',
      `primary store of ${pool}\ncompliance store of ${pool}`,
      '5022',
      'Dallas',
    ]);
    expect(of('sqlpc1m.contoso.com\\PCHAT')?.[3]).toBe(`mirror of the primary store of ${pool}`);
    expect(of('sqlwit1.contoso.com\\WITNESS')).toEqual([
      'sqlwit1.contoso.com\\WITNESS',
      'SQL Server 2012',
      'Standard',
      `witness of the primary store of ${pool}\nwitness of the compliance store of ${pool}`,
      '7022',
      'Dallas',
    ]);
    expect(of('sqlpc2.contoso.com\\PCHAT')?.[3]).toBe(`backup store of ${pool}`);
    expect(of('sqlpc2.contoso.com\\PCHAT')?.[5]).toBe('Houston');
    expect(of('sqlcmp2.contoso.com\\PCHAT')?.[3]).toBe(`compliance backup store of ${pool}`);
    expect(rows).toHaveLength(9);
  });

  it('gives each share the rights PC-052, PC-053 and PC-055 ask for', () => {
    const rows = tableRows(byId(tree, 'inventory-shares'));
    const of = (unc: string) => rows.find((r) => r[0] === unc);
    const logs = of('\\\\fs1.contoso.com\\pchatlogs');
    expect(logs?.[2]).toBe('Dallas');
    expect(logs?.[4]).toBe('PC-052');
    // Every SQL Server holding the pool's databases, in both data centers, reads and writes it.
    for (const sql of [
      'sqlpc1.contoso.com\\PCHAT',
      'sqlpc1m.contoso.com\\PCHAT',
      'sqlpc2.contoso.com\\PCHAT',
    ])
      expect(logs?.[3]).toContain(sql);
    expect(logs?.[3]).not.toContain('WITNESS');
    expect(of('\\\\sqlpc2.contoso.com\\pchatlogcopy')?.[3]).toContain(
      'Write for the SQL Server Agent account of sqlpc2.contoso.com\\PCHAT',
    );
    expect(of('\\\\sqlpc2.contoso.com\\pchatlogcopy')?.[4]).toBe('PC-053, PC-056');
    expect(of('\\\\fs1.contoso.com\\pchatmirror')?.[4]).toBe('PC-055');
    expect(of('\\\\fs1.contoso.com\\pchatfiles')?.[4]).toBe('PC-047, PC-048');
    expect(of('\\\\fs2.contoso.com\\pchatfiles')?.[3]).toBe('No pool uses it.');
  });

  it('lists the ports to open as the deployment checklist does', () => {
    const rows = tableRows(byId(tree, 'inventory-ports')).map((r) => [r[0], r[1], r[3]]);
    expect(rows.filter((r) => r[0] === 'pchat1.contoso.com')).toEqual([
      ['pchat1.contoso.com', '5041', 'PC-069'],
      ['pchat1.contoso.com', '881', 'PC-069'],
      ['pchat1.contoso.com', '443', 'PC-069'],
      ['pchat1.contoso.com', '8011', 'PC-069'],
    ]);
    expect(rows).toContainEqual(['sqlpc1.contoso.com', '5022', 'PC-040']);
    expect(rows).toContainEqual(['sqlwit1.contoso.com', '7022', 'PC-040']);
    expect(rows.filter((r) => r[1] === '5041')).toHaveLength(8);
  });

  it('shows the 15-minute log-shipping schedule with no delay in No recovery mode', () => {
    expect(tableRows(byId(tree, 'inventory-log-shipping'))).toEqual([
      ['Back up the log every', '15 min', 'PC-058'],
      ['Copy to the secondary every', '15 min', 'PC-058'],
      ['Restore on the secondary every', '15 min', 'PC-058'],
      ['Delay restoring backups at least', '0 min', 'PC-057'],
      ['Restore mode', 'No recovery mode', 'PC-057'],
      ['Log-backup share', '\\\\fs1.contoso.com\\pchatlogs', 'PC-052'],
      ['Copy destination', '\\\\sqlpc2.contoso.com\\pchatlogcopy', 'PC-053'],
    ]);
  });

  it('sets the capacity figures against the limits of shared/model/product.ts', () => {
    const pool = tableRows(byId(tree, 'capacity-pool-1')).map((r) => [r[1], r[2], r[3], r[4]]);
    expect(pool).toEqual([
      ['4', '4', 'within the limit', 'PC-001'],
      ['8', '8', 'within the limit', 'PC-002'],
      ['60,000', '80,000', 'within the limit', 'PC-003'],
      ['500,000', '2,000,000', 'within the limit', 'PC-007'],
    ]);
    const whole = byName(byId(tree, 'inventory-capacity'), 'table')[1]!;
    const rows = byName(whole, 'tr')
      .slice(1)
      .map((tr) => byName(tr, 'td').map((td) => textOf(td)));
    expect(rows.map((r) => r.slice(1))).toEqual([
      ['60,000', '80,000', 'within the limit', 'PC-004'],
      ['120,000', '150,000', 'within the limit', 'PC-004'],
    ]);
  });

  it('says when a figure is over its limit or not estimated', () => {
    const d = withPool(reference(), { expectedConcurrentUsers: 90_000, chatRoomAces: null });
    const rows = tableRows(byId(parseReport(report(d)), 'capacity-pool-1'));
    expect(rows[2]!.slice(1, 4)).toEqual(['90,000', '80,000', 'over the limit']);
    expect(rows[3]!.slice(1, 4)).toEqual(['not estimated', '2,000,000', 'not estimated']);
  });
});

describe('findings and failures in the report', () => {
  it('groups the findings by severity with the counts of the cover, in the locale', () => {
    const broken = loadExample('broken').design;
    const es = parseReport(report(broken, { locale: 'es' }));
    const findings = validate(broken, { locale: 'es' });
    const counts = summarize(findings);
    expect(tableRows(byId(es, 'cover')).map((r) => r[1])).toEqual([
      String(counts.errors),
      String(counts.warnings),
      String(counts.info),
    ]);
    expect(counts.errors).toBeGreaterThan(0);
    const errors = tableRows(byId(es, 'findings-error'));
    expect(errors.map((r) => r[0]!.split('\n')[0])).toEqual(
      findings.filter((f) => f.severity === 'error').map((f) => f.ruleId),
    );
    expect(errors.map((r) => r[1])).toEqual(
      findings.filter((f) => f.severity === 'error').map((f) => f.message),
    );
    expect(errors.every((r) => r[3] !== '')).toBe(true);
  });

  it('renders the failure table of the simulation row by row, in the same words', () => {
    const table = failureTable(reference());
    const html = byId(tree, 'failures-pool-1');
    const rows = byName(html, 'table').flatMap((t) =>
      byName(byName(t, 'tbody')[0]!, 'tr').map((tr) => byName(tr, 'td').map((td) => textOf(td))),
    );
    expect(rows).toEqual(table.rows.map((row) => failureRowCells(row, 'en')));
    const lostDallas = rows.find((r) => r[0] === 'Data center Dallas');
    expect(lostDallas?.[2]).toBe('manual (failover runbook)');
    expect(rows.find((r) => r[0] === 'Witness sqlwit1.contoso.com\\WITNESS')?.[1]).toBe('yes, uninterrupted');
    const spof = byName(byId(tree, 'spof-pool-1'), 'li').map(textOf);
    expect(spof).toEqual(table.singlePointsOfFailure.map((row) => failureRowCells(row, 'en')[0]));
    expect(spof).toContain('Data center Dallas');
  });

  it('summarises the failover and failback steps and renders the deployment checklist', () => {
    const runbooks = byId(tree, 'runbooks-pool-1');
    const steps = byName(runbooks, 'table')
      .slice(0, 2)
      .map((t) => byName(byName(t, 'tbody')[0]!, 'tr').map((tr) => textOf(byName(tr, 'td')[0]!)));
    expect(steps[0]!.slice(0, 7)).toEqual(['FO-1', 'FO-2', 'FO-3', 'FO-4', 'FO-5', 'FO-6', 'FO-7']);
    expect(steps[1]![0]).toBe('FB-1');
    const checklist = textOf(byName(runbooks, 'div')[0]!);
    expect(checklist).toContain('Deployment checklist for Persistent Chat pool pchatpool.contoso.com');
    expect(checklist).toContain('\u2610');
  });
});
