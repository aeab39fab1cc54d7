/** Numbers (DSN-008, DSN-009, DSN-015): ports, minutes, link figures and settings are possible. */
import { updateElement } from '../../../model/edit.ts';
import { logShippingSchema, ruleSettingsSchema } from '../../../model/schema.ts';
import type { Design, LogShipping, RuleSettings } from '../../../model/types.ts';
import { minutesProblem, portProblem } from '../../../model/values.ts';
import type { Text } from '../../../i18n/text.ts';
import { messagesFor } from '../../messages.ts';
import { defineRule } from '../../types.ts';
import { DEFAULT_MIRRORING_PORT, DEFAULT_POOL_PORT, DEFAULT_WITNESS_PORT } from '../../../model/product.ts';
import { SOURCE } from './source.ts';
import { minuteReasons, portReasons, reasonMessages, reasonOf, zeroInterval } from './reasons.ts';

const DEFAULT_LOG_SHIPPING = logShippingSchema.parse({});
const DEFAULT_SETTINGS = ruleSettingsSchema.parse({});

const portSubjects = {
  pool: {
    en: 'The Persistent Chat port {port} of {owner}',
    es: 'El puerto de Chat persistente {port} de {owner}',
  },
  mirroring: {
    en: 'The mirroring port {port} of {owner}',
    es: 'El puerto de creación de reflejo {port} de {owner}',
  },
} satisfies Record<string, Text>;

export const dsn008 = defineRule({
  id: 'DSN-008',
  severity: 'error',
  source: SOURCE,
  fixable: true,
  summary: {
    en: 'Every port is a whole number from 1 to 65535.',
    es: 'Todo puerto es un número entero de 1 a 65535.',
  },
  messages: {
    ...reasonMessages('badPort', portSubjects, portReasons),
    reset: {
      en: 'Use the default port {port}',
      es: 'Usar el puerto predeterminado {port}',
    },
  },
  check({ design, index, report }) {
    const flag = (
      subject: keyof typeof portSubjects,
      owner: string,
      port: number,
      fallback: number,
      set: (d: Design) => Design,
    ) => {
      const problem = portProblem(port);
      if (problem === null) return;
      const reason = reasonOf(problem, portReasons);
      report({
        message: `badPort.${subject}.${reason.key}`,
        params: { owner: index.label(owner), port: String(port), ...reason.params },
        elements: [owner],
        fix: { title: 'reset', params: { port: String(fallback) }, apply: set },
      });
    };
    for (const pool of design.pools) {
      flag('pool', pool.id, pool.port, DEFAULT_POOL_PORT, (d) =>
        updateElement(d, 'pool', pool.id, { port: DEFAULT_POOL_PORT }),
      );
    }
    for (const instance of design.sqlInstances) {
      if (instance.mirroringPort === null) continue;
      const roles = index.rolesByInstance.get(instance.id) ?? [];
      const witnessOnly = roles.length > 0 && roles.every((r) => r.part === 'witness');
      const fallback = witnessOnly ? DEFAULT_WITNESS_PORT : DEFAULT_MIRRORING_PORT;
      flag('mirroring', instance.id, instance.mirroringPort, fallback, (d) =>
        updateElement(d, 'sqlInstance', instance.id, { mirroringPort: fallback }),
      );
    }
  },
});

type MinuteField = keyof Pick<
  LogShipping,
  'backupIntervalMinutes' | 'copyIntervalMinutes' | 'restoreIntervalMinutes' | 'restoreDelayMinutes'
>;

const minuteSubjects: Record<MinuteField, Text> = {
  backupIntervalMinutes: {
    en: 'The log backup interval of pool {pool} ({minutes} minutes)',
    es: 'El intervalo de copia del registro del grupo {pool} ({minutes} minutos)',
  },
  copyIntervalMinutes: {
    en: 'The log copy interval of pool {pool} ({minutes} minutes)',
    es: 'El intervalo de copia a destino del grupo {pool} ({minutes} minutos)',
  },
  restoreIntervalMinutes: {
    en: 'The log restore interval of pool {pool} ({minutes} minutes)',
    es: 'El intervalo de restauración del grupo {pool} ({minutes} minutos)',
  },
  restoreDelayMinutes: {
    en: 'The restore delay of pool {pool} ({minutes} minutes)',
    es: 'El retraso de restauración del grupo {pool} ({minutes} minutos)',
  },
};

export const dsn009 = defineRule({
  id: 'DSN-009',
  severity: 'error',
  source: SOURCE,
  fixable: true,
  summary: {
    en: 'Log-shipping intervals and the restore delay are possible numbers of minutes.',
    es: 'Los intervalos del trasvase de registros y el retraso de restauración son cantidades de minutos posibles.',
  },
  messages: {
    ...reasonMessages('badMinutes', minuteSubjects, minuteReasons),
    reset: {
      en: 'Set it to {minutes} minutes',
      es: 'Establecerlo en {minutes} minutos',
    },
  },
  check({ design, index, report }) {
    for (const pool of design.pools) {
      const ls = pool.logShipping;
      const backupOk = minutesProblem(ls.backupIntervalMinutes) === null && ls.backupIntervalMinutes > 0;
      for (const key of Object.keys(minuteSubjects) as MinuteField[]) {
        const value = ls[key];
        const interval = key !== 'restoreDelayMinutes';
        const problem = minutesProblem(value) ?? (interval && value === 0 ? zeroInterval : null);
        if (problem === null) continue;
        // The delay's documented value is 0; the other schedules follow the backup (PC-058).
        const target = !interval
          ? 0
          : key !== 'backupIntervalMinutes' && backupOk
            ? ls.backupIntervalMinutes
            : DEFAULT_LOG_SHIPPING[key];
        const reason = reasonOf(problem, minuteReasons);
        report({
          message: `badMinutes.${key}.${reason.key}`,
          params: { pool: index.label(pool.id), minutes: String(value), ...reason.params },
          elements: [pool.id],
          fix: {
            title: 'reset',
            params: { minutes: target },
            apply: (d) => {
              const current = d.pools.find((p) => p.id === pool.id);
              if (!current) return d;
              return updateElement(d, 'pool', pool.id, {
                logShipping: { ...current.logShipping, [key]: target },
              });
            },
          },
        });
      }
    }
  },
});

type SettingKey = keyof RuleSettings;

const settingLimits: Record<SettingKey, { min: number; text: Text }> = {
  lowLatencyMaxMs: {
    min: 0,
    text: {
      en: 'The setting lowLatencyMaxMs is {value}; it must be 0 or more (milliseconds).',
      es: 'La configuración lowLatencyMaxMs vale {value}; debe ser 0 o más (milisegundos).',
    },
  },
  highBandwidthMinMbps: {
    min: 0,
    text: {
      en: 'The setting highBandwidthMinMbps is {value}; it must be 0 or more (Mbit/s).',
      es: 'La configuración highBandwidthMinMbps vale {value}; debe ser 0 o más (Mbit/s).',
    },
  },
  logShippingScheduleTolerance: {
    min: 1,
    text: {
      en: 'The setting logShippingScheduleTolerance is {value}; it must be 1 or more (a ratio).',
      es: 'La configuración logShippingScheduleTolerance vale {value}; debe ser 1 o más (una razón).',
    },
  },
};

const linkFigures = {
  latencyMs: {
    en: 'The link between the data centers has a latency of {value} ms, which is not a possible figure.',
    es: 'El enlace entre los centros de datos tiene una latencia de {value} ms, que no es una cifra posible.',
  },
  bandwidthMbps: {
    en: 'The link between the data centers has a bandwidth of {value} Mbit/s, which is not a possible figure.',
    es: 'El enlace entre los centros de datos tiene un ancho de banda de {value} Mbit/s, que no es una cifra posible.',
  },
} satisfies Record<'latencyMs' | 'bandwidthMbps', Text>;

const atLeast = (n: number, min: number) => Number.isFinite(n) && n >= min;

export const dsn015 = defineRule({
  id: 'DSN-015',
  severity: 'error',
  source: SOURCE,
  fixable: true,
  summary: {
    en: 'The data-center link figures and the rule settings are possible values.',
    es: 'Las cifras del enlace entre centros de datos y la configuración de las reglas son valores posibles.',
  },
  messages: {
    ...messagesFor('link', linkFigures, (t) => t),
    ...messagesFor('setting', settingLimits, (s) => s.text),
    reset: {
      en: 'Reset it to {value}',
      es: 'Restablecerla en {value}',
    },
  },
  check({ design, report }) {
    for (const key of Object.keys(linkFigures) as (keyof typeof linkFigures)[]) {
      const value = design.link[key];
      if (!atLeast(value, 0))
        report({ message: `link.${key}`, params: { value: String(value) }, elements: [] });
    }
    for (const key of Object.keys(settingLimits) as SettingKey[]) {
      const value = design.settings[key];
      if (atLeast(value, settingLimits[key].min)) continue;
      const fallback = DEFAULT_SETTINGS[key];
      report({
        message: `setting.${key}`,
        params: { value: String(value) },
        elements: [],
        fix: {
          title: 'reset',
          params: { value: String(fallback) },
          apply: (d) => ({ ...d, settings: { ...d.settings, [key]: fallback } }),
        },
      });
    }
  },
});
