/** D. Next hop, Lync site, time zone and default pool (PC-018 to PC-021). */
import { updateElement } from '../../model/edit.ts';
import { groupBy } from '../../model/groups.ts';
import type { DesignIndex } from '../../model/design-index.ts';
import type { Design, FrontEndPool, PersistentChatPool, PersistentChatServer } from '../../model/types.ts';
import { activeServersOf, effectiveLinkClass, primaryDataCenterId, serversOf } from '../../model/queries.ts';
import { MAX_ACTIVE_SERVERS } from '../../model/product.ts';
import { readTimeZone } from '../../model/time-zones.ts';
import { pluralKey, pluralMessages } from '../messages.ts';
import { defineRule } from '../types.ts';
import type { Rule } from '../types.ts';

/** Lync site names are typed by hand; case and stray spaces carry no meaning. */
const nameKey = (value: string) => value.trim().toLowerCase();

const fqdns = (servers: readonly PersistentChatServer[]) => servers.map((s) => s.fqdn).join(', ');

/** The Lync site a pool is defined in: its primary data center's, else its next hop's, else its first server's. */
function poolSite(index: DesignIndex, pool: PersistentChatPool): string {
  const primary = index.dataCenter(primaryDataCenterId(index, pool))?.lyncSite.trim();
  if (primary) return primary;
  const hop = index.frontEndPool(pool.nextHopId)?.lyncSite.trim();
  if (hop) return hop;
  for (const s of serversOf(index, pool)) {
    const site = index.dataCenter(s.dataCenterId)?.lyncSite.trim();
    if (site) return site;
  }
  return '';
}

const pc018 = defineRule({
  id: 'PC-018',
  severity: 'error',
  source: 'ADD, CHK, HOW, TR',
  fixable: true,
  summary: {
    en: 'Each Persistent Chat pool needs a Front End pool or Standard Edition server as its next hop.',
    es: 'Cada grupo de Chat persistente necesita un grupo de servidores front-end o un servidor Standard Edition como próximo salto.',
  },
  messages: {
    noFrontEnd: {
      en: 'Pool {pool} has no next hop, and the design has no Front End pool or Standard Edition server. A Lync Server 2013 Front End pool or Standard Edition server must be deployed before Persistent Chat, to route its traffic.',
      es: 'El grupo {pool} no tiene próximo salto y el diseño no tiene ningún grupo de servidores front-end ni servidor Standard Edition. Antes del Chat persistente debe implementarse un grupo de servidores front-end o un servidor Standard Edition de Lync Server 2013 que enrute su tráfico.',
    },
    missing: {
      en: 'Pool {pool} has no next hop. Choose the Front End pool or Standard Edition server that routes Persistent Chat traffic to it.',
      es: 'El grupo {pool} no tiene próximo salto. Elija el grupo de servidores front-end o el servidor Standard Edition que le enruta el tráfico del Chat persistente.',
    },
    notFrontEnd: {
      en: 'The next hop of pool {pool} is {nextHop}, which is not a Front End pool or Standard Edition server of this design.',
      es: 'El próximo salto del grupo {pool} es {nextHop}, que no es un grupo de servidores front-end ni un servidor Standard Edition de este diseño.',
    },
    fix: {
      en: 'Use {frontEnd} as the next hop of {pool}',
      es: 'Usar {frontEnd} como próximo salto de {pool}',
    },
  },
  check({ design, index, report }) {
    const frontEndsByDc = groupBy(design.frontEndPools, (fe) => fe.dataCenterId || null);
    // Only an unambiguous choice is mechanical: the one Front End pool beside the primary store
    // (PC-025). With no primary store placed yet, the only Front End pool of the design, provided
    // the pool's active servers share its time zone (PC-019).
    const candidateFor = (pool: PersistentChatPool): FrontEndPool | undefined => {
      const primaryDc = primaryDataCenterId(index, pool);
      if (primaryDc !== null) {
        const local = frontEndsByDc.get(primaryDc) ?? [];
        return local.length === 1 ? local[0] : undefined;
      }
      const only = design.frontEndPools.length === 1 ? design.frontEndPools[0] : undefined;
      const zone = only ? readTimeZone(index.dataCenter(only.dataCenterId)?.timeZone ?? '') : undefined;
      const inZone = (s: PersistentChatServer) => {
        const own = readTimeZone(index.dataCenter(s.dataCenterId)?.timeZone ?? '');
        return !('zone' in own) || (zone !== undefined && 'zone' in zone && own.zone === zone.zone);
      };
      return only && activeServersOf(index, pool).every(inZone) ? only : undefined;
    };
    for (const pool of design.pools) {
      if (index.frontEndPool(pool.nextHopId)) continue;
      const candidate = candidateFor(pool);
      report({
        message:
          design.frontEndPools.length === 0 ? 'noFrontEnd' : pool.nextHopId ? 'notFrontEnd' : 'missing',
        params: { pool: index.label(pool.id), nextHop: index.label(pool.nextHopId) },
        elements: [pool.id],
        fix: candidate
          ? {
              title: 'fix',
              params: { pool: index.label(pool.id), frontEnd: candidate.fqdn || candidate.id },
              apply: (d) => updateElement(d, 'pool', pool.id, { nextHopId: candidate.id }),
            }
          : undefined,
      });
    }
  },
});

const pc019 = defineRule({
  id: 'PC-019',
  severity: 'error',
  source: 'RR',
  fixable: true,
  summary: {
    en: 'Active Persistent Chat servers must be in the same time zone as the next-hop pool.',
    es: 'Los servidores de Chat persistente activos deben estar en la misma zona horaria que el grupo de próximo salto.',
  },
  messages: {
    ...pluralMessages('otherTimeZone', {
      one: {
        en: 'Active server {servers} of pool {pool} is in a data center on {timeZone}, but the next hop {nextHop} is in {hopDataCenter} on {hopTimeZone}. Active Persistent Chat servers must be in the time zone of the next-hop pool.',
        es: 'El servidor activo {servers} del grupo {pool} está en un centro de datos con {timeZone}, pero el próximo salto {nextHop} está en {hopDataCenter} con {hopTimeZone}. Los servidores de Chat persistente activos deben estar en la zona horaria del grupo de próximo salto.',
      },
      other: {
        en: 'Active servers {servers} of pool {pool} are in a data center on {timeZone}, but the next hop {nextHop} is in {hopDataCenter} on {hopTimeZone}. Active Persistent Chat servers must be in the time zone of the next-hop pool.',
        es: 'Los servidores activos {servers} del grupo {pool} están en un centro de datos con {timeZone}, pero el próximo salto {nextHop} está en {hopDataCenter} con {hopTimeZone}. Los servidores de Chat persistente activos deben estar en la zona horaria del grupo de próximo salto.',
      },
    }),
    ...pluralMessages('makeIdle', {
      one: { en: 'Make {idle} idle', es: 'Dejar inactivo {idle}' },
      other: { en: 'Make {idle} idle', es: 'Dejar inactivos {idle}' },
    }),
    ...pluralMessages('swap', {
      one: { en: 'Make {idle} idle and {active} active', es: 'Dejar inactivo {idle} y activar {active}' },
      other: { en: 'Make {idle} idle and {active} active', es: 'Dejar inactivos {idle} y activar {active}' },
    }),
  },
  check({ design, index, report }) {
    for (const pool of design.pools) {
      const hop = index.frontEndPool(pool.nextHopId);
      const hopDc = index.dataCenter(hop?.dataCenterId);
      // A zone that is not written yet, or not a zone at all (DSN-017), cannot be compared.
      const zone = hopDc ? readTimeZone(hopDc.timeZone) : undefined;
      if (!hop || !hopDc || !zone || !('zone' in zone)) continue;
      const zoneOf = (s: PersistentChatServer) => {
        const r = readTimeZone(index.dataCenter(s.dataCenterId)?.timeZone ?? '');
        return 'zone' in r ? r.zone : null;
      };
      const actives = activeServersOf(index, pool);
      const wrong = actives.filter((s) => zoneOf(s) !== null && zoneOf(s) !== zone.zone);
      if (wrong.length === 0) continue;
      // Swapping in idle servers of the right time zone keeps the pool's capacity, never past
      // the active limit (PC-001); those beside the next hop come first, where the primary
      // store belongs (PC-025).
      const staying = actives.length - wrong.length;
      // Over a low-bandwidth link a stand-in must also be beside the primary store (PC-022).
      const primaryDc = primaryDataCenterId(index, pool);
      const slow = effectiveLinkClass(design, design.settings) === 'low-bandwidth' && primaryDc !== null;
      const replacements = serversOf(index, pool)
        .filter(
          (s) => s.state === 'idle' && zoneOf(s) === zone.zone && (!slow || s.dataCenterId === primaryDc),
        )
        .sort((a, b) => Number(b.dataCenterId === hopDc.id) - Number(a.dataCenterId === hopDc.id))
        .slice(0, Math.max(0, Math.min(wrong.length, MAX_ACTIVE_SERVERS - staying)));
      const left = staying + replacements.length;
      const idleIds = new Set(wrong.map((s) => s.id));
      const activeIds = new Set(replacements.map((s) => s.id));
      const zones = [...new Set(wrong.map((s) => index.dataCenter(s.dataCenterId)?.timeZone.trim() ?? ''))];
      report({
        message: pluralKey('otherTimeZone', wrong.length),
        params: {
          pool: index.label(pool.id),
          servers: fqdns(wrong),
          timeZone: zones.join(', '),
          nextHop: hop.fqdn,
          hopDataCenter: index.label(hopDc.id),
          hopTimeZone: hopDc.timeZone.trim(),
        },
        elements: [pool.id, hop.id, ...wrong.map((s) => s.id)],
        // At least one server must stay active (PC-068), so no fix when none can.
        fix:
          left > 0
            ? {
                title: pluralKey(replacements.length > 0 ? 'swap' : 'makeIdle', wrong.length),
                params: { idle: fqdns(wrong), active: fqdns(replacements) },
                apply: (d: Design) => ({
                  ...d,
                  servers: d.servers.map((s) =>
                    idleIds.has(s.id)
                      ? { ...s, state: 'idle' as const }
                      : activeIds.has(s.id)
                        ? { ...s, state: 'active' as const }
                        : s,
                  ),
                }),
              }
            : undefined,
      });
    }
  },
});

const pc020 = defineRule({
  id: 'PC-020',
  severity: 'info',
  source: 'CFG, STR, SFB-PLAN',
  fixable: true,
  summary: {
    en: 'A stretched pool is one logical pool in one Lync site, with its computers split between two data centers.',
    es: 'Un grupo extendido es un único grupo lógico en un único sitio de Lync, con sus equipos repartidos entre dos centros de datos.',
  },
  messages: {
    splitSites: {
      en: 'Pool {pool} has servers in data centers of different Lync sites ({sites}). A stretched pool is one logical pool inside one Lync site, with its computers physically split between two data centers: both data centers must map to the same Lync site for this pool.',
      es: 'El grupo {pool} tiene servidores en centros de datos de sitios de Lync distintos ({sites}). Un grupo extendido es un único grupo lógico dentro de un único sitio de Lync, con sus equipos repartidos físicamente entre dos centros de datos: ambos centros de datos deben corresponder al mismo sitio de Lync para este grupo.',
    },
    nextHopSite: {
      en: 'Pool {pool} is in Lync site {site}, but its next hop {nextHop} is in Lync site {hopSite}. A pool and the Front End pool that routes to it belong to one Lync site.',
      es: 'El grupo {pool} está en el sitio de Lync {site}, pero su próximo salto {nextHop} está en el sitio de Lync {hopSite}. Un grupo y el grupo de servidores front-end que lo enruta pertenecen a un único sitio de Lync.',
    },
    fix: {
      en: 'Put {dataCenters} in Lync site {site}',
      es: 'Poner {dataCenters} en el sitio de Lync {site}',
    },
  },
  check({ design, index, report }) {
    for (const pool of design.pools) {
      // Lync site key → the site as written and the data centers mapped to it.
      const sites = new Map<string, { site: string; dcs: Set<string> }>();
      for (const s of serversOf(index, pool)) {
        const dc = index.dataCenter(s.dataCenterId);
        const site = dc?.lyncSite.trim() ?? '';
        if (!dc || site === '') continue;
        const entry = sites.get(nameKey(site)) ?? { site, dcs: new Set<string>() };
        entry.dcs.add(dc.id);
        sites.set(nameKey(site), entry);
      }
      const hop = index.frontEndPool(pool.nextHopId);
      const hopSite = hop?.lyncSite.trim() ?? '';
      const dcIds = [...sites.values()].flatMap((e) => [...e.dcs]);
      if (sites.size > 1) {
        // The next hop's site, if the pool already uses it, else its primary data center's, is the one to keep.
        const primarySite = index.dataCenter(primaryDataCenterId(index, pool))?.lyncSite.trim() ?? '';
        const target = sites.has(nameKey(hopSite))
          ? hopSite
          : sites.has(nameKey(primarySite))
            ? primarySite
            : '';
        const moved = [...sites.entries()]
          .filter(([key]) => key !== nameKey(target))
          .flatMap(([, e]) => [...e.dcs]);
        report({
          message: 'splitSites',
          params: {
            pool: index.label(pool.id),
            sites: [...sites.values()]
              .map((e) => `${e.site}: ${[...e.dcs].map((id) => index.label(id)).join(', ')}`)
              .join('; '),
          },
          elements: [pool.id, ...dcIds, ...(hop ? [hop.id] : [])],
          fix: target
            ? {
                title: 'fix',
                params: { dataCenters: moved.map((id) => index.label(id)).join(', '), site: target },
                apply: (d) =>
                  moved.reduce((next, id) => updateElement(next, 'dataCenter', id, { lyncSite: target }), d),
              }
            : undefined,
        });
        continue;
      }
      const only = [...sites.values()][0];
      if (!only || !hop || hopSite === '' || nameKey(hopSite) === nameKey(only.site)) continue;
      // Whether the data centers or the next hop are in the wrong site is the planner's call: no fix.
      report({
        message: 'nextHopSite',
        params: { pool: index.label(pool.id), site: only.site, nextHop: hop.fqdn, hopSite },
        elements: [pool.id, hop.id, ...dcIds],
      });
    }
  },
});

const pc021 = defineRule({
  id: 'PC-021',
  severity: 'warning',
  source: 'ADD, TB-OPT',
  fixable: true,
  summary: {
    en: 'Each Lync site with Persistent Chat should have exactly one default pool.',
    es: 'Cada sitio de Lync con Chat persistente debe tener exactamente un grupo predeterminado.',
  },
  messages: {
    noDefault: {
      en: 'Lync site {site} hosts {pools}, but no pool is the default for the site or for all sites. Each site should have one default Persistent Chat pool, which room creation and management use.',
      es: 'El sitio de Lync {site} aloja {pools}, pero ningún grupo es el predeterminado del sitio ni de todos los sitios. Cada sitio debe tener un grupo de Chat persistente predeterminado, que usan la creación y la administración de salones.',
    },
    severalSiteDefaults: {
      en: 'Pools {pools} are each the default for Lync site {site}; a site has one default Persistent Chat pool.',
      es: 'Los grupos {pools} son cada uno el predeterminado del sitio de Lync {site}; un sitio tiene un único grupo de Chat persistente predeterminado.',
    },
    severalAllSites: {
      en: 'Pools {pools} are each the default for all sites; only one pool can be the default for all sites.',
      es: 'Los grupos {pools} son cada uno el predeterminado de todos los sitios; solo un grupo puede ser el predeterminado de todos los sitios.',
    },
    makeDefault: {
      en: 'Use {pool} as the default for site {site}',
      es: 'Usar {pool} como predeterminado del sitio {site}',
    },
    keepFirst: {
      en: 'Keep {pool} as the default and clear the default of {others}',
      es: 'Mantener {pool} como predeterminado y quitar el predeterminado de {others}',
    },
  },
  check({ design, index, report }) {
    const bySite = new Map<string, { site: string; pools: PersistentChatPool[] }>();
    const allSites: PersistentChatPool[] = [];
    for (const pool of design.pools) {
      if (pool.defaultFor === 'all-sites') allSites.push(pool);
      const site = poolSite(index, pool);
      if (site === '') continue;
      const entry = bySite.get(nameKey(site)) ?? { site, pools: [] };
      entry.pools.push(pool);
      bySite.set(nameKey(site), entry);
    }
    const keepFirst = (claims: PersistentChatPool[]) => {
      const [kept, ...others] = claims;
      const cleared = new Set(others.map((p) => p.id));
      return {
        title: 'keepFirst' as const,
        params: { pool: kept?.fqdn ?? '', others: others.map((p) => p.fqdn).join(', ') },
        apply: (d: Design) => ({
          ...d,
          pools: d.pools.map((p) => (cleared.has(p.id) ? { ...p, defaultFor: 'none' as const } : p)),
        }),
      };
    };
    for (const { site, pools } of bySite.values()) {
      const claims = pools.filter((p) => p.defaultFor === 'site');
      if (claims.length > 1) {
        report({
          message: 'severalSiteDefaults',
          params: { site, pools: claims.map((p) => p.fqdn).join(', ') },
          elements: claims.map((p) => p.id),
          fix: keepFirst(claims),
        });
      } else if (claims.length === 0 && allSites.length === 0) {
        const only = pools.length === 1 ? pools[0] : undefined;
        report({
          message: 'noDefault',
          params: { site, pools: pools.map((p) => p.fqdn).join(', ') },
          elements: pools.map((p) => p.id),
          // With several pools in the site, which one should be the default is the planner's call.
          fix: only
            ? {
                title: 'makeDefault',
                params: { pool: only.fqdn, site },
                apply: (d) => updateElement(d, 'pool', only.id, { defaultFor: 'site' }),
              }
            : undefined,
        });
      }
    }
    if (allSites.length > 1) {
      report({
        message: 'severalAllSites',
        params: { pools: allSites.map((p) => p.fqdn).join(', ') },
        elements: allSites.map((p) => p.id),
        fix: keepFirst(allSites),
      });
    }
  },
});

export const nextHopRules: readonly Rule[] = [pc018, pc019, pc020, pc021];
