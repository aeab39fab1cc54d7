/**
 * What is still running, and what can still reach what, once the failures have happened.
 * An element is down when it failed itself or its data center did; two elements can talk when
 * both run and they share a data center, or the link between the data centers is up.
 */
import type { DesignIndex } from '../model/design-index.ts';
import type { FailureSet } from './types.ts';

interface Placed {
  id: string;
  dataCenterId: string | null;
}

export interface Health {
  readonly linkDown: boolean;
  down(id: string | null | undefined): boolean;
  up(element: Placed | undefined): boolean;
  /** Both run, and either share a data center or the link carries their traffic. */
  connected(a: Placed | undefined, b: Placed | undefined): boolean;
}

export function healthAfter(index: DesignIndex, failures: FailureSet): Health {
  const failed = new Set(failures.elementIds);
  const failedDataCenters = new Set(failures.elementIds.filter((id) => index.dataCenter(id)));
  const linkDown = failures.link;

  const down = (id: string | null | undefined): boolean => {
    if (!id) return true;
    if (failed.has(id)) return true;
    const hit = index.byId.get(id);
    if (!hit) return true;
    const dc = (hit.element as Partial<Placed>).dataCenterId;
    return typeof dc === 'string' && failedDataCenters.has(dc);
  };

  const up = (element: Placed | undefined): boolean => element !== undefined && !down(element.id);

  return {
    linkDown,
    down,
    up,
    connected(a, b) {
      if (!a || !b || !up(a) || !up(b)) return false;
      if (!linkDown) return true;
      // Without the link only a shared, known data center connects two elements.
      return a.dataCenterId !== null && a.dataCenterId === b.dataCenterId;
    },
  };
}
