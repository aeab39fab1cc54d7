/**
 * Which Lync site each design element belongs to. Topology documents know sites, not data
 * centers: a data center's site is its `lyncSite`, and both data centers of a stretched pool
 * normally name the same one. Export places elements with these functions and import compares
 * against them, so the two always agree on where an element went.
 */
import type { DesignIndex } from '../model/design-index.ts';
import type { DataCenter, FrontEndPool, PersistentChatPool } from '../model/types.ts';

/** Used when neither the element nor any data center names a site. */
export const FALLBACK_SITE_NAME = 'Site1';

/**
 * The site for elements that name none: the first data center's site, else the document's
 * first site, else a fixed name.
 */
export function defaultSiteName(
  dataCenters: readonly DataCenter[],
  firstExistingSite: string | undefined,
): string {
  for (const dc of dataCenters) {
    const name = dc.lyncSite.trim();
    if (name) return name;
  }
  return firstExistingSite || FALLBACK_SITE_NAME;
}

export function siteOfDataCenter(index: DesignIndex, dataCenterId: string | null, fallback: string): string {
  return index.dataCenter(dataCenterId)?.lyncSite.trim() || fallback;
}

export function siteOfFrontEnd(index: DesignIndex, fe: FrontEndPool, fallback: string): string {
  return fe.lyncSite.trim() || siteOfDataCenter(index, fe.dataCenterId, fallback);
}

/**
 * A pool is one cluster in one site (tbxml-format.md §8). Its site is that of the data center
 * holding its primary store, else of its first server, else of its next hop.
 */
export function siteOfPool(index: DesignIndex, pool: PersistentChatPool, fallback: string): string {
  const primary = index.sqlInstance(pool.stores.primary.sqlInstanceId);
  const fromPrimary = index.dataCenter(primary?.dataCenterId)?.lyncSite.trim();
  if (fromPrimary) return fromPrimary;
  const first = index.serversByPool.get(pool.id)?.[0];
  const fromServer = index.dataCenter(first?.dataCenterId)?.lyncSite.trim();
  if (fromServer) return fromServer;
  const hop = index.frontEndPool(pool.nextHopId);
  return hop ? siteOfFrontEnd(index, hop, fallback) : fallback;
}
