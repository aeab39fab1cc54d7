/**
 * The outcome's figures as labelled rows (service, database, capacity, data loss …), rendered
 * in one language. The CLI report and the Markdown export print the same rows, so a planner
 * reading either sees the same words.
 */
import { plural } from '../i18n/plural.ts';
import type { Plural } from '../i18n/plural.ts';
import { render } from '../i18n/text.ts';
import type { Locale, Text } from '../i18n/text.ts';
import { USERS_PER_SERVER } from '../model/product.ts';
import { serviceHeadline } from './headline.ts';
import type {
  ComplianceServing,
  Conclusion,
  FailoverKind,
  LogShippingState,
  SimulationOutcome,
  StepPhase,
} from './types.ts';

export const factText = {
  title: { en: 'Pool {pool}: loss of {what}', es: 'Grupo {pool}: pérdida de {what}' },
  link: { en: 'the link between the data centers', es: 'el vínculo entre los centros de datos' },
  and: { en: ' and ', es: ' y ' },
  summary: { en: 'Summary', es: 'Resumen' },
  service: { en: 'Service', es: 'Servicio' },
  database: { en: 'Database', es: 'Base de datos' },
  now: { en: 'Right after', es: 'Justo después' },
  after: { en: 'Afterwards', es: 'Después' },
  dataLoss: { en: 'Data loss', es: 'Pérdida de datos' },
  compliance: { en: 'Compliance', es: 'Cumplimiento' },
  logShipping: { en: 'Log shipping', es: 'Trasvase de registros' },
  dependsOn: { en: 'Depends on', es: 'Depende de' },
  what: { en: 'What happens', es: 'Qué ocurre' },
  lost: { en: 'What is lost', es: 'Qué se pierde' },
  steps: { en: 'Steps', es: 'Pasos' },
  restsOn: { en: 'Rests on: {ids}', es: 'Se basa en: {ids}' },
  none: { en: 'nothing', es: 'nada' },
  noLoss: { en: 'nothing committed is lost', es: 'no se pierde nada confirmado' },
  expected: { en: ' ({expected} expected)', es: ' ({expected} esperados)' },
  db: {
    en: '{serving}{instance}, failover {failover}, pool state {state}',
    es: '{serving}{instance}, conmutación {failover}, estado del grupo {state}',
  },
  noDb: { en: 'no database', es: 'sin base de datos' },
} satisfies Record<string, Text>;

const countText = {
  upTo: {
    one: { en: 'up to 1 minute of chat content', es: 'hasta 1 minuto de contenido del chat' },
    other: {
      en: 'up to {minutes} minutes of chat content',
      es: 'hasta {minutes} minutos de contenido del chat',
    },
  },
  servers: {
    one: {
      en: '1 active server{list}; {capacity} concurrent users',
      es: '1 servidor activo{list}; {capacity} usuarios simultáneos',
    },
    other: {
      en: '{count} active servers{list}; {capacity} concurrent users',
      es: '{count} servidores activos{list}; {capacity} usuarios simultáneos',
    },
  },
} satisfies Record<string, Plural>;

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

export const phaseText: Record<StepPhase, Text> = {
  automatic: { en: 'automatic', es: 'automático' },
  recover: { en: 'to recover', es: 'para recuperar' },
  'follow-up': { en: 'afterwards', es: 'después' },
};

/** What was lost, as a phrase: "dc1 and the link between the data centers". */
export function failedPhrase(o: SimulationOutcome, locale: Locale): string {
  const r = (text: Text) => render(text, {}, locale);
  const what = [...o.failed.map((f) => f.label), ...(o.linkDown ? [r(factText.link)] : [])];
  return what.length > 0 ? what.join(r(factText.and)) : r(factText.none);
}

export function outcomeTitle(o: SimulationOutcome, locale: Locale): string {
  return render(factText.title, { pool: o.poolFqdn || o.poolId, what: failedPhrase(o, locale) }, locale);
}

export interface Fact {
  label: string;
  value: string;
  ruleIds: readonly string[];
}

export function outcomeFacts(o: SimulationOutcome, locale: Locale): Fact[] {
  const r = (text: Text, params = {}) => render(text, params, locale);
  const servers = (list: readonly string[], expected: boolean) =>
    r(plural(list.length, countText.servers), {
      count: list.length,
      list: list.length > 0 ? ` (${list.join(', ')})` : '',
      capacity: list.length * USERS_PER_SERVER,
    }) +
    (expected && o.expectedConcurrentUsers !== null
      ? r(factText.expected, { expected: o.expectedConcurrentUsers })
      : '');
  const db =
    o.databaseServing === 'none'
      ? r(factText.noDb)
      : r(factText.db, {
          serving: r(servingText[o.databaseServing]),
          instance: o.database.instance ? ` ${o.database.instance}` : '',
          failover: r(failoverText[o.failover]),
          state: o.poolState,
        });
  const headline = serviceHeadline(o);
  const minutes = o.dataLossWindowMinutes;
  const rows: [Text, string, readonly string[]][] = [
    [factText.service, r(headline.text, headline.params), headline.ruleIds],
    [factText.database, db, []],
    [
      factText.now,
      o.immediately.databaseServing === 'none'
        ? `${r(factText.noDb)}; ${servers([], false)}`
        : servers(o.immediately.activeServers, false),
      [],
    ],
    [factText.after, servers(o.activeServers, true), []],
    [
      factText.dataLoss,
      minutes === null ? r(factText.noLoss) : r(plural(minutes, countText.upTo), { minutes }),
      [],
    ],
    [factText.compliance, r(servingText[o.compliance]), []],
    [factText.logShipping, r(logShippingText[o.logShipping]), []],
  ];
  return rows.map(([label, value, ruleIds]) => ({ label: r(label), value, ruleIds }));
}

export interface OutcomeList {
  heading: string;
  items: { text: string; ruleIds: readonly string[] }[];
}

/**
 * The outcome's sentences under their headings, in the order every report gives them: what
 * the service depends on and what is lost only when there is something to say.
 */
export function outcomeLists(o: SimulationOutcome, locale: Locale): OutcomeList[] {
  const list = (heading: Text, items: readonly Conclusion[]): OutcomeList => ({
    heading: render(heading, {}, locale),
    items: items.map((c) => ({ text: render(c.text, c.params, locale), ruleIds: c.ruleIds })),
  });
  return [
    ...(o.blockedBy.length > 0 ? [list(factText.dependsOn, o.blockedBy)] : []),
    list(factText.what, o.conclusions),
    ...(o.lost.length > 0 ? [list(factText.lost, o.lost)] : []),
  ];
}
