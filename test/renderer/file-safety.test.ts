/**
 * The file commands never mislead: an import is announced only once it is open, an export of a
 * design with errors asks first and names how many, Save says that it saved, and a new design
 * exports under Topology Builder's own extension.
 */
import { describe, expect, test } from 'vitest';
import { createDocumentCommands } from '../../renderer/actions/documents.ts';
import type { TopologyXmlCodec } from '../../renderer/model/documents.ts';
import { templateDocument } from '../../renderer/model/templates.ts';
import { createI18n } from '../../renderer/i18n/index.ts';
import { createEditorStore } from '../../renderer/state/editor-store.ts';
import type { DesignerPlatform, SaveRequest } from '../../shared/platform/contract.ts';
import { validate } from '../../shared/rules/engine.ts';
import { loadExample } from '../support/designs.ts';

const emptyNames = () => ({ design: 'New', dataCenters: ['A', 'B'] as const, lyncSite: 'S' });

function fakePlatform() {
  const exported: SaveRequest[] = [];
  const platform: DesignerPlatform = {
    openDesign: async () => null,
    importTopologyXml: async () => ({ name: 'contoso.xml', text: '<Topology/>', fileId: null }),
    saveDesign: async (r) => ({ name: r.suggestedName, fileId: 'f1' }),
    saveDesignAs: async () => ({ name: 'other.pctopo', fileId: 'f2' }),
    exportTopologyXml: async (r) => {
      exported.push(r);
      return { name: r.suggestedName, fileId: null };
    },
    onOpenFile: () => () => undefined,
    onCommand: () => () => undefined,
    setDocumentState: () => undefined,
  };
  return { platform, exported };
}

const xml: TopologyXmlCodec = {
  importTopology: () => ({
    document: templateDocument('low-bandwidth'),
    notes: ['Assumed SQL Server 2012.'],
  }),
  exportTopology: () => ({ text: '<Topology/>', notes: [] }),
};

function setup(doc = templateDocument('high-bandwidth')) {
  const store = createEditorStore(doc);
  const { platform, exported } = fakePlatform();
  const docs = createDocumentCommands({ store, platform, xml, emptyNames });
  return { store, docs, exported };
}

describe('import over unsaved changes', () => {
  test('“imported” appears only after the planner confirms the discard prompt', async () => {
    const { store, docs } = setup();
    store.getState().renameDataCenter('dc1', 'Changed');
    await docs.importXml();
    expect(store.getState().pending).not.toBeNull();
    expect(store.getState().notice).toBeNull();
    store.getState().confirmPending();
    expect(store.getState().doc.design.dataCenters[1]!.name).toBe('Atlanta');
    expect(store.getState().notice).toMatchObject({
      key: 'notices.imported',
      detail: 'Assumed SQL Server 2012.',
    });
  });

  test('never after “Keep editing”', async () => {
    const { store, docs } = setup();
    store.getState().renameDataCenter('dc1', 'Changed');
    await docs.importXml();
    store.getState().cancelPending();
    expect(store.getState().notice).toBeNull();
    expect(store.getState().doc.design.dataCenters[0]!.name).toBe('Changed');
    // A later New that replaces the design directly does not bring the dropped notice back.
    store.getState().markSaved(store.getState().doc, { name: 'x.pctopo', fileId: null });
    store.getState().newDesign('empty', emptyNames());
    expect(store.getState().notice).toBeNull();
  });
});

describe('export of topology XML', () => {
  test('a design with errors asks first, naming the error count, and writes nothing', async () => {
    const { store, docs, exported } = setup(loadExample('broken'));
    const errors = validate(store.getState().doc.design).filter((f) => f.severity === 'error').length;
    expect(errors).toBeGreaterThan(1);
    await docs.exportXml();
    expect(exported).toEqual([]);
    expect(store.getState().prompt).toEqual({ kind: 'exportWithErrors', errors });
  });

  test('“Export anyway” exports, and closes the question', async () => {
    const { store, docs, exported } = setup(loadExample('broken'));
    await docs.exportXml();
    await docs.exportXml({ despiteErrors: true });
    expect(exported).toHaveLength(1);
    expect(store.getState().prompt).toBeNull();
    expect(store.getState().notice).toMatchObject({ key: 'notices.exported' });
  });

  test('a design without errors exports at once, and a new design as .tbxml', async () => {
    const { store, docs, exported } = setup();
    await docs.exportXml();
    expect(store.getState().prompt).toBeNull();
    expect(exported.map((r) => r.suggestedName)).toEqual([
      'Contoso stretched Persistent Chat pool (high bandwidth).tbxml',
    ]);
  });

  test('the question has real plurals in English and Spanish', () => {
    const en = createI18n('en');
    const es = createI18n('es');
    expect(en.t('safety.exportErrors.body', { count: 1 })).toMatch(/^The design has 1 error \(/);
    expect(en.t('safety.exportErrors.body', { count: 4 })).toMatch(/^The design has 4 errors \(/);
    expect(es.t('safety.exportErrors.body', { count: 1 })).toMatch(/^El diseño tiene 1 error \(/);
    expect(es.t('safety.exportErrors.body', { count: 4 })).toMatch(/^El diseño tiene 4 errores \(/);
  });
});

describe('save', () => {
  test('says that it saved, under the file’s name', async () => {
    const { store, docs } = setup();
    store.getState().renameDataCenter('dc1', 'Austin');
    await docs.save();
    expect(store.getState().notice).toEqual({
      tone: 'info',
      key: 'safety.saved',
      params: { name: 'Contoso stretched Persistent Chat pool (high bandwidth).pctopo' },
    });
    expect(createI18n('en').t('safety.saved', { name: 'a.pctopo' })).toBe('Saved as a.pctopo.');
  });
});
