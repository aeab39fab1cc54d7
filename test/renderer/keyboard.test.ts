/** Shortcuts: Ctrl on Windows and Linux, Cmd on a Mac, and keys in text fields left to the field. */
import { describe, expect, test } from 'vitest';
import { actionForKey, displayShortcut, matchesShortcut } from '../../renderer/actions/keyboard.ts';
import type { KeyPress } from '../../renderer/actions/keyboard.ts';
import { allActions } from '../../renderer/actions/registry.ts';

const key = (k: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key: k,
  code: /^\d$/.test(k) ? `Digit${k}` : `Key${k.toUpperCase()}`,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});
const name = (e: KeyPress, isMac = false, inTextField = false) =>
  actionForKey(allActions, e, { isMac, inTextField })?.name;

describe('shortcuts', () => {
  test('undo and redo on Windows and Linux', () => {
    expect(name(key('z', { ctrlKey: true }))).toBe('undo');
    expect(name(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(name(key('y', { ctrlKey: true }))).toBe('redo');
    expect(name(key('z', { metaKey: true }))).toBeUndefined();
  });

  test('undo and redo on a Mac', () => {
    expect(name(key('z', { metaKey: true }), true)).toBe('undo');
    expect(name(key('z', { metaKey: true, shiftKey: true }), true)).toBe('redo');
  });

  test('in a text field, editing keys belong to the field, but Save still saves', () => {
    expect(name(key('z', { ctrlKey: true }), false, true)).toBeUndefined();
    expect(name(key('a', { ctrlKey: true }), false, true)).toBeUndefined();
    expect(name(key('Delete'), false, true)).toBeUndefined();
    expect(name(key('s', { ctrlKey: true }), false, true)).toBe('save');
  });

  test('the canvas keys', () => {
    expect(name(key('Delete'))).toBe('delete');
    expect(name(key('Backspace'))).toBe('delete');
    expect(name(key('a', { ctrlKey: true }))).toBe('selectAll');
    expect(name(key('d', { ctrlKey: true }))).toBe('duplicate');
    expect(name({ ...key('!', { shiftKey: true }), code: 'Digit1' })).toBe('zoomToFit');
    expect(name(key('?', { shiftKey: true }))).toBe('showShortcuts');
    expect(name(key('g'))).toBe('toggleSnapToGrid');
    // A modifier the shortcut does not have makes it another key.
    expect(name(key('g', { ctrlKey: true }))).toBeUndefined();
  });

  test('every shortcut belongs to one action only', () => {
    const seen = new Map<string, string>();
    for (const a of allActions) {
      for (const s of a.shortcuts) {
        expect(seen.get(s), `${s} is bound twice`).toBeUndefined();
        seen.set(s, a.name);
      }
    }
    expect(matchesShortcut('+', key('+', { shiftKey: true }), false)).toBe(true);
  });

  test('shortcuts are written for the planner’s platform', () => {
    expect(displayShortcut('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z');
    expect(displayShortcut('Mod+Z', true)).toBe('⌘Z');
    expect(displayShortcut('+', false)).toBe('+');
    const spanish: Record<string, string> = { Delete: 'Supr', Shift: 'Mayús', Ctrl: 'Ctrl' };
    expect(displayShortcut('Delete', false, (k) => spanish[k] ?? k)).toBe('Supr');
    expect(displayShortcut('Mod+Shift+S', false, (k) => spanish[k] ?? k)).toBe('Ctrl+Mayús+S');
  });
});
