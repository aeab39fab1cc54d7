/**
 * Open, save, import and export: the file commands behind the toolbar, the keys and a shell's
 * menus. They talk to the platform's file API and report every failure as a notice, leaving the
 * design in memory as it was.
 */
import type { TemplateName } from '../model/templates.ts';
import type { EmptyDesignNames } from '../model/templates.ts';
import {
  companionFileName,
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
import type { EditorStore, Notice } from '../state/editor-store.ts';
import { findingsFor } from '../state/findings.ts';

export interface DocumentCommands {
  open(): Promise<void>;
  openFile(file: OpenedFile): void;
  save(): Promise<void>;
  saveAs(): Promise<void>;
  importXml(): Promise<void>;
  /** Asks first when the design has errors, as the CLI refuses; `despiteErrors` is the planner's "Export anyway". */
  exportXml(options?: { despiteErrors?: boolean }): Promise<void>;
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
  const infoNotice = (
    key: string,
    notes: readonly string[],
    params?: Record<string, string | number>,
  ): Notice => ({
    tone: 'info',
    key,
    ...(params ? { params } : {}),
    ...(notes.length > 0 ? { detail: notes.join(' ') } : {}),
  });
  const info = (key: string, notes: readonly string[], params?: Record<string, string | number>) =>
    store.getState().showNotice(infoNotice(key, notes, params));

  const openFile = (file: OpenedFile) => {
    try {
      const { doc, notes } = readDocument(file.text, xml, file.name);
      // An imported XML document is not a design file: Save must not write JSON over the XML.
      const isDesign = sniffFormat(file.text) === 'design';
      store.getState().openDocument(
        doc,
        {
          name: isDesign ? file.name : nameWithExtension(file.name, doc, '.pctopo'),
          fileId: isDesign ? file.fileId : null,
        },
        {
          ...(file.recovered ? { recovered: true, notice: infoNotice('safety.draftRestored', []) } : {}),
          // The notice waits for the discard prompt: "Keep editing" leaves nothing imported.
          ...(isDesign ? {} : { notice: infoNotice('notices.imported', notes) }),
        },
      );
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
      if (!saved) return;
      store.getState().markSaved(doc, { name: saved.name, fileId: saved.fileId });
      info('safety.saved', [], { name: saved.name });
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
    exportXml: (exportOptions = {}) =>
      guard('notices.exportFailed', async () => {
        if (!xml) return notice('notices.xmlUnavailable');
        const { doc, file, locale } = store.getState();
        store.getState().dismissPrompt();
        const { errors } = findingsFor(doc.design, locale).summary;
        if (errors > 0 && !exportOptions.despiteErrors) {
          return store.getState().ask({ kind: 'exportWithErrors', errors });
        }
        const suggestedName = nameWithExtension(file.name, doc, '.tbxml');
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
        const name = companionFileName(file.name, doc, ' runbooks.zip');
        await platform.saveFiles({ name, files });
        info('safety.runbookZipped', skipped, { name });
      }),
    exportOutcome: () =>
      guard('whatif.exportFailed', () =>
        exportOutcome(store, platform, typeof navigator === 'undefined' ? undefined : navigator.clipboard),
      ),
    newDesign: (template) => store.getState().newDesign(template, options.emptyNames()),
  };
}
