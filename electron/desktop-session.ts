/**
 * The desktop side of the open design: native dialogs, safe writes, the recent list, the
 * title, recovery drafts and the question before closing over unsaved work. It knows
 * Electron only through the small ports below, so it runs under Node in the tests.
 *
 * The page owns the design and asks before replacing one it considers modified; this side
 * owns everything about files and keeps the planner's work safe when the page cannot (a
 * restored draft, a crashed page, a window being closed).
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../shared/i18n/text.ts';
import { LoadError, loadDesign, serializeDesign } from '../shared/model/load.ts';
import type { DesignDocument } from '../shared/model/types.ts';
import {
  DESIGN_EXTENSION,
  readOpenableFile,
  readTopologyFile,
  withDesignExtension,
  writeTextFile,
  type Outcome,
} from './files/design-files.ts';
import { describeProblem } from './files/file-problems.ts';
import type { FileTokens } from './files/file-tokens.ts';
import type {
  DocumentState,
  OpenedFile,
  Reply,
  RunbookRequest,
  SaveRequest,
  SavedFile,
} from '../shared/platform/contract.ts';
import type { RecoveryDraft } from './recovery.ts';
import { runbookFiles } from '../shared/runbooks/files.ts';
import { dialogText, say } from './strings.ts';
import { windowTitle } from './title.ts';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** The subset of Electron's dialog module used here, already bound to the designer window. */
export interface DialogPort {
  showOpenDialog(options: {
    title?: string;
    defaultPath?: string;
    filters?: FileFilter[];
    properties: Array<'openFile' | 'openDirectory' | 'createDirectory' | 'promptToCreate'>;
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: {
    defaultPath: string;
    filters: FileFilter[];
    properties: Array<'showOverwriteConfirmation' | 'createDirectory'>;
  }): Promise<{ canceled: boolean; filePath?: string }>;
  showMessageBox(options: {
    type: 'none' | 'info' | 'error' | 'question' | 'warning';
    title: string;
    message: string;
    detail?: string;
    buttons: string[];
    defaultId: number;
    cancelId: number;
    noLink: true;
  }): Promise<{ response: number }>;
}

/** The designer window as this side sees it. */
export interface WindowPort {
  sendOpenFile(file: OpenedFile): void;
  sendCommand(command: string): void;
  setTitle(title: string): void;
  setDocumentEdited(edited: boolean): void;
}

export interface RecentPort {
  readonly list: readonly string[];
  add(file: string): Promise<void>;
  remove(file: string): Promise<void>;
}

export interface RecoveryPort {
  listOrphans(): Promise<RecoveryDraft[]>;
  adopt(draft: RecoveryDraft): Promise<void>;
  remove(draft: RecoveryDraft): Promise<void>;
}

export interface AutosavePort {
  edited(document: DesignDocument, designPath: string | null): void;
  flush(): Promise<void>;
  clean(): Promise<void>;
}

export interface SessionDeps {
  dialogs: DialogPort;
  window: WindowPort;
  tokens: FileTokens;
  recent: RecentPort;
  recovery: RecoveryPort;
  autosave: AutosavePort;
  locale: Locale;
  platform: NodeJS.Platform;
  /** Where dialogs start when no design has been opened or saved yet (Documents). */
  defaultFolder: string;
  /** The recent list changed: rebuild the menu, tell the OS. */
  onRecentChanged?: (file: string | null) => void;
  log?: (message: string) => void;
  /** How long the page may take to start a save asked for by the close prompt. */
  saveStartTimeoutMs?: number;
}

const XML_EXTENSIONS = ['xml', 'tbxml'];

/** A planner's design name made into a file name every OS accepts. */
export function safeFileName(name: string, extension: string): string {
  const printable = [...name].map((ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch)).join('');
  const stem =
    printable
      .replace(/\.(pctopo|xml|tbxml|json)$/i, '')
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^[. ]+|[. ]+$/g, '')
      .slice(0, 120) || 'design';
  // Windows reserves these device names whatever the extension.
  const reserved = /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(stem) ? `${stem}-design` : stem;
  return `${reserved}${extension}`;
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

export class DesktopSession {
  private name: string | null = null;
  private modified = false;
  /** A restored draft the page believes is saved; only a real save or a decision ends this. */
  private recovered = false;
  private rendererGone = false;
  private lastFolder: string | null = null;
  private closeSave: { done: Deferred<boolean>; started: boolean } | null = null;

  constructor(private readonly deps: SessionDeps) {}

  private t(text: { en: string; es: string }, params?: Record<string, string | number>): string {
    return say(text, this.deps.locale, params);
  }

  private get filters() {
    return {
      design: { name: this.t(dialogText.designFilter), extensions: [DESIGN_EXTENSION.slice(1)] },
      xml: { name: this.t(dialogText.xmlFilter), extensions: XML_EXTENSIONS },
      all: { name: this.t(dialogText.allFiles), extensions: ['*'] },
    };
  }

  private folderFor(name: string): string {
    return path.join(this.lastFolder ?? this.deps.defaultFolder, name);
  }

  private refreshTitle(): void {
    const unsaved = this.modified || this.recovered;
    this.deps.window.setTitle(windowTitle({ name: this.name, modified: unsaved }, this.deps.locale));
    this.deps.window.setDocumentEdited(unsaved);
  }

  get hasUnsavedWork(): boolean {
    return this.modified || this.recovered;
  }

  // ---- Reading -------------------------------------------------------------------------------

  /**
   * Reads a design (checked by the shared loader) or a topology document (decoded by the
   * shared XML module). Only designs get a token: Save must never write JSON over XML.
   */
  private async read(file: string): Promise<Outcome<OpenedFile>> {
    const content = await readOpenableFile(file);
    if (!content.ok) return content;
    const { kind, text } = content.value;
    const fileId = kind === 'design' ? this.deps.tokens.issue(file) : null;
    return { ok: true, value: { name: path.basename(file), text, fileId } };
  }

  private async remember(file: string): Promise<void> {
    this.lastFolder = path.dirname(file);
    try {
      await this.deps.recent.add(file);
      this.deps.onRecentChanged?.(file);
    } catch (err) {
      this.deps.log?.(`recent list not updated: ${String(err)}`);
    }
  }

  /** Page's Open: a dialog, then the file's text; the page asks before replacing a modified design. */
  async openDesign(): Promise<Reply<OpenedFile | null>> {
    if (!(await this.settleRecoveredWork('open'))) return { ok: true, value: null };
    const { design, xml, all } = this.filters;
    const picked = await this.deps.dialogs.showOpenDialog({
      defaultPath: this.lastFolder ?? this.deps.defaultFolder,
      filters: [design, xml, all],
      properties: ['openFile'],
    });
    const file = picked.filePaths[0];
    if (picked.canceled || !file) return { ok: true, value: null };
    const opened = await this.read(file);
    if (!opened.ok) return { ok: false, message: describeProblem(opened.problem, this.deps.locale) };
    if (opened.value.fileId) {
      await this.remember(file);
      this.recovered = false;
    }
    return { ok: true, value: opened.value };
  }

  async importTopologyXml(): Promise<Reply<OpenedFile | null>> {
    if (!(await this.settleRecoveredWork('open'))) return { ok: true, value: null };
    const { xml, all } = this.filters;
    const picked = await this.deps.dialogs.showOpenDialog({
      defaultPath: this.lastFolder ?? this.deps.defaultFolder,
      filters: [xml, all],
      properties: ['openFile'],
    });
    const file = picked.filePaths[0];
    if (picked.canceled || !file) return { ok: true, value: null };
    const text = await readTopologyFile(file);
    if (!text.ok) return { ok: false, message: describeProblem(text.problem, this.deps.locale) };
    this.lastFolder = path.dirname(file);
    this.recovered = false;
    return { ok: true, value: { name: path.basename(file), text: text.value, fileId: null } };
  }

  /**
   * A file named by the OS, the command line, a second instance or Open Recent. Nothing asked
   * for it in the page, so a problem is shown in a native dialog here.
   */
  async openPath(file: string, origin: 'os' | 'recent'): Promise<boolean> {
    if (!(await this.settleRecoveredWork('open'))) return false;
    const opened = await this.read(file);
    if (!opened.ok) {
      if (origin === 'recent' && opened.problem.kind === 'vanished') {
        await this.deps.recent.remove(file).catch(() => undefined);
        this.deps.onRecentChanged?.(null);
      }
      await this.deps.dialogs.showMessageBox({
        type: 'error',
        title: this.t(dialogText.openFailedTitle),
        message: describeProblem(opened.problem, this.deps.locale),
        detail: this.t(dialogText.designKept),
        buttons: ['OK'],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      });
      return false;
    }
    if (opened.value.fileId) await this.remember(file);
    this.recovered = false;
    this.deps.window.sendOpenFile(opened.value);
    return true;
  }

  // ---- Writing -------------------------------------------------------------------------------

  /** A design the page sends is checked by the loader before it may replace anything. */
  private checkDesignText(text: string): string | null {
    try {
      loadDesign(text);
      return null;
    } catch (err) {
      const detail = err instanceof LoadError ? err.message : String(err);
      return `The design could not be checked before saving, so nothing was written (${detail}).`;
    }
  }

  private async writeDesignTo(file: string, text: string): Promise<Reply<SavedFile>> {
    const refused = this.checkDesignText(text);
    if (refused) return { ok: false, message: refused };
    const written = await writeTextFile(file, text, { backup: true, platform: this.deps.platform });
    if (!written.ok) return { ok: false, message: describeProblem(written.problem, this.deps.locale) };
    await this.remember(file);
    this.recovered = false;
    return { ok: true, value: { name: path.basename(file), fileId: this.deps.tokens.issue(file) } };
  }

  private async askDesignTarget(suggestedName: string): Promise<string | null> {
    const chosen = await this.deps.dialogs.showSaveDialog({
      defaultPath: this.folderFor(safeFileName(suggestedName, DESIGN_EXTENSION)),
      filters: [this.filters.design],
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
    return chosen.canceled || !chosen.filePath ? null : withDesignExtension(chosen.filePath);
  }

  private async saving<T>(run: () => Promise<Reply<T | null>>): Promise<Reply<T | null>> {
    if (this.closeSave) this.closeSave.started = true;
    const reply = await run();
    const waiting = this.closeSave;
    if (waiting) {
      this.closeSave = null;
      waiting.done.resolve(reply.ok && reply.value !== null);
    }
    return reply;
  }

  /** Save: back to the file the token names, or Save As when there is none. */
  saveDesign(request: SaveRequest): Promise<Reply<SavedFile | null>> {
    return this.saving(async () => {
      const target =
        this.deps.tokens.pathOf(request.fileId) ?? (await this.askDesignTarget(request.suggestedName));
      if (!target) return { ok: true, value: null };
      return this.writeDesignTo(target, request.text);
    });
  }

  saveDesignAs(request: SaveRequest): Promise<Reply<SavedFile | null>> {
    return this.saving(async () => {
      const target = await this.askDesignTarget(request.suggestedName);
      if (!target) return { ok: true, value: null };
      return this.writeDesignTo(target, request.text);
    });
  }

  async exportTopologyXml(request: SaveRequest): Promise<Reply<SavedFile | null>> {
    const chosen = await this.deps.dialogs.showSaveDialog({
      defaultPath: this.folderFor(safeFileName(request.suggestedName, '.tbxml')),
      filters: [this.filters.xml],
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
    if (chosen.canceled || !chosen.filePath) return { ok: true, value: null };
    const written = await writeTextFile(chosen.filePath, request.text, {
      backup: false,
      platform: this.deps.platform,
    });
    if (!written.ok) return { ok: false, message: describeProblem(written.problem, this.deps.locale) };
    return { ok: true, value: { name: path.basename(chosen.filePath), fileId: null } };
  }

  private async inform(
    type: 'info' | 'error',
    title: string,
    message: string,
    detail?: string,
  ): Promise<void> {
    await this.deps.dialogs.showMessageBox({
      type,
      title,
      message,
      ...(detail ? { detail } : {}),
      buttons: ['OK'],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
  }

  /**
   * Export Runbook: makes the runbooks of the design the page sends (failover, failback,
   * deployment checklist) and writes them into a folder the planner picks, asking before
   * replacing files there. The shell reports everything in native dialogs (what was written,
   * what the design does not support yet, what went wrong), so the page only starts it.
   */
  async exportRunbook(request: RunbookRequest): Promise<Reply<SavedFile | null>> {
    const title = this.t(dialogText.runbookTitle, { name: request.suggestedName });
    let design: DesignDocument['design'];
    try {
      design = loadDesign(request.text).design;
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      await this.inform('error', title, this.t(dialogText.runbookUnreadable, { detail }));
      return { ok: true, value: null };
    }
    const { files, skipped } = runbookFiles(design, this.deps.locale);
    if (files.length === 0) {
      await this.inform('error', title, this.t(dialogText.runbookNothing), skipped.join('\n'));
      return { ok: true, value: null };
    }
    const picked = await this.deps.dialogs.showOpenDialog({
      title,
      defaultPath: this.lastFolder ?? this.deps.defaultFolder,
      properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
    });
    const folder = picked.filePaths[0];
    if (picked.canceled || !folder) return { ok: true, value: null };
    await fsp.mkdir(folder, { recursive: true }).catch(() => undefined);
    const existing: string[] = [];
    for (const f of files) {
      if (
        await fsp.stat(path.join(folder, f.name)).then(
          () => true,
          () => false,
        )
      )
        existing.push(f.name);
    }
    if (existing.length > 0) {
      const answer = await this.deps.dialogs.showMessageBox({
        type: 'warning',
        title,
        message: this.t(dialogText.replaceFiles, { folder, files: existing.join('\n') }),
        buttons: [this.t(dialogText.buttonReplace), this.t(dialogText.buttonCancel)],
        defaultId: 1,
        cancelId: 1,
        noLink: true,
      });
      if (answer.response !== 0) return { ok: true, value: null };
    }
    for (const f of files) {
      const written = await writeTextFile(path.join(folder, f.name), f.text, {
        backup: false,
        platform: this.deps.platform,
      });
      if (!written.ok) return { ok: false, message: describeProblem(written.problem, this.deps.locale) };
    }
    const detail =
      skipped.length > 0 ? `${this.t(dialogText.runbookSkipped)}\n${skipped.join('\n')}` : undefined;
    await this.inform(
      'info',
      title,
      this.t(dialogText.runbookWritten, { count: files.length, folder }),
      detail,
    );
    return { ok: true, value: { name: path.basename(folder), fileId: null } };
  }

  // ---- State, drafts and closing -------------------------------------------------------------

  setDocumentState(state: DocumentState): void {
    this.name = state.name;
    this.modified = state.modified;
    this.refreshTitle();
    if (!this.hasUnsavedWork) void this.deps.autosave.clean();
  }

  /** The page's current design, sent while it has unsaved changes. */
  recoveryDraft(text: string, fileId: string | null): void {
    if (!this.hasUnsavedWork) return;
    let doc: DesignDocument;
    try {
      doc = loadDesign(text);
    } catch (err) {
      this.deps.log?.(`recovery draft ignored: ${String(err)}`);
      return;
    }
    this.deps.autosave.edited(doc, this.deps.tokens.pathOf(fileId));
  }

  /** The page crashed: its unsaved work exists only in the last draft, which must survive. */
  markRendererGone(): void {
    this.rendererGone = true;
  }

  private async askUnsaved(message: { en: string; es: string }): Promise<'save' | 'discard' | 'cancel'> {
    const { response } = await this.deps.dialogs.showMessageBox({
      type: 'warning',
      title: this.t(dialogText.unsavedTitle),
      message: this.t(message, { name: this.name ?? this.t(dialogText.untitled) }),
      detail: this.t(dialogText.unsavedDetail),
      buttons: [
        this.t(dialogText.buttonSave),
        this.t(dialogText.buttonDontSave),
        this.t(dialogText.buttonCancel),
      ],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
    });
    return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
  }

  /** Asks the page to save (its menu Save) and waits for that save to finish. */
  private savePageDesign(): Promise<boolean> {
    const done = deferred<boolean>();
    this.closeSave = { done, started: false };
    this.deps.window.sendCommand('save');
    const timeout = this.deps.saveStartTimeoutMs ?? 10_000;
    setTimeout(() => {
      if (this.closeSave?.done === done && !this.closeSave.started) {
        this.closeSave = null;
        this.deps.log?.('the page did not start the save asked for; the window stays open');
        done.resolve(false);
      }
    }, timeout).unref?.();
    return done.promise;
  }

  /**
   * Before a restored draft is replaced: the page believes it is saved, so this side asks.
   * Returns whether to go on.
   */
  private async settleRecoveredWork(_reason: 'open'): Promise<boolean> {
    if (!this.recovered || this.modified) return true;
    await this.deps.autosave.flush();
    const choice = await this.askUnsaved(dialogText.unsavedBeforeOpen);
    if (choice === 'cancel') return false;
    if (choice === 'save' && !(await this.savePageDesign())) return false;
    if (choice === 'discard') await this.deps.autosave.clean();
    this.recovered = false;
    return true;
  }

  /** The window is closing: true when it may close now. */
  async confirmClose(): Promise<boolean> {
    if (this.rendererGone) return true;
    if (!this.hasUnsavedWork) {
      await this.deps.autosave.clean();
      return true;
    }
    // The latest edits go to the draft first, so the work survives even if the prompt never returns.
    await this.deps.autosave.flush();
    const choice = await this.askUnsaved(dialogText.unsavedBeforeClose);
    if (choice === 'cancel') return false;
    if (choice === 'save' && !(await this.savePageDesign())) return false;
    this.recovered = false;
    this.modified = false;
    await this.deps.autosave.clean();
    return true;
  }

  /** At start: offers the drafts of sessions that did not end normally, newest first. */
  async offerRecovery(): Promise<boolean> {
    const drafts = await this.deps.recovery.listOrphans();
    for (const draft of drafts) {
      const name = draft.designPath ? path.basename(draft.designPath) : draft.document.design.name;
      const { response } = await this.deps.dialogs.showMessageBox({
        type: 'question',
        title: this.t(dialogText.recoveryTitle),
        message: this.t(dialogText.recoveryMessage, {
          name,
          time: draft.savedAt.toLocaleString(this.deps.locale === 'es' ? 'es-ES' : 'en-US'),
        }),
        detail: this.t(dialogText.recoveryDetail),
        buttons: [
          this.t(dialogText.buttonRestore),
          this.t(dialogText.buttonDiscard),
          this.t(dialogText.buttonLater),
        ],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
      });
      if (response === 1) await this.deps.recovery.remove(draft);
      if (response !== 0) continue;
      await this.deps.recovery.adopt(draft);
      this.recovered = true;
      this.name = draft.designPath ? path.basename(draft.designPath) : safeFileName(name, DESIGN_EXTENSION);
      this.refreshTitle();
      this.deps.window.sendOpenFile({
        name: this.name,
        text: serializeDesign(draft.document),
        fileId: draft.designPath ? this.deps.tokens.issue(draft.designPath) : null,
        recovered: true,
      });
      return true;
    }
    return false;
  }
}
