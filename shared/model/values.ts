/**
 * Checks of single field values. The inspector uses them inline and the design-integrity rules
 * use them on whole designs, so both say the same thing about the same value.
 * Each returns null when the value is fine, or a ValueProblem saying what is wrong.
 */
import { render } from '../i18n/text.ts';
import type { Locale, Text } from '../i18n/text.ts';

const LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;

/**
 * What is wrong with a value, as a code and its parameters. The inspector and the integrity
 * rules each turn the code into their own sentence in the planner's language; neither has to
 * recognise an English phrase, so a reworded phrase cannot break either of them.
 */
export type ProblemCode =
  | 'empty'
  | 'spaces'
  | 'tooLong253'
  | 'scriptVariable'
  | 'singleLabel'
  | 'invalidLabel'
  | 'ipAddress'
  | 'notWhole'
  | 'portRange'
  | 'tooLong16'
  | 'instanceChars'
  | 'reservedInstance'
  | 'sharePath'
  | 'shareChars'
  | 'notNumber'
  | 'negative'
  | 'overWeek';

export interface ValueProblem {
  code: ProblemCode;
  /** Only `invalidLabel` carries one: the offending label. */
  params: Readonly<Record<string, string>>;
}

const problem = (code: ProblemCode, params: Record<string, string> = {}): ValueProblem => ({ code, params });

/** The phrase of each problem, finishing a sentence that names the field ("The FQDN … is empty"). */
export const problemTexts: Readonly<Record<ProblemCode, Text>> = {
  empty: { en: 'is empty', es: 'está vacío' },
  spaces: { en: 'has spaces around it', es: 'tiene espacios alrededor' },
  tooLong253: { en: 'is longer than 253 characters', es: 'tiene más de 253 caracteres' },
  scriptVariable: {
    en: 'holds a script variable ($…) instead of a name',
    es: 'contiene una variable de script ($…) en lugar de un nombre',
  },
  singleLabel: {
    en: 'is a single label, not a fully qualified domain name',
    es: 'es una sola etiqueta, no un nombre de dominio completo',
  },
  invalidLabel: { en: 'has an invalid label "{label}"', es: 'tiene una etiqueta no válida «{label}»' },
  ipAddress: {
    en: 'looks like an IP address, not a domain name',
    es: 'parece una dirección IP, no un nombre de dominio',
  },
  notWhole: { en: 'is not a whole number', es: 'no es un número entero' },
  portRange: { en: 'is outside 1 to 65535', es: 'está fuera del intervalo de 1 a 65535' },
  tooLong16: { en: 'is longer than 16 characters', es: 'tiene más de 16 caracteres' },
  instanceChars: {
    en: 'may hold only letters, digits, _, &, # and $',
    es: 'solo puede contener letras, dígitos, _, &, # y $',
  },
  reservedInstance: {
    en: 'is a reserved name; leave it empty for the default instance',
    es: 'es un nombre reservado; déjelo vacío para la instancia predeterminada',
  },
  sharePath: {
    en: 'must be a share name, not a path',
    es: 'debe ser un nombre de recurso compartido, no una ruta',
  },
  shareChars: {
    en: 'holds a character a share name cannot have',
    es: 'contiene un carácter que un nombre de recurso compartido no admite',
  },
  notNumber: { en: 'is not a number', es: 'no es un número' },
  negative: { en: 'is negative', es: 'es negativo' },
  overWeek: { en: 'is longer than a week', es: 'supera una semana' },
};

export function describeProblem(p: ValueProblem, locale: Locale = 'en'): string {
  return render(problemTexts[p.code], p.params, locale);
}

export function fqdnProblem(value: string): ValueProblem | null {
  const v = value.trim();
  if (v === '') return problem('empty');
  if (v !== value) return problem('spaces');
  if (v.length > 253) return problem('tooLong253');
  if (v.includes('$')) return problem('scriptVariable');
  const labels = v.replace(/\.$/, '').split('.');
  if (labels.length < 2) return problem('singleLabel');
  const bad = labels.find((l) => !LABEL.test(l));
  if (bad !== undefined) return problem('invalidLabel', { label: bad });
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) return problem('ipAddress');
  return null;
}

export function isValidFqdn(value: string): boolean {
  return fqdnProblem(value) === null;
}

export function portProblem(value: number): ValueProblem | null {
  if (!Number.isInteger(value)) return problem('notWhole');
  if (value < 1 || value > 65535) return problem('portRange');
  return null;
}

/** SQL Server instance names: up to 16 characters, starting with a letter, underscore, & or #. */
export function instanceNameProblem(value: string): ValueProblem | null {
  if (value === '') return null;
  if (value.length > 16) return problem('tooLong16');
  if (!/^[A-Za-z_&#][A-Za-z0-9_&#$]*$/.test(value)) return problem('instanceChars');
  if (value.toUpperCase() === 'DEFAULT' || value.toUpperCase() === 'MSSQLSERVER') {
    return problem('reservedInstance');
  }
  return null;
}

export function shareNameProblem(value: string): ValueProblem | null {
  if (value.trim() === '') return problem('empty');
  if (/[\\/]/.test(value) && !isLocalPath(value)) return problem('sharePath');
  if (/["*:<>?|]/.test(value) && !isLocalPath(value)) return problem('shareChars');
  return null;
}

/** A drive-letter path such as D:\PChatFiles, allowed only for a single-computer pool's file store. */
export function isLocalPath(value: string): boolean {
  return /^[A-Za-z]:[\\/]/.test(value);
}

export function minutesProblem(value: number): ValueProblem | null {
  if (!Number.isFinite(value)) return problem('notNumber');
  if (value < 0) return problem('negative');
  if (value > 7 * 24 * 60) return problem('overWeek');
  return null;
}

export function uncPath(serverFqdn: string, shareName: string): string {
  return isLocalPath(shareName) ? shareName : `\\\\${serverFqdn}\\${shareName}`;
}

/** Lower-cased, trailing-dot-free FQDN, for comparisons: DNS names are case-insensitive. */
export function fqdnKey(value: string): string {
  return value.trim().toLowerCase().replace(/\.$/, '');
}

export function sqlInstanceLabel(serverFqdn: string, instanceName: string): string {
  return instanceName ? `${serverFqdn}\\${instanceName}` : serverFqdn;
}
