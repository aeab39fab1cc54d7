/** Light or dark: the planner's choice, remembered, and System following the OS while it changes. */
import { describe, expect, test } from 'vitest';
import {
  THEME_KEY,
  createThemeController,
  nextThemeChoice,
  rememberedTheme,
} from '../../renderer/theme/theme.ts';

function page(options: { stored?: string; dark?: boolean; blocked?: boolean } = {}) {
  const store = new Map<string, string>(options.stored ? [[THEME_KEY, options.stored]] : []);
  const storage = {
    getItem: (k: string) => {
      if (options.blocked) throw new Error('blocked');
      return store.get(k) ?? null;
    },
    setItem: (k: string, v: string) => {
      if (options.blocked) throw new Error('blocked');
      store.set(k, v);
    },
  };
  const listeners: (() => void)[] = [];
  const prefersDark = {
    matches: options.dark ?? false,
    addEventListener: (_: 'change', l: () => void) => void listeners.push(l),
  };
  const root = { dataset: {} as DOMStringMap, style: { colorScheme: '' } };
  const osTurns = (dark: boolean) => {
    prefersDark.matches = dark;
    for (const l of listeners) l();
  };
  return { root, storage, prefersDark, store, osTurns };
}

describe('theme', () => {
  test('System follows the OS, and keeps following it when it changes', () => {
    const p = page({ dark: true });
    const theme = createThemeController(p);
    expect(theme.get()).toEqual({ choice: 'system', theme: 'dark' });
    expect(p.root.dataset.theme).toBe('dark');
    expect(p.root.style.colorScheme).toBe('dark');
    let told = 0;
    theme.subscribe(() => told++);
    p.osTurns(false);
    expect(p.root.dataset.theme).toBe('light');
    expect(told).toBe(1);
  });

  test('a chosen theme is kept, set on <html>, and holds against the OS', () => {
    const p = page({ dark: false });
    const chosen: string[] = [];
    const theme = createThemeController({ ...p, onChoice: (c) => chosen.push(c) });
    theme.choose('dark');
    expect(p.root.dataset.theme).toBe('dark');
    expect(p.root.dataset.themeChoice).toBe('dark');
    expect(p.store.get(THEME_KEY)).toBe('dark');
    p.osTurns(false);
    expect(p.root.dataset.theme).toBe('dark');
    expect(chosen).toEqual(['system', 'dark']);
    // The next visit starts with it.
    expect(createThemeController(page({ stored: 'dark' })).get().theme).toBe('dark');
  });

  test('nonsense or blocked storage means System, and the choice still holds for the visit', () => {
    expect(rememberedTheme(page({ stored: 'purple' }).storage)).toBe('system');
    expect(rememberedTheme(page({ blocked: true }).storage)).toBe('system');
    expect(rememberedTheme(null)).toBe('system');
    const p = page({ blocked: true });
    const theme = createThemeController(p);
    theme.choose('light');
    expect(p.root.dataset.theme).toBe('light');
  });

  test('the toolbar command steps System → Light → Dark → System', () => {
    expect(nextThemeChoice('system')).toBe('light');
    expect(nextThemeChoice('light')).toBe('dark');
    expect(nextThemeChoice('dark')).toBe('system');
  });
});
