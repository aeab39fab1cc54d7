/**
 * The T-SQL of the failover and failback steps. Static statements only: every design value is
 * an N'…' literal or a bracketed identifier, and the file names of log backups come from the
 * disk into variables, never into dynamic SQL.
 */
import { sqlIdentifier, sqlString } from './tsql-quote.ts';

export const MGC = sqlIdentifier('mgc');
export const FAILBACK_BACKUP_FILE = 'mgc_failback.bak';

/** Before FO step 1: log shipping's own record of what it copied and restored, kept for FO step 3. */
export const recordLogShippingState = [
  "IF OBJECT_ID(N'tempdb..#pchat_log_shipping') IS NOT NULL DROP TABLE #pchat_log_shipping;",
  'SELECT last_copied_file, last_restored_file',
  'INTO #pchat_log_shipping',
  'FROM msdb.dbo.log_shipping_monitor_secondary',
  `WHERE secondary_database = ${sqlString('mgc')};`,
  'SELECT last_copied_file, last_restored_file FROM #pchat_log_shipping;',
].join('\n');

/** FO step 3: every mgc_*.trn in the copy folder after the last one restored, in name (= time) order. */
export function restorePendingLogs(copyFolder: string): string {
  return [
    `DECLARE @folder nvarchar(4000) = ${sqlString(copyFolder)};`,
    'DECLARE @last nvarchar(4000);',
    "IF OBJECT_ID(N'tempdb..#pchat_log_shipping') IS NOT NULL",
    '    SELECT TOP (1) @last = last_restored_file FROM #pchat_log_shipping;',
    'ELSE',
    '    RAISERROR(N\'Section FO-1 was not run in this window: every mgc_*.trn in the folder is restored, and one already restored stops with "too early to apply".\', 10, 1);',
    "DECLARE @lastName nvarchar(4000) = CASE WHEN CHARINDEX(N'\\', REVERSE(@last)) > 0",
    "    THEN RIGHT(@last, CHARINDEX(N'\\', REVERSE(@last)) - 1) ELSE @last END;",
    "IF OBJECT_ID(N'tempdb..#pchat_files') IS NOT NULL DROP TABLE #pchat_files;",
    'CREATE TABLE #pchat_files (name nvarchar(4000), depth int, is_file int);',
    'INSERT INTO #pchat_files EXEC master.sys.xp_dirtree @folder, 1, 1;',
    'DECLARE @file nvarchar(4000), @path nvarchar(4000);',
    'DECLARE pchat_logs CURSOR LOCAL FAST_FORWARD FOR',
    '    SELECT name FROM #pchat_files',
    "    WHERE is_file = 1 AND name LIKE N'mgc[_]%.trn' AND (@lastName IS NULL OR name > @lastName)",
    '    ORDER BY name;',
    'OPEN pchat_logs;',
    'FETCH NEXT FROM pchat_logs INTO @file;',
    'WHILE @@FETCH_STATUS = 0',
    'BEGIN',
    "    SET @path = @folder + N'\\' + @file;",
    "    RAISERROR(N'RESTORE LOG %s', 0, 1, @path) WITH NOWAIT;",
    `    RESTORE LOG ${MGC} FROM DISK = @path WITH NORECOVERY;`,
    '    FETCH NEXT FROM pchat_logs INTO @file;',
    'END',
    'CLOSE pchat_logs;',
    'DEALLOCATE pchat_logs;',
  ].join('\n');
}

/** sp_who2 to look, then KILL for every session still in the database (the spid is a number). */
export function endSessions(database: string): string {
  return [
    'EXEC sp_who2;',
    'DECLARE @spid int, @kill nvarchar(40);',
    'DECLARE pchat_sessions CURSOR LOCAL FAST_FORWARD FOR',
    `    SELECT spid FROM master.sys.sysprocesses WHERE dbid = DB_ID(${sqlString(database)}) AND spid <> @@SPID;`,
    'OPEN pchat_sessions;',
    'FETCH NEXT FROM pchat_sessions INTO @spid;',
    'WHILE @@FETCH_STATUS = 0',
    'BEGIN',
    "    SET @kill = N'KILL ' + CAST(@spid AS nvarchar(10));",
    '    EXEC (@kill);',
    '    FETCH NEXT FROM pchat_sessions INTO @spid;',
    'END',
    'CLOSE pchat_sessions;',
    'DEALLOCATE pchat_sessions;',
  ].join('\n');
}

export const recoverMgc = `RESTORE DATABASE ${MGC} WITH RECOVERY;`;

/** Before a RESTORE … WITH REPLACE: a mirrored database cannot be restored over. */
export function unmirrorIfMirrored(database: 'mgc' | 'mgccomp'): string {
  return [
    `IF EXISTS (SELECT 1 FROM sys.database_mirroring WHERE database_id = DB_ID(${sqlString(database)}) AND mirroring_guid IS NOT NULL)`,
    `    ALTER DATABASE ${sqlIdentifier(database)} SET PARTNER OFF;`,
  ].join('\n');
}

export function failbackBackupPath(logShare: string): string {
  return `${logShare.replace(/\\+$/, '')}\\${FAILBACK_BACKUP_FILE}`;
}

export function fullBackup(path: string): string {
  return `BACKUP DATABASE ${MGC} TO DISK = ${sqlString(path)} WITH INIT, CHECKSUM, STATS = 10;`;
}

export function restoreOver(path: string): string {
  return `RESTORE DATABASE ${MGC} FROM DISK = ${sqlString(path)} WITH REPLACE, RECOVERY, STATS = 10;`;
}
