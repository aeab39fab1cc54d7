/**
 * Matching key presses to actions. `Mod` is Cmd on a Mac and Ctrl elsewhere. Letters and named
 * keys must match their modifiers exactly; a symbol such as `?` or `+` ignores Shift, since
 * typing it already takes Shift on many layouts.
 */
import type { Action } from './types.ts';

export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const NAMED = new Set([
  'delete',
  'backspace',
  'escape',
  'enter',
  'tab',
  'arrowup',
  'arrowdown',
  'arrowleft',
  'arrowright',
]);

export function matchesShortcut(shortcut: string, e: KeyPress, isMac: boolean): boolean {
  const parts = shortcut.split('+');
  // "Mod+=" and "+" both end in the key itself; a trailing empty part means the key is "+".
  const key = (parts[parts.length - 1] === '' ? '+' : parts[parts.length - 1]!).toLowerCase();
  const mods = new Set(parts.slice(0, parts[parts.length - 1] === '' ? -2 : -1).map((m) => m.toLowerCase()));
  const wantCtrl = mods.has('ctrl') || (mods.has('mod') && !isMac);
  const wantMeta = mods.has('meta') || (mods.has('mod') && isMac);
  if (e.ctrlKey !== wantCtrl || e.metaKey !== wantMeta || e.altKey !== mods.has('alt')) return false;
  const isLetter = /^[a-z]$/.test(key);
  const isDigit = /^[0-9]$/.test(key);
  if (isLetter || isDigit || NAMED.has(key)) {
    if (e.shiftKey !== mods.has('shift')) return false;
    if (isDigit) return e.code === `Digit${key}` || e.code === `Numpad${key}`;
    return e.key.toLowerCase() === key;
  }
  return e.key === key;
}

/** Whether the key press happened in a place that edits text, where keys belong to the field. */
export function isTextField(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== 'string') return false;
  const el = target as HTMLElement;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select' || el.isContentEditable) return true;
  if (tag !== 'input') return false;
  const type = (el as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes(type);
}

export function actionForKey(
  actions: readonly Action[],
  e: KeyPress,
  options: { isMac: boolean; inTextField: boolean },
): Action | undefined {
  return actions.find(
    (a) =>
      (a.worksInFields || !options.inTextField) &&
      a.shortcuts.some((s) => matchesShortcut(s, e, options.isMac)),
  );
}

/**
 * How a shortcut is written for the planner: ⌘ on a Mac, Ctrl elsewhere, and named keys in the
 * planner's language (`keyName` gives, say, "Supr" for Delete on a Spanish keyboard).
 */
export function displayShortcut(
  shortcut: string,
  isMac: boolean,
  keyName: (key: string) => string = (key) => key,
): string {
  return shortcut
    .split('+')
    .map((p, i, all) => (p === '' && i === all.length - 1 ? '+' : p))
    .filter((p) => p !== '')
    .map((p) => (p === 'Mod' ? (isMac ? '⌘' : keyName('Ctrl')) : p.length > 1 ? keyName(p) : p))
    .join(isMac ? '' : '+');
}
