/**
 * C. Server-role collocation (PC-013 to PC-017). PC-015 (Persistent Chat Web Services run on
 * the Front End Servers) is a fact about where Lync places a service, not something a design
 * can get wrong, so it has no rule here.
 */
import { removeElement, updateElement, updateStore } from '../../model/edit.ts';
import type { Design, PersistentChatServer } from '../../model/types.ts';
import { fqdnKey } from '../../model/values.ts';
import { serversOf } from '../../model/queries.ts';
import { pluralKey, pluralMessages } from '../messages.ts';
import { defineRule } from '../types.ts';
import type { Rule } from '../types.ts';

const pc013 = defineRule({
  id: 'PC-013',
  severity: 'error',
  source: 'CT, COLEE, DEP, SFB-HW',
  fixable: true,
  summary: {
    en: 'On Enterprise Edition, a Persistent Chat server cannot share a computer with a Front End Server.',
    es: 'En Enterprise Edition, un servidor de Chat persistente no puede compartir equipo con un servidor front-end.',
  },
  messages: {
    onFrontEndMachine: {
      en: 'Persistent Chat server {server} is also a Front End Server of the Enterprise Edition pool {frontEnd}. The Persistent Chat Server role cannot be collocated with a Front End Server; it needs its own pool on dedicated computers.',
      es: 'El servidor de Chat persistente {server} es también un servidor front-end del grupo Enterprise Edition {frontEnd}. El rol de servidor de Chat persistente no puede colocarse con un servidor front-end; necesita su propio grupo en equipos dedicados.',
    },
    onFrontEndPoolName: {
      en: 'Persistent Chat server {server} has the FQDN of the Enterprise Edition Front End pool {frontEnd}. The Persistent Chat Server role cannot be collocated with a Front End Server; give it a dedicated computer.',
      es: 'El servidor de Chat persistente {server} tiene el FQDN del grupo de servidores front-end Enterprise Edition {frontEnd}. El rol de servidor de Chat persistente no puede colocarse con un servidor front-end; asígnele un equipo dedicado.',
    },
    remove: {
      en: 'Delete the Persistent Chat server {server} from {pool}: its computer is a Front End Server',
      es: 'Eliminar el servidor de Chat persistente {server} de {pool}: su equipo es un servidor front-end',
    },
  },
  check({ design, index, report }) {
    const onFrontEnd = (s: PersistentChatServer) =>
      index.frontEndByMachine.get(fqdnKey(s.fqdn))?.edition === 'enterprise';
    for (const server of design.servers) {
      const fe = index.frontEndByMachine.get(fqdnKey(server.fqdn));
      // Standard Edition collocation is supported and judged by PC-010 to PC-012.
      if (!fe || fe.edition !== 'enterprise' || fqdnKey(server.fqdn) === '') continue;
      const pool = index.pool(server.poolId);
      // The computer cannot host the role at all, so taking the server out is the mechanical
      // edit, as long as the pool keeps an active server (PC-068) and another server at all.
      const others = pool ? serversOf(index, pool).filter((s) => s.id !== server.id && !onFrontEnd(s)) : [];
      const removable =
        pool !== undefined &&
        others.length > 0 &&
        (server.state === 'idle' || others.some((s) => s.state === 'active'));
      report({
        message: fqdnKey(server.fqdn) === fqdnKey(fe.fqdn) ? 'onFrontEndPoolName' : 'onFrontEndMachine',
        params: { server: server.fqdn, frontEnd: fe.fqdn || fe.id },
        fix: removable
          ? {
              title: 'remove',
              params: { server: server.fqdn, pool: index.label(pool.id) },
              apply: (d: Design) => removeElement(d, server.id),
            }
          : undefined,
        elements: [server.id, ...(pool ? [pool.id] : []), fe.id],
      });
    }
  },
});

/** Compliance stores that are assigned, in the order Topology Builder shows them. */
const complianceRoles = ['compliance', 'complianceBackup'] as const;

const pc014 = defineRule({
  id: 'PC-014',
  severity: 'error',
  source: 'HOW, DEF, ADD, DEP',
  fixable: true,
  summary: {
    en: 'Compliance runs on every Persistent Chat server of the pool and needs its own compliance store (mgccomp).',
    es: 'El cumplimiento se ejecuta en cada servidor de Chat persistente del grupo y necesita su propio almacén de cumplimiento (mgccomp).',
  },
  messages: {
    noComplianceStore: {
      en: 'Pool {pool} has compliance turned on but no compliance SQL Server store for the mgccomp database. The Compliance service runs on each Persistent Chat server and writes to that store.',
      es: 'El grupo {pool} tiene el cumplimiento activado pero no tiene almacén SQL Server de cumplimiento para la base de datos mgccomp. El servicio de cumplimiento se ejecuta en cada servidor de Chat persistente y escribe en ese almacén.',
    },
    ...pluralMessages('unusedComplianceStore', {
      one: {
        en: 'Pool {pool} has compliance turned off, so its compliance store ({stores}) is not used and Topology Builder will not define it.',
        es: 'El grupo {pool} tiene el cumplimiento desactivado, por lo que su almacén de cumplimiento ({stores}) no se usa y el Generador de topologías no lo definirá.',
      },
      other: {
        en: 'Pool {pool} has compliance turned off, so its compliance stores ({stores}) are not used and Topology Builder will not define them.',
        es: 'El grupo {pool} tiene el cumplimiento desactivado, por lo que sus almacenes de cumplimiento ({stores}) no se usan y el Generador de topologías no los definirá.',
      },
    }),
    clearStores: {
      en: 'Remove the compliance stores from {pool}',
      es: 'Quitar los almacenes de cumplimiento de {pool}',
    },
  },
  check({ design, index, report }) {
    for (const pool of design.pools) {
      if (pool.compliance) {
        // A reference to an instance that is not in the design is no store either.
        if (index.sqlInstance(pool.stores.compliance.sqlInstanceId)) continue;
        // Which instance should hold mgccomp is a placement decision (PC-030): no fix.
        report({
          message: 'noComplianceStore',
          params: { pool: index.label(pool.id) },
          elements: [pool.id],
        });
        continue;
      }
      const assigned = new Set<string>();
      for (const role of complianceRoles) {
        const a = pool.stores[role];
        for (const id of [a.sqlInstanceId, a.mirrorId, a.witnessId]) if (id) assigned.add(id);
      }
      if (assigned.size === 0) continue;
      // Turning compliance on is a legal decision with more stores to place; clearing is the safe edit.
      report({
        message: pluralKey('unusedComplianceStore', assigned.size),
        severity: 'info',
        params: { pool: index.label(pool.id), stores: [...assigned].map((id) => index.label(id)).join(', ') },
        elements: [pool.id, ...assigned],
        fix: {
          title: 'clearStores',
          params: { pool: index.label(pool.id) },
          apply: (d) =>
            complianceRoles.reduce(
              (next, role) =>
                updateStore(next, pool.id, role, { sqlInstanceId: null, mirrorId: null, witnessId: null }),
              d,
            ),
        },
      });
    }
  },
});

/** The domain most of `servers` are in, first seen on a tie; '' when none says. */
function commonDomain(servers: readonly PersistentChatServer[]): string {
  const counts = new Map<string, { domain: string; n: number }>();
  let best: { domain: string; n: number } | undefined;
  for (const s of servers) {
    const key = fqdnKey(s.adDomain);
    if (key === '') continue;
    const c = counts.get(key) ?? { domain: s.adDomain.trim(), n: 0 };
    c.n++;
    counts.set(key, c);
    if (!best || c.n > best.n) best = c;
  }
  return best?.domain ?? '';
}

const pc016 = defineRule({
  id: 'PC-016',
  severity: 'warning',
  source: 'CT, CAP, SFB-TOPO',
  fixable: true,
  summary: {
    en: 'The servers of a pool should be in the same AD domain as each other and as Lync Server.',
    es: 'Los servidores de un grupo deben estar en el mismo dominio de AD entre sí y que Lync Server.',
  },
  messages: {
    ...pluralMessages('notNextHopDomain', {
      one: {
        en: 'Server {servers} of pool {pool} is not in {domain}, the AD domain of its next hop {nextHop}. Persistent Chat servers should be in the same AD DS domain as Lync Server and the Compliance service.',
        es: 'El servidor {servers} del grupo {pool} no está en {domain}, el dominio de AD de su próximo salto {nextHop}. Los servidores de Chat persistente deben estar en el mismo dominio de AD DS que Lync Server y el servicio de cumplimiento.',
      },
      other: {
        en: 'Servers {servers} of pool {pool} are not in {domain}, the AD domain of its next hop {nextHop}. Persistent Chat servers should be in the same AD DS domain as Lync Server and the Compliance service.',
        es: 'Los servidores {servers} del grupo {pool} no están en {domain}, el dominio de AD de su próximo salto {nextHop}. Los servidores de Chat persistente deben estar en el mismo dominio de AD DS que Lync Server y el servicio de cumplimiento.',
      },
    }),
    ...pluralMessages('mixedDomains', {
      one: {
        en: 'Server {servers} of pool {pool} is not in {domain}, where its other servers are. The servers of a pool should be in one AD DS domain, the one of Lync Server and the Compliance service.',
        es: 'El servidor {servers} del grupo {pool} no está en {domain}, donde están sus demás servidores. Los servidores de un grupo deben estar en un solo dominio de AD DS, el de Lync Server y el servicio de cumplimiento.',
      },
      other: {
        en: 'Servers {servers} of pool {pool} are not in {domain}, where its other servers are. The servers of a pool should be in one AD DS domain, the one of Lync Server and the Compliance service.',
        es: 'Los servidores {servers} del grupo {pool} no están en {domain}, donde están sus demás servidores. Los servidores de un grupo deben estar en un solo dominio de AD DS, el de Lync Server y el servicio de cumplimiento.',
      },
    }),
    fix: {
      en: 'Put {servers} in the {domain} domain',
      es: 'Poner {servers} en el dominio {domain}',
    },
  },
  check({ design, index, report }) {
    for (const pool of design.pools) {
      const servers = serversOf(index, pool);
      const hop = index.frontEndPool(pool.nextHopId);
      const hopDomain = hop?.adDomain.trim() ?? '';
      const domain = hopDomain || commonDomain(servers);
      if (domain === '') continue;
      // A server with no domain yet is unfinished, not in another domain.
      const odd = servers.filter((s) => s.adDomain.trim() !== '' && fqdnKey(s.adDomain) !== fqdnKey(domain));
      if (odd.length === 0) continue;
      const oddIds = new Set(odd.map((s) => s.id));
      report({
        message: pluralKey(hop && hopDomain ? 'notNextHopDomain' : 'mixedDomains', odd.length),
        params: {
          pool: index.label(pool.id),
          domain,
          nextHop: hop?.fqdn ?? '',
          servers: odd.map((s) => `${s.fqdn} (${s.adDomain.trim()})`).join(', '),
        },
        elements: [pool.id, ...odd.map((s) => s.id), ...(hop && hopDomain ? [hop.id] : [])],
        fix: {
          title: 'fix',
          params: { servers: odd.map((s) => s.fqdn).join(', '), domain },
          apply: (d: Design) => ({
            ...d,
            servers: d.servers.map((s) => (oddIds.has(s.id) ? { ...s, adDomain: domain } : s)),
          }),
        },
      });
    }
  },
});

const pc017 = defineRule({
  id: 'PC-017',
  severity: 'error',
  source: 'DEP',
  fixable: true,
  summary: {
    en: 'Persistent Chat must be installed on NTFS; FAT32 is not supported.',
    es: 'El Chat persistente debe instalarse en NTFS; FAT32 no se admite.',
  },
  messages: {
    fat32: {
      en: 'Persistent Chat server {server} is set to install on FAT32; Persistent Chat must be installed on an NTFS volume.',
      es: 'El servidor de Chat persistente {server} está configurado para instalarse en FAT32; el Chat persistente debe instalarse en un volumen NTFS.',
    },
    fix: {
      en: 'Install {server} on NTFS',
      es: 'Instalar {server} en NTFS',
    },
  },
  check({ design, index, report }) {
    for (const server of design.servers) {
      if (server.fileSystem !== 'fat32') continue;
      const pool = index.pool(server.poolId);
      report({
        message: 'fat32',
        params: { server: server.fqdn || server.id },
        elements: [server.id, ...(pool ? [pool.id] : [])],
        fix: {
          title: 'fix',
          apply: (d) => updateElement(d, 'server', server.id, { fileSystem: 'ntfs' }),
        },
      });
    }
  },
});

export const collocationRules: readonly Rule[] = [pc013, pc014, pc016, pc017];
