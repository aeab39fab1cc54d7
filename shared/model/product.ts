/**
 * The product's own numbers: Lync Server 2013 Persistent Chat limits and Topology Builder's
 * defaults, each with the catalogue entry that documents it (shared/reference/pchat-rules.md).
 * The schema, the rules, the simulation, the runbooks, the XML mapping and the renderer all
 * take them from here, so a corrected figure is corrected everywhere. Messages keep their
 * figures written into the sentence, so that each language reads as a whole.
 */

/** PC-001: servers of one pool active at the same time. */
export const MAX_ACTIVE_SERVERS = 4;
/** PC-002: servers in one pool, active and standby together (only a stretched pool has more than 4). */
export const MAX_POOL_SERVERS = 8;
/** PC-003: concurrent users one Persistent Chat server carries. */
export const USERS_PER_SERVER = 20_000;
/** PC-004: concurrent users across all Persistent Chat pools of the deployment. */
export const MAX_CONCURRENT_USERS = 80_000;
/** PC-004: provisioned (policy-enabled) users. */
export const MAX_PROVISIONED_USERS = 150_000;
/** PC-007: access control entries across all chat rooms before performance degrades. */
export const MAX_CHAT_ROOM_ACES = 2_000_000;

/** PC-037: nodes of a SQL Server failover cluster on Standard edition. */
export const MAX_STANDARD_CLUSTER_NODES = 2;
/** PC-037: nodes of a SQL Server failover cluster on Enterprise edition (2008 R2 and 2012). */
export const MAX_ENTERPRISE_CLUSTER_NODES = 16;

/** PC-069: Topology Builder's default "Persistent Chat port" (SIP over MTLS toward the Front Ends). */
export const DEFAULT_POOL_PORT = 5041;
/** PC-069: WCF port of the Persistent Chat servers. */
export const WCF_PORT = 881;
/** PC-069: port of the File Transfer Service. */
export const FILE_TRANSFER_PORT = 443;
/** PC-069: traffic between the servers of a pool (CT and CAP; PORTS does not list it). */
export const INTRA_POOL_PORT = 8011;

/** PC-040: Topology Builder's default mirroring endpoint port for a principal and its mirror. */
export const DEFAULT_MIRRORING_PORT = 5022;
/** PC-040: Topology Builder's default mirroring endpoint port for a witness. */
export const DEFAULT_WITNESS_PORT = 7022;
