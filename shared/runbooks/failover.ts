/**
 * The failover runbook (FO steps 1 to 7): the primary data center's Persistent Chat side is
 * gone, and the pool moves to the log-shipping backup store. Which servers to make active and
 * how much data is at risk come from the simulation of that very loss.
 */
import type { Text } from '../i18n/text.ts';
import type { Design, PersistentChatPool } from '../model/types.ts';
import {
  clearActiveServers,
  copyLogBackups,
  installMirror,
  setActiveServers,
  setPoolState,
  stopLogShipping,
} from '../procedures/commands.ts';
import { ScenarioError } from '../simulation/errors.ts';
import { simulate } from '../simulation/simulate.ts';
import type { RunbookDocument, RunbookStep } from './document.ts';
import type { PoolNames, SqlName } from './names.ts';
import { poolNames } from './names.ts';
import { failoverStep } from '../procedures/steps.ts';
import type { FailoverStepId } from '../procedures/steps.ts';
import {
  endSessions,
  recordLogShippingState,
  recoverMgc,
  restorePendingLogs,
} from '../procedures/tsql-steps.ts';

const text = {
  title: {
    en: 'Failover of Persistent Chat pool {pool} to its backup store',
    es: 'Conmutación por error del grupo de Chat persistente {pool} a su almacén de copia',
  },
  intro: {
    en: 'The documented failover (FO steps 1 to 7), filled in for design {design}. It moves mgc to the log-shipping backup store {backup} in {backupDc}. The .ps1 runs the cmdlets (a dry run unless started with -Execute, and it asks before each step that changes something); the .sql holds the T-SQL of steps 1, 3 and 4 for {backup}.',
    es: 'La conmutación por error documentada (pasos 1 a 7 de FO), rellenada para el diseño {design}. Lleva mgc al almacén de copia del trasvase de registros {backup} en {backupDc}. El .ps1 ejecuta los cmdlets (es una simulación salvo que se inicie con -Execute, y pregunta antes de cada paso que cambia algo); el .sql contiene el T-SQL de los pasos 1, 3 y 4 para {backup}.',
  },
  whenPrimaryLost: {
    en: 'Use it when the Persistent Chat side of {primaryDc} is completely unavailable: the primary store {primary} and its mirror {mirror} are both down, while {backupDc} works. Failover is meant to be manual.',
    es: 'Úselo cuando la parte de Chat persistente de {primaryDc} no esté disponible en absoluto: el almacén principal {primary} y su reflejo {mirror} están caídos, mientras {backupDc} funciona. La conmutación está pensada para hacerse a mano.',
  },
  dataLoss: {
    en: 'Expect to lose up to {minutes} minutes of chat content if the log-backup share {logShare} is lost with {primaryDc} (pchat-topology simulate explains the figure).',
    es: 'Cuente con perder hasta {minutes} minutos de contenido si el recurso de copias de registro {logShare} se pierde con {primaryDc} (pchat-topology simulate explica la cifra).',
  },
  compliance: {
    en: 'mgccomp is not failed over (PC-031): compliance records the adapter has not processed stay on {compliance}.',
    es: 'mgccomp no se conmuta (PC-031): los registros de cumplimiento que el adaptador no ha procesado se quedan en {compliance}.',
  },
  fo1: {
    en: 'In SSMS, connect to {backup}, open a query window on master, and run section FO-1 of the .sql file. It first notes the last log backup copied and restored, which step 3 needs. Keep that window open: steps 3 and 4 use it.',
    es: 'En SSMS, conéctese a {backup}, abra una ventana de consulta en master y ejecute la sección FO-1 del archivo .sql. Primero anota la última copia de registro copiada y restaurada, que necesita el paso 3. Mantenga abierta esa ventana: los pasos 3 y 4 la usan.',
  },
  fo2: {
    en: 'Copy every mgc_*.trn in {logShare} that is not yet in {copyShare}; the script does it. If {logShare} is gone, those backups are lost with it: they are part of the data-loss window.',
    es: 'Copie cada mgc_*.trn de {logShare} que aún no esté en {copyShare}; el script lo hace. Si {logShare} ya no existe, esas copias se pierden con él: forman parte de la ventana de pérdida de datos.',
  },
  fo3: {
    en: 'Section FO-3 restores, in name order (the names carry the time), every log backup in {copyShare} after the last one log shipping restored, WITH NORECOVERY. If SQL Server says a backup is too early to apply, it was already restored: skip it.',
    es: 'La sección FO-3 restaura, por orden de nombre (los nombres llevan la hora), cada copia de registro de {copyShare} posterior a la última que restauró el trasvase, WITH NORECOVERY. Si SQL Server indica que una copia es demasiado antigua para aplicarse, ya estaba restaurada: omítala.',
  },
  fo4: {
    en: 'In the same window, section FO-4 lists the sessions (sp_who2), ends those in mgc (KILL) and brings mgc online (RESTORE DATABASE mgc WITH RECOVERY).',
    es: 'En la misma ventana, la sección FO-4 lista las sesiones (sp_who2), cierra las de mgc (KILL) y pone mgc en línea (RESTORE DATABASE mgc WITH RECOVERY).',
  },
  fo5: {
    en: 'In the Lync Server Management Shell, switch the pool to its backup databases. The backup mgc is now the primary (PC-070).',
    es: 'En el Shell de administración de Lync Server, cambie el grupo a sus bases de datos de copia. La mgc de copia pasa a ser la principal (PC-070).',
  },
  fo6: {
    en: 'Mirror the new primary {backup} to {backupMirror}, a different mirror from the original one. -FileShare must be a share both can write to; the design names {mirrorShare}: if it was in {primaryDc}, give another.',
    es: 'Refleje el nuevo principal {backup} en {backupMirror}, un reflejo distinto del original. -FileShare debe ser un recurso en el que ambos puedan escribir; el diseño indica {mirrorShare}: si estaba en {primaryDc}, indique otro.',
  },
  fo6None: {
    en: 'The design has no mirror for the backup store: skip this step. The new primary runs without a mirror (PC-028).',
    es: 'El diseño no tiene reflejo para el almacén de copia: omita este paso. El nuevo principal funciona sin reflejo (PC-028).',
  },
  fo7: {
    en: 'Active servers must be in {backupDc}, beside the new primary, or across a high-bandwidth, low-latency link (PC-022), and at most 4 (PC-001). For this design: {servers}. The identity comes from Get-CsService -PersistentChatServer.',
    es: 'Los servidores activos deben estar en {backupDc}, junto al nuevo principal, o al otro lado de un vínculo de gran ancho de banda y baja latencia (PC-022), y como máximo 4 (PC-001). Para este diseño: {servers}. La identidad se obtiene con Get-CsService -PersistentChatServer.',
  },
  identity: {
    en: 'Pool identity: FO writes it as `service:<pool FQDN>`, the Set-CsPersistentChatState reference as `PersistentChatServer:<pool FQDN>` (Ambiguity 3). The script uses the FO form for the pool state and the identity Get-CsService returns for the active servers.',
    es: 'Identidad del grupo: FO la escribe como `service:<FQDN del grupo>`, la referencia de Set-CsPersistentChatState como `PersistentChatServer:<FQDN del grupo>` (ambigüedad 3). El script usa la forma de FO para el estado del grupo y la identidad que devuelve Get-CsService para los servidores activos.',
  },
  afterwards: {
    en: 'Afterwards: repair or rebuild {primaryDc}, then fail back with the failback runbook (`pchat-topology runbook <design> --kind failback`).',
    es: 'Después: repare o reconstruya {primaryDc} y vuelva a conmutar con el procedimiento de recuperación (`pchat-topology runbook <diseño> --kind failback`).',
  },
  noFailover: {
    en: 'Pool {pool} cannot fail over to a backup store: {reason}',
    es: 'El grupo {pool} no puede conmutar a un almacén de copia: {reasonEs}',
  },
} satisfies Record<string, Text>;

export const valueLabels = {
  pool: { en: 'Persistent Chat pool', es: 'Grupo de Chat persistente' },
  primary: { en: 'Primary store (mgc)', es: 'Almacén principal (mgc)' },
  mirror: { en: 'Its mirror', es: 'Su reflejo' },
  backup: { en: 'Backup store (log-shipping secondary)', es: 'Almacén de copia (secundario del trasvase)' },
  backupMirror: { en: "Backup store's mirror", es: 'Reflejo del almacén de copia' },
  logShare: { en: 'Log-backup share', es: 'Recurso de copias de registro' },
  copyShare: { en: 'Copy destination folder', es: 'Carpeta de destino de las copias' },
  mirrorShare: { en: 'Mirroring share', es: 'Recurso del reflejo' },
  servers: { en: 'Servers to make active', es: 'Servidores que activar' },
} satisfies Record<string, Text>;

/** The "This design" table: the rows given, in the order of valueLabels. */
export function valueRows(rows: Partial<Record<keyof typeof valueLabels, string>>) {
  return (Object.keys(valueLabels) as (keyof typeof valueLabels)[]).flatMap((k) =>
    rows[k] === undefined ? [] : [{ label: valueLabels[k], value: rows[k] }],
  );
}

export const scriptHelp = {
  pool: { en: 'FQDN of the Persistent Chat pool', es: 'FQDN del grupo de Chat persistente' },
  sqlServer: { en: 'SQL Server of the new primary', es: 'SQL Server del nuevo principal' },
  sqlInstance: {
    en: 'its instance name ("" for the default instance)',
    es: 'su nombre de instancia ("" para la predeterminada)',
  },
  logShare: { en: 'log-backup share', es: 'recurso de copias de registro' },
  copyFolder: { en: 'copy destination folder', es: 'carpeta de destino de las copias' },
  mirrorShare: { en: 'share for Install-CsMirrorDatabase', es: 'recurso para Install-CsMirrorDatabase' },
  servers: { en: 'servers to make active', es: 'servidores que activar' },
} satisfies Record<string, Text>;

const none = '(none)';

/** The values both procedures name, '(none)' where the design has nothing. */
export function baseParams(design: Design, names: PoolNames, primary: SqlName, backup: SqlName) {
  return {
    pool: names.pool.fqdn,
    design: design.name,
    primary: primary.label,
    mirror: names.mirror?.label ?? none,
    backup: backup.label,
    backupMirror: names.backupMirror?.label ?? none,
    primaryDc: primary.dataCenter,
    backupDc: backup.dataCenter,
    logShare: names.logBackupShare?.unc ?? none,
    copyShare: names.logCopyShare?.unc ?? none,
  };
}

export function noProcedure(template: Text, names: PoolNames, reason: Text): ScenarioError {
  return new ScenarioError(template, {
    pool: names.pool.fqdn || names.pool.id,
    reason: reason.en,
    reasonEs: reason.es,
  });
}

const noFailover = (names: PoolNames, reason: Text) => noProcedure(text.noFailover, names, reason);

export function failoverRunbook(design: Design, pool: PersistentChatPool): RunbookDocument {
  const names = poolNames(design, pool);
  const { primary, backup } = names;
  if (!backup) {
    throw noFailover(names, {
      en: 'it has no backup SQL Server store (disaster recovery is off, or no backup store is assigned) (PC-027).',
      es: 'no tiene almacén de copia de SQL Server (la recuperación ante desastres está desactivada o no hay almacén de copia asignado) (PC-027).',
    });
  }
  if (!primary) {
    throw noFailover(names, {
      en: 'it has no primary SQL Server store to fail over from.',
      es: 'no tiene almacén principal de SQL Server desde el que conmutar.',
    });
  }
  // FO assumes the primary's data center is gone; without a data center, its two instances are.
  const lost = primary.dataCenterId
    ? [primary.dataCenterId]
    : [primary.id, ...(names.mirror ? [names.mirror.id] : [])];
  const outcome = simulate(design, { elementIds: lost, link: false }, { pool: pool.id });
  if (outcome.databaseServing !== 'backup') {
    throw noFailover(names, {
      en: `the backup store ${backup.label} does not survive the loss of ${primary.dataCenter} (it must be in the other data center, PC-027).`,
      es: `el almacén de copia ${backup.label} no sobrevive a la pérdida de ${primary.dataCenter} (debe estar en el otro centro de datos, PC-027).`,
    });
  }
  const logShare = names.logBackupShare?.unc ?? '';
  const copyShare = names.logCopyShare?.unc ?? '';
  const mirrorShare = names.mirroringShare?.unc ?? '';
  const actives = outcome.activeServers;
  const params = {
    ...baseParams(design, names, primary, backup),
    compliance: names.compliance?.label ?? none,
    mirrorShare: mirrorShare || none,
    servers: actives.length > 0 ? actives.join(', ') : none,
    minutes: outcome.dataLossWindowMinutes ?? 0,
  };

  const step = (
    id: FailoverStepId,
    rest: Omit<RunbookStep, 'id' | 'source' | 'ruleIds' | 'title'>,
  ): RunbookStep => {
    const d = failoverStep(id);
    return { id, source: d.source, ruleIds: d.ruleIds, title: d.title, ...rest };
  };
  const identity = '$Identity';
  const steps: RunbookStep[] = [
    step('FO-1', {
      details: [text.fo1],
      manual: true,
      sql: { instance: backup, code: `${recordLogShippingState}\n${stopLogShipping}` },
    }),
    step('FO-2', {
      details: [text.fo2],
      powershell: {
        target: copyShare || none,
        command: copyLogBackups(logShare, copyShare),
        script: [
          "if (-not (Test-Path -LiteralPath $LogBackupShare)) { Write-Warning ('Test-Path ' + $LogBackupShare + ' -> False'); return }",
          "Get-ChildItem -LiteralPath $LogBackupShare -Filter 'mgc_*.trn' |",
          '    Where-Object { -not (Test-Path -LiteralPath (Join-Path -Path $LogCopyFolder -ChildPath $_.Name)) } |',
          '    Copy-Item -Destination $LogCopyFolder',
        ].join('\n'),
      },
    }),
    step('FO-3', {
      details: [text.fo3],
      manual: true,
      sql: { instance: backup, code: restorePendingLogs(copyShare) },
    }),
    step('FO-4', {
      details: [text.fo4],
      manual: true,
      sql: { instance: backup, code: `${endSessions('mgc')}\n${recoverMgc}` },
    }),
    step('FO-5', {
      details: [text.fo5],
      powershell: {
        target: pool.fqdn,
        command: setPoolState(pool.fqdn, 'FailedOver'),
        script: "Set-CsPersistentChatState -Identity ('service:' + $PoolFqdn) -PoolState FailedOver",
      },
    }),
    names.backupMirror
      ? step('FO-6', {
          details: [text.fo6],
          powershell: {
            target: backup.label,
            command: installMirror(backup.element, mirrorShare, 'mgc'),
            script: [
              "$mirror = @{ ConfiguredDatabases = $true; FileShare = $MirrorFileShare; SqlServerFqdn = $NewPrimarySqlServer; DatabaseType = 'PersistentChat'; Verbose = $true }",
              "if ($NewPrimarySqlInstance -ne '') { $mirror.SqlInstanceName = $NewPrimarySqlInstance }",
              'Install-CsMirrorDatabase @mirror',
            ].join('\n'),
          },
        })
      : step('FO-6', { details: [text.fo6None], manual: true }),
    step('FO-7', {
      details: [text.fo7],
      powershell: {
        target: pool.fqdn,
        command: `${clearActiveServers(pool.fqdn)}\n${setActiveServers(pool.fqdn, actives, [])}`,
        script: [
          `Set-CsPersistentChatActiveServer -Identity ${identity} -ActiveServers $Null`,
          `Set-CsPersistentChatActiveServer -Identity ${identity} -ActiveServers @{ Add = $ActiveServers }`,
        ].join('\n'),
      },
    }),
  ];

  return {
    kind: 'failover',
    title: text.title,
    params,
    intro: [text.intro],
    preconditions: [text.whenPrimaryLost, text.dataLoss, ...(names.compliance ? [text.compliance] : [])],
    values: valueRows({
      pool: pool.fqdn,
      primary: primary.label,
      mirror: params.mirror,
      backup: backup.label,
      backupMirror: params.backupMirror,
      logShare: params.logShare,
      copyShare: params.copyShare,
      mirrorShare: params.mirrorShare,
      servers: params.servers,
    }),
    scriptParameters: [
      { name: 'PoolFqdn', value: pool.fqdn, help: scriptHelp.pool },
      { name: 'NewPrimarySqlServer', value: backup.fqdn, help: scriptHelp.sqlServer },
      { name: 'NewPrimarySqlInstance', value: backup.instance, help: scriptHelp.sqlInstance },
      { name: 'LogBackupShare', value: logShare, help: scriptHelp.logShare },
      { name: 'LogCopyFolder', value: copyShare, help: scriptHelp.copyFolder },
      { name: 'MirrorFileShare', value: mirrorShare, help: scriptHelp.mirrorShare },
      { name: 'ActiveServers', value: actives, help: scriptHelp.servers },
    ],
    steps,
    notes: [text.identity, text.afterwards],
  };
}
