/**
 * Which copy of mgc serves after the failures, and how it came to: the mirroring session
 * first (no data lost, PC-036), then the log-shipping backup store in the other data center
 * (manual, PC-027, PC-070). The compliance database follows its own mirroring session, but is
 * never log-shipped (PC-031, PC-062): in FailedOver state the pool writes to the backup
 * compliance store from empty.
 */
import type { DesignIndex } from '../model/design-index.ts';
import type { PersistentChatPool, SqlInstance } from '../model/types.ts';
import { storeSession } from '../model/mirror-sessions.ts';
import type { Health } from './health.ts';
import { protectionAfter, sessionOutcome } from './mirroring.ts';
import type { SessionState } from './mirroring.ts';
import type { ComplianceServing, DatabaseServing, FailoverKind, PoolState } from './types.ts';

export interface StoreInstances {
  principal: SqlInstance | undefined;
  mirror: SqlInstance | undefined;
  witness: SqlInstance | undefined;
  backup: SqlInstance | undefined;
  backupMirror: SqlInstance | undefined;
  backupWitness: SqlInstance | undefined;
}

export function storesOf(
  index: DesignIndex,
  pool: PersistentChatPool,
  kind: 'chat' | 'compliance',
): StoreInstances {
  const [main, backup] =
    kind === 'chat' ? (['primary', 'backup'] as const) : (['compliance', 'complianceBackup'] as const);
  const session = storeSession(index, pool, main);
  const backupSession = storeSession(index, pool, backup);
  return {
    principal: session?.principal,
    mirror: session?.mirror,
    witness: session?.witness,
    backup: backupSession?.principal,
    backupMirror: backupSession?.mirror,
    backupWitness: backupSession?.witness,
  };
}

export interface DatabaseDecision {
  /** The mirroring session's own state (see mirroring.ts). */
  session: SessionState;
  /** Right after the failure, before anyone acts. */
  immediately: { serving: DatabaseServing; instance: SqlInstance | undefined };
  /** After the documented steps. */
  after: { serving: DatabaseServing; instance: SqlInstance | undefined };
  failover: FailoverKind;
  poolState: PoolState;
  /** After the steps: a live mirror, and a witness for automatic failover. */
  mirrored: boolean;
  automaticFailover: boolean;
}

export function decideChatDatabase(health: Health, stores: StoreInstances): DatabaseDecision {
  const session = sessionOutcome(health, stores);
  const none = { serving: 'none' as const, instance: undefined };
  const decision = (
    immediately: DatabaseDecision['immediately'],
    after: DatabaseDecision['after'],
    failover: FailoverKind,
    protection = { mirrored: false, automatic: false },
  ): DatabaseDecision => ({
    session: session.state,
    immediately,
    after,
    failover,
    poolState: after.serving === 'backup' ? 'FailedOver' : 'Normal',
    mirrored: protection.mirrored,
    automaticFailover: protection.automatic,
  });

  switch (session.state) {
    case 'principal': {
      const at = { serving: 'primary' as const, instance: session.serving };
      return decision(
        at,
        at,
        'none',
        protectionAfter(health, stores.principal, stores.mirror, stores.witness),
      );
    }
    case 'automatic-mirror': {
      const at = { serving: 'mirror' as const, instance: session.serving };
      return decision(at, at, 'automatic');
    }
    case 'quorum-lost':
      // Removing mirroring lets the principal serve alone: no switch, nothing lost.
      return decision(none, { serving: 'primary', instance: session.serving }, 'none');
    case 'manual-mirror':
      return decision(none, { serving: 'mirror', instance: session.serving }, 'manual');
    case 'missing':
      // Without a primary store there is nothing that log shipping could have copied.
      return decision(none, none, 'none');
    case 'down':
      if (!health.up(stores.backup)) return decision(none, none, 'none');
      // FO step 6 mirrors the new primary to the backup store's own mirror and witness.
      return decision(
        none,
        { serving: 'backup', instance: stores.backup },
        'manual',
        protectionAfter(health, stores.backup, stores.backupMirror, stores.backupWitness),
      );
  }
}

export interface ComplianceDecision {
  session: SessionState | 'not-configured';
  serving: ComplianceServing;
  instance: SqlInstance | undefined;
}

/** The compliance database in the pool state the chat database put the pool in. */
export function decideComplianceDatabase(
  health: Health,
  pool: PersistentChatPool,
  stores: StoreInstances,
  poolState: PoolState,
): ComplianceDecision {
  if (!pool.compliance) return { session: 'not-configured', serving: 'not-configured', instance: undefined };
  if (poolState === 'FailedOver') {
    const up = health.up(stores.backup);
    return { session: 'missing', serving: up ? 'backup' : 'none', instance: up ? stores.backup : undefined };
  }
  const session = sessionOutcome(health, stores);
  switch (session.state) {
    case 'principal':
    case 'quorum-lost':
      return { session: session.state, serving: 'primary', instance: session.serving };
    case 'automatic-mirror':
    case 'manual-mirror':
      return { session: session.state, serving: 'mirror', instance: session.serving };
    default:
      return { session: session.state, serving: 'none', instance: undefined };
  }
}
