/**
 * The commands behind the steps, ready to paste: cmdlet names and parameters as the
 * documentation gives them, every design value quoted (powershell-quote.ts, tsql-quote.ts).
 * The simulation lists them one per step and the runbooks put them into scripts, so both hand
 * the administrator the same line.
 */
import type { SqlInstance } from '../model/types.ts';
import { psArray, psString } from './powershell-quote.ts';
import { sqlIdentifier, sqlString } from './tsql-quote.ts';

export type DatabaseName = 'mgc' | 'mgccomp';

export const databaseType: Record<DatabaseName, string> = {
  mgc: 'PersistentChat',
  mgccomp: 'PersistentChatCompliance',
};

/** FO step 7: the identity comes from Get-CsService -PersistentChatServer. */
export function poolServiceIdentity(poolFqdn: string): string {
  return `(Get-CsService -PersistentChatServer | Where-Object { $_.PoolFqdn -eq ${psString(poolFqdn)} }).Identity`;
}

export function setPoolState(poolFqdn: string, state: 'FailedOver' | 'Normal'): string {
  // FO and FB write the identity as "service:<pool FQDN>".
  return `Set-CsPersistentChatState -Identity ${psString(`service:${poolFqdn}`)} -PoolState ${state}`;
}

export function setActiveServers(
  poolFqdn: string,
  add: readonly string[],
  remove: readonly string[],
): string {
  const parts = [
    ...(add.length > 0 ? [`Add = ${psArray(add)}`] : []),
    ...(remove.length > 0 ? [`Remove = ${psArray(remove)}`] : []),
  ];
  return `Set-CsPersistentChatActiveServer -Identity ${poolServiceIdentity(poolFqdn)} -ActiveServers @{ ${parts.join('; ')} }`;
}

export function clearActiveServers(poolFqdn: string): string {
  return `Set-CsPersistentChatActiveServer -Identity ${poolServiceIdentity(poolFqdn)} -ActiveServers $Null`;
}

export function databaseFailover(
  poolFqdn: string,
  database: DatabaseName,
  to: 'Mirror' | 'Primary',
  force: boolean,
): string {
  return `Invoke-CsDatabaseFailover -PoolFqdn ${psString(poolFqdn)} -DatabaseType ${databaseType[database]} -NewPrincipal ${to}${force ? ' -Force' : ''}`;
}

export function installMirror(principal: SqlInstance, fileShare: string, database: DatabaseName): string {
  const instance = principal.instanceName ? ` -SqlInstanceName ${psString(principal.instanceName)}` : '';
  return `Install-CsMirrorDatabase -ConfiguredDatabases -FileShare ${psString(fileShare)} -SqlServerFqdn ${psString(principal.serverFqdn)}${instance} -DatabaseType ${databaseType[database]} -Verbose`;
}

/** FO step 2: only the backups the copy folder does not have yet; -LiteralPath, so [ ] in a name is no wildcard. */
export function copyLogBackups(logShare: string, copyFolder: string): string {
  const dest = psString(copyFolder);
  return [
    `Get-ChildItem -LiteralPath ${psString(logShare)} -Filter 'mgc_*.trn' |`,
    `    Where-Object { -not (Test-Path -LiteralPath (Join-Path -Path ${dest} -ChildPath $_.Name)) } |`,
    `    Copy-Item -Destination ${dest}`,
  ].join('\n');
}

export const stopLogShipping = `EXEC master.dbo.sp_delete_log_shipping_secondary_database @secondary_database = ${sqlString('mgc')};`;

export function restoreLogTemplate(copyFolder: string): string {
  return `RESTORE LOG ${sqlIdentifier('mgc')} FROM DISK = ${sqlString(`${copyFolder}\\mgc_<yyyymmddhhmmss>.trn`)} WITH NORECOVERY;`;
}

export const recoverDatabase = `EXEC sp_who2; -- then KILL <spid> for each session in mgc\nRESTORE DATABASE ${sqlIdentifier('mgc')} WITH RECOVERY;`;

export function removePartner(database: DatabaseName): string {
  return `ALTER DATABASE ${sqlIdentifier(database)} SET PARTNER OFF;`;
}
