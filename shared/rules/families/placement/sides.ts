/**
 * Which side of a stretched pool a store stands on, and the fix that moves a SQL instance to the
 * data center of its side; both the server and the store placement rules offer it.
 */
import type { DesignIndex } from '../../../model/design-index.ts';
import { placeInDataCenter } from '../../../model/edit.ts';
import { fqdnKey } from '../../../model/values.ts';
import type { Design, SqlInstance, StoreRole } from '../../../model/types.ts';
import type { FixInput } from '../../types.ts';

export type Side = 'primary' | 'backup';

/** Stores that log shipping feeds sit on the backup side; the rest beside the primary store. */
function sideOf(role: StoreRole): Side {
  return role === 'backup' || role === 'complianceBackup' ? 'backup' : 'primary';
}

/**
 * The single other data center of the design, or null when there is none or several to
 * choose from: a fix must never guess where a store belongs.
 */
export function otherDataCenterId(design: Design, dataCenterId: string): string | null {
  const others = design.dataCenters.filter((dc) => dc.id !== dataCenterId);
  return others.length === 1 ? others[0]!.id : null;
}

/**
 * A fix that moves `instance` to another data center, with `companions` (the backup store's own
 * mirror and witness, say) that belong on the same side, and with everything else that stands on
 * their computers: a computer stands in one data center (DSN-011), so moving one instance of it
 * alone would only trade one error for another. An instance on any of those computers that also
 * serves the other side (a witness shared by the primary and backup stores, say) would carry the
 * problem across, so no fix is offered then.
 */
export function moveInstanceFix<T extends string>(
  index: DesignIndex,
  instance: SqlInstance,
  side: Side,
  dataCenterId: string | null,
  title: T,
  companions: readonly SqlInstance[] = [],
): FixInput<T> | undefined {
  // A data center the design does not have is a dangling reference, no place to move to.
  if (!dataCenterId || !index.dataCenter(dataCenterId)) return undefined;
  const moving = [instance, ...companions.filter((c) => c.id !== instance.id)];
  const computers = new Set(moving.map((i) => fqdnKey(i.serverFqdn)).filter((k) => k !== ''));
  const design = index.design;
  const onComputers = (fqdn: string) => computers.has(fqdnKey(fqdn));
  const instances = [
    ...moving,
    ...[...computers].flatMap((k) =>
      (index.instancesByServer.get(k) ?? []).filter((i) => !moving.includes(i)),
    ),
  ];
  const movingIds = new Set(instances.map((i) => i.id));
  for (const i of instances) {
    const roles = index.rolesByInstance.get(i.id) ?? [];
    if (roles.some((r) => sideOf(r.role) !== side)) return undefined;
    // The principal, mirror and witness of each store it serves stand together (PC-025, PC-028):
    // one left behind in another data center would only make a new finding.
    for (const { pool, role } of roles) {
      const a = pool.stores[role];
      for (const other of [a.sqlInstanceId, a.mirrorId, a.witnessId]) {
        const o = index.sqlInstance(other);
        if (o && !movingIds.has(o.id) && o.dataCenterId !== dataCenterId) return undefined;
      }
    }
  }
  // A Front End or Persistent Chat server on the same computer is no store to move: leave it to the planner.
  if (design.servers.some((s) => onComputers(s.fqdn))) return undefined;
  if (
    design.frontEndPools.some(
      (fe) => fe.machines.some(onComputers) || (fe.edition === 'standard' && onComputers(fe.fqdn)),
    )
  )
    return undefined;
  return {
    title,
    params: { instance: moving.map((i) => index.label(i.id)).join(', '), dc: index.label(dataCenterId) },
    // The file stores and shares that move along are only looked for when the planner applies the fix.
    apply: (d) =>
      [
        ...movingIds,
        ...design.fileStores.filter((f) => onComputers(f.serverFqdn)).map((f) => f.id),
        ...design.shares.filter((s) => onComputers(s.serverFqdn)).map((s) => s.id),
      ].reduce((next, id) => placeInDataCenter(next, id, dataCenterId), d),
  };
}
