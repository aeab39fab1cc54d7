/**
 * The one door between the designer and the machine it runs on: the API the page reaches as
 * `window.pchatDesigner`, and every message that crosses it. The web edition implements it with
 * a file input, downloads and (where the browser has it) the File System Access API; the
 * Electron preload implements it with native dialogs and safe writes. The renderer never touches
 * files any other way.
 *
 * The renderer, the preload and the main process's IPC gate all take their types from here, and
 * the types are inferred from the schemas the gate checks messages with, so a field added on one
 * side and not the other fails the type check instead of being dropped silently. Only zod and
 * types: the preload imports nothing but types from this module, which keeps its sandboxed bundle
 * free of zod.
 */
import { z } from 'zod';
import { MAX_DESIGN_BYTES } from '../model/load.ts';

/**
 * The desktop shell's file tokens are random and issued by its main process, so a path is never
 * accepted from the page. The web edition's tokens never cross IPC and have a form of their own.
 */
export const FILE_ID_PATTERN = /^[0-9a-f]{32}$/;

const fileId = z.string().regex(FILE_ID_PATTERN).nullable();
// The page is untrusted: sizes are bounded so it cannot make the main process allocate without limit.
const suggestedName = z.string().min(1).max(255);
const fileText = z.string().max(MAX_DESIGN_BYTES);

/** Save, Save As and Export Topology XML. */
export const saveRequestSchema = z.strictObject({
  text: fileText,
  /** Proposed file name, such as `Contoso.pctopo`. */
  suggestedName,
  /** The file to overwrite on Save; null asks the planner where. */
  fileId,
});
export type SaveRequest = z.infer<typeof saveRequestSchema>;

/** The document's name and whether it has unsaved changes, for the title and the close prompt. */
export const documentStateSchema = z.strictObject({
  name: z.string().max(255).nullable(),
  title: z.string().max(512),
  modified: z.boolean(),
});
export type DocumentState = z.infer<typeof documentStateSchema>;

/** The design while it has unsaved changes, for the shell's recovery draft. */
export const recoveryDraftSchema = z.strictObject({ text: fileText, fileId });
export type RecoveryDraftRequest = z.infer<typeof recoveryDraftSchema>;

/** Export Runbook sends the design; the shell makes the runbooks from it (shared/runbooks/files.ts). */
export const runbookRequestSchema = z.strictObject({ text: fileText, suggestedName });
export type RunbookRequest = z.infer<typeof runbookRequestSchema>;

/**
 * Export picture and Export report: one file the page made (an SVG or an HTML report as text, a PNG
 * as bytes), offered under `suggestedName`. The kind decides the save dialog's filter and which form
 * the data must have, so a PNG cannot arrive as text nor a report as bytes.
 */
export const exportKinds = ['svg', 'png', 'html'] as const;
export type ExportKind = (typeof exportKinds)[number];
/** A 3x picture of a large design stays well under this; the bound keeps the main process safe. */
export const MAX_EXPORT_BYTES = 64 * 1024 * 1024;
const exportBytes = z
  .custom<Uint8Array>((v) => v instanceof Uint8Array, { message: 'expected bytes' })
  .refine((b) => b.byteLength <= MAX_EXPORT_BYTES, { message: 'too large' });
export const exportFileRequestSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('svg'), suggestedName, data: z.string().max(MAX_EXPORT_BYTES) }),
  z.strictObject({ kind: z.literal('html'), suggestedName, data: z.string().max(MAX_EXPORT_BYTES) }),
  z.strictObject({ kind: z.literal('png'), suggestedName, data: exportBytes }),
]);
export type ExportFileRequest = z.infer<typeof exportFileRequestSchema>;

/** Print to PDF: the report's HTML; the shell renders it in a window of its own and asks where to save. */
export const printReportRequestSchema = z.strictObject({
  html: z.string().min(1).max(MAX_EXPORT_BYTES),
  suggestedName,
});
export type PrintReportRequest = z.infer<typeof printReportRequestSchema>;

/** A file handed to the page: one it asked for, or one the shell opened on its own. */
export const openedFileSchema = z.strictObject({
  /** The file's name, without folders; it decides nothing, the content is sniffed. */
  name: z.string(),
  text: z.string(),
  /** The platform's token for writing back to the same file; null when it cannot. */
  fileId,
  /** Set for a restored recovery draft: its changes are not saved anywhere yet. */
  recovered: z.literal(true).optional(),
});
export type OpenedFile = z.infer<typeof openedFileSchema>;

export const savedFileSchema = z.strictObject({ name: z.string(), fileId });

/** Light, dark or the OS's: the planner's theme, which a desktop shell gives its own frame too. */
export const themeSourceSchema = z.enum(['system', 'light', 'dark']);
export type ThemeSource = z.infer<typeof themeSourceSchema>;
export type SavedFile = z.infer<typeof savedFileSchema>;

/**
 * Files offered together, such as the runbooks of a design; `name` is the archive's, like
 * `Contoso runbooks.zip`. A shell may offer a single file as itself.
 */
export interface FileArchive {
  name: string;
  files: readonly { name: string; text: string }[];
}

/** Across IPC a failure travels as a message the preload turns back into an Error. */
export type Reply<T> = { ok: true; value: T } | { ok: false; message: string };

/** The designer's commands a shell can send, such as a native menu's Save or Undo. */
export type CommandListener = (command: string) => void;

export interface DesignerPlatform {
  /** Asks for a design (.pctopo) or a topology XML document; null when the planner cancels. */
  openDesign(): Promise<OpenedFile | null>;
  /** Writes to `fileId` when given, else asks where; null when cancelled. */
  saveDesign(request: SaveRequest): Promise<SavedFile | null>;
  /** Always asks where. */
  saveDesignAs(request: SaveRequest): Promise<SavedFile | null>;
  /** Asks for a Topology Builder XML document to import. */
  importTopologyXml(): Promise<OpenedFile | null>;
  /** Writes Topology Builder XML; always asks where (it is an export, not the design). */
  exportTopologyXml(request: SaveRequest): Promise<SavedFile | null>;

  /** Files the shell opens on its own (from the OS, a second instance, a dropped file). */
  onOpenFile(listener: (file: OpenedFile) => void): () => void;
  /** Commands from the shell's menus, named as the designer's actions (`save`, `undo`, …). */
  onCommand(listener: CommandListener): () => void;
  setDocumentState(state: DocumentState): void;
  /**
   * Platforms that keep a recovery draft get the design while it has unsaved changes, a moment after
   * the planner stops editing: the desktop shell on disk, the web edition in the browser's storage.
   * Returns false when the draft could not be kept (the browser's storage is full).
   */
  saveRecoveryDraft?(draft: RecoveryDraftRequest): boolean | void;
  /**
   * Shells that write runbooks themselves (the Electron preload: it asks for a folder) get the
   * design as saved to a file; without it the page makes the runbooks and calls `saveFiles`.
   */
  exportRunbook?(request: RunbookRequest): Promise<SavedFile | null>;
  /** Offers several files at once under one name (the web edition: one `.zip` download). */
  saveFiles?(archive: FileArchive): Promise<void>;
  /**
   * Writes one exported file (a picture, the report). The web edition downloads it; the desktop
   * shell asks where. Null when the planner cancels.
   */
  exportFile?(request: ExportFileRequest): Promise<SavedFile | null>;
  /** Shells that print to PDF themselves (the desktop program); the web edition prints in the page. */
  printReportToPdf?(request: PrintReportRequest): Promise<SavedFile | null>;
  /** Shells with a frame of their own (the desktop's menus and dialogs) theme it as the page is. */
  setThemeSource?(source: ThemeSource): void;
}

/**
 * What the Electron preload puts on `window.pchatDesigner`: the platform plus what only a desktop
 * shell does. Export Runbook writes into a folder the planner picks; recovery drafts are cheap to
 * send on every change, as the main process writes them only after a pause.
 */
export type DesktopDesignerApi = DesignerPlatform &
  Required<
    Pick<
      DesignerPlatform,
      'exportRunbook' | 'saveRecoveryDraft' | 'setThemeSource' | 'exportFile' | 'printReportToPdf'
    >
  >;
