/**
 * What Find (Ctrl+F) matches: each element the canvas draws, by the names a planner knows it by
 * (FQDN, SQL Server instance, display name, share path) and by the name of its data center. The
 * query matches anywhere in a name, ignoring case; elements whose own name matches come before
 * those found only through their data center.
 */
import { indexDesign } from '../../shared/model/design-index.ts';
import type { Design } from '../../shared/model/types.ts';
import { sqlInstanceLabel, uncPath } from '../../shared/model/values.ts';
import { dataCenterOf } from '../../shared/model/layout.ts';
import type { PlaceableKind } from './kinds.ts';

export interface FindMatch {
  id: string;
  kind: PlaceableKind;
  /** The element's full name, as its box's FQDN line shows it. */
  label: string;
  /** The name of its data center; null for a pool, which spans them, or an element outside any. */
  dataCenter: string | null;
}

/** Every element the canvas draws with its names, its full name first. */
function namedElements(design: Design): { id: string; kind: PlaceableKind; names: string[] }[] {
  const share = (s: { serverFqdn: string; shareName: string }) => [
    uncPath(s.serverFqdn, s.shareName),
    s.shareName,
  ];
  return [
    ...design.pools.map((p) => ({ id: p.id, kind: 'pool' as const, names: [p.fqdn, p.displayName] })),
    ...design.frontEndPools.map((f) => ({ id: f.id, kind: 'frontEndPool' as const, names: [f.fqdn] })),
    ...design.servers.map((s) => ({ id: s.id, kind: 'server' as const, names: [s.fqdn] })),
    ...design.sqlInstances.map((i) => ({
      id: i.id,
      kind: 'sqlInstance' as const,
      names: [sqlInstanceLabel(i.serverFqdn, i.instanceName), i.instanceName],
    })),
    ...design.fileStores.map((f) => ({ id: f.id, kind: 'fileStore' as const, names: share(f) })),
    ...design.shares.map((s) => ({ id: s.id, kind: 'share' as const, names: share(s) })),
  ];
}

export function findElements(design: Design, query: string, limit = 50): FindMatch[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const index = indexDesign(design);
  const own: FindMatch[] = [];
  const byDataCenter: FindMatch[] = [];
  for (const { id, kind, names } of namedElements(design)) {
    const dc = dataCenterOf(design, id);
    const dataCenter = dc ? (index.dataCenter(dc)?.name ?? null) : null;
    const match = { id, kind, label: names[0] ?? id, dataCenter };
    if (names.some((n) => n.toLowerCase().includes(q))) own.push(match);
    else if (dataCenter?.toLowerCase().includes(q)) byDataCenter.push(match);
  }
  return [...own, ...byDataCenter].slice(0, limit);
}
