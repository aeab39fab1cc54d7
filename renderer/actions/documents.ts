/**
 * Open, save, import and export: the file commands behind the toolbar, the keys and a shell's
 * menus. They talk to the platform's file API and report every failure as a notice, leaving the
 * design in memory as it was.
 */
import type { TemplateName } from '../model/templates.ts';
import type { EmptyDesignNames } from '../model/templates.ts';
import {
  XmlUnavailableError,
  nameWithExtension,
  readDocument,
  sniffFormat,
  writeDesign,
} from '../model/documents.ts';
import type { TopologyXmlCodec } from '../model/documents.ts';
import { runbookFiles } from '../../shared/runbooks/files.ts';
import { exportOutcome } from './outcome-export.ts';
import type { DesignerPlatform, OpenedFile } from '../../shared/platform/contract.ts';
import type { EditorStore } from '../state/editor-store.ts';

export interface DocumentCommands {
  open(): Promise<void>;
  openFile(file: OpenedFile): void;
  save(): Promise<void>;
  saveAs(): Promise<void>;
  importXml(): Promise<void>;
  exportXml(): Promise<void>;
  /** The failover, failback and deployment runbooks of the design, through the shell or as downloads. */
  exportRunbook(): Promise<void>;
  /** The what-if outcome of every pool as Markdown (a download, or the clipboard). */
  exportOutcome(): Promise<void>;
  newDesign(template: TemplateName): void;
  readonly canUseXml: boolean;
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function createDocumentCommands(options: {
  store: EditorStore;
  platform: DesignerPlatform;
  xml: TopologyXmlCodec | null;
  /** Localized names for an empty design's data centers. */
  emptyNames: () => EmptyDesignNames;
}): DocumentCommands {
  const { store, platform, xml } = options;
  const notice = (key: string, err?: unknown) =>
    store
      .getState()
      .showNotice({ tone: 'error', key, ...(err === undefined ? {} : { detail: message(err) }) });
  const info = (key: string, notes: readonly string[]) =>
    store
      .getState()
      .showNotice({ tone: 'info', key, ...(notes.length > 0 ? { detail: notes.join(' ') } : {}) });

  const openFile = (file: OpenedFile) => {
    try {
      const { doc, notes } = readDocument(file.text, xml, file.name);
      // An imported XML document is not a design file: Save must not write JSON over the XML.
      const isDesign = sniffFormat(file.text) === 'design';
      store.getState().openDocument(doc, {
        name: isDesign ? file.name : nameWithExtension(file.name, doc, '.pctopo'),
        fileId: isDesign ? file.fileId : null,
      });
      if (!isDesign) info('notices.imported', notes);
    } catch (err) {
      if (err instanceof XmlUnavailableError) notice('notices.xmlUnavailable');
      else notice('notices.openFailed', err);
    }
  };

  const guard = async (key: string, run: () => Promise<void>) => {
    try {
      await run();
    } catch (err) {
      notice(key, err);
    }
  };

  const save = (asNew: boolean) =>
    guard('notices.saveFailed', async () => {
      const { doc, file } = store.getState();
      const request = {
        text: writeDesign(doc),
        suggestedName: nameWithExtension(file.name, doc, '.pctopo'),
        fileId: asNew ? null : file.fileId,
      };
      const saved = asNew ? await platform.saveDesignAs(request) : await platform.saveDesign(request);
      if (saved) store.getState().markSaved(doc, { name: saved.name, fileId: saved.fileId });
    });

  return {
    canUseXml: xml !== null,
    openFile,
    open: () =>
      guard('notices.openFailed', async () => {
        const file = await platform.openDesign();
        if (file) openFile(file);
      }),
    save: () => save(false),
    saveAs: () => save(true),
    importXml: () =>
      guard('notices.openFailed', async () => {
        if (!xml) return notice('notices.xmlUnavailable');
        const file = await platform.importTopologyXml();
        if (file) openFile(file);
      }),
    exportXml: () =>
      guard('notices.exportFailed', async () => {
        if (!xml) return notice('notices.xmlUnavailable');
        const { doc, file } = store.getState();
        const suggestedName = nameWithExtension(file.name, doc, '.xml');
        const exported = xml.exportTopology(doc, suggestedName);
        const saved = await platform.exportTopologyXml({ text: exported.text, suggestedName, fileId: null });
        if (saved) info('notices.exported', exported.notes);
      }),
    exportRunbook: () =>
      guard('notices.runbookFailed', async () => {
        const { doc, file, locale } = store.getState();
        if (platform.exportRunbook) {
          // The shell makes the runbooks itself and reports what it left out in its own dialogs.
          await platform.exportRunbook({
            text: writeDesign(doc),
            suggestedName: file.name ?? doc.design.name,
          });
          return;
        }
        if (!platform.saveFiles) return notice('notices.runbookFailed');
        const { files, skipped } = runbookFiles(doc.design, locale);
        if (files.length === 0) {
          return store
            .getState()
            .showNotice({ tone: 'error', key: 'notices.runbookNone', detail: skipped.join(' ') });
        }
        await platform.saveFiles(files);
        info('notices.runbookExported', skipped);
      }),
    exportOutcome: () =>
      guard('whatif.exportFailed', () =>
        exportOutcome(store, platform, typeof navigator === 'undefined' ? undefined : navigator.clipboard),
      ),
    newDesign: (template) => store.getState().newDesign(template, options.emptyNames()),
  };
}
