/** The human-readable report of an outcome, as the CLI prints it, in English or Spanish. */
import { render } from '../i18n/text.ts';
import type { Locale, Text } from '../i18n/text.ts';
import { USERS_PER_SERVER } from '../model/product.ts';
import type {
  ComplianceServing,
  FailoverKind,
  Interruption,
  LogShippingState,
  SimulationOutcome,
  StepPhase,
} from './types.ts';

const t = {
  title: { en: 'Pool {pool}: loss of {what}', es: 'Grupo {pool}: pérdida de {what}' },
  link: { en: 'the link between the data centers', es: 'el vínculo entre los centros de datos' },
  and: { en: ' and ', es: ' y ' },
  service: { en: 'Service', es: 'Servicio' },
  database: { en: 'Database', es: 'Base de datos' },
  now: { en: 'Right after', es: 'Justo después' },
  after: { en: 'Afterwards', es: 'Después' },
  dataLoss: { en: 'Data loss', es: 'Pérdida de datos' },
  compliance: { en: 'Compliance', es: 'Cumplimiento' },
  logShipping: { en: 'Log shipping', es: 'Trasvase de registros' },
  what: { en: 'What happens', es: 'Qué ocurre' },
  lost: { en: 'What is lost', es: 'Qué se pierde' },
  steps: { en: 'Steps', es: 'Pasos' },
  restsOn: { en: 'Rests on: {ids}', es: 'Se basa en: {ids}' },
  none: { en: 'nothing', es: 'nada' },
  noLoss: { en: 'nothing committed is lost', es: 'no se pierde nada confirmado' },
  upTo: {
    en: 'up to {minutes} minutes of chat content',
    es: 'hasta {minutes} minutos de contenido del chat',
  },
  servers: {
    en: '{count} active server(s){list}; {capacity} concurrent users',
    es: '{count} servidor(es) activo(s){list}; {capacity} usuarios simultáneos',
  },
  expected: { en: ' ({expected} expected)', es: ' ({expected} esperados)' },
  db: {
    en: '{serving}{instance}, failover {failover}, pool state {state}',
    es: '{serving}{instance}, conmutación {failover}, estado del grupo {state}',
  },
  noDb: { en: 'no database', es: 'sin base de datos' },
} satisfies Record<string, Text>;

const interruptionText: Record<Interruption, Text> = {
  none: { en: 'continues without interruption', es: 'continúa sin interrupción' },
  'automatic-failover': {
    en: 'continues after an automatic failover of a few seconds',
    es: 'continúa tras una conmutación automática de unos segundos',
  },
  'until-manual-steps': {
    en: 'continues once the recovery steps below are done (down until then)',
    es: 'continúa una vez hechos los pasos de recuperación (detenido hasta entonces)',
  },
  'until-repair': { en: 'STOPS until something is repaired', es: 'SE DETIENE hasta que se repare algo' },
};

const servingText: Record<ComplianceServing, Text> = {
  primary: { en: 'primary store', es: 'almacén principal' },
  mirror: { en: 'mirror', es: 'reflejo' },
  backup: { en: 'backup store', es: 'almacén de copia' },
  none: { en: 'none', es: 'ninguno' },
  'not-configured': { en: 'not configured', es: 'no configurado' },
};

const failoverText: Record<FailoverKind, Text> = {
  automatic: { en: 'automatic', es: 'automática' },
  manual: { en: 'manual', es: 'manual' },
  none: { en: 'none', es: 'ninguna' },
};

const logShippingText: Record<LogShippingState, Text> = {
  running: { en: 'running', es: 'en marcha' },
  stopped: { en: 'stopped', es: 'detenido' },
  'not-configured': { en: 'not configured', es: 'no configurado' },
};

const phaseText: Record<StepPhase, Text> = {
  automatic: { en: 'automatic', es: 'automático' },
  recover: { en: 'to recover', es: 'para recuperar' },
  'follow-up': { en: 'afterwards', es: 'después' },
};

export function outcomeText(o: SimulationOutcome, locale: Locale = 'en'): string {
  const r = (text: Text, params = {}) => render(text, params, locale);
  const what = [...o.failed.map((f) => f.label), ...(o.linkDown ? [r(t.link)] : [])];
  const servers = (list: readonly string[], expected: boolean) =>
    r(t.servers, {
      count: list.length,
      list: list.length > 0 ? ` (${list.join(', ')})` : '',
      capacity: list.length * USERS_PER_SERVER,
    }) +
    (expected && o.expectedConcurrentUsers !== null
      ? r(t.expected, { expected: o.expectedConcurrentUsers })
      : '');
  const db =
    o.databaseServing === 'none'
      ? r(t.noDb)
      : r(t.db, {
          serving: r(servingText[o.databaseServing]),
          instance: o.database.instance ? ` ${o.database.instance}` : '',
          failover: r(failoverText[o.failover]),
          state: o.poolState,
        });
  const rows: [Text, string][] = [
    [t.service, r(interruptionText[o.interruption])],
    [t.database, db],
    [
      t.now,
      o.immediately.databaseServing === 'none'
        ? `${r(t.noDb)}; ${servers([], false)}`
        : servers(o.immediately.activeServers, false),
    ],
    [t.after, servers(o.activeServers, true)],
    [
      t.dataLoss,
      o.dataLossWindowMinutes === null ? r(t.noLoss) : r(t.upTo, { minutes: o.dataLossWindowMinutes }),
    ],
    [t.compliance, r(servingText[o.compliance])],
    [t.logShipping, r(logShippingText[o.logShipping])],
  ];
  const width = Math.max(...rows.map(([k]) => r(k).length));
  const lines = [
    r(t.title, { pool: o.poolFqdn, what: what.length > 0 ? what.join(r(t.and)) : r(t.none) }),
    '',
  ];
  for (const [k, v] of rows) lines.push(`  ${r(k).padEnd(width)}  ${v}`);
  lines.push('', r(t.what));
  for (const c of o.conclusions)
    lines.push(`  - ${render(c.text, c.params, locale)} [${c.ruleIds.join(', ')}]`);
  if (o.lost.length > 0) {
    lines.push('', r(t.lost));
    for (const l of o.lost) lines.push(`  - ${render(l.text, l.params, locale)} [${l.ruleIds.join(', ')}]`);
  }
  if (o.steps.length > 0) {
    lines.push('', r(t.steps));
    o.steps.forEach((s, i) => {
      lines.push(
        `  ${i + 1}. ${s.id} (${r(phaseText[s.phase])}, ${s.source}): ${render(s.text, s.params, locale)}`,
      );
      if (s.command) for (const line of s.command.split('\n')) lines.push(`       ${line}`);
    });
  }
  lines.push('', r(t.restsOn, { ids: o.ruleIds.join(', ') }));
  return `${lines.join('\n')}\n`;
}
