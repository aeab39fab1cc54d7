/**
 * Light or dark: the planner's choice (System, Light or Dark), remembered across visits as the
 * language is, and resolved against the OS's `prefers-color-scheme` while the choice is System.
 * The page follows it through `<html data-theme>` (the CSS custom properties of theme.css) and
 * `color-scheme` (the browser's own scroll bars and form controls).
 */
export const themeChoices = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof themeChoices)[number];
export type Theme = 'light' | 'dark';

export const THEME_KEY = 'pchat-designer.theme';

type ThemeStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The part of `matchMedia('(prefers-color-scheme: dark)')` the theme listens to. */
export interface DarkPreference {
  readonly matches: boolean;
  addEventListener(type: 'change', listener: () => void): void;
}

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (themeChoices as readonly string[]).includes(value);
}

/** The choice made on an earlier visit; System when none was (or storage is blocked). */
export function rememberedTheme(storage: ThemeStorage | null): ThemeChoice {
  try {
    const value = storage?.getItem(THEME_KEY) ?? null;
    return isThemeChoice(value) ? value : 'system';
  } catch {
    return 'system';
  }
}

export function resolveTheme(choice: ThemeChoice, prefersDark: boolean): Theme {
  return choice === 'system' ? (prefersDark ? 'dark' : 'light') : choice;
}

/** System → Light → Dark → System: what the toolbar's command and the desktop menu step through. */
export function nextThemeChoice(choice: ThemeChoice): ThemeChoice {
  return themeChoices[(themeChoices.indexOf(choice) + 1) % themeChoices.length]!;
}

export interface ThemeState {
  choice: ThemeChoice;
  theme: Theme;
}

export interface ThemeController {
  get(): ThemeState;
  choose(choice: ThemeChoice): void;
  subscribe(listener: () => void): () => void;
}

export function createThemeController(page: {
  root: { dataset: DOMStringMap; style: { colorScheme: string } };
  storage: ThemeStorage | null;
  prefersDark: DarkPreference | null;
  /** Told of each choice, for a shell that themes its own frame (Electron's nativeTheme). */
  onChoice?: (choice: ThemeChoice) => void;
}): ThemeController {
  const listeners = new Set<() => void>();
  const resolve = (choice: ThemeChoice): ThemeState => ({
    choice,
    theme: resolveTheme(choice, page.prefersDark?.matches ?? false),
  });
  let state = resolve(rememberedTheme(page.storage));
  const apply = () => {
    page.root.dataset.theme = state.theme;
    page.root.dataset.themeChoice = state.choice;
    page.root.style.colorScheme = state.theme;
    for (const l of listeners) l();
  };
  page.prefersDark?.addEventListener('change', () => {
    const next = resolve(state.choice);
    if (next.theme === state.theme) return;
    state = next;
    apply();
  });
  apply();
  page.onChoice?.(state.choice);
  return {
    get: () => state,
    choose(choice) {
      if (choice === state.choice) return;
      state = resolve(choice);
      try {
        page.storage?.setItem(THEME_KEY, choice);
      } catch {
        // Blocked or full storage: the choice holds for this visit only.
      }
      apply();
      page.onChoice?.(choice);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
