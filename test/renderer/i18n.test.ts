/**
 * Every string of the interface is in the catalogue, in English and in Spanish: the keys the
 * components name literally, and every key built from a model value (kinds, roles, refusals…).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { storeRoleNames } from '../../shared/model/schema.ts';
import { refusalReasons, sourceHandles } from '../../renderer/model/connections.ts';
import { placeableKinds } from '../../renderer/model/kinds.ts';
import { relationKinds, shareSlots } from '../../renderer/model/relations.ts';
import { allActions } from '../../renderer/actions/registry.ts';
import { createI18n } from '../../renderer/i18n/index.ts';
import { en } from '../../renderer/i18n/en.ts';
import { es } from '../../renderer/i18n/es.ts';

const rendererDir = join(import.meta.dirname, '..', '..', 'renderer');

function leaves(obj: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v as object, key)) out.set(kk, vv);
  }
  return out;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(f) && !p.includes(`${join('renderer', 'i18n')}`) ? [readFileSync(p, 'utf8')] : [];
  });
}

const enKeys = leaves(en);
const esKeys = leaves(es);
/** A key as i18next resolves it: plural forms count as the key itself. */
const has = (key: string) => enKeys.has(key) || enKeys.has(`${key}_other`);

describe('the message catalogue', () => {
  test('Spanish has every English key, with the same placeholders, and no empty text', () => {
    expect([...esKeys.keys()].sort()).toEqual([...enKeys.keys()].sort());
    for (const [key, text] of enKeys) {
      const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(placeholders(esKeys.get(key)!), key).toEqual(placeholders(text));
      expect(text.trim(), key).not.toBe('');
    }
  });

  test('says no plural as a parenthesised ending ("(s)", "activo(s)"), in either language', () => {
    const bad = [...enKeys, ...esKeys].filter(([, text]) => /\w\((s|es|as|os)\)/.test(text));
    expect(bad).toEqual([]);
  });

  test('every key a component names literally exists', () => {
    const literal = new Set<string>();
    for (const text of sources(rendererDir)) {
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) literal.add(m[1]!);
      for (const m of text.matchAll(/\b(?:label|key): '([a-z]+\.[a-zA-Z0-9_.-]+)'/g)) literal.add(m[1]!);
    }
    expect(literal.size).toBeGreaterThan(50);
    expect([...literal].filter((k) => !has(k))).toEqual([]);
  });

  test('every key built from a model value exists', () => {
    const built = [
      ...placeableKinds.map((k) => `kinds.${k}`),
      ...placeableKinds.map((k) => `palette.describe.${k}`),
      ...relationKinds.flatMap((k) => [`relations.${k}`, `legend.${k}`]),
      ...refusalReasons.map((r) => `refusals.${r}`),
      ...sourceHandles.map((h) => `handles.${h}`),
      ...shareSlots.flatMap((s) => [`slots.${s}`, `chips.purpose.${s}`]),
      ...storeRoleNames.flatMap((r) => [
        `roles.${r}`,
        `chips.instance.${r}`,
        `chips.mirror.${r}`,
        `chips.witness.${r}`,
      ]),
      ...['error', 'warning', 'info'].flatMap((s) => [`severity.${s}`, `badge.${s}`, `findings.count.${s}`]),
      ...allActions.map((a) => a.label),
      // Every named key in a shortcut, as the sheet and the tooltips write it.
      ...allActions.flatMap((a) =>
        a.shortcuts.flatMap((s) =>
          s
            .split('+')
            .filter((k) => k.length > 1 && k !== 'Mod')
            .map((k) => `keys.${k}`),
        ),
      ),
      'keys.Ctrl',
    ];
    expect(built.filter((k) => !has(k))).toEqual([]);
  });

  test('plurals and placeholders render in both languages', () => {
    const i18nEn = createI18n('en');
    expect(i18nEn.t('findings.count.error', { count: 1 })).toBe('1 error');
    expect(i18nEn.t('findings.count.error', { count: 3 })).toBe('3 errors');
    const i18nEs = createI18n('es');
    expect(i18nEs.t('findings.count.warning', { count: 2 })).toBe('2 advertencias');
    expect(i18nEs.t('refusals.notAStore', { from: 'sql1.contoso.com' })).toBe(
      'sql1.contoso.com todavía no es almacén de ningún grupo: conecte antes un grupo con él.',
    );
  });
});
