/**
 * The one door between the designer and the machine it runs on. The web edition implements it
 * with a file input, downloads and (where the browser has it) the File System Access API; the
 * Electron preload implements the same interface with native dialogs and safe writes, and
 * exposes it as `window.pchatDesigner`. The renderer never touches files any other way.
 */

export interface OpenedFile {
  /** The file's name, without folders; it decides nothing, the content is sniffed. */
  name: string;
  text: string;
  /** The platform's token for writing back to the same file; null when it cannot. */
  fileId: string | null;
}

export interface SaveRequest {
  text: string;
  /** Proposed file name, such as `Contoso.pctopo`. */
  suggestedName: string;
  /** The file to overwrite on Save; null asks the planner where. */
  fileId: string | null;
}

export interface SavedFile {
  name: string;
  fileId: string | null;
}

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
  /** The document's name and whether it has unsaved changes, for the title and the close prompt. */
  setDocumentState(state: { name: string | null; title: string; modified: boolean }): void;
  /**
   * Shells that keep a recovery draft get the design while it has unsaved changes, a moment after
   * the planner stops editing; the web edition keeps none.
   */
  saveRecoveryDraft?(draft: { text: string; fileId: string | null }): void;
  /**
   * Shells that write runbooks themselves (the Electron preload: it asks for a folder) get the
   * design as saved to a file; without it the page makes the runbooks and calls `saveFiles`.
   */
  exportRunbook?(request: { text: string; suggestedName: string }): Promise<SavedFile | null>;
  /** Offers several files at once (the web edition: one download each). */
  saveFiles?(files: readonly { name: string; text: string }[]): Promise<void>;
}

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the web edition. */
    pchatDesigner?: DesignerPlatform;
  }
}
