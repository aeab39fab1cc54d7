/**
 * The what-if simulation's public shapes. The canvas marks elements as failed and renders a
 * SimulationOutcome; the CLI prints one. The design itself is never changed.
 */
import type { Params, Text } from '../i18n/text.ts';
import type { ElementKind } from '../model/types.ts';

/**
 * What is lost. `elementIds` are ids of data centers, Persistent Chat servers, SQL instances,
 * shares, file stores or Front End pools; `link` is the link between the data centers.
 * An element inside a lost data center is lost with it.
 */
export interface FailureSet {
  readonly elementIds: readonly string[];
  readonly link: boolean;
}

export const noFailures: FailureSet = { elementIds: [], link: false };

/** The element kinds a scenario may name: everything that runs somewhere, not the logical pool. */
export type FailableKind = Exclude<ElementKind, 'pool'>;

export type DatabaseServing = 'primary' | 'mirror' | 'backup' | 'none';
export type FailoverKind = 'automatic' | 'manual' | 'none';
/** PC-070: Normal uses the primary databases, FailedOver the backup ones. */
export type PoolState = 'Normal' | 'FailedOver';
/**
 * How long the service stops: not at all; for the seconds of an automatic mirror failover;
 * until an administrator has carried out the steps; until the next-hop Front End pool, which
 * the Persistent Chat procedures do not recover, routes traffic to the pool again (PC-018);
 * or until something is repaired.
 */
export type Interruption =
  'none' | 'automatic-failover' | 'until-manual-steps' | 'until-next-hop' | 'until-repair';
export type ComplianceServing = DatabaseServing | 'not-configured';
export type LogShippingState = 'running' | 'stopped' | 'not-configured';

/** Where a Persistent Chat server stands: 'isolated' is running but unable to reach the database. */
export type ServerCondition = 'active' | 'idle' | 'failed' | 'isolated';

/** One conclusion of the simulation, with the catalogue ids it rests on. */
export interface Conclusion {
  key: string;
  /** Render with `render(text, params, locale)` from shared/i18n/text.ts. */
  text: Text;
  params: Params;
  ruleIds: readonly string[];
  /** Design elements it is about, for highlighting on the canvas. */
  elementIds: readonly string[];
}

export type ImpactKind = 'data' | 'function' | 'redundancy';

export interface Impact extends Conclusion {
  kind: ImpactKind;
}

export type StepPhase = 'automatic' | 'recover' | 'follow-up';

export interface SimulationStep {
  /** FO-1 … FO-7 for the documented failover, or a key for the other documented actions. */
  id: string;
  /** automatic: SQL Server or the pool does it; recover: an administrator does it to restore service; follow-up: afterwards. */
  phase: StepPhase;
  source: string;
  ruleIds: readonly string[];
  text: Text;
  params: Params;
  /** The command to run, ready to paste (every design value quoted), or null for a step in SSMS or by hand. */
  command: string | null;
}

export interface ServerOutcome {
  id: string;
  fqdn: string;
  dataCenterId: string | null;
  /** As designed. */
  before: 'active' | 'idle';
  /** The moment after the failure, before anyone acts. */
  immediately: ServerCondition;
  /** After the steps. */
  after: ServerCondition;
  /** Whether PC-022 lets it be active with the database that serves afterwards. */
  eligible: boolean;
}

export interface DatabaseOutcome {
  serving: DatabaseServing;
  /** The SQL instance that serves, as id and as server\instance. */
  instanceId: string | null;
  instance: string | null;
  dataCenterId: string | null;
}

export interface PhaseOutcome {
  databaseServing: DatabaseServing;
  activeServers: readonly string[];
  concurrentUserCapacity: number;
  serviceAvailable: boolean;
}

export interface FailedElement {
  id: string;
  kind: FailableKind;
  label: string;
}

/**
 * Something outside the pool that the service waits for. The pool is reached through its
 * next-hop Front End pool (PC-018): when that pool is lost, or cut off from every server that
 * serves, chat is down until it is recovered or fails over to its paired pool, which is Front
 * End disaster recovery and no step of the Persistent Chat procedures.
 */
export interface ServiceBlocker extends Conclusion {
  kind: 'next-hop';
  /** 'lost': the Front End pool is down; 'unreachable': it runs but reaches no active server. */
  condition: 'lost' | 'unreachable';
  frontEndPoolId: string;
  frontEndPoolFqdn: string;
}

export interface SimulationOutcome {
  poolId: string;
  poolFqdn: string;
  failed: readonly FailedElement[];
  linkDown: boolean;

  /** After the documented response (automatic, then the administrator's steps). */
  databaseServing: DatabaseServing;
  database: DatabaseOutcome;
  failover: FailoverKind;
  poolState: PoolState;
  /** Whether chat serves users after the documented response: false while a blocker remains. */
  serviceAvailable: boolean;
  interruption: Interruption;
  /** What the service waits for beyond the steps; empty when nothing outside the pool blocks it. */
  blockedBy: readonly ServiceBlocker[];
  /** FQDNs of the servers active afterwards (at most 4, PC-001). */
  activeServers: readonly string[];
  /** FQDNs of every surviving server PC-022 allows to be active afterwards. */
  eligibleServers: readonly string[];
  /** 20,000 per active server (PC-003). */
  concurrentUserCapacity: number;
  expectedConcurrentUsers: number | null;
  /** Minutes of chat content that may be lost; null when nothing is lost. */
  dataLossWindowMinutes: number | null;
  /** The moment after the failure, before anyone acts. */
  immediately: PhaseOutcome;
  servers: readonly ServerOutcome[];
  compliance: ComplianceServing;
  logShipping: LogShippingState;
  /** Whether the database that serves afterwards can still fail over to a mirror on its own. */
  automaticFailoverAvailable: boolean;

  conclusions: readonly Conclusion[];
  lost: readonly Impact[];
  steps: readonly SimulationStep[];
  /** Every catalogue id the outcome rests on, sorted. */
  ruleIds: readonly string[];
}
