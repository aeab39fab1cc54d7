/** Every sentence the simulation says, in English and Spanish, with `{name}` placeholders. */
import type { Plural } from '../i18n/plural.ts';
import type { Text } from '../i18n/text.ts';

export const dbText = {
  primary: {
    en: 'mgc keeps serving from the primary store {instance}; the pool stays Normal.',
    es: 'mgc sigue sirviéndose desde el almacén principal {instance}; el grupo sigue en estado Normal.',
  },
  automaticMirror: {
    en: 'The principal {principal} is lost or out of reach; the mirror {mirror} still sees the witness {witness}, so together they are a majority and the mirror takes over mgc on its own, within seconds. Mirroring is synchronous, so nothing committed is lost.',
    es: 'El principal {principal} se ha perdido o no se alcanza; el reflejo {mirror} aún ve al testigo {witness}, así que juntos son mayoría y el reflejo asume mgc por sí solo, en segundos. El reflejo es sincrónico, así que no se pierde nada confirmado.',
  },
  quorumLost: {
    en: 'The principal {principal} still runs but sees neither its mirror {mirror} nor its witness {witness}: without a majority it takes mgc offline. Removing mirroring on {principal} lets it serve alone again, with nothing lost.',
    es: 'El principal {principal} sigue en marcha pero no ve ni a su reflejo {mirror} ni a su testigo {witness}: sin mayoría deja mgc fuera de línea. Quitar el reflejo en {principal} le permite volver a servir solo, sin pérdida.',
  },
  manualMirrorNoWitness: {
    en: 'The principal {principal} is lost. Without a witness the mirror {mirror} cannot take over on its own: an administrator forces the failover with Invoke-CsDatabaseFailover. Mirroring is synchronous, so nothing committed is lost.',
    es: 'El principal {principal} se ha perdido. Sin testigo, el reflejo {mirror} no puede asumir el servicio por sí solo: un administrador fuerza la conmutación con Invoke-CsDatabaseFailover. El reflejo es sincrónico, así que no se pierde nada confirmado.',
  },
  manualMirrorWitnessLost: {
    en: 'The principal {principal} is lost and the mirror {mirror} cannot reach the witness {witness}: one partner alone is not a majority, so it does not take over on its own. An administrator forces the failover with Invoke-CsDatabaseFailover -Force. Mirroring is synchronous, so nothing committed is lost.',
    es: 'El principal {principal} se ha perdido y el reflejo {mirror} no alcanza al testigo {witness}: un solo asociado no es mayoría, así que no asume el servicio por sí solo. Un administrador fuerza la conmutación con Invoke-CsDatabaseFailover -Force. El reflejo es sincrónico, así que no se pierde nada confirmado.',
  },
  backup: {
    en: 'Neither the principal {principal} nor its mirror {mirror} can serve mgc. An administrator fails the pool over to the log-shipping backup store {backup} in {dataCenter} (FO steps 1 to 7); the pool state becomes FailedOver.',
    es: 'Ni el principal {principal} ni su reflejo {mirror} pueden servir mgc. Un administrador conmuta el grupo al almacén de copia del trasvase de registros {backup} en {dataCenter} (pasos 1 a 7 de FO); el estado del grupo pasa a FailedOver.',
  },
  noneBackupLost: {
    en: 'No copy of mgc can serve: the primary store {principal}, its mirror {mirror} and the backup store {backup} are all lost or out of reach. The service stops until one of them is repaired.',
    es: 'Ninguna copia de mgc puede servir: el almacén principal {principal}, su reflejo {mirror} y el almacén de copia {backup} se han perdido o no se alcanzan. El servicio se detiene hasta que se repare alguno.',
  },
  noneNoBackup: {
    en: 'No copy of mgc can serve: the primary store {principal} and its mirror {mirror} are lost, and the pool has no backup store (disaster recovery is off). The service stops until one of them is repaired.',
    es: 'Ninguna copia de mgc puede servir: el almacén principal {principal} y su reflejo {mirror} se han perdido, y el grupo no tiene almacén de copia (la recuperación ante desastres está desactivada). El servicio se detiene hasta que se repare alguno.',
  },
  missing: {
    en: 'Pool {pool} has no primary SQL Server store, so it has no database to serve, failures or not.',
    es: 'El grupo {pool} no tiene almacén principal de SQL Server, así que no tiene base de datos que servir, haya fallos o no.',
  },
  nothingLost: {
    en: 'Nothing committed is lost.',
    es: 'No se pierde nada confirmado.',
  },
} as const satisfies Record<string, Text>;

/** The servers that serve, in the form their number takes (shared/i18n/plural.ts). */
export const serverCountText = {
  after: {
    one: {
      en: 'After the steps 1 server is active ({servers}): {capacity} concurrent users (20,000 each, at most 4 active).',
      es: 'Tras los pasos hay 1 servidor activo ({servers}): {capacity} usuarios simultáneos (20.000 por servidor, como máximo 4 activos).',
    },
    other: {
      en: 'After the steps {count} servers are active ({servers}): {capacity} concurrent users (20,000 each, at most 4 active).',
      es: 'Tras los pasos hay {count} servidores activos ({servers}): {capacity} usuarios simultáneos (20.000 por servidor, como máximo 4 activos).',
    },
  },
  immediately: {
    one: {
      en: 'Right after the failure 1 server still serves ({servers}): {capacity} concurrent users.',
      es: 'Justo después del fallo sigue sirviendo 1 servidor ({servers}): {capacity} usuarios simultáneos.',
    },
    other: {
      en: 'Right after the failure {count} servers still serve ({servers}): {capacity} concurrent users.',
      es: 'Justo después del fallo siguen sirviendo {count} servidores ({servers}): {capacity} usuarios simultáneos.',
    },
  },
} as const satisfies Record<string, Plural>;

export const serverText = {
  overload: {
    en: '{expected} concurrent users are expected: about {perServer} on each remaining server until the steps are done, above the 20,000 one server supports.',
    es: 'Se esperan {expected} usuarios simultáneos: unos {perServer} en cada servidor restante hasta completar los pasos, por encima de los 20.000 que admite un servidor.',
  },
  shortfall: {
    en: 'Even after the steps the capacity ({capacity}) is below the {expected} concurrent users expected.',
    es: 'Incluso tras los pasos la capacidad ({capacity}) queda por debajo de los {expected} usuarios simultáneos esperados.',
  },
  placementFast: {
    en: 'With mgc served from {dataCenter}, servers there and across the high-bandwidth, low-latency link may be active.',
    es: 'Con mgc servida desde {dataCenter}, pueden estar activos los servidores de ese centro y los del otro lado del vínculo de gran ancho de banda y baja latencia.',
  },
  placementSlow: {
    en: 'With mgc served from {dataCenter}, only servers in {dataCenter} may be active: the link between the data centers is low-bandwidth or high-latency.',
    es: 'Con mgc servida desde {dataCenter}, solo pueden estar activos los servidores de {dataCenter}: el vínculo entre los centros de datos es de poco ancho de banda o alta latencia.',
  },
  placementLinkDown: {
    en: 'With mgc served from {dataCenter} and the link between the data centers down, only servers in {dataCenter} may be active.',
    es: 'Con mgc servida desde {dataCenter} y el vínculo entre los centros de datos caído, solo pueden estar activos los servidores de {dataCenter}.',
  },
  isolated: {
    en: '{servers} still run but cannot reach mgc across the lost link between the data centers; their users move to the servers that can.',
    es: '{servers} siguen en marcha pero no alcanzan mgc porque el vínculo entre los centros de datos está caído; sus usuarios pasan a los servidores que sí la alcanzan.',
  },
  failed: {
    en: 'Lost Persistent Chat servers: {servers}. Users of the active ones move to the remaining active servers.',
    es: 'Servidores de Chat persistente perdidos: {servers}. Los usuarios de los activos pasan a los servidores activos restantes.',
  },
  noneEligible: {
    en: 'No running server may be active with mgc on {instance}: none reaches it under PC-022.',
    es: 'Ningún servidor en marcha puede estar activo con mgc en {instance}: ninguno la alcanza según PC-022.',
  },
} as const satisfies Record<string, Text>;

export const logShippingText = {
  stoppedBackupLost: {
    en: 'Log shipping has stopped: the backup store {backup} is lost. There is no disaster recovery until it is back.',
    es: 'El trasvase de registros se ha detenido: el almacén de copia {backup} se ha perdido. No hay recuperación ante desastres hasta que vuelva.',
  },
  stoppedShareLost: {
    en: 'Log shipping has stopped: the share {share} is lost. The backup store {backup} falls further behind every minute until it is back.',
    es: 'El trasvase de registros se ha detenido: el recurso {share} se ha perdido. El almacén de copia {backup} se queda más atrás cada minuto hasta que vuelva.',
  },
  stoppedLink: {
    en: 'Log shipping has stopped: without the link between the data centers the backup store {backup} cannot reach {share}. It falls further behind every minute; if the primary data center were lost now, everything written since the link went down would be lost.',
    es: 'El trasvase de registros se ha detenido: sin el vínculo entre los centros de datos el almacén de copia {backup} no alcanza {share}. Se queda más atrás cada minuto; si ahora se perdiera el centro de datos principal, se perdería todo lo escrito desde la caída del vínculo.',
  },
  stoppedNoShare: {
    en: 'Log shipping cannot run: the design names no {what} for pool {pool}.',
    es: 'El trasvase de registros no puede funcionar: el diseño no indica {whatEs} para el grupo {pool}.',
  },
  fromMirror: {
    en: 'Log shipping to {backup} continues from the mirror {mirror}, provided it was set up there as well (LS2).',
    es: 'El trasvase de registros hacia {backup} continúa desde el reflejo {mirror}, siempre que se haya configurado también allí (LS2).',
  },
  failedOver: {
    en: 'Log shipping ends with the failover (FO step 1). The pool has no disaster recovery until the primary data center is rebuilt and the pool fails back.',
    es: 'El trasvase de registros termina con la conmutación (paso 1 de FO). El grupo no tiene recuperación ante desastres hasta que se reconstruya el centro de datos principal y se vuelva a conmutar.',
  },
} as const satisfies Record<string, Text>;

export const complianceText = {
  notFailedOver: {
    en: 'The compliance database mgccomp is not failed over. Records on {instance} that the compliance adapter had not yet processed are lost with it.',
    es: 'La base de datos de cumplimiento mgccomp no se conmuta. Los registros de {instance} que el adaptador de cumplimiento aún no había procesado se pierden con ella.',
  },
  leftBehind: {
    en: 'The compliance database mgccomp is not failed over. Records on {instance} that the compliance adapter had not yet processed stay there; process them before that instance is rebuilt.',
    es: 'La base de datos de cumplimiento mgccomp no se conmuta. Los registros de {instance} que el adaptador de cumplimiento aún no había procesado se quedan allí; procéselos antes de reconstruir esa instancia.',
  },
  backupFresh: {
    en: 'New compliance records go to the backup compliance store {backup}, which starts empty.',
    es: 'Los nuevos registros de cumplimiento van al almacén de cumplimiento de copia {backup}, que empieza vacío.',
  },
  noBackup: {
    en: 'There is no backup compliance store to take new records: compliance recording stops.',
    es: 'No hay almacén de cumplimiento de copia que reciba los nuevos registros: el registro de cumplimiento se detiene.',
  },
  mirror: {
    en: 'mgccomp moves to its mirror {mirror} ({how}).',
    es: 'mgccomp pasa a su reflejo {mirror} ({howEs}).',
  },
  none: {
    en: 'No compliance store can serve mgccomp: compliance recording stops until {instance} is back.',
    es: 'Ningún almacén de cumplimiento puede servir mgccomp: el registro de cumplimiento se detiene hasta que vuelva {instance}.',
  },
} as const satisfies Record<string, Text>;

export const impactText = {
  chatContent: {
    en: 'Up to {minutes} minutes of chat content (messages and room changes written before the failure).',
    es: 'Hasta {minutes} minutos de contenido del chat (mensajes y cambios de salones escritos antes del fallo).',
  },
  fileStore: {
    en: 'The file store {store} is lost: files posted to chat rooms are unavailable. No recovery of the file store across data centers is documented.',
    es: 'El almacén de archivos {store} se ha perdido: los archivos publicados en los salones no están disponibles. No hay documentada una recuperación del almacén de archivos entre centros de datos.',
  },
  nextHop: {
    en: 'The next hop {frontEnd} is lost; Persistent Chat traffic reaches the pool through it. The Persistent Chat procedures give no step for this: Front End pool failover is outside them.',
    es: 'El siguiente salto {frontEnd} se ha perdido; el tráfico de Chat persistente llega al grupo a través de él. Los procedimientos de Chat persistente no dan ningún paso para esto: la conmutación del grupo front-end queda fuera de ellos.',
  },
  noAutomaticWitness: {
    en: 'mgc on {instance} can no longer fail over on its own: its witness {witness} is lost or out of reach.',
    es: 'mgc en {instance} ya no puede conmutar por sí sola: su testigo {witness} se ha perdido o no se alcanza.',
  },
  noMirror: {
    en: 'mgc on {instance} runs without a mirror: losing that instance too would stop the service.',
    es: 'mgc en {instance} funciona sin reflejo: perder también esa instancia detendría el servicio.',
  },
  logGrowth: {
    en: 'While the mirror {mirror} is away, the transaction log of mgc on {instance} keeps what the mirror has not received: watch its disk.',
    es: 'Mientras el reflejo {mirror} no esté, el registro de transacciones de mgc en {instance} conserva lo que el reflejo no ha recibido: vigile su disco.',
  },
  mirroringShare: {
    en: 'The mirroring share {share} is lost: mirroring mgc again needs a share both partners can write to.',
    es: 'El recurso compartido de reflejo {share} se ha perdido: volver a reflejar mgc requiere un recurso en el que ambos asociados puedan escribir.',
  },
  logShareForFailback: {
    en: 'The log-backup share {share} is lost: failing back (FB step 3) and log shipping need it again.',
    es: 'El recurso de copias de registro {share} se ha perdido: la conmutación por recuperación (paso 3 de FB) y el trasvase de registros lo necesitan de nuevo.',
  },
  noDisasterRecovery: {
    en: 'No disaster recovery: log shipping to the backup store {backup} has stopped.',
    es: 'Sin recuperación ante desastres: el trasvase de registros hacia el almacén de copia {backup} se ha detenido.',
  },
  serviceStops: {
    en: 'The Persistent Chat service of pool {pool} stops.',
    es: 'El servicio de Chat persistente del grupo {pool} se detiene.',
  },
} as const satisfies Record<string, Text>;

export const blockerText = {
  nextHopLost: {
    en: 'Persistent Chat traffic reaches pool {pool} through its next hop, the Front End pool {frontEnd}, which is lost. Chat is down until {frontEnd} is recovered or fails over to its paired pool (Front End disaster recovery, outside the Persistent Chat procedures).',
    es: 'El tráfico de Chat persistente llega al grupo {pool} a través de su siguiente salto, el grupo front-end {frontEnd}, que se ha perdido. El chat está detenido hasta que {frontEnd} se recupere o conmute a su grupo emparejado (recuperación ante desastres de front-end, fuera de los procedimientos de Chat persistente).',
  },
  nextHopUnreachable: {
    en: 'Persistent Chat traffic reaches pool {pool} through its next hop, the Front End pool {frontEnd}, which runs but reaches none of the active servers ({servers}) without the link between the data centers. Chat is down until the link is back or {frontEnd} fails over to its paired pool (Front End disaster recovery, outside the Persistent Chat procedures).',
    es: 'El tráfico de Chat persistente llega al grupo {pool} a través de su siguiente salto, el grupo front-end {frontEnd}, que sigue en marcha pero sin el vínculo entre los centros de datos no alcanza a ninguno de los servidores activos ({servers}). El chat está detenido hasta que vuelva el vínculo o {frontEnd} conmute a su grupo emparejado (recuperación ante desastres de front-end, fuera de los procedimientos de Chat persistente).',
  },
} as const satisfies Record<string, Text>;

export const stepText = {
  mirrorAutomatic: {
    en: 'SQL Server fails {database} over from {principal} to the mirror {mirror} on its own (the witness {witness} and the mirror are a majority).',
    es: 'SQL Server conmuta {database} de {principal} al reflejo {mirror} por sí solo (el testigo {witness} y el reflejo son mayoría).',
  },
  mirrorForce: {
    en: 'Fail {database} over to the mirror {mirror}: Invoke-CsDatabaseFailover -NewPrincipal Mirror -Force.',
    es: 'Conmute {database} al reflejo {mirror}: Invoke-CsDatabaseFailover -NewPrincipal Mirror -Force.',
  },
  mirrorBreak: {
    en: 'On {principal}, remove mirroring from {database} so that it serves alone again (run in SSMS).',
    es: 'En {principal}, quite el reflejo de {database} para que vuelva a servir solo (ejecútelo en SSMS).',
  },
  mirrorReinstall: {
    en: 'When the mirror {mirror} is back, mirror {database} again with Install-CsMirrorDatabase.',
    es: 'Cuando vuelva el reflejo {mirror}, refleje de nuevo {database} con Install-CsMirrorDatabase.',
  },
  mirrorFailback: {
    en: 'When {principal} is repaired it rejoins as the mirror; fail {database} back to it: Invoke-CsDatabaseFailover -NewPrincipal Primary.',
    es: 'Cuando {principal} esté reparado vuelve como reflejo; devuelva {database} a él: Invoke-CsDatabaseFailover -NewPrincipal Primary.',
  },
  activeServers: {
    en: 'Set the active servers of pool {pool} with Set-CsPersistentChatActiveServer: add {added}; remove {removed}.',
    es: 'Establezca los servidores activos del grupo {pool} con Set-CsPersistentChatActiveServer: agregue {added}; quite {removed}.',
  },
  repairServers: {
    en: 'Restore or replace {servers} quickly.',
    es: 'Restaure o sustituya {servers} cuanto antes.',
  },
  restoreWitness: {
    en: 'Bring the witness {witness} back; until then {database} cannot fail over on its own.',
    es: 'Recupere el testigo {witness}; hasta entonces {database} no puede conmutar por sí sola.',
  },
  resumeLogShipping: {
    en: 'When {what} is back, check that log shipping to {backup} catches up; if the backups it needs are gone, set it up again (LS1, and LS2 for the mirror).',
    es: 'Cuando vuelva {whatEs}, compruebe que el trasvase de registros hacia {backup} se pone al día; si faltan las copias que necesita, configúrelo de nuevo (LS1, y LS2 para el reflejo).',
  },
  failback: {
    en: 'When the primary data center is rebuilt, fail back (FB steps 1 to 7): pchat-topology runbook <design> --kind failback.',
    es: 'Cuando se reconstruya el centro de datos principal, vuelva a conmutar (pasos 1 a 7 de FB): pchat-topology runbook <diseño> --kind failback.',
  },
  fo2Lost: {
    en: 'The log-backup share {logShare} is lost: the log backups not yet copied to {copyShare} cannot be copied.',
    es: 'El recurso de copias de registro {logShare} se ha perdido: las copias de registro aún no llevadas a {copyShare} no pueden copiarse.',
  },
  fo6ShareLost: {
    en: 'Mirror the new primary {backup} to {backupMirror} with Install-CsMirrorDatabase. The mirroring share {mirrorShare} is lost: give -FileShare a share that both can write to.',
    es: 'Refleje el nuevo principal {backup} en {backupMirror} con Install-CsMirrorDatabase. El recurso de reflejo {mirrorShare} se ha perdido: indique en -FileShare un recurso en el que ambos puedan escribir.',
  },
  fo6NoMirror: {
    en: 'FO step 6 cannot be done: the backup store {backup} has no mirror that runs. The new primary serves without a mirror.',
    es: 'El paso 6 de FO no puede hacerse: el almacén de copia {backup} no tiene un reflejo en marcha. El nuevo principal funciona sin reflejo.',
  },
} as const satisfies Record<string, Text>;
