/**
 * The runbooks carry this design's names: pool FQDN, SQL instances as server\instance, shares
 * as UNC paths, the servers to make active; the documented cmdlets and T-SQL of FO, FB, LS1
 * and LS2; and a script that changes nothing unless told to, and then asks first.
 */
import { describe, expect, it } from 'vitest';
import type { Design } from '../../shared/model/types.ts';
import { catalogueEntries } from '../../shared/rules/catalogue.ts';
import { buildRunbook } from '../../shared/runbooks/index.ts';
import type { RunbookKind } from '../../shared/runbooks/index.ts';
import { ScenarioError } from '../../shared/simulation/errors.ts';
import { edit, lowBandwidth, reference } from '../support/designs.ts';
import { FAILOVER } from '../simulation/support.ts';
import { lexPowerShell } from './lexers.ts';

function files(design: Design, kind: RunbookKind, locale: 'en' | 'es' = 'en') {
  return Object.fromEntries(buildRunbook(design, kind, { locale }).map((f) => [f.name.split('.').pop()!, f]));
}

const STATE_CHANGING =
  /^\s*(Set-CsPersistentChatState|Set-CsPersistentChatActiveServer|Install-CsMirrorDatabase|Invoke-CsDatabaseFailover|Copy-Item|Get-ChildItem)\b/;

/** Lines of code (outside literals and comments) that call a state-changing cmdlet, with the block they sit in. */
function stateChangingCalls(ps1: string): { line: string; block: string }[] {
  const code = lexPowerShell(ps1).code.split('\n');
  const calls: { line: string; block: string }[] = [];
  const opened: string[] = [];
  for (const line of code) {
    if (STATE_CHANGING.test(line)) {
      calls.push({ line: line.trim(), block: opened[opened.length - 1] ?? '(top level)' });
    }
    for (const ch of line) {
      if (ch === '{') opened.push(line.trim());
      if (ch === '}') opened.pop();
    }
  }
  return calls;
}

describe.each([
  ['reference', reference],
  ['low bandwidth', lowBandwidth],
] as const)('%s: failover runbook', (_name, design) => {
  const f = files(design(), 'failover');

  it('writes Markdown, PowerShell and T-SQL, the last two with a byte-order mark', () => {
    expect(Object.keys(f).sort()).toEqual(['md', 'ps1', 'sql']);
    expect([f.md!.byteOrderMark, f.ps1!.byteOrderMark, f.sql!.byteOrderMark]).toEqual([false, true, true]);
  });

  it("names this design's pool, instances, shares and the servers PC-022 allows beside the new primary", () => {
    for (const text of [f.md!.content, f.ps1!.content]) {
      for (const name of [
        'pchatpool.contoso.com',
        'sqlpc2.contoso.com\\PCHAT',
        'sqlpc2m.contoso.com\\PCHAT',
        '\\\\fs1.contoso.com\\pchatlogs',
        '\\\\sqlpc2.contoso.com\\pchatlogcopy',
        '\\\\fs1.contoso.com\\pchatmirror',
      ]) {
        expect(text).toContain(name);
      }
    }
    // dc1 lost: the four dc2 servers become active (FO step 7, PC-022, PC-001).
    expect(f.ps1!.content).toContain(
      "[string[]]$ActiveServers = @('pchat5.contoso.com', 'pchat6.contoso.com', 'pchat7.contoso.com', 'pchat8.contoso.com')",
    );
    expect(f.md!.content).toContain('Expect to lose up to 30 minutes');
  });

  it('lists FO steps 1 to 7 in order in the Markdown', () => {
    const headings = f.md!.content.split('\n').filter((l) => l.startsWith('### '));
    expect(headings.map((h) => h.slice(4, 8))).toEqual(FAILOVER);
  });

  it('uses the documented cmdlets with their documented parameters', () => {
    const ps = f.ps1!.content;
    expect(ps).toContain(
      "Set-CsPersistentChatState -Identity ('service:' + $PoolFqdn) -PoolState FailedOver",
    );
    expect(ps).toContain('Set-CsPersistentChatActiveServer -Identity $Identity -ActiveServers $Null');
    expect(ps).toContain(
      'Set-CsPersistentChatActiveServer -Identity $Identity -ActiveServers @{ Add = $ActiveServers }',
    );
    expect(ps).toContain('Install-CsMirrorDatabase @mirror');
    expect(ps).toContain('Get-CsService -PersistentChatServer');
    expect(f.md!.content).toContain(
      "Install-CsMirrorDatabase -ConfiguredDatabases -FileShare '\\\\fs1.contoso.com\\pchatmirror' -SqlServerFqdn 'sqlpc2.contoso.com' -SqlInstanceName 'PCHAT' -DatabaseType PersistentChat -Verbose",
    );
  });

  it('is a dry run unless -Execute is given, and confirms each state-changing step (ShouldContinue)', () => {
    const ps = f.ps1!.content;
    expect(ps).toContain("[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]");
    expect(ps).toContain('[switch]$Execute');
    expect(ps).toContain('$DryRun = (-not $Execute) -or [bool]$WhatIfPreference');
    // The step runner returns before acting in a dry run, and asks before acting otherwise.
    const runner = ps.slice(ps.indexOf('function Invoke-RunbookStep'), ps.indexOf('function Wait-Operator'));
    expect(runner.indexOf('if ($DryRun) {')).toBeLessThan(runner.indexOf('$Runbook.ShouldContinue('));
    expect(runner.indexOf('$Runbook.ShouldContinue(')).toBeLessThan(runner.indexOf('& $Action'));
    expect(
      runner.slice(runner.indexOf('if ($DryRun) {'), runner.indexOf('$Runbook.ShouldContinue(')),
    ).toContain('return');
    // Every state-changing call sits inside the -Action block of an Invoke-RunbookStep.
    const calls = stateChangingCalls(ps);
    expect(calls.map((c) => c.line.split(' ')[0])).toEqual(
      expect.arrayContaining([
        'Set-CsPersistentChatState',
        'Set-CsPersistentChatActiveServer',
        'Install-CsMirrorDatabase',
      ]),
    );
    // (The lexer blanks the literals, so the step id reads as a space.)
    for (const call of calls) expect(call.block, call.line).toMatch(/^Invoke-RunbookStep -Id .* -Action \{$/);
    expect(calls).toHaveLength(6);
  });

  it('holds the T-SQL of FO steps 1, 3 and 4 for the backup store, behind a guard for that instance', () => {
    const sql = f.sql!.content;
    expect(sql).toContain(
      "EXEC master.dbo.sp_delete_log_shipping_secondary_database @secondary_database = N'mgc';",
    );
    expect(sql).toContain("DECLARE @folder nvarchar(4000) = N'\\\\sqlpc2.contoso.com\\pchatlogcopy';");
    expect(sql).toContain('RESTORE LOG [mgc] FROM DISK = @path WITH NORECOVERY;');
    expect(sql).toContain('EXEC sp_who2;');
    expect(sql).toContain("SET @kill = N'KILL ' + CAST(@spid AS nvarchar(10));");
    expect(sql).toContain('RESTORE DATABASE [mgc] WITH RECOVERY;');
    const guard = sql.indexOf("<> UPPER(N'sqlpc2')");
    expect(guard).toBeGreaterThan(0);
    expect(sql.indexOf("<> UPPER(N'PCHAT')")).toBeGreaterThan(guard);
    expect(guard).toBeLessThan(sql.indexOf('sp_delete_log_shipping_secondary_database'));
    expect(sql).toContain('SET NOEXEC ON;');
  });
});

describe('failback runbook (reference)', () => {
  const f = files(reference(), 'failback');

  it("follows FB steps 1 to 7 with this design's names; re-mirroring (not in FB) and LS2 come after the restore", () => {
    const headings = f
      .md!.content.split('\n')
      .filter((l) => l.startsWith('### '))
      .map((h) => h.slice(4, h.indexOf('. ')));
    expect(headings).toEqual([
      'FB-1',
      'FB-2',
      'FB-2',
      'FB-3',
      'FB-4',
      'FB-4+',
      'FB-5',
      'FB-5',
      'FB-5',
      'FB-5',
      'FB-6',
      'FB-7',
    ]);
    expect(f.md!.content).toMatch(
      /### FB-4\+\. .*\n\n_SQLM \\\(Ambiguity 9\\\); PC\\-064, PC\\-055, optional_/,
    );
    const ps = f.ps1!.content;
    expect(ps).toContain("Set-CsPersistentChatState -Identity ('service:' + $PoolFqdn) -PoolState Normal");
    expect(ps).toContain('Set-CsPersistentChatActiveServer -Identity $Identity -ActiveServers $Null');
    // FB step 6 restores the design's own active servers (PC-022).
    expect(ps).toContain(
      "[string[]]$ActiveServers = @('pchat1.contoso.com', 'pchat2.contoso.com', 'pchat5.contoso.com', 'pchat6.contoso.com')",
    );
    expect(ps).toContain("[string]$PrimarySqlServer = 'sqlpc1.contoso.com'");
    // LS2 from the mirror (PC-061): over to the mirror and back, each confirmed.
    const toMirror = ps.indexOf(
      'Invoke-CsDatabaseFailover -PoolFqdn $PoolFqdn -DatabaseType PersistentChat -NewPrincipal Mirror',
    );
    const back = ps.indexOf(
      'Invoke-CsDatabaseFailover -PoolFqdn $PoolFqdn -DatabaseType PersistentChat -NewPrincipal Primary',
    );
    expect(toMirror).toBeGreaterThan(ps.indexOf('Install-CsMirrorDatabase @mirror'));
    expect(back).toBeGreaterThan(toMirror);
    expect(ps.indexOf('-PoolState Normal')).toBeGreaterThan(back);
  });

  it('backs up on the backup store to the log-shipping share, and restores over the primary, each behind its guard', () => {
    const sql = f.sql!.content;
    const onBackup = sql.indexOf("<> UPPER(N'sqlpc2')");
    const onCompliance = sql.indexOf("<> UPPER(N'sqlcmp2')");
    const onPrimary = sql.indexOf("<> UPPER(N'sqlpc1')");
    const unmirror = sql.indexOf('ALTER DATABASE [mgc] SET PARTNER OFF;');
    const backup = sql.indexOf(
      "BACKUP DATABASE [mgc] TO DISK = N'\\\\fs1.contoso.com\\pchatlogs\\mgc_failback.bak' WITH INIT, CHECKSUM, STATS = 10;",
    );
    const unmirrorComp = sql.indexOf('ALTER DATABASE [mgccomp] SET PARTNER OFF;');
    const restore = sql.indexOf(
      "RESTORE DATABASE [mgc] FROM DISK = N'\\\\fs1.contoso.com\\pchatlogs\\mgc_failback.bak' WITH REPLACE, RECOVERY, STATS = 10;",
    );
    // A mirrored mgc cannot be restored over: FB-4 removes mirroring on the primary first.
    const unmirrorPrimary = sql.indexOf('IF EXISTS (SELECT 1 FROM sys.database_mirroring');
    for (const at of [
      onBackup,
      onCompliance,
      onPrimary,
      unmirror,
      backup,
      unmirrorComp,
      restore,
      unmirrorPrimary,
    ])
      expect(at).toBeGreaterThan(0);
    expect(onPrimary < unmirrorPrimary && unmirrorPrimary < restore).toBe(true);
    expect(onBackup < unmirror && unmirror < backup && backup < onCompliance).toBe(true);
    expect(onCompliance < unmirrorComp && unmirrorComp < onPrimary && onPrimary < restore).toBe(true);
  });
});

describe('deployment checklist', () => {
  const md = files(reference(), 'deploy').md!.content;

  it('is Markdown only', () => {
    expect(buildRunbook(reference(), 'deploy').map((f) => f.name)).toEqual(['deploy.md']);
  });

  it('lists every catalogue entry that is a procedure, not a finding', () => {
    const ids = catalogueEntries.filter((e) => e.status === 'checklist').map((e) => e.id);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(md).toContain(`- [ ] **${id}**`);
    for (const e of catalogueEntries.filter((x) => x.status !== 'checklist'))
      expect(md).not.toContain(`**${e.id}**`);
  });

  it('names the shares with who needs what (PC-048, PC-052, PC-053, PC-055)', () => {
    expect(md).toMatch(
      /\| `\\\\fs1\.contoso\.com\\pchatfiles` \| Persistent Chat file store \| `Dallas` \| Create it before publishing.*\| PC-047, PC-048 \|/,
    );
    const logRow = md.split('\n').find((l) => l.startsWith('| `\\\\fs1.contoso.com\\pchatlogs`'))!;
    // Every SQL instance holding a Persistent Chat database, in both data centers (PC-052); no witness.
    for (const i of ['sqlpc1', 'sqlpc1m', 'sqlpc2', 'sqlpc2m', 'sqlcmp1m', 'sqlcmp2', 'sqlcmp2m'])
      expect(logRow).toContain(`\`${i}.contoso.com\\PCHAT\``);
    expect(logRow).not.toContain('sqlwit');
    expect(md).toMatch(
      /\| `\\\\sqlpc2\.contoso\.com\\pchatlogcopy` \| .* SQL Server Agent account of `sqlpc2\.contoso\.com\\PCHAT`.*\| PC-053, PC-056 \|/,
    );
    expect(md).toMatch(/\| `\\\\fs1\.contoso\.com\\pchatmirror` \| .*\| PC-055 \|/);
  });

  it('gives the Topology Builder order and SQL Server Agent (PC-063, PC-064, PC-056)', () => {
    const order = [
      '1. [ ] Define the SQL Server stores (PC-063)',
      '2. [ ] In the properties of pool',
      '3. [ ] Action > Install Database',
      '4. [ ] Publish the topology',
    ];
    const at = order.map((s) => md.indexOf(s));
    expect(at.every((x) => x > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(md).toContain(
      "- [ ] SQL Server Agent runs on `sqlpc1m.contoso.com\\PCHAT` (primary's mirror, for LS2) (PC-056).",
    );
  });

  it('lists the ports: mirroring 5022 and witness 7022 (PC-040), 5041, 881, 443, and 8011 with its ambiguity (PC-069)', () => {
    expect(md).toContain('| `sqlpc1.contoso.com` | 5022 |');
    expect(md).toContain('| `sqlwit1.contoso.com` | 7022 |');
    for (const port of [5041, 881, 443]) expect(md).toContain(`| \`pchat8.contoso.com\` | ${port} |`);
    expect(md).toMatch(/\| `pchat1\.contoso\.com` \| 8011 \| .*Ambiguity 2.*\| PC-069 \|/);
  });

  it('writes computer accounts for Network Service (PC-055) and the local path rule for Local System (PC-054)', () => {
    const d = reference();
    let sql = edit(d.sqlInstances, 'sql-mgc', { serviceAccount: 'local-system' });
    sql = edit(sql, 'sql-mgc-mirror', { serviceAccount: 'network-service' });
    const out = files({ ...d, sqlInstances: sql }, 'deploy').md!.content;
    expect(out).toContain(
      'the computer account `CONTOSO\\SQLPC1M$` of `sqlpc1m.contoso.com\\PCHAT` (Network Service)',
    );
    expect(out).toContain('- [ ] The SQL Server service of `sqlpc1.contoso.com\\PCHAT` runs as Local System');
  });
});

describe('what a runbook cannot be written for', () => {
  it('refuses a failover runbook without disaster recovery, with the reason (PC-027)', () => {
    const d = reference();
    const noDr = { ...d, pools: d.pools.map((p) => ({ ...p, disasterRecovery: false })) };
    expect(() => buildRunbook(noDr, 'failover')).toThrow(ScenarioError);
    expect(() => buildRunbook(noDr, 'failover')).toThrow(/has no backup SQL Server store/);
    expect(() => buildRunbook(noDr, 'failback')).toThrow(
      /needs both a primary and a backup SQL Server store/,
    );
    expect(buildRunbook(noDr, 'deploy')).toHaveLength(1);
  });

  it('refuses a failover runbook when the backup store is in the primary data center (PC-027)', () => {
    const d = reference();
    const same = { ...d, sqlInstances: edit(d.sqlInstances, 'sql-mgc-backup', { dataCenterId: 'dc1' }) };
    expect(() => buildRunbook(same, 'failover')).toThrow(/does not survive the loss of Dallas/);
  });
});

describe('languages', () => {
  it('writes the documents in Spanish when asked', () => {
    const f = files(reference(), 'failover', 'es');
    expect(f.md!.content).toContain(
      '# Conmutación por error del grupo de Chat persistente `pchatpool.contoso.com`',
    );
    expect(f.ps1!.content).toContain('Simulación (what-if): no se cambia nada.');
    expect(f.sql!.content).toContain('-- En sqlpc2.contoso.com\\PCHAT');
    expect(files(reference(), 'deploy', 'es').md!.content).toContain('## 6. Puertos que abrir');
  });
});
