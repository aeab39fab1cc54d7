/**
 * Every IPC channel of the designer, each behind the gate of guard.ts. This is the complete
 * list of what the page can ask of the main process.
 */
import { z } from 'zod';
import {
  documentStateSchema,
  exportFileRequestSchema,
  printReportRequestSchema,
  recoveryDraftSchema,
  runbookRequestSchema,
  saveRequestSchema,
  themeSourceSchema,
  type DocumentState,
  type ExportFileRequest,
  type PrintReportRequest,
  type OpenedFile,
  type Reply,
  type RunbookRequest,
  type SaveRequest,
  type SavedFile,
  type ThemeSource,
} from '../../shared/platform/contract.ts';
import { invokeChannels, sendChannels, textEditCommands, type TextEditCommand } from './channels.ts';
import { guardInvoke, guardSend, type GateOptions, type SenderEvent } from './guard.ts';
import { noArguments, oneArgument } from './schemas.ts';

export interface IpcMainLike {
  handle(channel: string, handler: (event: SenderEvent, ...args: unknown[]) => Promise<unknown>): void;
  on(channel: string, listener: (event: SenderEvent, ...args: unknown[]) => void): void;
}

export interface DesignerHandlers {
  openDesign(): Promise<Reply<OpenedFile | null>>;
  saveDesign(request: SaveRequest): Promise<Reply<SavedFile | null>>;
  saveDesignAs(request: SaveRequest): Promise<Reply<SavedFile | null>>;
  importTopologyXml(): Promise<Reply<OpenedFile | null>>;
  exportTopologyXml(request: SaveRequest): Promise<Reply<SavedFile | null>>;
  exportRunbook(request: RunbookRequest): Promise<Reply<SavedFile | null>>;
  exportFile(request: ExportFileRequest): Promise<Reply<SavedFile | null>>;
  printReportToPdf(request: PrintReportRequest): Promise<Reply<SavedFile | null>>;
  setDocumentState(state: DocumentState): void;
  recoveryDraft(text: string, fileId: string | null): void;
  /** Runs a text edit in the focused field of the designer window. */
  nativeEdit(command: TextEditCommand): void;
  /** Sets Electron's nativeTheme.themeSource, so the frame and native dialogs match the page. */
  setThemeSource(source: ThemeSource): void;
}

export function registerDesignerIpc(
  ipcMain: IpcMainLike,
  handlers: DesignerHandlers,
  gate: GateOptions,
): void {
  const save = oneArgument(saveRequestSchema);
  const c = invokeChannels;
  ipcMain.handle(
    c.openDesign,
    guardInvoke(c.openDesign, noArguments, () => handlers.openDesign(), gate),
  );
  ipcMain.handle(
    c.saveDesign,
    guardInvoke(c.saveDesign, save, (r) => handlers.saveDesign(r), gate),
  );
  ipcMain.handle(
    c.saveDesignAs,
    guardInvoke(c.saveDesignAs, save, (r) => handlers.saveDesignAs(r), gate),
  );
  ipcMain.handle(
    c.importTopologyXml,
    guardInvoke(c.importTopologyXml, noArguments, () => handlers.importTopologyXml(), gate),
  );
  ipcMain.handle(
    c.exportTopologyXml,
    guardInvoke(c.exportTopologyXml, save, (r) => handlers.exportTopologyXml(r), gate),
  );
  ipcMain.handle(
    c.exportRunbook,
    guardInvoke(c.exportRunbook, oneArgument(runbookRequestSchema), (r) => handlers.exportRunbook(r), gate),
  );
  ipcMain.handle(
    c.exportFile,
    guardInvoke(c.exportFile, oneArgument(exportFileRequestSchema), (r) => handlers.exportFile(r), gate),
  );
  ipcMain.handle(
    c.printReportToPdf,
    guardInvoke(
      c.printReportToPdf,
      oneArgument(printReportRequestSchema),
      (r) => handlers.printReportToPdf(r),
      gate,
    ),
  );

  const s = sendChannels;
  ipcMain.on(
    s.setDocumentState,
    guardSend(
      s.setDocumentState,
      oneArgument(documentStateSchema),
      (state) => handlers.setDocumentState(state),
      gate,
    ),
  );
  ipcMain.on(
    s.recoveryDraft,
    guardSend(
      s.recoveryDraft,
      oneArgument(recoveryDraftSchema),
      (d) => handlers.recoveryDraft(d.text, d.fileId),
      gate,
    ),
  );
  ipcMain.on(
    s.nativeEdit,
    guardSend(
      s.nativeEdit,
      oneArgument(z.enum(textEditCommands)),
      (command) => handlers.nativeEdit(command),
      gate,
    ),
  );
  ipcMain.on(
    s.setThemeSource,
    guardSend(
      s.setThemeSource,
      oneArgument(themeSourceSchema),
      (source) => handlers.setThemeSource(source),
      gate,
    ),
  );
}
