/**
 * The inventory: what the design asks the people who deploy it to build. Servers, SQL Server
 * instances with the parts they play, shares with the rights the catalogue requires, the ports
 * and the log-shipping schedule (taken from the deployment checklist, so the two never differ),
 * and the capacity figures against the product's limits.
 */
import { instancePartsInUse, serversOf, activeServersOf } from '../model/queries.ts';
import type { PersistentChatPool, Share, FileStore } from '../model/types.ts';
import {
  MAX_ACTIVE_SERVERS,
  MAX_CHAT_ROOM_ACES,
  MAX_CONCURRENT_USERS,
  MAX_POOL_SERVERS,
  MAX_PROVISIONED_USERS,
  USERS_PER_SERVER,
} from '../model/product.ts';
import { uncPath } from '../model/values.ts';
import { portsToOpen, shareDuties } from '../runbooks/deploy.ts';
import { roleText } from '../simulation/failure-table.ts';
import type { Text } from '../i18n/text.ts';
import type { ReportContext } from './context.ts';
import { code, esc, markCode, table, withCode } from './html.ts';
import { words as w } from './words.ts';

const number = (ctx: ReportContext, n: number) =>
  esc(n.toLocaleString(ctx.locale === 'es' ? 'es-ES' : 'en-US'));

function servers(ctx: ReportContext): string {
  const { design, index } = ctx;
  if (design.servers.length === 0) return `<p>${ctx.h(w.noServers)}</p>`;
  return table(
    [w.fqdn, w.dataCenter, w.poolCol, w.state, w.adDomain].map((t) => ctx.r(t)),
    design.servers.map((s) => [
      code(s.fqdn),
      esc(index.label(s.dataCenterId)),
      code(index.label(s.poolId)),
      ctx.h(s.state === 'active' ? w.active : w.idle),
      code(s.adDomain),
    ]),
    'servers',
  );
}

function sqlInstances(ctx: ReportContext): string {
  const { design, index } = ctx;
  if (design.sqlInstances.length === 0) return `<p>${ctx.h(w.noSql)}</p>`;
  return table(
    [w.instance, w.version, w.edition, w.roles, w.mirroringPort, w.dataCenter].map((t) => ctx.r(t)),
    design.sqlInstances.map((i) => {
      const parts = instancePartsInUse(index, i.id);
      const roles =
        parts.length === 0
          ? ctx.h(w.unused)
          : parts
              .map((p) =>
                withCode(
                  ctx.r(w.part[p.part], { role: ctx.r(roleText[p.role]), pool: markCode(p.pool.fqdn) }),
                ),
              )
              .join('<br />');
      return [
        code(index.label(i.id)),
        esc(`SQL Server ${i.version.replace('R2', ' R2')}`),
        ctx.h(w.editions[i.edition]),
        roles,
        i.mirroringPort === null ? ctx.h(w.dash) : String(i.mirroringPort),
        esc(index.label(i.dataCenterId)),
      ];
    }),
    'sql',
  );
}

function shares(ctx: ReportContext): string {
  const { design, index } = ctx;
  const all: { el: Share | FileStore; purpose: keyof typeof w.purposes }[] = [
    ...design.fileStores.map((el) => ({ el, purpose: 'file-store' as const })),
    ...design.shares.map((el) => ({ el, purpose: el.purpose })),
  ];
  if (all.length === 0) return `<p>${ctx.h(w.noShares)}</p>`;
  const duties = design.pools.flatMap((pool) =>
    shareDuties(design, pool, ctx.locale, markCode).map((d) => ({ pool, ...d })),
  );
  return table(
    [w.unc, w.purpose, w.dataCenter, w.permissions, w.rules].map((t) => ctx.r(t)),
    all.map(({ el, purpose }) => {
      const mine = duties.filter((d) => d.share?.id === el.id);
      const several = new Set(mine.map((d) => d.pool.id)).size > 1;
      const who =
        mine.length === 0
          ? ctx.h(w.noPoolUses)
          : mine.map((d) => (several ? `${code(d.pool.fqdn)}: ` : '') + withCode(d.who)).join('<br />');
      const rules = [...new Set(mine.flatMap((d) => d.ruleIds))];
      return [
        code(uncPath(el.serverFqdn, el.shareName)),
        ctx.h(w.purposes[purpose]),
        esc(index.label(el.dataCenterId)),
        who,
        esc(rules.join(', ')),
      ];
    }),
    'shares',
  );
}

function ports(ctx: ReportContext, pool: PersistentChatPool): string {
  const rows = portsToOpen(ctx.design, pool);
  return table(
    [w.computer, w.tcpPort, w.forWhat, w.rules].map((t) => ctx.r(t)),
    rows.map((p) => [
      code(p.computer),
      String(p.port),
      withCode(ctx.r(p.purpose, p.instance === undefined ? {} : { instance: markCode(p.instance) })),
      esc(p.ruleId),
    ]),
    'ports',
  );
}

function logShipping(ctx: ReportContext, pool: PersistentChatPool): string {
  if (!pool.disasterRecovery) return `<p>${ctx.h(w.noLogShipping)}</p>`;
  const ls = pool.logShipping;
  const min = (n: number) => ctx.h(w.minutes, { n });
  const share = (id: string | null) =>
    id && ctx.index.byId.has(id) ? code(ctx.index.label(id)) : ctx.h(w.notInDesign);
  const rows: [Text, string, string][] = [
    [w.backupEvery, min(ls.backupIntervalMinutes), 'PC-058'],
    [w.copyEvery, min(ls.copyIntervalMinutes), 'PC-058'],
    [w.restoreEvery, min(ls.restoreIntervalMinutes), 'PC-058'],
    [w.restoreDelay, min(ls.restoreDelayMinutes), 'PC-057'],
    [w.restoreMode, ctx.h(ls.restoreMode === 'standby' ? w.standby : w.noRecovery), 'PC-057'],
    [w.logBackupShare, share(ls.backupShareId), 'PC-052'],
    [w.logCopyShare, share(ls.copyShareId), 'PC-053'],
  ];
  return table(
    [w.setting, w.value, w.rules].map((t) => ctx.r(t)),
    rows.map(([label, value, rule]) => [ctx.h(label), value, esc(rule)]),
    'log-shipping',
  );
}

type Verdict = 'within' | 'over' | 'notEstimated';

function capacityRow(
  ctx: ReportContext,
  label: string,
  value: number | null,
  limit: number,
  rule: string,
): string[] {
  const verdict: Verdict = value === null ? 'notEstimated' : value > limit ? 'over' : 'within';
  return [
    label,
    value === null ? ctx.h(w.notEstimated) : number(ctx, value),
    number(ctx, limit),
    `<span class="verdict ${verdict}">${ctx.h(w[verdict])}</span>`,
    esc(rule),
  ];
}

function capacity(ctx: ReportContext, pool: PersistentChatPool): string {
  const active = activeServersOf(ctx.index, pool).length;
  const carried = Math.min(active, MAX_ACTIVE_SERVERS) * USERS_PER_SERVER;
  return table(
    [w.figure, w.designed, w.limit, w.verdict, w.rule].map((t) => ctx.r(t)),
    [
      capacityRow(ctx, ctx.h(w.activeServers), active, MAX_ACTIVE_SERVERS, 'PC-001'),
      capacityRow(ctx, ctx.h(w.poolServers), serversOf(ctx.index, pool).length, MAX_POOL_SERVERS, 'PC-002'),
      capacityRow(ctx, ctx.h(w.expected), pool.expectedConcurrentUsers, carried, 'PC-003'),
      capacityRow(ctx, ctx.h(w.aces), pool.chatRoomAces, MAX_CHAT_ROOM_ACES, 'PC-007'),
    ],
    'capacity',
  ).replace(
    `<td>${ctx.h(w.expected)}</td>`,
    `<td>${ctx.h(w.expected)}<br /><small>${ctx.h(w.carried, { per: USERS_PER_SERVER })}</small></td>`,
  );
}

function deploymentCapacity(ctx: ReportContext): string {
  const sum = (values: (number | null)[]) =>
    values.every((v) => v === null) ? null : values.reduce<number>((a, v) => a + (v ?? 0), 0);
  const pools = ctx.design.pools;
  return table(
    [w.figure, w.designed, w.limit, w.verdict, w.rule].map((t) => ctx.r(t)),
    [
      capacityRow(
        ctx,
        ctx.h(w.totalConcurrent),
        sum(pools.map((p) => p.expectedConcurrentUsers)),
        MAX_CONCURRENT_USERS,
        'PC-004',
      ),
      capacityRow(
        ctx,
        ctx.h(w.totalProvisioned),
        sum(pools.map((p) => p.provisionedUsers)),
        MAX_PROVISIONED_USERS,
        'PC-004',
      ),
    ],
    'capacity',
  );
}

/** One sub-section per pool, or the line that says there is none. */
function perPool(ctx: ReportContext, id: string, body: (pool: PersistentChatPool) => string): string {
  if (ctx.design.pools.length === 0) return `<p class="no-pool">${ctx.h(w.noPool)}</p>`;
  return ctx.design.pools
    .map(
      (pool, n) =>
        `<section id="${id}-${n + 1}" class="pool">\n<h4>${withCode(ctx.r(w.pool, { pool: markCode(pool.fqdn) }))}</h4>\n${body(pool)}\n</section>`,
    )
    .join('\n');
}

export function inventorySection(ctx: ReportContext): string {
  const part = (id: string, title: Text, body: string) =>
    `<section id="${id}">\n<h3>${ctx.h(title)}</h3>\n${body}\n</section>`;
  const capacityBody =
    ctx.design.pools.length === 0
      ? `<p class="no-pool">${ctx.h(w.noPool)}</p>`
      : `${perPool(ctx, 'capacity-pool', (p) => capacity(ctx, p))}\n<h4>${ctx.h(w.deployment)}</h4>\n${deploymentCapacity(ctx)}`;
  return [
    part('inventory-servers', w.servers, servers(ctx)),
    part('inventory-sql', w.sql, sqlInstances(ctx)),
    part('inventory-shares', w.shares, shares(ctx)),
    part(
      'inventory-ports',
      w.ports,
      perPool(ctx, 'ports-pool', (p) => ports(ctx, p)),
    ),
    part(
      'inventory-log-shipping',
      w.logShipping,
      perPool(ctx, 'log-shipping-pool', (p) => logShipping(ctx, p)),
    ),
    part('inventory-capacity', w.capacity, capacityBody),
    `<p class="sources">${ctx.h(w.documentation)}: ${ctx.citeRules(['PC-001', 'PC-002', 'PC-003', 'PC-004', 'PC-007', 'PC-040', 'PC-052', 'PC-053', 'PC-055', 'PC-057', 'PC-058', 'PC-069'])}</p>`,
  ].join('\n');
}

export { perPool };
