/**
 * One database mirroring session (principal, mirror, optional witness) after the failures.
 *
 * SQL Server's rules, which Lync's high-safety (synchronous, PC-036) mirroring follows: with a
 * witness, a partner may serve only while it has quorum, that is while it sees at least one
 * of the other two. The principal keeps serving while it sees the mirror or the witness; the
 * mirror takes over on its own when it sees the witness but not the principal (PC-026). A
 * principal that sees neither takes its database offline. Without a witness nothing fails
 * over on its own: the principal keeps serving alone, and if it is lost an administrator
 * forces the mirror into service.
 */
import type { StoreSession } from '../model/mirror-sessions.ts';
import type { SqlInstance } from '../model/types.ts';
import type { Health } from './health.ts';

/** The three parties of a store's session (shared/model/mirror-sessions.ts), as the failure finds them. */
export type MirrorSession = Pick<StoreSession, 'principal' | 'mirror' | 'witness'>;

export type SessionState =
  /** No principal instance is assigned: the store does not exist. */
  | 'missing'
  /** The principal serves, with quorum or without a witness to need it. */
  | 'principal'
  /** The mirror took over without anyone acting: it sees the witness, not the principal. */
  | 'automatic-mirror'
  /** The principal runs but has lost quorum (sees neither mirror nor witness): offline until an administrator acts. */
  | 'quorum-lost'
  /** The principal is gone and the mirror runs, but cannot take over alone: an administrator forces it. */
  | 'manual-mirror'
  /** Neither partner can serve. */
  | 'down';

export interface SessionOutcome {
  state: SessionState;
  /** The instance that serves once the state's action (if any) is taken. */
  serving: SqlInstance | undefined;
}

/** A mirror or witness that is the principal itself protects nothing, so it does not count. */
function partners(session: MirrorSession) {
  const { principal } = session;
  const mirror = session.mirror && session.mirror.id !== principal?.id ? session.mirror : undefined;
  const witness =
    mirror && session.witness && session.witness.id !== principal?.id && session.witness.id !== mirror.id
      ? session.witness
      : undefined;
  return { principal, mirror, witness };
}

export function sessionOutcome(health: Health, session: MirrorSession): SessionOutcome {
  const { principal, mirror, witness } = partners(session);
  if (!principal) return { state: 'missing', serving: undefined };
  const principalUp = health.up(principal);

  if (mirror && witness) {
    if (health.connected(principal, mirror) || health.connected(principal, witness)) {
      return { state: 'principal', serving: principal };
    }
    if (health.connected(mirror, witness)) return { state: 'automatic-mirror', serving: mirror };
    if (principalUp) return { state: 'quorum-lost', serving: principal };
    if (health.up(mirror)) return { state: 'manual-mirror', serving: mirror };
    return { state: 'down', serving: undefined };
  }

  if (principalUp) return { state: 'principal', serving: principal };
  if (mirror && health.up(mirror)) return { state: 'manual-mirror', serving: mirror };
  return { state: 'down', serving: undefined };
}

/** Whether the serving instance still has a live partner, and a witness to fail over on its own. */
export function protectionAfter(
  health: Health,
  serving: SqlInstance | undefined,
  partner: SqlInstance | undefined,
  witness: SqlInstance | undefined,
): { mirrored: boolean; automatic: boolean } {
  if (!serving || !partner || partner.id === serving.id) return { mirrored: false, automatic: false };
  const mirrored = health.connected(serving, partner);
  const automatic =
    mirrored &&
    witness !== undefined &&
    witness.id !== serving.id &&
    witness.id !== partner.id &&
    health.connected(partner, witness);
  return { mirrored, automatic };
}
