/** Hands the theme to the component tree; a component re-renders when the theme changes. */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ThemeController, ThemeState } from './theme.ts';

export const ThemeContext = createContext<ThemeController | null>(null);

export function useThemeController(): ThemeController {
  const theme = useContext(ThemeContext);
  if (!theme) throw new Error('useThemeController outside ThemeContext');
  return theme;
}

export function useTheme(): ThemeState {
  const theme = useThemeController();
  return useSyncExternalStore(theme.subscribe, theme.get);
}
