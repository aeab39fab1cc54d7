/**
 * The framework-free half of the message catalogue. The domain core speaks through `Text`
 * values (one string per language) and `{name}` placeholders, so the CLI and the renderer
 * render the same words, and the renderer's i18next catalogue can be fed from the same source.
 */
export const locales = ['en', 'es'] as const;
export type Locale = (typeof locales)[number];

export type Text = Readonly<Record<Locale, string>>;
export type Params = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills `{name}` placeholders; numbers get thousands separators in the locale's style. */
export function interpolate(template: string, params: Params = {}, locale: Locale = 'en'): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? value.toLocaleString(locale === 'es' ? 'es-ES' : 'en-US') : value;
  });
}

export function render(text: Text, params?: Params, locale: Locale = 'en'): string {
  return interpolate(text[locale] || text.en, params, locale);
}

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}
