/**
 * The one line that says whether the service continues, with the catalogue ids it rests on.
 * The CLI report, the Markdown export and the canvas's what-if panel all print this line, so
 * the three say the same words.
 */
import type { Params, Text } from '../i18n/text.ts';
import type { Interruption, SimulationOutcome } from './types.ts';

export interface Phrase {
  text: Text;
  params: Params;
  ruleIds: readonly string[];
}

const interruptionText: Record<Exclude<Interruption, 'until-next-hop'>, Text> = {
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

const nextHopText = {
  lost: {
    en: 'down until the Front End pool {frontEnd} is recovered or fails over to its paired pool (Front End disaster recovery, outside the Persistent Chat procedures)',
    es: 'detenido hasta que el grupo front-end {frontEnd} se recupere o conmute a su grupo emparejado (recuperación ante desastres de front-end, fuera de los procedimientos de Chat persistente)',
  },
  unreachable: {
    en: 'down until the Front End pool {frontEnd} reaches the active servers again or fails over to its paired pool (Front End disaster recovery, outside the Persistent Chat procedures)',
    es: 'detenido hasta que el grupo front-end {frontEnd} vuelva a alcanzar los servidores activos o conmute a su grupo emparejado (recuperación ante desastres de front-end, fuera de los procedimientos de Chat persistente)',
  },
  andSteps: {
    en: ', and until the recovery steps below are done',
    es: ', y hasta que se hagan los pasos de recuperación',
  },
} as const satisfies Record<string, Text>;

/** Whether an administrator has to act before the pool itself serves again. */
export function needsRecoverySteps(o: SimulationOutcome): boolean {
  return o.steps.some((s) => s.phase === 'recover');
}

export function serviceHeadline(o: SimulationOutcome): Phrase {
  const blocker = o.blockedBy[0];
  if (o.interruption === 'until-next-hop' && blocker) {
    const main = nextHopText[blocker.condition];
    const text: Text = needsRecoverySteps(o)
      ? { en: main.en + nextHopText.andSteps.en, es: main.es + nextHopText.andSteps.es }
      : main;
    return { text, params: { frontEnd: blocker.frontEndPoolFqdn }, ruleIds: blocker.ruleIds };
  }
  const key = o.interruption === 'until-next-hop' ? 'until-repair' : o.interruption;
  return { text: interruptionText[key], params: {}, ruleIds: [] };
}
