/**
 * The failure table of one Persistent Chat pool: every single failure the design can suffer
 * (each data center, the link, each SQL Server instance of each store, each witness, each
 * share and the file store, each server, the next-hop Front End pool), then the combinations the
 * documentation walks through, each simulated with `simulate()` and reduced to what a change
 * board asks: does chat survive, does it switch on its own or by hand, what capacity is left and
 * how many minutes of chat may be lost. The single failures that stop the service are the
 * design's single points of failure.
 *
 * Rows grow with the parts of the pool (its stores, witnesses, shares and servers; the
 * catalogue keeps those to a handful), never with the rest of the design, and each row is one
 * linear simulation.
 */
import type { Params, Text } from '../i18n/text.ts';
import { indexDesign } from '../model/design-index.ts';
import type { DesignIndex } from '../model/design-index.ts';
import { rolesInUse, serversOf, storeInstance } from '../model/queries.ts';
import type { Design, PersistentChatPool, SqlInstance, StoreRole } from '../model/types.ts';
import { selectPool } from './pool.ts';
import { simulate } from './simulate.ts';
import type { DatabaseServing, FailoverKind, FailureSet, Interruption, SimulationOutcome } from './types.ts';
import { noFailures } from './types.ts';

export type FailureRowKind =
  | 'data-center'
  | 'link'
  | 'sql-instance'
  | 'witness'
  | 'share'
  | 'file-store'
  | 'server'
  | 'front-end-pool'
  | 'combination';

export interface FailureRow {
  /** Stable within one design: the kind and the ids of what is lost. */
  id: string;
  kind: FailureRowKind;
  /** One element (or the link) lost, as opposed to a documented combination. */
  single: boolean;
  /** Render with `render(label, params, locale)`. */
  label: Text;
  params: Params;
  failures: FailureSet;
  /** Whether chat serves users after the documented response. */
  survives: boolean;
  /** How the database changes over: on its own (mirroring with a witness), by the administrator, or not at all. */
  switchover: FailoverKind;
  interruption: Interruption;
  databaseServing: DatabaseServing;
  /** Concurrent users chat carries after the documented response (PC-003); 0 when it does not survive. */
  capacityLeft: number;
  /**
   * What the active servers would carry once the pool is reachable again, for a row that does not
   * survive only because something outside the pool (its next hop) is down; otherwise `capacityLeft`.
   */
  capacityOnceReachable: number;
  /** Concurrent users the servers still active carry the moment after the failure, before anyone acts. */
  capacityImmediately: number;
  /** Minutes of chat that may be lost; null when none is. */
  dataLossWindowMinutes: number | null;
  ruleIds: readonly string[];
}

export interface FailureTable {
  poolId: string;
  poolFqdn: string;
  /** Concurrent users the pool carries as designed, to read `capacityLeft` against. */
  capacityDesigned: number;
  rows: readonly FailureRow[];
  /** The single failures after which chat does not come back until something is repaired or recovered. */
  singlePointsOfFailure: readonly FailureRow[];
}

/** A store by its role, as the failure table and the report's inventory name it. */
export const roleText: Record<StoreRole, Text> = {
  primary: { en: 'primary store', es: 'almacén principal' },
  backup: { en: 'backup store', es: 'almacén de copia de seguridad' },
  compliance: { en: 'compliance store', es: 'almacén de cumplimiento' },
  complianceBackup: { en: 'compliance backup store', es: 'almacén de copia de cumplimiento' },
};

const labels = {
  dataCenter: { en: 'Data center {name}', es: 'Centro de datos {name}' },
  link: { en: 'The link between the data centers', es: 'El vínculo entre los centros de datos' },
  instance: { en: 'SQL Server {instance} ({role})', es: 'SQL Server {instance} ({role})' },
  witness: { en: 'Witness {instance}', es: 'Testigo {instance}' },
  logBackup: { en: 'Log-backup share {share}', es: 'Recurso compartido de copias de registro {share}' },
  logCopy: { en: 'Log-copy share {share}', es: 'Recurso compartido de copia de registros {share}' },
  mirroring: { en: 'Mirroring share {share}', es: 'Recurso compartido de creación de reflejo {share}' },
  fileStore: { en: 'File store {share}', es: 'Almacén de archivos {share}' },
  server: {
    en: 'Persistent Chat server {fqdn} ({state})',
    es: 'Servidor de Chat persistente {fqdn} ({state})',
  },
  frontEnd: {
    en: 'Next-hop Front End pool {fqdn}',
    es: 'Grupo de servidores front-end de próximo salto {fqdn}',
  },
  dcAndWitness: {
    en: 'Data center {name} and the witness {instance} in the other data center',
    es: 'Centro de datos {name} y el testigo {instance} del otro centro de datos',
  },
  principalAndMirror: {
    en: 'SQL Server {instance} and its mirror {mirror} ({role})',
    es: 'SQL Server {instance} y su reflejo {mirror} ({role})',
  },
  memberAndWitness: {
    en: 'SQL Server {instance} ({role}) and its witness {witness}',
    es: 'SQL Server {instance} ({role}) y su testigo {witness}',
  },
  allActive: { en: 'Every active server ({count})', es: 'Todos los servidores activos ({count})' },
} as const satisfies Record<string, Text>;

const mirrorOf = (role: Text): Text => ({ en: `mirror of the ${role.en}`, es: `reflejo del ${role.es}` });
const joined = (texts: readonly Text[]): Text => ({
  en: texts.map((t) => t.en).join(', '),
  es: texts.map((t) => t.es).join(', '),
});

const stateText: Record<'active' | 'idle', Text> = {
  active: { en: 'active', es: 'activo' },
  idle: { en: 'idle', es: 'inactivo' },
};

interface Question {
  id: string;
  kind: FailureRowKind;
  single: boolean;
  label: Text;
  /** Parameters whose values are themselves texts (a role) are kept apart until rendering. */
  params: Params;
  textParams?: Readonly<Record<string, Text>>;
  failures: FailureSet;
}

const lose = (...elementIds: string[]): FailureSet => ({ elementIds, link: false });

function shareLabel(index: DesignIndex, id: string): string {
  const hit = index.byId.get(id);
  if (!hit) return id;
  const el = hit.element as { serverFqdn?: string; shareName?: string };
  return el.serverFqdn && el.shareName && !/^[a-z]:/i.test(el.shareName)
    ? `\\\\${el.serverFqdn}\\${el.shareName}`
    : index.label(id);
}

/** Every question the table asks of `pool`, single failures first, each asked once. */
function questionsFor(design: Design, index: DesignIndex, pool: PersistentChatPool): Question[] {
  const out: Question[] = [];
  const seen = new Set<string>();
  const ask = (q: Question) => {
    if (seen.has(q.id)) return;
    seen.add(q.id);
    out.push(q);
  };

  for (const dc of design.dataCenters)
    ask({
      id: `dc:${dc.id}`,
      kind: 'data-center',
      single: true,
      label: labels.dataCenter,
      params: { name: dc.name || dc.id },
      failures: lose(dc.id),
    });
  if (design.dataCenters.length > 1)
    ask({
      id: 'link',
      kind: 'link',
      single: true,
      label: labels.link,
      params: {},
      failures: { elementIds: [], link: true },
    });

  const roles = rolesInUse(pool);
  // One row per instance, naming every part it plays: the primary store's computer often
  // holds the compliance store too, and losing it loses both.
  const parts = new Map<string, { sql: SqlInstance; plays: Text[] }>();
  for (const role of roles) {
    for (const part of ['instance', 'mirror'] as const) {
      const sql = storeInstance(index, pool, role, part);
      if (!sql) continue;
      const entry = parts.get(sql.id) ?? { sql, plays: [] };
      entry.plays.push(part === 'instance' ? roleText[role] : mirrorOf(roleText[role]));
      parts.set(sql.id, entry);
    }
  }
  for (const { sql, plays } of parts.values())
    ask({
      id: `sql:${sql.id}`,
      kind: 'sql-instance',
      single: true,
      label: labels.instance,
      params: { instance: index.label(sql.id) },
      textParams: { role: joined(plays) },
      failures: lose(sql.id),
    });
  const witnesses = roles
    .map((role) => storeInstance(index, pool, role, 'witness'))
    .filter((w) => w !== undefined);
  for (const w of witnesses)
    ask({
      id: `sql:${w.id}`,
      kind: 'witness',
      single: true,
      label: labels.witness,
      params: { instance: index.label(w.id) },
      failures: lose(w.id),
    });

  const shares: [string | null, Text, FailureRowKind][] = [
    [pool.logShipping.backupShareId, labels.logBackup, 'share'],
    [pool.logShipping.copyShareId, labels.logCopy, 'share'],
    [pool.mirroringShareId, labels.mirroring, 'share'],
    [pool.fileStoreId, labels.fileStore, 'file-store'],
  ];
  for (const [id, label, kind] of shares) {
    if (!id || !index.byId.has(id)) continue;
    ask({
      id: `share:${id}`,
      kind,
      single: true,
      label,
      params: { share: shareLabel(index, id) },
      failures: lose(id),
    });
  }

  const servers = serversOf(index, pool);
  for (const s of servers)
    ask({
      id: `server:${s.id}`,
      kind: 'server',
      single: true,
      label: labels.server,
      params: { fqdn: s.fqdn || s.id },
      textParams: { state: stateText[s.state] },
      failures: lose(s.id),
    });
  const nextHop = pool.nextHopId ? index.byId.get(pool.nextHopId) : undefined;
  if (nextHop?.kind === 'frontEndPool')
    ask({
      id: `fe:${nextHop.element.id}`,
      kind: 'front-end-pool',
      single: true,
      label: labels.frontEnd,
      params: { fqdn: index.label(nextHop.element.id) },
      failures: lose(nextHop.element.id),
    });

  // The documented combinations. A data center lost with the witness on the other side: the
  // surviving half then has no quorum of its own (PC-041, SQL Server's mirroring rules).
  for (const dc of design.dataCenters) {
    for (const w of witnesses) {
      if (w.dataCenterId === dc.id) continue;
      ask({
        id: `dc+witness:${dc.id}:${w.id}`,
        kind: 'combination',
        single: false,
        label: labels.dcAndWitness,
        params: { name: dc.name || dc.id, instance: index.label(w.id) },
        failures: lose(dc.id, w.id),
      });
    }
  }
  // The disaster-recovery procedure assumes the primary store and its mirror are both down.
  for (const role of roles) {
    const principal = storeInstance(index, pool, role, 'instance');
    const mirror = storeInstance(index, pool, role, 'mirror');
    if (!principal || !mirror || principal.id === mirror.id) continue;
    ask({
      id: `sql+mirror:${principal.id}:${mirror.id}`,
      kind: 'combination',
      single: false,
      label: labels.principalAndMirror,
      params: { instance: index.label(principal.id), mirror: index.label(mirror.id) },
      textParams: { role: roleText[role] },
      failures: lose(principal.id, mirror.id),
    });
  }
  // Two of the three members of a mirroring session: the one left alone has no majority, so
  // SQL Server does not fail over or keep serving on its own (PC-026, PC-036).
  for (const role of roles) {
    const witness = storeInstance(index, pool, role, 'witness');
    if (!witness) continue;
    for (const part of ['instance', 'mirror'] as const) {
      const member = storeInstance(index, pool, role, part);
      if (!member || member.id === witness.id) continue;
      ask({
        id: `sql+witness:${member.id}:${witness.id}`,
        kind: 'combination',
        single: false,
        label: labels.memberAndWitness,
        params: { instance: index.label(member.id), witness: index.label(witness.id) },
        textParams: { role: part === 'instance' ? roleText[role] : mirrorOf(roleText[role]) },
        failures: lose(member.id, witness.id),
      });
    }
  }
  const actives = servers.filter((s) => s.state === 'active');
  if (actives.length > 1)
    ask({
      id: 'all-active-servers',
      kind: 'combination',
      single: false,
      label: labels.allActive,
      params: { count: actives.length },
      failures: lose(...actives.map((s) => s.id)),
    });
  return out;
}

/** A label's role or state words are texts; they are rendered in the label's own language. */
function localised(q: Question): { label: Text; params: Params } {
  if (!q.textParams) return { label: q.label, params: q.params };
  const fill = (lang: 'en' | 'es') =>
    q.label[lang].replace(/\{(\w+)\}/g, (whole, name: string) => q.textParams?.[name]?.[lang] ?? whole);
  return { label: { en: fill('en'), es: fill('es') }, params: q.params };
}

function rowOf(q: Question, o: SimulationOutcome): FailureRow {
  const { label, params } = localised(q);
  return {
    id: q.id,
    kind: q.kind,
    single: q.single,
    label,
    params,
    failures: q.failures,
    survives: o.serviceAvailable,
    switchover: o.failover,
    interruption: o.interruption,
    databaseServing: o.databaseServing,
    capacityLeft: o.serviceAvailable ? o.concurrentUserCapacity : 0,
    capacityOnceReachable: o.concurrentUserCapacity,
    capacityImmediately: o.immediately.serviceAvailable ? o.immediately.concurrentUserCapacity : 0,
    dataLossWindowMinutes: o.dataLossWindowMinutes,
    ruleIds: o.ruleIds,
  };
}

/**
 * The failure table of one pool (by id or FQDN; may be left out when the design has one).
 * Throws ScenarioError when the pool cannot be chosen.
 */
export function failureTable(design: Design, poolRef?: string | null): FailureTable {
  const pool = selectPool(design, poolRef);
  const index = indexDesign(design);
  const asDesigned = simulate(design, noFailures, { pool: pool.id });
  const rows = questionsFor(design, index, pool).map((q) =>
    rowOf(q, simulate(design, q.failures, { pool: pool.id })),
  );
  return {
    poolId: pool.id,
    poolFqdn: pool.fqdn,
    capacityDesigned: asDesigned.concurrentUserCapacity,
    rows,
    singlePointsOfFailure: rows.filter((r) => r.single && !r.survives),
  };
}

/** One table per pool of the design, in the design's order. */
export function failureTables(design: Design): FailureTable[] {
  return design.pools.map((p) => failureTable(design, p.id));
}
