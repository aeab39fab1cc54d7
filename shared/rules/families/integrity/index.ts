/**
 * The designer's own integrity checks: a design must hang together before the catalogue rules
 * can judge it. They catch what a half-finished canvas or an imported topology leaves behind.
 *
 * DSN-001 error    A reference points to no element (next hop, file store, shares, store parts,
 *                  pool of a server, data center, Back End pool of a SQL instance).
 * DSN-002 error    A reference points to an element of the wrong kind.
 * DSN-003 error    An FQDN is not a valid DNS name (including PowerShell variables such as
 *                  $SkypeFQDN left in topologies cut out of deployment scripts).
 * DSN-004 error    Two servers, two pools or two Front End pools share one FQDN.
 * DSN-005 error    Two SQL instances are the same server and instance name.
 * DSN-006 warning  An element is not placed in any data center.
 * DSN-007 warning  A Persistent Chat server belongs to no pool.
 * DSN-008 error    A port is outside 1 to 65535 or not a whole number.
 * DSN-009 error    A log-shipping minute field is impossible (negative, over a week, or a zero
 *                  schedule interval).
 * DSN-010 error    A pool uses disaster recovery but the design does not have exactly two data
 *                  centers.
 * DSN-011 error    One computer is placed in two data centers.
 * DSN-012 error    A SQL Server instance name is not a valid instance name.
 * DSN-013 error    A file store or share has an invalid share name.
 * DSN-014 error    Two elements share one id, so references to it are ambiguous.
 * DSN-015 error    A link figure or a rule setting is out of range.
 * DSN-016 error    A pool lacks what the Define New Persistent Chat Pool wizard requires: servers,
 *                  a display name, a SQL Server store, a backup compliance store (compliance
 *                  with disaster recovery).
 * DSN-017 warning  A data center's time zone is neither a Windows nor an IANA time zone name.
 *
 * One file per section: references.ts, names.ts, placement.ts, numbers.ts, required.ts and time-zones.ts; the wording of
 * value problems is composed in reasons.ts.
 */
import type { Rule } from '../../types.ts';
import { dsn001, dsn002 } from './references.ts';
import { dsn003, dsn004, dsn005, dsn012, dsn013, dsn014 } from './names.ts';
import { dsn006, dsn007, dsn010, dsn011 } from './placement.ts';
import { dsn008, dsn009, dsn015 } from './numbers.ts';
import { dsn016 } from './required.ts';
import { dsn017 } from './time-zones.ts';

export const integrityRules: readonly Rule[] = [
  dsn001,
  dsn002,
  dsn003,
  dsn004,
  dsn005,
  dsn006,
  dsn007,
  dsn008,
  dsn009,
  dsn010,
  dsn011,
  dsn012,
  dsn013,
  dsn014,
  dsn015,
  dsn016,
  dsn017,
];
