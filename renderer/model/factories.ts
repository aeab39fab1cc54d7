/**
 * New elements as the palette creates them. Defaults come from the .pctopo schema itself, so a
 * new element is exactly what loading a file with only the required fields would give; the
 * values chosen here are Topology Builder's own defaults (SQL mirroring port 5022, NTFS, …).
 */
import { DEFAULT_MIRRORING_PORT } from '../../shared/model/product.ts';
import {
  fileStoreSchema,
  frontEndPoolSchema,
  persistentChatPoolSchema,
  persistentChatServerSchema,
  shareSchema,
  sqlInstanceSchema,
} from '../../shared/model/schema.ts';
import type { Design, ElementKinds, SharePurpose } from '../../shared/model/types.ts';
import { indexDesign } from '../../shared/model/design-index.ts';
import type { PlaceableKind } from './kinds.ts';
import { designDomain, nextFreeFqdn, nextFreeId, takenNames } from './naming.ts';

export const idPrefix: Record<PlaceableKind, string> = {
  pool: 'pool',
  server: 'pc',
  frontEndPool: 'fe',
  sqlInstance: 'sql',
  fileStore: 'fs',
  share: 'share',
};

const hostStem: Record<PlaceableKind, string> = {
  pool: 'pchatpool',
  server: 'pchat',
  frontEndPool: 'fepool',
  sqlInstance: 'sql',
  fileStore: 'fs',
  share: 'fs',
};

/** Share names a planner would give each kind of share; a renamed share keeps its own name. */
export const defaultShareName: Record<SharePurpose, string> = {
  'log-backup': 'pchatlogs',
  'log-copy': 'pchatlogcopy',
  mirroring: 'pchatmirror',
};

export type NewElement = { [K in PlaceableKind]: { kind: K; element: ElementKinds[K] } }[PlaceableKind];

/**
 * Builds a new element of `kind` in `dataCenterId`. A new Persistent Chat server joins the
 * design's pool when there is exactly one, since a server always belongs to a pool and with one
 * pool there is nothing to choose.
 */
export function newElement(design: Design, kind: PlaceableKind, dataCenterId: string | null): NewElement {
  const index = indexDesign(design);
  const id = nextFreeId(idPrefix[kind], index.byId);
  const domain = designDomain(design);
  const taken = takenNames(design);
  const fqdn = nextFreeFqdn(`${hostStem[kind]}.${domain}`, taken, domain);
  const dataCenter = index.dataCenter(dataCenterId);
  switch (kind) {
    case 'pool':
      return {
        kind,
        element: persistentChatPoolSchema.parse({
          id,
          fqdn,
          displayName: fqdn.split('.')[0],
          computers: 'multiple',
          stores: {},
        }),
      };
    case 'server':
      return {
        kind,
        element: persistentChatServerSchema.parse({
          id,
          fqdn,
          poolId: design.pools.length === 1 ? design.pools[0]!.id : null,
          dataCenterId,
          adDomain: domain,
          state: 'active',
        }),
      };
    case 'frontEndPool': {
      const machines = [1, 2].map(() => nextFreeFqdn(`${fqdn.split('.')[0]}-01.${domain}`, taken, domain));
      return {
        kind,
        element: frontEndPoolSchema.parse({
          id,
          fqdn,
          edition: 'enterprise',
          dataCenterId,
          lyncSite: dataCenter?.lyncSite ?? '',
          adDomain: domain,
          machines,
        }),
      };
    }
    case 'sqlInstance':
      return {
        kind,
        element: sqlInstanceSchema.parse({
          id,
          serverFqdn: fqdn,
          instanceName: '',
          dataCenterId,
          adDomain: domain,
          version: '2012',
          edition: 'enterprise',
          mirroringPort: DEFAULT_MIRRORING_PORT,
        }),
      };
    case 'fileStore':
      return {
        kind,
        element: fileStoreSchema.parse({ id, serverFqdn: fqdn, shareName: 'pchatfiles', dataCenterId }),
      };
    case 'share':
      return {
        kind,
        element: shareSchema.parse({
          id,
          serverFqdn: fqdn,
          shareName: defaultShareName['log-backup'],
          dataCenterId,
          purpose: 'log-backup',
        }),
      };
  }
}
