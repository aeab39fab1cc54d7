/**
 * The outcome in one or two sentences for a manager: whether chat stays up, how long it is
 * down and why, how many users it can serve afterwards, and how much chat history may be lost.
 * The technical detail (which copy of mgc, which steps, which rules) follows it everywhere the
 * outcome is shown; this is the part to read aloud.
 */
import { plural } from '../i18n/plural.ts';
import type { Plural } from '../i18n/plural.ts';
import { render } from '../i18n/text.ts';
import type { Locale, Params, Text } from '../i18n/text.ts';
import { needsRecoverySteps } from './headline.ts';
import type { SimulationOutcome } from './types.ts';

const s = {
  up: { en: 'Chat stays up.', es: 'El chat sigue funcionando.' },
  pause: {
    en: 'Chat stays up: it pauses for a few seconds while the database switches to its mirror on its own.',
    es: 'El chat sigue funcionando: se detiene unos segundos mientras la base de datos pasa sola a su reflejo.',
  },
  untilSteps: {
    en: 'Chat is down until an administrator {why}.',
    es: 'El chat está detenido hasta que un administrador {why}.',
  },
  untilNextHop: {
    en: 'Chat is down until the Front End pool {frontEnd}, through which users reach it, is recovered or fails over to its paired pool.',
    es: 'El chat está detenido hasta que el grupo front-end {frontEnd}, por el que los usuarios llegan a él, se recupere o conmute a su grupo emparejado.',
  },
  untilNextHopAndSteps: {
    en: 'Chat is down until the Front End pool {frontEnd}, through which users reach it, is recovered or fails over to its paired pool, and an administrator {why}.',
    es: 'El chat está detenido hasta que el grupo front-end {frontEnd}, por el que los usuarios llegan a él, se recupere o conmute a su grupo emparejado, y un administrador {why}.',
  },
  untilRepairDatabase: {
    en: 'Chat is down until lost equipment is repaired: no copy of the chat database can serve.',
    es: 'El chat está detenido hasta que se repare el equipo perdido: ninguna copia de la base de datos del chat puede servir.',
  },
  untilRepairServers: {
    en: 'Chat is down until lost equipment is repaired: no Persistent Chat server can serve.',
    es: 'El chat está detenido hasta que se repare el equipo perdido: ningún servidor de Chat persistente puede servir.',
  },
  serves: {
    en: 'It can serve {capacity} users at once',
    es: 'Puede atender a {capacity} usuarios a la vez',
  },
  servesOnceBack: {
    en: 'Once it is back it can serve {capacity} users at once',
    es: 'Cuando vuelva podrá atender a {capacity} usuarios a la vez',
  },
  shortOf: { en: ', fewer than the {expected} expected', es: ', menos que los {expected} esperados' },
  noLoss: { en: ', and no chat history is lost.', es: ', y no se pierde historial del chat.' },
} as const satisfies Record<string, Text>;

const loss: Plural = {
  one: {
    en: ', and up to 1 minute of chat history may be lost.',
    es: ', y puede perderse hasta 1 minuto del historial del chat.',
  },
  other: {
    en: ', and up to {minutes} minutes of chat history may be lost.',
    es: ', y pueden perderse hasta {minutes} minutos del historial del chat.',
  },
};

const why = {
  backup: {
    en: 'has failed the pool over to the backup database',
    es: 'haya conmutado el grupo a la base de datos de copia',
  },
  mirror: {
    en: 'has switched the database to its mirror',
    es: 'haya pasado la base de datos a su reflejo',
  },
  primary: {
    en: 'has taken mirroring off the database so that it serves alone',
    es: 'haya quitado el reflejo de la base de datos para que sirva sola',
  },
  servers: {
    en: 'has made idle servers active',
    es: 'haya activado servidores inactivos',
  },
} as const satisfies Record<string, Text>;

function whyOf(o: SimulationOutcome): Text {
  if (o.failover === 'manual') return o.databaseServing === 'backup' ? why.backup : why.mirror;
  if (o.immediately.databaseServing === 'none' && o.databaseServing === 'primary') return why.primary;
  return why.servers;
}

function first(o: SimulationOutcome): { text: Text; params: Params; why: boolean } {
  const blocker = o.blockedBy[0];
  switch (o.interruption) {
    case 'none':
      return { text: s.up, params: {}, why: false };
    case 'automatic-failover':
      return { text: s.pause, params: {}, why: false };
    case 'until-manual-steps':
      return { text: s.untilSteps, params: {}, why: true };
    case 'until-next-hop': {
      const steps = needsRecoverySteps(o);
      return {
        text: steps ? s.untilNextHopAndSteps : s.untilNextHop,
        params: { frontEnd: blocker?.frontEndPoolFqdn ?? '' },
        why: steps,
      };
    }
    case 'until-repair':
      return {
        text: o.databaseServing === 'none' ? s.untilRepairDatabase : s.untilRepairServers,
        params: {},
        why: false,
      };
  }
}

/** One or two sentences, in the planner's language. */
export function managerSummary(o: SimulationOutcome, locale: Locale = 'en'): string {
  const r = (text: Text, params: Params = {}) => render(text, params, locale);
  const lead = first(o);
  const sentence1 = r(lead.text, { ...lead.params, ...(lead.why ? { why: r(whyOf(o)) } : {}) });
  if (o.interruption === 'until-repair') return sentence1;
  const capacity = o.concurrentUserCapacity;
  const at =
    o.interruption === 'none' || o.interruption === 'automatic-failover' ? s.serves : s.servesOnceBack;
  const expected = o.expectedConcurrentUsers;
  const short = expected !== null && capacity < expected ? r(s.shortOf, { expected }) : '';
  const minutes = o.dataLossWindowMinutes;
  const lost = minutes === null ? r(s.noLoss) : r(plural(minutes, loss), { minutes });
  const sentence2 = `${r(at, { capacity })}${short}${lost}`;
  return `${sentence1} ${sentence2}`;
}
