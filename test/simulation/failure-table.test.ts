/**
 * The failure table on the layout examples. Every expected row is worked out by hand from the
 * designs (described in scenarios.test.ts) and pchat-rules.md, never taken from the code:
 *   - Dallas holds the primary store, its mirror and witness, and fepool1, the pool's next hop,
 *     so losing it needs the manual failover to Houston's backup store (PC-027, FO steps) and
 *     even then nobody reaches the pool until fepool1 is back (PC-018); 30 minutes at risk
 *     (the log-backup share on fs1 goes with Dallas: backup 15 + copy 15, PC-058).
 *   - Houston holds the backup store and pchat5, 6 (active in the reference design): chat runs
 *     on, on 40,000 users until pchat3 and 4 are made active (PC-003, PC-006, PC-022).
 *   - The primary instance sqlpc1\PCHAT also holds the compliance store; losing it fails over to
 *     its mirror on its own, the witness making the majority (PC-026).
 *   - Losing a witness changes nothing for the service (PC-026).
 */
import { describe, expect, it } from 'vitest';
import { render } from '../../shared/i18n/text.ts';
import type { Design } from '../../shared/model/types.ts';
import { failureTable, failureTablesJson, failureTablesMarkdown } from '../../shared/simulation/index.ts';
import type { FailureRow } from '../../shared/simulation/index.ts';
import { ScenarioError } from '../../shared/simulation/errors.ts';
import { lowBandwidth, reference } from '../support/designs.ts';

const label = (r: FailureRow, locale: 'en' | 'es' = 'en') => render(r.label, r.params, locale);

function row(design: Design, text: string): FailureRow {
  const hit = failureTable(design).rows.find((r) => label(r) === text);
  if (!hit)
    throw new Error(
      `no row "${text}"; rows: ${failureTable(design)
        .rows.map((r) => label(r))
        .join(' / ')}`,
    );
  return hit;
}

const outcome = (r: FailureRow) => ({
  survives: r.survives,
  switchover: r.switchover,
  interruption: r.interruption,
  databaseServing: r.databaseServing,
  capacityImmediately: r.capacityImmediately,
  capacityLeft: r.capacityLeft,
  capacityOnceReachable: r.capacityOnceReachable,
  dataLossWindowMinutes: r.dataLossWindowMinutes,
});

describe('the failure table of the reference design', () => {
  const design = reference();
  const table = failureTable(design);

  it('asks about every data center, the link, every SQL instance, witness, share, server and the next hop once', () => {
    const singles = table.rows.filter((r) => r.single).map((r) => label(r));
    expect(singles).toEqual([
      'Data center Dallas',
      'Data center Houston',
      'The link between the data centers',
      'SQL Server sqlpc1.contoso.com\\PCHAT (primary store, compliance store)',
      'SQL Server sqlpc1m.contoso.com\\PCHAT (mirror of the primary store)',
      'SQL Server sqlpc2.contoso.com\\PCHAT (backup store)',
      'SQL Server sqlpc2m.contoso.com\\PCHAT (mirror of the backup store)',
      'SQL Server sqlcmp1m.contoso.com\\PCHAT (mirror of the compliance store)',
      'SQL Server sqlcmp2.contoso.com\\PCHAT (compliance backup store)',
      'SQL Server sqlcmp2m.contoso.com\\PCHAT (mirror of the compliance backup store)',
      'Witness sqlwit1.contoso.com\\WITNESS',
      'Witness sqlwit2.contoso.com\\WITNESS',
      'Log-backup share \\\\fs1.contoso.com\\pchatlogs',
      'Log-copy share \\\\sqlpc2.contoso.com\\pchatlogcopy',
      'Mirroring share \\\\fs1.contoso.com\\pchatmirror',
      'File store \\\\fs1.contoso.com\\pchatfiles',
      ...[1, 2, 3, 4, 5, 6, 7, 8].map(
        (n) =>
          `Persistent Chat server pchat${n}.contoso.com (${[1, 2, 5, 6].includes(n) ? 'active' : 'idle'})`,
      ),
      'Next-hop Front End pool fepool1.contoso.com',
    ]);
    expect(new Set(table.rows.map((r) => r.id)).size).toBe(table.rows.length);
    expect(table.capacityDesigned).toBe(80_000);
  });

  it('losing Dallas: manual failover to the backup store, down until fepool1 is back, 30 minutes at risk (PC-018, PC-027, PC-058)', () => {
    expect(outcome(row(design, 'Data center Dallas'))).toEqual({
      survives: false,
      switchover: 'manual',
      interruption: 'until-next-hop',
      databaseServing: 'backup',
      capacityImmediately: 0,
      capacityLeft: 0,
      capacityOnceReachable: 80_000,
      dataLossWindowMinutes: 30,
    });
  });

  it('losing Houston: no switch, 40,000 users until pchat3 and 4 are made active (PC-003, PC-006, PC-022)', () => {
    expect(outcome(row(design, 'Data center Houston'))).toEqual({
      survives: true,
      switchover: 'none',
      interruption: 'none',
      databaseServing: 'primary',
      capacityImmediately: 40_000,
      capacityLeft: 80_000,
      capacityOnceReachable: 80_000,
      dataLossWindowMinutes: null,
    });
  });

  it('losing the primary instance: automatic failover to its mirror, nothing lost (PC-026, PC-036)', () => {
    expect(
      outcome(row(design, 'SQL Server sqlpc1.contoso.com\\PCHAT (primary store, compliance store)')),
    ).toEqual({
      survives: true,
      switchover: 'automatic',
      interruption: 'automatic-failover',
      databaseServing: 'mirror',
      capacityImmediately: 80_000,
      capacityLeft: 80_000,
      capacityOnceReachable: 80_000,
      dataLossWindowMinutes: null,
    });
  });

  it('losing either witness changes nothing for the service (PC-026)', () => {
    for (const w of ['sqlwit1', 'sqlwit2']) {
      expect(outcome(row(design, `Witness ${w}.contoso.com\\WITNESS`))).toEqual({
        survives: true,
        switchover: 'none',
        interruption: 'none',
        databaseServing: 'primary',
        capacityImmediately: 80_000,
        capacityLeft: 80_000,
        capacityOnceReachable: 80_000,
        dataLossWindowMinutes: null,
      });
    }
  });

  it('lists the documented combinations: a data center with the far witness, a store with its mirror, a member with its witness', () => {
    const combos = table.rows.filter((r) => !r.single).map((r) => label(r));
    expect(combos).toContain(
      'Data center Dallas and the witness sqlwit2.contoso.com\\WITNESS in the other data center',
    );
    expect(combos).toContain(
      'SQL Server sqlpc1.contoso.com\\PCHAT and its mirror sqlpc1m.contoso.com\\PCHAT (primary store)',
    );
    expect(combos).toContain(
      'SQL Server sqlpc1m.contoso.com\\PCHAT (mirror of the primary store) and its witness sqlwit1.contoso.com\\WITNESS',
    );
    // The primary store and its mirror both lost while Dallas stands: failover to the backup
    // store, the log-backup share still answers, so 15 minutes are at risk (PC-027, PC-058).
    expect(
      outcome(
        row(
          design,
          'SQL Server sqlpc1.contoso.com\\PCHAT and its mirror sqlpc1m.contoso.com\\PCHAT (primary store)',
        ),
      ),
    ).toMatchObject({
      survives: true,
      switchover: 'manual',
      databaseServing: 'backup',
      dataLossWindowMinutes: 15,
    });
  });

  it('names Dallas and fepool1 as the single points of failure, and nothing else', () => {
    expect(table.singlePointsOfFailure.map((r) => label(r))).toEqual([
      'Data center Dallas',
      'Next-hop Front End pool fepool1.contoso.com',
    ]);
  });

  it('speaks Spanish with every placeholder filled', () => {
    for (const r of table.rows) expect(label(r, 'es')).not.toMatch(/[{}]/);
    expect(label(row(design, 'Data center Houston'), 'es')).toBe('Centro de datos Houston');
    const md = failureTablesMarkdown([table], 'es', 'Contoso');
    expect(md).toContain('## Grupo pchatpool.contoso.com: 80.000 usuarios simultáneos según el diseño');
    expect(md).toContain('### Puntos únicos de error');
  });
});

describe('the failure table of the low-bandwidth design', () => {
  it('losing an active server leaves 60,000: an idle server in the other data center may not replace it (PC-024)', () => {
    expect(outcome(row(lowBandwidth(), 'Persistent Chat server pchat1.contoso.com (active)'))).toMatchObject({
      survives: true,
      capacityImmediately: 60_000,
      capacityLeft: 60_000,
    });
  });
});

describe('the failure table as documents', () => {
  it('writes a Markdown table per pool with a plain statement of the single points of failure', () => {
    const md = failureTablesMarkdown([failureTable(reference())], 'en', 'Reference');
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Failure table');
    expect(lines).toContain(
      '| Data center Dallas | no, until the next hop is back | manual (failover runbook) | 0 (80,000 once reachable) | up to 30 min | ' +
        failureTable(reference()).rows[0]!.ruleIds.join(', ') +
        ' |',
    );
    expect(md).toContain(
      'Losing any one of these stops chat until it is repaired or recovered:\n\n- Data center Dallas\n- Next-hop Front End pool fepool1.contoso.com',
    );
  });

  it('moves the single points of failure with the next hop: with fepool2 in Houston, Dallas is survivable and Houston and the link are not (PC-018)', () => {
    // fepool2 in Houston routes to the pool. Losing Dallas: failover to Houston, fepool2 still
    // routes. Losing Houston loses the next hop; losing the link leaves fepool2 unable to reach
    // the servers serving from Dallas.
    const design = reference();
    const fe = design.frontEndPools.find((f) => f.fqdn === 'fepool2.contoso.com');
    if (!fe) throw new Error('the reference design has fepool2 in Houston');
    const moved: Design = { ...design, pools: design.pools.map((p) => ({ ...p, nextHopId: fe.id })) };
    expect(failureTable(moved).singlePointsOfFailure.map((r) => label(r))).toEqual([
      'Data center Houston',
      'The link between the data centers',
      'Next-hop Front End pool fepool2.contoso.com',
    ]);
    expect(row(moved, 'Data center Dallas')).toMatchObject({ survives: true, switchover: 'manual' });
  });

  it('says so plainly when no single failure stops chat', () => {
    const table = failureTable(reference());
    const survivors = table.rows.filter((r) => r.survives);
    const md = failureTablesMarkdown([{ ...table, rows: survivors, singlePointsOfFailure: [] }], 'en');
    expect(md).toContain(
      '### Single points of failure\n\nNo single failure stops chat: after each one, the documented response brings the service back.',
    );
  });

  it('gives JSON with the labels rendered', () => {
    const [json] = failureTablesJson([failureTable(reference())], 'en');
    expect(json!.rows[0]).toMatchObject({
      lost: 'Data center Dallas',
      survives: false,
      switchover: 'manual',
    });
    expect(json!.singlePointsOfFailure).toEqual([
      'Data center Dallas',
      'Next-hop Front End pool fepool1.contoso.com',
    ]);
  });

  it("refuses a design without a Persistent Chat pool with the simulation's own message", () => {
    expect(() => failureTable({ ...reference(), pools: [] })).toThrow(ScenarioError);
  });
});
