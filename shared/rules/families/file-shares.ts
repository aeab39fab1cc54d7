/**
 * H. The file store and the log-shipping and mirroring shares (PC-047 to PC-056).
 * PC-048 (the share must exist, with rights for the publishing account) and PC-056 (SQL Server
 * Agent running, under a privileged account) are facts of the live network: checklist items.
 */
import { addElement, removeElement, unusedId, updateElement } from '../../model/edit.ts';
import { groupBy, pushTo } from '../../model/groups.ts';
import type { DesignIndex } from '../../model/design-index.ts';
import type {
  Design,
  FileStore,
  PersistentChatPool,
  Share,
  SharePurpose,
  SqlInstance,
} from '../../model/types.ts';
import { fqdnKey, isLocalPath } from '../../model/values.ts';
import { primaryDataCenterId, rolesInUse, storeInstance } from '../../model/queries.ts';
import { messagesFor } from '../messages.ts';
import { defineRule } from '../types.ts';
import type { FixInput, Rule } from '../types.ts';
import type { Text } from '../../i18n/text.ts';

function fileStoreById(index: DesignIndex, id: string | null): FileStore | undefined {
  const hit = id ? index.byId.get(id) : undefined;
  return hit?.kind === 'fileStore' ? (hit.element as FileStore) : undefined;
}

function shareById(index: DesignIndex, id: string | null): Share | undefined {
  const hit = id ? index.byId.get(id) : undefined;
  return hit?.kind === 'share' ? (hit.element as Share) : undefined;
}

function onEnterpriseFrontEnd(index: DesignIndex, serverFqdn: string) {
  const fe = index.frontEndByMachine.get(fqdnKey(serverFqdn));
  return fe?.edition === 'enterprise' ? fe : undefined;
}

const sameComputer = (a: string, b: string) => fqdnKey(a) === fqdnKey(b);

/** One "wrong purpose" message per purpose a share can have, so both languages name it. */
const purposeNames: Record<SharePurpose, Text> = {
  'log-backup': { en: 'log-backup', es: 'copias del registro' },
  'log-copy': { en: 'log-copy', es: 'destino de copia del registro' },
  mirroring: { en: 'mirroring', es: 'creación de reflejo' },
};

const perPurpose = (make: (purpose: Text) => Text) => messagesFor('wrongPurpose', purposeNames, make);

/**
 * A file store the pool could use instead: no local path for a multiple-computer pool, not on an
 * Enterprise Edition Front End, and in the pool's home data center (the primary store's, else the
 * next hop's). One in the other data center is no mechanical choice: every file upload would
 * cross the link, so the fix offers none. With no home known yet, only a sole candidate is offered.
 */
function usableFileStore(index: DesignIndex, pool: PersistentChatPool, exclude: string | null) {
  const home = primaryDataCenterId(index, pool) ?? index.frontEndPool(pool.nextHopId)?.dataCenterId ?? null;
  const usable = index.design.fileStores.filter(
    (fs) =>
      fs.id !== exclude &&
      !(pool.computers === 'multiple' && isLocalPath(fs.shareName)) &&
      !onEnterpriseFrontEnd(index, fs.serverFqdn),
  );
  if (home === null) return usable.length === 1 ? usable[0] : undefined;
  return usable.find((fs) => fs.dataCenterId === home);
}

/** A share of `purpose`, on `serverFqdn` when given, otherwise preferably in `dataCenterId`. */
function shareFor(
  index: DesignIndex,
  purpose: SharePurpose,
  where: { serverFqdn?: string; dataCenterId?: string | null },
): Share | undefined {
  const { serverFqdn, dataCenterId } = where;
  const fitting = index.design.shares.filter(
    (s) => s.purpose === purpose && (serverFqdn === undefined || sameComputer(s.serverFqdn, serverFqdn)),
  );
  return fitting.find((s) => dataCenterId && s.dataCenterId === dataCenterId) ?? fitting[0];
}

/** The share names the reference design uses, one for each purpose. */
const shareNames: Record<SharePurpose, string> = {
  'log-backup': 'pchatlogs',
  'log-copy': 'pchatlogcopy',
  mirroring: 'pchatmirror',
};

/**
 * A new share of `purpose` on `host`'s computer, in its data center, with the reference design's
 * name (numbered when that computer has the name already); `link` points the pool at it.
 */
function addShare(
  purpose: SharePurpose,
  host: { serverFqdn: string; dataCenterId: string | null },
  link: (d: Design, shareId: string) => Design,
) {
  const base = shareNames[purpose];
  return (d: Design): Design => {
    const taken = new Set(
      d.shares
        .filter((s) => sameComputer(s.serverFqdn, host.serverFqdn))
        .map((s) => s.shareName.toLowerCase()),
    );
    let shareName = base;
    for (let n = 2; taken.has(shareName.toLowerCase()); n++) shareName = `${base}${n}`;
    const id = unusedId(d, `share-${base}`);
    const share: Share = {
      id,
      serverFqdn: host.serverFqdn.trim(),
      shareName,
      dataCenterId: host.dataCenterId,
      purpose,
    };
    return link(addElement(d, 'share', share), id);
  };
}

/** The pool's own file server, when it is a UNC share a new share can sit beside. */
function fileServerOf(index: DesignIndex, pool: PersistentChatPool): FileStore | undefined {
  const fs = fileStoreById(index, pool.fileStoreId);
  return fs &&
    !isLocalPath(fs.shareName) &&
    fqdnKey(fs.serverFqdn) !== '' &&
    !onEnterpriseFrontEnd(index, fs.serverFqdn)
    ? fs
    : undefined;
}

const uncOf = (serverFqdn: string, purpose: SharePurpose) =>
  `\\\\${serverFqdn.trim()}\\${shareNames[purpose]}`;

function useFileStore(poolId: string, fileStoreId: string) {
  return (d: Design) => updateElement(d, 'pool', poolId, { fileStoreId });
}

function useLogShare(pool: PersistentChatPool, field: 'backupShareId' | 'copyShareId', shareId: string) {
  return (d: Design) => {
    const current = d.pools.find((p) => p.id === pool.id);
    if (!current) return d;
    return updateElement(d, 'pool', pool.id, { logShipping: { ...current.logShipping, [field]: shareId } });
  };
}

const pc047 = defineRule({
  id: 'PC-047',
  severity: 'error',
  source: 'ADD step 10, CHK, SFB ADD',
  fixable: true,
  summary: {
    en: 'Every pool needs a file store; a multiple-computer pool must reach it by a UNC path, not a local path.',
    es: 'Todo grupo necesita un almacén de archivos; un grupo de varios equipos debe acceder a él por una ruta UNC, no por una ruta local.',
  },
  messages: {
    missing: {
      en: 'Pool {pool} has no file store; Topology Builder requires one for every Persistent Chat pool.',
      es: 'El grupo {pool} no tiene almacén de archivos; el Generador de topologías exige uno para cada grupo de Chat persistente.',
    },
    unresolved: {
      en: 'The file store of pool {pool} ("{ref}") is not a file store of this design, so the pool has none.',
      es: 'El almacén de archivos del grupo {pool} («{ref}») no es un almacén de archivos de este diseño, así que el grupo no tiene ninguno.',
    },
    localPath: {
      en: 'Pool {pool} is a multiple-computer pool but its file store {store} is a local path; every server must reach the files by a UNC path (\\\\server\\share).',
      es: 'El grupo {pool} es de varios equipos pero su almacén de archivos {store} es una ruta local; todos los servidores deben acceder a los archivos por una ruta UNC (\\\\servidor\\recurso).',
    },
    useStore: {
      en: 'Use the file store {candidate}',
      es: 'Usar el almacén de archivos {candidate}',
    },
  },
  check({ design, index, report }) {
    for (const pool of design.pools) {
      const fs = fileStoreById(index, pool.fileStoreId);
      const candidate = fs ? undefined : usableFileStore(index, pool, null);
      const fix = candidate && {
        title: 'useStore' as const,
        params: { candidate: index.label(candidate.id) },
        apply: useFileStore(pool.id, candidate.id),
      };
      const poolName = index.label(pool.id);
      if (!pool.fileStoreId) {
        report({ message: 'missing', params: { pool: poolName }, elements: [pool.id], fix });
      } else if (!fs) {
        report({
          message: 'unresolved',
          params: { pool: poolName, ref: pool.fileStoreId },
          elements: [pool.id],
          fix,
        });
      } else if (pool.computers === 'multiple' && isLocalPath(fs.shareName)) {
        const other = usableFileStore(index, pool, fs.id);
        report({
          message: 'localPath',
          params: { pool: poolName, store: index.label(fs.id) },
          elements: [pool.id, fs.id],
          fix: other && {
            title: 'useStore' as const,
            params: { candidate: index.label(other.id) },
            apply: useFileStore(pool.id, other.id),
          },
        });
      }
    }
  },
});

const pc049 = defineRule({
  id: 'PC-049',
  severity: 'error',
  source: 'TB-FS, COLEE, COLSE',
  fixable: true,
  summary: {
    en: 'The file store cannot be on an Enterprise Edition Front End Server.',
    es: 'El almacén de archivos no puede estar en un servidor front-end de Enterprise Edition.',
  },
  messages: {
    onFrontEnd: {
      en: 'The file store {store} is on {server}, a server of the Enterprise Edition Front End pool {frontEnd}; a file share cannot be there. Put it on a file server, a Standard Edition server or a database server.',
      es: 'El almacén de archivos {store} está en {server}, un servidor del grupo front-end de Enterprise Edition {frontEnd}; un recurso compartido de archivos no puede estar ahí. Colóquelo en un servidor de archivos, un servidor Standard Edition o un servidor de bases de datos.',
    },
    moveTo: {
      en: 'Use the file store {candidate} for {pools} and delete {store}',
      es: 'Usar el almacén de archivos {candidate} para {pools} y eliminar {store}',
    },
    remove: {
      en: 'Delete the unused file store {store}',
      es: 'Eliminar el almacén de archivos sin uso {store}',
    },
  },
  check({ design, index, report }) {
    const usersOf = groupBy(design.pools, (pool) => pool.fileStoreId || null);
    for (const fs of design.fileStores) {
      const fe = onEnterpriseFrontEnd(index, fs.serverFqdn);
      if (!fe) continue;
      const pools = usersOf.get(fs.id) ?? [];
      // The store cannot stay where it is, so the fix moves its pools elsewhere and drops it;
      // that is mechanical only when every pool has somewhere else to go.
      const moves = pools.map((p) => ({ pool: p, to: usableFileStore(index, p, fs.id) }));
      const movable = moves.every((m) => m.to);
      const candidates = [...new Set(moves.map((m) => (m.to ? index.label(m.to.id) : '')))];
      const store = index.label(fs.id);
      const apply = (d: Design) =>
        removeElement(
          moves.reduce((acc, m) => useFileStore(m.pool.id, m.to!.id)(acc), d),
          fs.id,
        );
      report({
        message: 'onFrontEnd',
        params: { store, server: fs.serverFqdn, frontEnd: index.label(fe.id) },
        elements: [fs.id, fe.id, ...pools.map((p) => p.id)],
        fix: !movable
          ? undefined
          : pools.length === 0
            ? { title: 'remove', params: { store }, apply }
            : {
                title: 'moveTo',
                params: {
                  store,
                  candidate: candidates.join(', '),
                  pools: pools.map((p) => index.label(p.id)).join(', '),
                },
                apply,
              },
      });
    }
  },
});

const pc050 = defineRule({
  id: 'PC-050',
  severity: 'error',
  source: 'COLEE, COLSE',
  summary: {
    en: 'One file store may serve several pools only if they are all in the same Lync site.',
    es: 'Un almacén de archivos puede servir a varios grupos solo si todos están en el mismo sitio de Lync.',
  },
  messages: {
    severalSites: {
      en: 'The file store {store} serves pools in different Lync sites ({pools}); one file share may serve several pools only within one site.',
      es: 'El almacén de archivos {store} sirve a grupos de distintos sitios de Lync ({pools}); un recurso compartido de archivos solo puede servir a varios grupos dentro de un mismo sitio.',
    },
  },
  check({ design, index, report }) {
    // A pool's site is that of its next hop: the Front End pool it is defined beside.
    const bySite = new Map<string, Map<string, PersistentChatPool[]>>();
    for (const pool of design.pools) {
      const site = index.frontEndPool(pool.nextHopId)?.lyncSite.trim();
      if (!pool.fileStoreId || !site) continue;
      let sites = bySite.get(pool.fileStoreId);
      if (!sites) bySite.set(pool.fileStoreId, (sites = new Map()));
      pushTo(sites, site, pool);
    }
    for (const [fsId, sites] of bySite) {
      if (sites.size < 2 || !fileStoreById(index, fsId)) continue;
      const pools = [...sites].flatMap(([site, list]) => list.map((p) => `${index.label(p.id)} (${site})`));
      report({
        message: 'severalSites',
        params: { store: index.label(fsId), pools: pools.join(', ') },
        elements: [fsId, ...[...sites.values()].flat().map((p) => p.id)],
      });
    }
  },
});

const pc051 = defineRule({
  id: 'PC-051',
  severity: 'warning',
  source: 'FSHA',
  summary: {
    en: 'No cross-data-center disaster recovery is documented for the file store; back it up every 4 to 8 hours.',
    es: 'No hay recuperación ante desastres documentada entre centros de datos para el almacén de archivos; haga una copia de seguridad cada 4 a 8 horas.',
  },
  messages: {
    oneDataCenter: {
      en: 'Pool {pool} uses disaster recovery, but its file store {store} exists only in {dataCenter}: the docs define no cross-data-center disaster recovery for the Persistent Chat file store. If the files matter, back the share up every 4 to 8 hours to a file store in the other data center.',
      es: 'El grupo {pool} usa recuperación ante desastres, pero su almacén de archivos {store} solo existe en {dataCenter}: la documentación no define recuperación ante desastres entre centros de datos para el almacén de archivos de Chat persistente. Si los archivos son importantes, copie el recurso cada 4 a 8 horas a un almacén de archivos del otro centro de datos.',
    },
  },
  check({ design, index, report }) {
    const dataCentersWithFiles = new Set(design.fileStores.map((fs) => fs.dataCenterId));
    for (const pool of design.pools) {
      if (!pool.disasterRecovery) continue;
      const fs = fileStoreById(index, pool.fileStoreId);
      if (!fs?.dataCenterId) continue;
      // The model has no file-store backup target; a file store in another data center is the
      // only sign that the files have somewhere to be restored after losing this one.
      const elsewhere = [...dataCentersWithFiles].some((dc) => dc !== null && dc !== fs.dataCenterId);
      if (elsewhere) continue;
      report({
        message: 'oneDataCenter',
        params: {
          pool: index.label(pool.id),
          store: index.label(fs.id),
          dataCenter: index.label(fs.dataCenterId),
        },
        elements: [pool.id, fs.id],
      });
    }
  },
});

const pc052 = defineRule({
  id: 'PC-052',
  severity: 'error',
  source: 'RR, SFB-PLAN',
  fixable: true,
  summary: {
    en: 'Log shipping needs a dedicated share for the transaction-log backups.',
    es: 'El trasvase de registros necesita un recurso compartido dedicado a las copias del registro de transacciones.',
  },
  messages: {
    missing: {
      en: 'Pool {pool} uses disaster recovery but has no log-backup share; log shipping writes the transaction-log backups of mgc to a dedicated share that every SQL Server of the pool can read and write.',
      es: 'El grupo {pool} usa recuperación ante desastres pero no tiene recurso compartido para las copias del registro; el trasvase de registros escribe las copias del registro de transacciones de mgc en un recurso dedicado que todos los SQL Server del grupo pueden leer y escribir.',
    },
    unresolved: {
      en: 'The log-backup share of pool {pool} ("{ref}") is not a share of this design, so log shipping has nowhere to write.',
      es: 'El recurso de copias del registro del grupo {pool} («{ref}») no es un recurso compartido de este diseño, así que el trasvase de registros no tiene dónde escribir.',
    },
    ...perPurpose((p) => ({
      en: `Pool {pool} writes its log backups to {share}, which is a ${p.en} share; log shipping needs a dedicated log-backup share.`,
      es: `El grupo {pool} escribe sus copias del registro en {share}, que es un recurso de tipo «${p.es}»; el trasvase de registros necesita un recurso dedicado a las copias del registro.`,
    })),
    useShare: {
      en: 'Use the log-backup share {candidate}',
      es: 'Usar el recurso de copias del registro {candidate}',
    },
    addShare: {
      en: 'Add the log-backup share {share} beside the file store and use it',
      es: 'Agregar el recurso de copias del registro {share} junto al almacén de archivos y usarlo',
    },
  },
  check({ design, index, report }) {
    for (const pool of design.pools) {
      if (!pool.disasterRecovery) continue;
      const ref = pool.logShipping.backupShareId;
      const share = shareById(index, ref);
      if (share?.purpose === 'log-backup') continue;
      const candidate = shareFor(index, 'log-backup', { dataCenterId: primaryDataCenterId(index, pool) });
      // With no log-backup share at all, the pool's file server is the obvious place for one.
      const host = candidate ? undefined : fileServerOf(index, pool);
      const fix: FixInput<'useShare' | 'addShare'> | undefined = candidate
        ? {
            title: 'useShare' as const,
            params: { candidate: index.label(candidate.id) },
            apply: useLogShare(pool, 'backupShareId', candidate.id),
          }
        : host && {
            title: 'addShare' as const,
            params: { share: uncOf(host.serverFqdn, 'log-backup') },
            apply: addShare('log-backup', host, (d, id) => useLogShare(pool, 'backupShareId', id)(d)),
          };
      const poolName = index.label(pool.id);
      if (!ref) report({ message: 'missing', params: { pool: poolName }, elements: [pool.id], fix });
      else if (!share)
        report({ message: 'unresolved', params: { pool: poolName, ref }, elements: [pool.id], fix });
      else
        report({
          message: `wrongPurpose.${share.purpose}`,
          params: { pool: poolName, share: index.label(share.id) },
          elements: [pool.id, share.id],
          fix,
        });
    }
  },
});

const pc053 = defineRule({
  id: 'PC-053',
  severity: 'error',
  source: 'RR, LS1 step 15',
  fixable: true,
  summary: {
    en: 'Log shipping needs a copy-destination share on the log-shipping secondary (backup store) server.',
    es: 'El trasvase de registros necesita un recurso de destino de copia en el servidor secundario (almacén de copia de seguridad).',
  },
  messages: {
    missing: {
      en: 'Pool {pool} uses disaster recovery but has no copy-destination share; the copy job needs a folder on the backup store server to copy the log backups into.',
      es: 'El grupo {pool} usa recuperación ante desastres pero no tiene recurso de destino de copia; el trabajo de copia necesita una carpeta en el servidor del almacén de copia de seguridad donde copiar las copias del registro.',
    },
    unresolved: {
      en: 'The copy-destination share of pool {pool} ("{ref}") is not a share of this design.',
      es: 'El recurso de destino de copia del grupo {pool} («{ref}») no es un recurso compartido de este diseño.',
    },
    ...perPurpose((p) => ({
      en: `Pool {pool} copies its log backups into {share}, which is a ${p.en} share, not a log-copy destination.`,
      es: `El grupo {pool} copia sus copias del registro en {share}, que es un recurso de tipo «${p.es}», no un destino de copia del registro.`,
    })),
    notOnSecondary: {
      en: 'The copy-destination share {share} of pool {pool} is on {shareServer}, not on the backup store server {backupServer}; the copied log backups belong on the log-shipping secondary.',
      es: 'El recurso de destino de copia {share} del grupo {pool} está en {shareServer}, no en el servidor del almacén de copia de seguridad {backupServer}; las copias del registro copiadas deben estar en el secundario del trasvase.',
    },
    useShare: {
      en: 'Use the log-copy share {candidate}',
      es: 'Usar el recurso de copia del registro {candidate}',
    },
  },
  check({ design, index, report }) {
    for (const pool of design.pools) {
      if (!pool.disasterRecovery) continue;
      const backup = storeInstance(index, pool, 'backup', 'instance');
      const ref = pool.logShipping.copyShareId;
      const share = shareById(index, ref);
      const onSecondary =
        !backup || (share !== undefined && sameComputer(share.serverFqdn, backup.serverFqdn));
      if (share?.purpose === 'log-copy' && onSecondary) continue;
      const candidate = shareFor(index, 'log-copy', {
        serverFqdn: backup?.serverFqdn,
        dataCenterId: backup?.dataCenterId,
      });
      const fix =
        candidate && candidate.id !== share?.id
          ? {
              title: 'useShare' as const,
              params: { candidate: index.label(candidate.id) },
              apply: useLogShare(pool, 'copyShareId', candidate.id),
            }
          : undefined;
      const poolName = index.label(pool.id);
      if (!ref) {
        report({ message: 'missing', params: { pool: poolName }, elements: [pool.id], fix });
      } else if (!share) {
        report({ message: 'unresolved', params: { pool: poolName, ref }, elements: [pool.id], fix });
      } else if (share.purpose !== 'log-copy') {
        report({
          message: `wrongPurpose.${share.purpose}`,
          params: { pool: poolName, share: index.label(share.id) },
          elements: [pool.id, share.id],
          fix,
        });
      } else if (backup) {
        report({
          message: 'notOnSecondary',
          params: {
            pool: poolName,
            share: index.label(share.id),
            shareServer: share.serverFqdn,
            backupServer: backup.serverFqdn,
          },
          elements: [pool.id, share.id, backup.id],
          fix,
        });
      }
    }
  },
});

const pc054 = defineRule({
  id: 'PC-054',
  severity: 'error',
  source: 'LS1 step 7, LS2 step 9',
  fixable: true,
  summary: {
    en: 'If the SQL Server service that ships the logs runs as Local System, the log-backup folder must be on that server.',
    es: 'Si el servicio SQL Server que trasvasa los registros se ejecuta como Sistema local, la carpeta de copias del registro debe estar en ese servidor.',
  },
  messages: {
    primary: {
      en: 'The primary store {instance} of pool {pool} runs SQL Server as Local System, but the log-backup share {share} is on {shareServer}; under Local System the backup folder must be on {server} and given as a local path as well as the network path.',
      es: 'El almacén principal {instance} del grupo {pool} ejecuta SQL Server como Sistema local, pero el recurso de copias del registro {share} está en {shareServer}; con Sistema local la carpeta de copias debe estar en {server} e indicarse como ruta local además de la ruta de red.',
    },
    mirror: {
      en: 'The mirror {instance} of the primary store of pool {pool} runs SQL Server as Local System, but the log-backup share {share} is on {shareServer}; log shipping from the mirror (LS2) then needs the backup folder on {server}. With Local System on both primary and mirror no single share can serve both: run SQL Server under a domain account.',
      es: 'El reflejo {instance} del almacén principal del grupo {pool} ejecuta SQL Server como Sistema local, pero el recurso de copias del registro {share} está en {shareServer}; el trasvase desde el reflejo (LS2) necesita entonces la carpeta de copias en {server}. Con Sistema local en el principal y en el reflejo ningún recurso sirve a ambos: ejecute SQL Server con una cuenta de dominio.',
    },
    useShare: {
      en: 'Use the log-backup share {candidate} on {server}',
      es: 'Usar el recurso de copias del registro {candidate} en {server}',
    },
    addShare: {
      en: 'Add the log-backup share {share} on {server} and use it',
      es: 'Agregar el recurso de copias del registro {share} en {server} y usarlo',
    },
  },
  check({ design, index, report }) {
    for (const pool of design.pools) {
      if (!pool.disasterRecovery) continue;
      const share = shareById(index, pool.logShipping.backupShareId);
      if (!share) continue; // PC-052 reports a missing share.
      const shippers = [
        { message: 'primary' as const, instance: storeInstance(index, pool, 'primary', 'instance') },
        { message: 'mirror' as const, instance: storeInstance(index, pool, 'primary', 'mirror') },
      ].filter(
        (s): s is { message: 'primary' | 'mirror'; instance: SqlInstance } =>
          s.instance?.serviceAccount === 'local-system',
      );
      const servers = new Set(shippers.map((s) => fqdnKey(s.instance.serverFqdn)));
      for (const { message, instance } of shippers) {
        if (sameComputer(share.serverFqdn, instance.serverFqdn)) continue;
        // Moving the share helps only when every Local System shipper is on that one computer.
        const candidate =
          servers.size === 1 ? shareFor(index, 'log-backup', { serverFqdn: instance.serverFqdn }) : undefined;
        const fix: FixInput<'useShare' | 'addShare'> | undefined =
          servers.size !== 1
            ? undefined
            : candidate
              ? {
                  title: 'useShare' as const,
                  params: { candidate: index.label(candidate.id), server: instance.serverFqdn },
                  apply: useLogShare(pool, 'backupShareId', candidate.id),
                }
              : {
                  title: 'addShare' as const,
                  params: { share: uncOf(instance.serverFqdn, 'log-backup'), server: instance.serverFqdn },
                  apply: addShare('log-backup', instance, (d, id) =>
                    useLogShare(pool, 'backupShareId', id)(d),
                  ),
                };
        report({
          message,
          params: {
            pool: index.label(pool.id),
            instance: index.label(instance.id),
            share: index.label(share.id),
            shareServer: share.serverFqdn,
            server: instance.serverFqdn,
          },
          elements: [pool.id, instance.id, share.id],
          fix,
        });
      }
    }
  },
});

const pc055 = defineRule({
  id: 'PC-055',
  severity: 'error',
  source: 'SQLM',
  fixable: true,
  summary: {
    en: 'Setting up a mirror needs a mirroring file share, given at publish time.',
    es: 'Configurar un reflejo necesita un recurso compartido de creación de reflejo, indicado al publicar.',
  },
  messages: {
    missing: {
      en: 'Pool {pool} mirrors {mirrors} but has no mirroring share; Topology Builder asks for the mirroring backup share when it publishes the mirror.',
      es: 'El grupo {pool} refleja {mirrors} pero no tiene recurso de creación de reflejo; el Generador de topologías pide ese recurso de copias cuando publica el reflejo.',
    },
    unresolved: {
      en: 'The mirroring share of pool {pool} ("{ref}") is not a share of this design, yet the pool mirrors {mirrors}.',
      es: 'El recurso de creación de reflejo del grupo {pool} («{ref}») no es un recurso compartido de este diseño, aunque el grupo refleja {mirrors}.',
    },
    ...perPurpose((p) => ({
      en: `Pool {pool} gives {share}, a ${p.en} share, as its mirroring share; the mirroring setup needs a share of its own.`,
      es: `El grupo {pool} indica {share}, un recurso de tipo «${p.es}», como recurso de creación de reflejo; la configuración del reflejo necesita un recurso propio.`,
    })),
    useShare: {
      en: 'Use the mirroring share {candidate}',
      es: 'Usar el recurso de creación de reflejo {candidate}',
    },
    addShare: {
      en: 'Add the mirroring share {share} beside the file store and use it',
      es: 'Agregar el recurso de creación de reflejo {share} junto al almacén de archivos y usarlo',
    },
  },
  check({ design, index, report }) {
    for (const pool of design.pools) {
      const mirrorIds = rolesInUse(pool)
        .map((role) => pool.stores[role].mirrorId)
        .filter((id): id is string => id !== null);
      if (mirrorIds.length === 0) continue;
      const ref = pool.mirroringShareId;
      const share = shareById(index, ref);
      if (share?.purpose === 'mirroring') continue;
      const candidate = shareFor(index, 'mirroring', { dataCenterId: primaryDataCenterId(index, pool) });
      const params = {
        pool: index.label(pool.id),
        mirrors: [...new Set(mirrorIds)].map((id) => index.label(id)).join(', '),
      };
      const elements = [pool.id, ...new Set(mirrorIds)];
      const host = candidate ? undefined : fileServerOf(index, pool);
      const useMirroringShare = (d: Design, id: string) =>
        updateElement(d, 'pool', pool.id, { mirroringShareId: id });
      const fix: FixInput<'useShare' | 'addShare'> | undefined = candidate
        ? {
            title: 'useShare' as const,
            params: { candidate: index.label(candidate.id) },
            apply: (d: Design) => useMirroringShare(d, candidate.id),
          }
        : host && {
            title: 'addShare' as const,
            params: { share: uncOf(host.serverFqdn, 'mirroring') },
            apply: addShare('mirroring', host, useMirroringShare),
          };
      if (!ref) report({ message: 'missing', params, elements, fix });
      else if (!share) report({ message: 'unresolved', params: { ...params, ref }, elements, fix });
      else
        report({
          message: `wrongPurpose.${share.purpose}`,
          params: { ...params, share: index.label(share.id) },
          elements: [...elements, share.id],
          fix,
        });
    }
  },
});

export const fileSharesRules: readonly Rule[] = [pc047, pc049, pc050, pc051, pc052, pc053, pc054, pc055];
