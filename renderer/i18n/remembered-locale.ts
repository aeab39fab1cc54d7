/**
 * The planner's chosen language, remembered across visits (localStorage) and followed by
 * `<html lang>`, so screen readers and the browser's own spelling and hyphenation use it too.
 */
import { isLocale } from '../../shared/i18n/text.ts';
import type { Locale } from '../../shared/i18n/text.ts';
import type { EditorStore } from '../state/editor-store.ts';

export const LOCALE_KEY = 'pchat-designer.locale';

type LocaleStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The language chosen on an earlier visit, or null when none was (or storage is blocked). */
export function rememberedLocale(storage: LocaleStorage | null): Locale | null {
  try {
    const value = storage?.getItem(LOCALE_KEY) ?? null;
    return value !== null && isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/** Keeps `<html lang>` and the remembered language in step with the editor's locale. */
export function connectLocale(
  store: EditorStore,
  page: { root: { lang: string }; storage: LocaleStorage | null },
): () => void {
  page.root.lang = store.getState().locale;
  return store.subscribe((s, prev) => {
    if (s.locale === prev.locale) return;
    page.root.lang = s.locale;
    try {
      page.storage?.setItem(LOCALE_KEY, s.locale);
    } catch {
      // Blocked or full storage: the choice holds for this visit only.
    }
  });
}
