/** Options shared by several commands, checked in one place. */
import { isLocale } from '../shared/i18n/text.ts';
import type { Locale } from '../shared/i18n/text.ts';
import { CliError } from './io.ts';

export const langOption = { lang: { type: 'string' as const, default: 'en' } };

export function readLocale(value: string | boolean | undefined): Locale {
  const lang = typeof value === 'string' ? value : 'en';
  if (!isLocale(lang)) throw new CliError(`--lang must be en or es, not "${lang}".`);
  return lang;
}

export function onePositional(positionals: string[], what: string, usage: string): string {
  if (positionals.length === 0) throw new CliError(`Missing ${what}.\nUsage: ${usage}`);
  if (positionals.length > 1)
    throw new CliError(`Expected one ${what}, got ${positionals.length}.\nUsage: ${usage}`);
  return positionals[0]!;
}
