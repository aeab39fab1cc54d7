/**
 * The failure table as Markdown and as JSON, in the planner's language: one row per failure
 * with whether chat survives, how it switches over, the capacity left and the data-loss
 * window, then a plain statement of the single points of failure. `pchat-topology failures`
 * prints this; the design report renders the same rows.
 */
import { render } from '../i18n/text.ts';
import type { Locale, Text } from '../i18n/text.ts';
import type { FailureRow, FailureTable } from './failure-table.ts';
import { escapeMarkdown } from './outcome-markdown.ts';
import type { FailoverKind, Interruption } from './types.ts';

const words = {
  title: { en: 'Failure table', es: 'Tabla de fallos' },
  design: { en: 'Design: {name}', es: 'Diseño: {name}' },
  pool: {
    en: 'Pool {pool}: {capacity} concurrent users as designed',
    es: 'Grupo {pool}: {capacity} usuarios simultáneos según el diseño',
  },
  lost: { en: 'What is lost', es: 'Qué se pierde' },
  survives: { en: 'Chat survives', es: 'El chat sobrevive' },
  switchover: { en: 'Switch', es: 'Cambio' },
  capacity: { en: 'Capacity left', es: 'Capacidad restante' },
  dataLoss: { en: 'Data-loss window', es: 'Ventana de pérdida de datos' },
  rules: { en: 'Rules', es: 'Reglas' },
  single: { en: 'Single failures', es: 'Fallos únicos' },
  combinations: { en: 'Documented combinations', es: 'Combinaciones documentadas' },
  spofTitle: { en: 'Single points of failure', es: 'Puntos únicos de error' },
  noSpof: {
    en: 'No single failure stops chat: after each one, the documented response brings the service back.',
    es: 'Ningún fallo único detiene el chat: tras cada uno, la respuesta documentada recupera el servicio.',
  },
  spof: {
    en: 'Losing any one of these stops chat until it is repaired or recovered:',
    es: 'La pérdida de cualquiera de estos detiene el chat hasta que se repara o se recupera:',
  },
  minutes: { en: 'up to {n} min', es: 'hasta {n} min' },
  noLoss: { en: 'none', es: 'ninguna' },
  users: { en: '{n} users', es: '{n} usuarios' },
  thenAfter: {
    en: '{now} users at once, {after} after the steps',
    es: '{now} usuarios al momento, {after} tras los pasos',
  },
  onceReachable: { en: '0 ({n} once reachable)', es: '0 ({n} cuando vuelva a ser accesible)' },
} as const satisfies Record<string, Text>;

const switchText: Record<FailoverKind, Text> = {
  automatic: { en: 'automatic (mirroring failover)', es: 'automático (conmutación por error del reflejo)' },
  manual: { en: 'manual (failover runbook)', es: 'manual (procedimiento de conmutación por error)' },
  none: { en: 'no switch', es: 'sin cambio' },
};

const survivalText: Record<Interruption, Text> = {
  none: { en: 'yes, uninterrupted', es: 'sí, sin interrupción' },
  'automatic-failover': { en: 'yes, after seconds', es: 'sí, tras unos segundos' },
  'until-manual-steps': { en: 'yes, after the steps', es: 'sí, tras los pasos' },
  'until-next-hop': { en: 'no, until the next hop is back', es: 'no, hasta que vuelva el próximo salto' },
  'until-repair': { en: 'no, until a repair', es: 'no, hasta una reparación' },
};

const cell = (text: string) => escapeMarkdown(text).replace(/\n/g, ' ');

/**
 * The words of one row, column by column (what is lost, survives, switch, capacity, data-loss
 * window, rules), as plain text: the Markdown table and the design report's HTML table say the same.
 */
export function failureRowCells(row: FailureRow, locale: Locale): string[] {
  const r = (text: Text, params = {}) => render(text, params, locale);
  const capacity = row.survives
    ? row.capacityImmediately !== row.capacityLeft
      ? r(words.thenAfter, { now: row.capacityImmediately, after: row.capacityLeft })
      : r(words.users, { n: row.capacityLeft })
    : row.capacityOnceReachable > 0
      ? r(words.onceReachable, { n: row.capacityOnceReachable })
      : r(words.users, { n: 0 });
  const loss =
    row.dataLossWindowMinutes === null ? r(words.noLoss) : r(words.minutes, { n: row.dataLossWindowMinutes });
  return [
    r(row.label, row.params),
    r(survivalText[row.interruption]),
    r(switchText[row.switchover]),
    capacity,
    loss,
    row.ruleIds.join(', '),
  ];
}

/** The column headings of `failureRowCells`, and the words around the table, in `locale`. */
export function failureTableWords(locale: Locale) {
  const r = (text: Text) => render(text, {}, locale);
  return {
    columns: [words.lost, words.survives, words.switchover, words.capacity, words.dataLoss, words.rules].map(
      r,
    ),
    single: r(words.single),
    combinations: r(words.combinations),
    spofTitle: r(words.spofTitle),
    noSpof: r(words.noSpof),
    spof: r(words.spof),
    pool: (pool: string, capacity: number) => render(words.pool, { pool, capacity }, locale),
  };
}

function rowLine(row: FailureRow, locale: Locale): string {
  const [lost, ...rest] = failureRowCells(row, locale);
  return `| ${[cell(lost ?? ''), ...rest].join(' | ')} |`;
}

function tableLines(rows: readonly FailureRow[], locale: Locale): string[] {
  return [
    `| ${failureTableWords(locale).columns.join(' | ')} |`,
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => rowLine(row, locale)),
  ];
}

/** The tables of a design's pools as one Markdown document. */
export function failureTablesMarkdown(
  tables: readonly FailureTable[],
  locale: Locale = 'en',
  designName?: string,
): string {
  const r = (text: Text, params = {}) => render(text, params, locale);
  const lines = [`# ${r(words.title)}`, ''];
  if (designName) lines.push(cell(r(words.design, { name: designName })), '');
  for (const t of tables) {
    lines.push(
      `## ${cell(r(words.pool, { pool: t.poolFqdn || t.poolId, capacity: t.capacityDesigned }))}`,
      '',
    );
    const single = t.rows.filter((row) => row.single);
    const combined = t.rows.filter((row) => !row.single);
    lines.push(`### ${r(words.single)}`, '', ...tableLines(single, locale), '');
    if (combined.length > 0)
      lines.push(`### ${r(words.combinations)}`, '', ...tableLines(combined, locale), '');
    lines.push(`### ${r(words.spofTitle)}`, '');
    if (t.singlePointsOfFailure.length === 0) lines.push(r(words.noSpof), '');
    else {
      lines.push(r(words.spof), '');
      for (const row of t.singlePointsOfFailure) lines.push(`- ${cell(r(row.label, row.params))}`);
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The tables as plain data, with every label rendered in `locale`. */
export function failureTablesJson(tables: readonly FailureTable[], locale: Locale = 'en') {
  return tables.map((t) => ({
    pool: t.poolFqdn || t.poolId,
    capacityDesigned: t.capacityDesigned,
    rows: t.rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      single: row.single,
      lost: render(row.label, row.params, locale),
      survives: row.survives,
      switchover: row.switchover,
      interruption: row.interruption,
      databaseServing: row.databaseServing,
      capacityLeft: row.capacityLeft,
      capacityOnceReachable: row.capacityOnceReachable,
      capacityImmediately: row.capacityImmediately,
      dataLossWindowMinutes: row.dataLossWindowMinutes,
      ruleIds: row.ruleIds,
    })),
    singlePointsOfFailure: t.singlePointsOfFailure.map((row) => render(row.label, row.params, locale)),
  }));
}
