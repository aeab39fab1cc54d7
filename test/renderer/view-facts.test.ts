/**
 * What the page says about itself is right: the language is remembered and `<html lang>` follows
 * it, SQL Server versions are listed in release order, and the selection count counts what is
 * selected.
 */
import { describe, expect, test } from 'vitest';
import { createI18n } from '../../renderer/i18n/index.ts';
import { connectLocale, LOCALE_KEY, rememberedLocale } from '../../renderer/i18n/remembered-locale.ts';
import { relationsOf } from '../../renderer/model/relations.ts';
import { createEditorStore } from '../../renderer/state/editor-store.ts';
import { countSelection } from '../../renderer/state/selectors.ts';
import { sqlVersions, sqlVersionSchema } from '../../shared/model/schema.ts';
import { loadExample } from '../support/designs.ts';
import { memoryStorage } from '../support/storage.ts';

describe('language', () => {
  test('the chosen language is remembered for the next visit, and <html lang> follows it', () => {
    const storage = memoryStorage();
    const root = { lang: 'en' };
    expect(rememberedLocale(storage)).toBeNull();
    const store = createEditorStore(loadExample('reference-high-bandwidth'), { locale: 'en' });
    connectLocale(store, { root, storage });
    store.getState().setLocale('es');
    expect(root.lang).toBe('es');
    expect(storage.items.get(LOCALE_KEY)).toBe('es');
    expect(rememberedLocale(storage)).toBe('es');

    // The next visit starts in Spanish, <html lang> included.
    const next = createEditorStore(loadExample('reference-high-bandwidth'), {
      locale: rememberedLocale(storage)!,
    });
    const nextRoot = { lang: 'en' };
    connectLocale(next, { root: nextRoot, storage });
    expect(nextRoot.lang).toBe('es');
  });

  test('a stored value that is no language, or blocked storage, is ignored', () => {
    expect(rememberedLocale({ getItem: () => 'fr', setItem: () => undefined })).toBeNull();
    const blocked = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => undefined,
    };
    expect(rememberedLocale(blocked)).toBeNull();
  });
});

describe('SQL Server versions', () => {
  test('are listed in release order, 2008 R2 between 2008 and 2012', () => {
    expect(sqlVersions).toEqual(['2005', '2008', '2008R2', '2012', '2014', '2016']);
    // The schema's own list is what the inspector showed before: 2008 R2 came last.
    expect([...sqlVersionSchema.options].sort()).toEqual([...sqlVersions].sort());
    const en = createI18n('en');
    expect(sqlVersions.map((v) => en.t(`values.version.${v}`))).toEqual([
      '2005',
      '2008',
      '2008 R2',
      '2012',
      '2014',
      '2016',
    ]);
  });
});

describe('the selection count', () => {
  test('Select all counts its elements and its connections apart, and no data center', () => {
    const store = createEditorStore(loadExample('reference-high-bandwidth'));
    store.getState().selectAll();
    const s = store.getState();
    const d = s.doc.design;
    const elements =
      d.pools.length +
      d.servers.length +
      d.frontEndPools.length +
      d.sqlInstances.length +
      d.fileStores.length +
      d.shares.length;
    expect(countSelection(d, s.selection)).toEqual({
      elements,
      connections: relationsOf(d).length,
      dataCenters: 0,
    });
    const en = createI18n('en');
    expect(en.t('safety.selectedElements', { count: 1 })).toBe('1 element selected');
    expect(en.t('safety.selectedConnections', { count: 2 })).toBe('2 connections selected');
    expect(createI18n('es').t('safety.selectedConnections', { count: 1 })).toBe('1 conexión seleccionada');
  });

  test('data centers are counted as data centers', () => {
    const store = createEditorStore(loadExample('reference-high-bandwidth'));
    store.getState().select(['dc1', 'dc2', 'pc1']);
    expect(countSelection(store.getState().doc.design, store.getState().selection)).toEqual({
      elements: 1,
      connections: 0,
      dataCenters: 2,
    });
  });
});
