/**
 * Export runbook: the web edition makes the failover, failback and deployment runbooks of the
 * design and downloads them as one .zip; a shell that writes runbooks itself (the Electron preload) gets
 * the design, and its menu command reaches the same action.
 */
import { describe, expect, test, vi } from 'vitest';
import { designerCommands } from '../../electron/menu.ts';
import { createDocumentCommands } from '../../renderer/actions/documents.ts';
import { actionByName, exportRunbook } from '../../renderer/actions/registry.ts';
import type { ActionContext } from '../../renderer/actions/types.ts';
import { templateDocument } from '../../renderer/model/templates.ts';
import { createBrowserPlatform } from '../../renderer/platform/browser.ts';
import type { DesignerPlatform } from '../../shared/platform/contract.ts';
import { createEditorStore } from '../../renderer/state/editor-store.ts';
import { serializeDesign } from '../../shared/model/load.ts';
import { runbookFiles } from '../../shared/runbooks/files.ts';
import { unzipSync } from 'fflate';
import { loadExample, runbookFileNames } from '../support/designs.ts';
import { idlePlatform } from '../support/platform.ts';

const emptyNames = () => ({ design: 'New', dataCenters: ['A', 'B'] as const, lyncSite: 'S' });

function context(store: ReturnType<typeof createEditorStore>, p: DesignerPlatform): ActionContext {
  return {
    store,
    documents: createDocumentCommands({ store, platform: p, xml: null, emptyNames }),
    viewport: { fitView: () => undefined, zoomIn: () => undefined, zoomOut: () => undefined },
    toggleShortcuts: () => undefined,
    openFind: () => undefined,
  };
}

describe('Export runbook', () => {
  test('the web edition downloads the three runbooks, filled in with the design’s names', async () => {
    const store = createEditorStore(loadExample('reference-high-bandwidth'));
    const doc = store.getState().doc;
    const saved: { name: string; text: string }[] = [];
    const p = idlePlatform({ saveFiles: async (archive) => void saved.push(...archive.files) });
    await exportRunbook.perform(context(store, p));

    expect(saved.map((f) => f.name).sort()).toEqual(runbookFileNames);
    const file = (name: string) => saved.find((f) => f.name === name)!.text;
    // The backup store that takes over in FO is named in the failover procedure.
    expect(file('failover.md')).toContain('sqlpc2.contoso.com');
    // Windows PowerShell 5.1 and SSMS need the byte-order mark to read UTF-8.
    expect(file('failover.ps1').startsWith('\uFEFF')).toBe(true);
    expect(file('failover.sql').startsWith('\uFEFF')).toBe(true);
    expect(file('deploy.md').startsWith('\uFEFF')).toBe(false);
    expect(store.getState().notice).toMatchObject({ tone: 'info', key: 'safety.runbookZipped' });
    expect(store.getState().doc).toBe(doc);
  });

  test('the browser platform offers the runbooks as one .zip whose files are byte for byte shared/runbooks output', async () => {
    const store = createEditorStore(loadExample('reference-high-bandwidth'));
    const downloads: { data: string | Uint8Array; name: string; mime: string }[] = [];
    const browser = createBrowserPlatform({
      fileSystemAccess: null,
      download: (data, name, mime) => void downloads.push({ data, name, mime }),
    });
    await exportRunbook.perform(context(store, browser));
    expect(downloads).toHaveLength(1);
    const [zip] = downloads;
    expect(zip!.name).toBe('Contoso stretched Persistent Chat pool (high bandwidth) runbooks.zip');
    expect(zip!.mime).toBe('application/zip');
    expect(zip!.data).toBeInstanceOf(Uint8Array);
    const entries = unzipSync(zip!.data as Uint8Array);
    const expected = runbookFiles(store.getState().doc.design, 'en').files;
    expect(Object.keys(entries).sort()).toEqual(expected.map((f) => f.name).sort());
    expect(Object.keys(entries)).toHaveLength(7);
    for (const f of expected) expect(entries[f.name], f.name).toEqual(new TextEncoder().encode(f.text));
    // The byte-order mark PowerShell 5.1 needs survives the archive.
    expect([...entries['failover.ps1']!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(store.getState().notice).toMatchObject({
      key: 'safety.runbookZipped',
      params: { name: zip!.name },
    });
  });

  test('the browser platform offers a single file as itself, not as a zip of one', async () => {
    const downloads: { data: string | Uint8Array; name: string; mime: string }[] = [];
    const browser = createBrowserPlatform({
      fileSystemAccess: null,
      download: (data, name, mime) => void downloads.push({ data, name, mime }),
    });
    await browser.saveFiles!({ name: 'x.zip', files: [{ name: 'Contoso what-if.md', text: '# What if' }] });
    expect(downloads).toEqual([{ data: '# What if', name: 'Contoso what-if.md', mime: 'text/plain' }]);
  });

  test('a runbook the design cannot support is left out, and the notice says why', async () => {
    const store = createEditorStore(loadExample('reference-high-bandwidth'));
    store.getState().updateElement('pool1', { disasterRecovery: false });
    store.getState().assignStoreInstance('pool1', 'backup', 'instance', null);
    const saved: { name: string; text: string }[] = [];
    await exportRunbook.perform(
      context(store, idlePlatform({ saveFiles: async (a) => void saved.push(...a.files) })),
    );
    expect(saved.map((f) => f.name)).toContain('deploy.md');
    expect(saved.map((f) => f.name)).not.toContain('failover.md');
    const notice = store.getState().notice!;
    expect(notice.key).toBe('safety.runbookZipped');
    expect(notice.detail).toMatch(/backup/i);
  });

  test('is unavailable without a pool, and downloads nothing', async () => {
    const store = createEditorStore(templateDocument('empty'));
    expect(exportRunbook.enabled!(store.getState())).toBe(false);
    const saveFiles = vi.fn(async () => undefined);
    await exportRunbook.perform(context(store, idlePlatform({ saveFiles })));
    expect(saveFiles).not.toHaveBeenCalled();
    expect(store.getState().notice).toMatchObject({ tone: 'error', key: 'notices.runbookNone' });
  });

  test('a shell with its own exportRunbook gets the design as saved, and nothing is downloaded', async () => {
    const store = createEditorStore(loadExample('reference-high-bandwidth'));
    const shellExport = vi.fn(async () => null);
    const saveFiles = vi.fn(async () => undefined);
    await exportRunbook.perform(context(store, idlePlatform({ exportRunbook: shellExport, saveFiles })));
    expect(shellExport).toHaveBeenCalledWith({
      text: serializeDesign(store.getState().doc),
      suggestedName: store.getState().doc.design.name,
    });
    expect(saveFiles).not.toHaveBeenCalled();
  });

  test('a failure in the shell is a notice, and the design stays as it was', async () => {
    const store = createEditorStore(loadExample('reference-high-bandwidth'));
    const doc = store.getState().doc;
    const shellExport = vi.fn(async () => {
      throw new Error('The folder is read-only.');
    });
    await exportRunbook.perform(context(store, idlePlatform({ exportRunbook: shellExport })));
    expect(store.getState().notice).toMatchObject({
      tone: 'error',
      key: 'notices.runbookFailed',
      detail: 'The folder is read-only.',
    });
    expect(store.getState().doc).toBe(doc);
  });

  test('every command the desktop menu sends, Export Runbook among them, names an action', () => {
    expect(designerCommands).toContain('exportRunbook');
    for (const command of designerCommands) expect(actionByName(command), command).toBeDefined();
  });
});
