/**
 * Opening and saving through the platform's file API: the browser implementation's two paths
 * (File System Access, or input and download) and the commands' handling of failures.
 */
import { describe, expect, test, vi } from 'vitest';
import { serializeDesign } from '../../shared/model/load.ts';
import { createDocumentCommands } from '../../renderer/actions/documents.ts';
import { readDocument, sniffFormat, suggestedFileName } from '../../renderer/model/documents.ts';
import { templateDocument } from '../../renderer/model/templates.ts';
import { createBrowserPlatform } from '../../renderer/platform/browser.ts';
import type { FileSystemAccess } from '../../renderer/platform/browser.ts';
import type { DesignerPlatform, OpenedFile } from '../../shared/platform/contract.ts';
import { createEditorStore } from '../../renderer/state/editor-store.ts';

const emptyNames = () => ({ design: 'New', dataCenters: ['A', 'B'] as const, lyncSite: 'S' });

function fakePlatform(
  opened: OpenedFile | null,
): DesignerPlatform & { saved: { text: string; suggestedName: string }[] } {
  const saved: { text: string; suggestedName: string }[] = [];
  return {
    saved,
    openDesign: async () => opened,
    importTopologyXml: async () => opened,
    saveDesign: async (r) => {
      saved.push(r);
      return { name: r.suggestedName, fileId: 'f1' };
    },
    saveDesignAs: async (r) => {
      saved.push(r);
      return { name: 'other.pctopo', fileId: 'f2' };
    },
    exportTopologyXml: async () => null,
    onOpenFile: () => () => undefined,
    onCommand: () => () => undefined,
    setDocumentState: () => undefined,
  };
}

describe('document commands', () => {
  test('save writes the .pctopo text and marks the design saved under the file’s name', async () => {
    const store = createEditorStore(templateDocument('high-bandwidth'));
    store.getState().renameDataCenter('dc1', 'Austin');
    const platform = fakePlatform(null);
    const docs = createDocumentCommands({ store, platform, xml: null, emptyNames });
    await docs.save();
    expect(platform.saved[0]!.suggestedName).toBe(
      'Contoso stretched Persistent Chat pool (high bandwidth).pctopo',
    );
    expect(JSON.parse(platform.saved[0]!.text).design.dataCenters[0].name).toBe('Austin');
    const s = store.getState();
    expect(s.doc).toBe(s.savedDoc);
    expect(s.file).toEqual({ name: platform.saved[0]!.suggestedName, fileId: 'f1' });
  });

  test('a file that is not a design leaves the open design alone and says why', async () => {
    const store = createEditorStore(templateDocument('high-bandwidth'));
    const doc = store.getState().doc;
    const docs = createDocumentCommands({
      store,
      platform: fakePlatform({ name: 'x.pctopo', text: '{"formatVersion": 7}', fileId: null }),
      xml: null,
      emptyNames,
    });
    await docs.open();
    expect(store.getState().doc).toBe(doc);
    expect(store.getState().notice).toMatchObject({ key: 'notices.openFailed' });
    expect(store.getState().notice?.detail).toContain('newer version of the designer');
  });

  test('topology XML without the XML module is refused with its own message', async () => {
    const store = createEditorStore(templateDocument('high-bandwidth'));
    const docs = createDocumentCommands({
      store,
      platform: fakePlatform({ name: 't.xml', text: '<?xml version="1.0"?><Topology/>', fileId: null }),
      xml: null,
      emptyNames,
    });
    await docs.open();
    expect(store.getState().notice).toMatchObject({ key: 'notices.xmlUnavailable' });
  });

  test('imported XML opens as an unsaved design, so Save never writes JSON over the XML file', () => {
    const store = createEditorStore(templateDocument('high-bandwidth'));
    const imported = templateDocument('low-bandwidth');
    const docs = createDocumentCommands({
      store,
      platform: fakePlatform(null),
      xml: {
        importTopology: () => ({
          document: { ...imported, layout: { nodes: {} } },
          notes: ['Assumed SQL Server 2012.'],
        }),
        exportTopology: () => ({ text: '<x/>', notes: [] }),
      },
      emptyNames,
    });
    docs.openFile({ name: 'contoso.xml', text: '<Topology/>', fileId: 'xml-handle' });
    const s = store.getState();
    expect(s.doc.design.name).toBe(imported.design.name);
    expect(s.file).toEqual({ name: 'contoso.pctopo', fileId: null });
    expect(s.notice).toMatchObject({
      tone: 'info',
      key: 'notices.imported',
      detail: 'Assumed SQL Server 2012.',
    });
    // The import had no layout; every element got one.
    expect(Object.keys(s.doc.layout.nodes)).toHaveLength(2 + 2 + 1 + 8 + 9 + 2 + 3);
  });

  test('content decides the format, not the name', () => {
    expect(sniffFormat('\uFEFF  <?xml version="1.0"?>')).toBe('topology-xml');
    expect(sniffFormat('{"formatVersion":1}')).toBe('design');
    const doc = templateDocument('empty');
    expect(readDocument(serializeDesign(doc), null).doc.design).toEqual(doc.design);
    expect(suggestedFileName({ ...doc, design: { ...doc.design, name: 'A/B: "C"?' } }, '.pctopo')).toBe(
      'A B C.pctopo',
    );
  });
});

describe('browser file API', () => {
  test('without the File System Access API, save is a download and open uses the page’s file input', async () => {
    const download = vi.fn();
    const platform = createBrowserPlatform({ fileSystemAccess: null, download });
    expect(await platform.saveDesign({ text: '{}', suggestedName: 'a.pctopo', fileId: null })).toEqual({
      name: 'a.pctopo',
      fileId: null,
    });
    expect(download).toHaveBeenCalledWith('{}', 'a.pctopo', 'application/json');

    const clicks: string[] = [];
    const input = {
      accept: '',
      value: '',
      click: () => clicks.push('click'),
      addEventListener: () => undefined,
    } as unknown as HTMLInputElement;
    platform.attachInput(input);
    const opening = platform.openDesign();
    expect(clicks).toEqual(['click']);
    await platform.receiveFile(new File(['{"x":1}'], 'd.pctopo'));
    expect(await opening).toEqual({ name: 'd.pctopo', text: '{"x":1}', fileId: null });
  });

  test('a file chosen without a pending request (a test, a drop) is offered to the listeners', async () => {
    const platform = createBrowserPlatform({ fileSystemAccess: null, download: () => undefined });
    const seen: string[] = [];
    platform.onOpenFile((f) => seen.push(f.name));
    await platform.receiveFile(new File(['{}'], 'dropped.pctopo'));
    expect(seen).toEqual(['dropped.pctopo']);
  });

  test('with the File System Access API, Save writes back to the file that was opened', async () => {
    const written: string[] = [];
    const handle = {
      name: 'mine.pctopo',
      getFile: async () => new File(['{"a":1}'], 'mine.pctopo'),
      createWritable: async () => ({
        write: async (data: Blob | string) =>
          void written.push(typeof data === 'string' ? data : await data.text()),
        close: async () => undefined,
      }),
    };
    const fsa: FileSystemAccess = {
      showOpenFilePicker: vi.fn(async () => [handle]),
      showSaveFilePicker: vi.fn(async () => handle),
    };
    const platform = createBrowserPlatform({ fileSystemAccess: fsa, download: () => undefined });
    const opened = await platform.openDesign();
    expect(opened?.text).toBe('{"a":1}');
    const saved = await platform.saveDesign({
      text: '{"b":2}',
      suggestedName: 'x.pctopo',
      fileId: opened!.fileId,
    });
    expect(saved).toEqual({ name: 'mine.pctopo', fileId: opened!.fileId });
    expect(written).toEqual(['{"b":2}']);
    expect(fsa.showSaveFilePicker).not.toHaveBeenCalled();
    // Save As always asks.
    await platform.saveDesignAs({ text: '{}', suggestedName: 'y.pctopo', fileId: opened!.fileId });
    expect(fsa.showSaveFilePicker).toHaveBeenCalledTimes(1);
  });

  test('a cancelled picker is not an error', async () => {
    const fsa: FileSystemAccess = {
      showOpenFilePicker: async () => {
        throw new DOMException('cancelled', 'AbortError');
      },
      showSaveFilePicker: async () => {
        throw new DOMException('cancelled', 'AbortError');
      },
    };
    const platform = createBrowserPlatform({ fileSystemAccess: fsa, download: () => undefined });
    expect(await platform.openDesign()).toBeNull();
    expect(await platform.saveDesign({ text: '', suggestedName: 'a', fileId: null })).toBeNull();
  });
});
