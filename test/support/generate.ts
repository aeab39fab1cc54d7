/**
 * Designs that are wrong in every way a half-finished canvas can be: elements deleted,
 * references pointing nowhere or at the wrong kind, empty names, odd numbers. Used to show
 * that no rule ever throws, whatever state the planner is in.
 */
import fc from 'fast-check';
import { removeElement } from '../../shared/model/edit.ts';
import type { Design } from '../../shared/model/types.ts';
import { lowBandwidth, reference } from './designs.ts';

const base = reference();
const allIds = [
  ...base.dataCenters,
  ...base.frontEndPools,
  ...base.pools,
  ...base.servers,
  ...base.sqlInstances,
  ...base.fileStores,
  ...base.shares,
].map((e) => e.id);

const anyRef = fc.option(fc.oneof(fc.constantFrom(...allIds), fc.string({ maxLength: 6 })), { nil: null });
const oddNumber = fc.oneof(
  fc.integer({ min: -100_000, max: 200_000 }),
  fc.constantFrom(0, -1, 65536, Number.MAX_SAFE_INTEGER, 0.5, Number.NaN),
);
const oddText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', ' ', '$SkypeFQDN', 'a..b', 'x'.repeat(300)),
);

type Mutation = (d: Design) => Design;

function pickIndex(list: readonly unknown[], n: number): number {
  return list.length === 0 ? -1 : n % list.length;
}

function patchAt<K extends 'servers' | 'sqlInstances' | 'pools' | 'fileStores' | 'shares' | 'frontEndPools'>(
  d: Design,
  key: K,
  n: number,
  patch: Record<string, unknown>,
): Design {
  const list = d[key] as { id: string }[];
  const at = pickIndex(list, n);
  if (at < 0) return d;
  const next = list.slice();
  next[at] = { ...list[at]!, ...patch };
  return { ...d, [key]: next };
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constantFrom(...allIds).map(
    (id): Mutation =>
      (d) =>
        removeElement(d, id),
  ),
  fc.tuple(fc.nat(), anyRef, anyRef).map(
    ([n, a, b]): Mutation =>
      (d) =>
        patchAt(d, 'servers', n, { poolId: a, dataCenterId: b }),
  ),
  fc
    .tuple(fc.nat(), anyRef, anyRef, fc.constantFrom('primary', 'backup', 'compliance', 'complianceBackup'))
    .map(([n, a, b, role]): Mutation => (d) => {
      const pool = d.pools[pickIndex(d.pools, n)];
      if (!pool) return d;
      return patchAt(d, 'pools', n, {
        stores: { ...pool.stores, [role]: { sqlInstanceId: a, mirrorId: b, witnessId: a } },
      });
    }),
  fc.tuple(fc.nat(), anyRef, anyRef).map(
    ([n, a, b]): Mutation =>
      (d) =>
        patchAt(d, 'pools', n, { nextHopId: a, fileStoreId: b }),
  ),
  fc.tuple(fc.nat(), oddText).map(
    ([n, t]): Mutation =>
      (d) =>
        patchAt(d, 'servers', n, { fqdn: t }),
  ),
  fc.tuple(fc.nat(), oddText, oddNumber).map(
    ([n, t, p]): Mutation =>
      (d) =>
        patchAt(d, 'sqlInstances', n, { serverFqdn: t, mirroringPort: p, clusterNodes: p }),
  ),
  fc.tuple(fc.nat(), oddNumber, oddNumber).map(
    ([n, a, b]): Mutation =>
      (d) =>
        patchAt(d, 'pools', n, { port: a, expectedConcurrentUsers: b, chatRoomAces: a }),
  ),
  fc.tuple(fc.nat(), oddText).map(
    ([n, t]): Mutation =>
      (d) =>
        patchAt(d, 'fileStores', n, { shareName: t, serverFqdn: t }),
  ),
  fc
    .tuple(oddNumber, oddNumber)
    .map(([l, b]): Mutation => (d) => ({ ...d, link: { ...d.link, latencyMs: l, bandwidthMbps: b } })),
  fc.tuple(fc.nat(), fc.constantFrom('active', 'idle')).map(
    ([n, state]): Mutation =>
      (d) =>
        patchAt(d, 'servers', n, { state }),
  ),
  fc.constant<Mutation>((d) => ({ ...d, dataCenters: d.dataCenters.slice(0, 1) })),
  fc.constant<Mutation>((d) => ({ ...d, pools: [...d.pools, ...d.pools] })),
);

/** `start` after 1 to 12 random mutations. */
export function damaged(start: Design): fc.Arbitrary<Design> {
  return fc.array(mutation, { minLength: 1, maxLength: 12 }).map((ms) => ms.reduce((d, m) => m(d), start));
}

/** The reference design after 1 to 12 random mutations. */
export const damagedDesign: fc.Arbitrary<Design> = damaged(base);

/** The low-bandwidth example, whose element ids are the reference's, damaged the same way. */
export const damagedLowBandwidth: fc.Arbitrary<Design> = damaged(lowBandwidth());

export const emptyDesign: Design = {
  ...base,
  dataCenters: [],
  frontEndPools: [],
  pools: [],
  servers: [],
  sqlInstances: [],
  fileStores: [],
  shares: [],
};
