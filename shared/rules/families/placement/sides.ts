/**
 * Which side of a stretched pool a store stands on, and the fix that moves a SQL instance to the
 * data center of its side; both the server and the store placement rules offer it.
 */
import type { DesignIndex } from '../../../model/design-index.ts';
import { updateElement } from '../../../model/edit.ts';
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
 * A fix that moves `instance` to another data center. An instance that also serves the other
 * side (a witness shared by the primary and backup stores, say) would only carry the problem
 * across, so no fix is offered for it.
 */
export function moveInstanceFix<T extends string>(
  index: DesignIndex,
  instance: SqlInstance,
  side: Side,
  dataCenterId: string | null,
  title: T,
): FixInput<T> | undefined {
  if (!dataCenterId) return undefined;
  const roles = index.rolesByInstance.get(instance.id) ?? [];
  if (roles.some((r) => sideOf(r.role) !== side)) return undefined;
  return {
    title,
    params: { instance: index.label(instance.id), dc: index.label(dataCenterId) },
    apply: (d) => updateElement(d, 'sqlInstance', instance.id, { dataCenterId }),
  };
}
