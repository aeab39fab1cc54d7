/**
 * The rows of roles auto-arrange lays a data center out in: Front End pools, then Persistent Chat
 * servers, then SQL Server instances, then file stores and shares. In the SQL Server row each
 * principal sits between its mirrors, and the witness of a mirroring session in the sub-row just
 * under them; sessions that share a witness stand side by side with it centred beneath. Cells are
 * columns and rows of a grid; arrange.ts turns them into positions and routes the lines between.
 */
import { indexDesign } from './design-index.ts';
import { storeRoleNames } from './schema.ts';
import type { Design } from './types.ts';

/** A sub-row of a band: element ids by column, null where a column stays empty. */
export type GridRow = (string | null)[];

export interface DataCenterRows {
  frontEnd: GridRow[];
  servers: GridRow[];
  sql: GridRow[];
  stores: GridRow[];
  /** The widest sub-row, in columns. */
  columns: number;
}

/** Which way a data center faces its neighbours: the side its cross-data-center sessions go to. */
export type Facing = 'left' | 'right';

interface Session {
  principal: string;
  mirrors: string[];
}

interface SessionGroup {
  sessions: Session[];
  witnesses: string[];
  /** How many lines leave the data center from this group, so those groups go to the facing side. */
  crossing: number;
}

function chunk(ids: readonly string[], columns: number): GridRow[] {
  const rows: GridRow[] = [];
  for (let i = 0; i < ids.length; i += columns) rows.push(ids.slice(i, i + columns));
  return rows;
}

/** A principal with its mirrors on alternate sides, so the first two mirrors both touch it. */
function sessionRow(s: Session): string[] {
  const left: string[] = [];
  const right: string[] = [];
  s.mirrors.forEach((m, i) => (i % 2 === 0 ? right : left).push(m));
  return [...left.reverse(), s.principal, ...right];
}

/**
 * The mirroring sessions among `members` (the instances laid out in this data center), grouped by
 * shared witness. An instance keeps the first place the pools' stores give it; a mirror or witness
 * in another data center is laid out there, on its own.
 */
function sessionGroups(design: Design, members: ReadonlySet<string>, inOrder: readonly string[]) {
  const sessionOf = new Map<string, Session>();
  const sessions: Session[] = [];
  const witnessed = new Map<string, Session[]>();
  for (const pool of design.pools) {
    for (const role of storeRoleNames) {
      const { sqlInstanceId: p, mirrorId: m, witnessId: w } = pool.stores[role];
      if (!p || !members.has(p)) continue;
      let session = sessionOf.get(p);
      if (!session) {
        session = { principal: p, mirrors: [] };
        sessionOf.set(p, session);
        sessions.push(session);
      }
      if (m && members.has(m) && !sessionOf.has(m)) {
        session.mirrors.push(m);
        sessionOf.set(m, session);
      }
      if (w && members.has(w)) witnessed.set(w, [...(witnessed.get(w) ?? []), session]);
    }
  }
  // A witness that is itself a principal or mirror stays in its own session.
  for (const w of [...witnessed.keys()]) if (sessionOf.has(w)) witnessed.delete(w);
  for (const id of inOrder) {
    if (!sessionOf.has(id) && !witnessed.has(id)) {
      const single = { principal: id, mirrors: [] };
      sessionOf.set(id, single);
      sessions.push(single);
    }
  }
  // Sessions sharing a witness form one group (a union over witnesses, in first-seen order).
  const groupOf = new Map<Session, SessionGroup>();
  const groups: SessionGroup[] = [];
  for (const s of sessions) {
    const g = { sessions: [s], witnesses: [], crossing: 0 };
    groupOf.set(s, g);
    groups.push(g);
  }
  for (const [w, witnessedSessions] of witnessed) {
    const target = groupOf.get(witnessedSessions[0]!)!;
    for (const s of witnessedSessions) {
      const g = groupOf.get(s)!;
      if (g === target) continue;
      for (const moved of g.sessions) {
        target.sessions.push(moved);
        groupOf.set(moved, target);
      }
      target.witnesses.push(...g.witnesses);
      groups.splice(groups.indexOf(g), 1);
    }
    target.witnesses.push(w);
  }
  return { groups, groupOf, sessionOf };
}

/**
 * The rows of the elements `ids` of one data center. `crossing(id)` counts the lines from an
 * element to other data centers; SQL Server groups with more of them go to the `facing` side, so
 * a mirror or log-shipping line to the neighbour stays short.
 */
export function dataCenterRows(
  design: Design,
  ids: readonly string[],
  options: { facing: Facing; crossing: (id: string) => number; maxColumns?: number },
): DataCenterRows {
  const index = indexDesign(design);
  const of = (kind: string) => ids.filter((id) => index.byId.get(id)?.kind === kind);
  const frontEnds = of('frontEndPool');
  const serverIds = of('server');
  const sqlIds = of('sqlInstance');
  const storeIds = [...of('fileStore'), ...of('share')];
  // Servers of one pool side by side, pools in design order.
  const poolRank = new Map(design.pools.map((p, i) => [p.id, i]));
  const servers = serverIds
    .map((id, i) => {
      const hit = index.byId.get(id)!;
      const pool = hit.kind === 'server' ? hit.element.poolId : null;
      return { id, rank: (pool ? poolRank.get(pool) : undefined) ?? design.pools.length, i };
    })
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((s) => s.id);

  const { groups } = sessionGroups(design, new Set(sqlIds), sqlIds);
  for (const g of groups) {
    for (const s of g.sessions) for (const id of sessionRow(s)) g.crossing += options.crossing(id);
    for (const w of g.witnesses) g.crossing += options.crossing(w);
  }
  // Stable sort: design order among groups that cross alike.
  const sign = options.facing === 'right' ? 1 : -1;
  const ordered = groups
    .map((g, i) => ({ g, i }))
    .sort((a, b) => sign * (Math.sign(a.g.crossing) - Math.sign(b.g.crossing)) || a.i - b.i)
    .map((x) => x.g);

  const widths = ordered.map((g) => g.sessions.reduce((n, s) => n + 1 + s.mirrors.length, 0));
  const n = ids.length;
  const columns = Math.max(
    3,
    ...widths,
    Math.min(
      options.maxColumns ?? 24,
      Math.ceil(Math.sqrt(n * 1.5)),
      Math.max(frontEnds.length, servers.length, storeIds.length, 1),
    ),
  );

  // SQL Server lines: each a sub-row of sessions and, when any has a witness, one of witnesses.
  const sql: GridRow[] = [];
  let top: GridRow = [];
  let bottom: GridRow = [];
  const flush = () => {
    if (top.length === 0) return;
    sql.push(top);
    if (bottom.some((c) => c !== null)) sql.push(bottom);
    top = [];
    bottom = [];
  };
  ordered.forEach((g, i) => {
    const width = widths[i]!;
    if (top.length + width > columns) flush();
    const start = top.length;
    for (const s of g.sessions) top.push(...sessionRow(s));
    while (bottom.length < start) bottom.push(null);
    const at = start + Math.max(0, Math.floor((width - g.witnesses.length) / 2));
    while (bottom.length < at) bottom.push(null);
    bottom.push(...g.witnesses);
  });
  flush();

  const frontEnd = chunk(frontEnds, columns);
  const serverRows = chunk(servers, columns);
  const stores = chunk(storeIds, columns);
  const widest = Math.max(columns, ...sql.map((r) => r.length));
  return { frontEnd, servers: serverRows, sql, stores, columns: widest };
}
