/**
 * Large designs for benchmarks: the reference pool repeated, with fresh ids and FQDNs, so the
 * rules see a realistic mix of elements rather than thousands of copies of one.
 */
import type { Design } from '../../shared/model/types.ts';
import { reference } from './designs.ts';

export function scaledDesign(copies: number): Design {
  const base = reference();
  const out: Design = {
    ...base,
    frontEndPools: [],
    pools: [],
    servers: [],
    sqlInstances: [],
    fileStores: [],
    shares: [],
  };
  for (let c = 0; c < copies; c++) {
    const id = (x: string | null) => (x === null ? null : `${x}-${c}`);
    const host = (fqdn: string) => fqdn.replace(/^([^.]+)\./, `$1-${c}.`);
    out.frontEndPools.push(
      ...base.frontEndPools.map((f) => ({
        ...f,
        id: id(f.id)!,
        fqdn: host(f.fqdn),
        machines: f.machines.map(host),
      })),
    );
    out.pools.push(
      ...base.pools.map((p) => ({
        ...p,
        id: id(p.id)!,
        fqdn: host(p.fqdn),
        nextHopId: id(p.nextHopId),
        fileStoreId: id(p.fileStoreId),
        mirroringShareId: id(p.mirroringShareId),
        logShipping: {
          ...p.logShipping,
          backupShareId: id(p.logShipping.backupShareId),
          copyShareId: id(p.logShipping.copyShareId),
        },
        stores: Object.fromEntries(
          Object.entries(p.stores).map(([role, a]) => [
            role,
            { sqlInstanceId: id(a.sqlInstanceId), mirrorId: id(a.mirrorId), witnessId: id(a.witnessId) },
          ]),
        ) as Design['pools'][number]['stores'],
      })),
    );
    out.servers.push(
      ...base.servers.map((s) => ({ ...s, id: id(s.id)!, fqdn: host(s.fqdn), poolId: id(s.poolId) })),
    );
    out.sqlInstances.push(
      ...base.sqlInstances.map((i) => ({ ...i, id: id(i.id)!, serverFqdn: host(i.serverFqdn) })),
    );
    out.fileStores.push(
      ...base.fileStores.map((f) => ({ ...f, id: id(f.id)!, serverFqdn: host(f.serverFqdn) })),
    );
    out.shares.push(...base.shares.map((s) => ({ ...s, id: id(s.id)!, serverFqdn: host(s.serverFqdn) })));
  }
  return out;
}

export function elementCount(d: Design): number {
  return (
    d.dataCenters.length +
    d.frontEndPools.length +
    d.pools.length +
    d.servers.length +
    d.sqlInstances.length +
    d.fileStores.length +
    d.shares.length
  );
}

/** The reference design with `n` more SQL instances on one server; `sameName` gives them all one name. */
export function withInstances(n: number, sameName: boolean): Design {
  const design = reference();
  const template = design.sqlInstances[0]!;
  const extra = Array.from({ length: n }, (_, i) => ({
    ...template,
    id: `extra-${i}`,
    serverFqdn: 'sqlmany.contoso.com',
    instanceName: sameName ? 'SHARED' : `INST${i}`,
  }));
  return { ...design, sqlInstances: [...design.sqlInstances, ...extra] };
}

/** The reference pool with `n` more idle servers, half in each data center. */
export function withServers(n: number): Design {
  const design = reference();
  const template = design.servers[0]!;
  const extra = Array.from({ length: n }, (_, i) => ({
    ...template,
    id: `extra-${i}`,
    fqdn: `pchatx${i}.contoso.com`,
    state: 'idle' as const,
    dataCenterId: i % 2 === 0 ? 'dc1' : 'dc2',
  }));
  return { ...design, servers: [...design.servers, ...extra] };
}
