/**
 * The renderer's message catalogue (i18next), bundled with the app: no catalogue is fetched at
 * run time. Rule messages are not here; the rules carry their own English and Spanish.
 */
import i18next from 'i18next';
import type { i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLocale } from '../../shared/i18n/text.ts';
import type { Locale } from '../../shared/i18n/text.ts';
import { en } from './en.ts';
import { es } from './es.ts';

const resources = { en: { translation: en }, es: { translation: es } } as const;

export function createI18n(locale: Locale): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

/** The planner's language, when the designer speaks it; English otherwise. */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isLocale(base)) return base;
  }
  return 'en';
}
