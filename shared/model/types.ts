import type { z } from 'zod';
import type {
  dataCenterSchema,
  dataCenterLinkSchema,
  designDocumentSchema,
  designSchema,
  fileStoreSchema,
  frontEndPoolSchema,
  layoutSchema,
  edgeRouteSchema,
  logShippingSchema,
  nodeLayoutSchema,
  persistentChatPoolSchema,
  persistentChatServerSchema,
  ruleSettingsSchema,
  severitySchema,
  shareSchema,
  sqlInstanceSchema,
  storeAssignmentSchema,
  storePartNames,
  storeRoleNames,
} from './schema.ts';

export type Severity = z.infer<typeof severitySchema>;
export type RuleSettings = z.infer<typeof ruleSettingsSchema>;
export type DataCenter = z.infer<typeof dataCenterSchema>;
export type DataCenterLink = z.infer<typeof dataCenterLinkSchema>;
export type LinkClass = DataCenterLink['class'];
export type FrontEndPool = z.infer<typeof frontEndPoolSchema>;
export type StoreAssignment = z.infer<typeof storeAssignmentSchema>;
export type StoreRole = (typeof storeRoleNames)[number];
export type LogShipping = z.infer<typeof logShippingSchema>;
export type PersistentChatPool = z.infer<typeof persistentChatPoolSchema>;
export type PersistentChatServer = z.infer<typeof persistentChatServerSchema>;
export type SqlInstance = z.infer<typeof sqlInstanceSchema>;
export type SqlVersion = SqlInstance['version'];
export type SqlEdition = SqlInstance['edition'];
export type FileStore = z.infer<typeof fileStoreSchema>;
export type Share = z.infer<typeof shareSchema>;
export type SharePurpose = Share['purpose'];
export type Design = z.infer<typeof designSchema>;
export type NodeLayout = z.infer<typeof nodeLayoutSchema>;
export type Layout = z.infer<typeof layoutSchema>;
export type EdgeRoute = z.infer<typeof edgeRouteSchema>;
export type DesignDocument = z.infer<typeof designDocumentSchema>;

/** Which part a SQL instance plays for one store of a pool. */
export type StorePart = (typeof storePartNames)[number];

/** The collections of a design that hold addressable elements, keyed by the planner's names. */
export interface ElementKinds {
  dataCenter: DataCenter;
  frontEndPool: FrontEndPool;
  pool: PersistentChatPool;
  server: PersistentChatServer;
  sqlInstance: SqlInstance;
  fileStore: FileStore;
  share: Share;
}
export type ElementKind = keyof ElementKinds;
export type AnyElement = ElementKinds[ElementKind];
/** An element with its kind, so that code switching on `kind` knows the element's type. */
export type KindedElement = { [K in ElementKind]: { kind: K; element: ElementKinds[K] } }[ElementKind];

export const collectionOf = {
  dataCenter: 'dataCenters',
  frontEndPool: 'frontEndPools',
  pool: 'pools',
  server: 'servers',
  sqlInstance: 'sqlInstances',
  fileStore: 'fileStores',
  share: 'shares',
} as const satisfies Record<ElementKind, keyof Design>;

/** The kinds placed in a data center: a Persistent Chat pool spans them, and a data center is the container. */
export type DataCenterKind = Exclude<ElementKind, 'pool' | 'dataCenter'>;

export function livesInDataCenter(kind: ElementKind): kind is DataCenterKind {
  return kind !== 'pool' && kind !== 'dataCenter';
}
