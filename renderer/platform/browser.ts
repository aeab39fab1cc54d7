/**
 * The web edition's files: the File System Access API where the browser has it (so Save writes
 * back to the file that was opened), otherwise a file input to open and a download to save.
 */
import type {
  DesignerPlatform,
  ExportKind,
  OpenedFile,
  SaveRequest,
  SavedFile,
} from '../../shared/platform/contract.ts';
import { suggestedFileName } from '../model/documents.ts';
import { createBrowserDrafts } from './browser-drafts.ts';
import type { BrowserDraft, DraftStorage } from './browser-drafts.ts';
import { localStorageOf } from './storage.ts';
import { readFileText } from './text.ts';
import { zipFiles } from './zip.ts';

interface PickerType {
  description: string;
  accept: Record<string, string[]>;
}

interface WritableFile {
  write(data: Blob | string): Promise<void>;
  close(): Promise<void>;
}

interface FileHandle {
  name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<WritableFile>;
}

/** The parts of the File System Access API used here; not every browser has them. */
export interface FileSystemAccess {
  showOpenFilePicker(options: { types: PickerType[]; multiple?: boolean }): Promise<FileHandle[]>;
  showSaveFilePicker(options: { types: PickerType[]; suggestedName: string }): Promise<FileHandle>;
}

const designType: PickerType = {
  description: 'Persistent Chat design',
  accept: { 'application/json': ['.pctopo'] },
};
const xmlType: PickerType = {
  description: 'Topology XML',
  accept: { 'application/xml': ['.xml', '.tbxml'] },
};

/** The browser facilities the implementation needs, passed in so tests can stand in for them. */
export interface BrowserEnvironment {
  fileSystemAccess: FileSystemAccess | null;
  /** Offers text (written as UTF-8) or bytes as a download. */
  download(data: string | Uint8Array, name: string, mime: string): void;
  /** Where the recovery draft is kept (localStorage); null where the browser keeps nothing. */
  storage?: DraftStorage | null;
  /**
   * Before a reload or a closed tab: `shouldAsk` says whether the browser is to ask first. The
   * browser shows its own question; a page may not word it.
   */
  onBeforeUnload?(shouldAsk: () => boolean): void;
}

/** A recovery draft found at load, waiting for the planner's Restore or Discard. */
export interface DraftOffer {
  name: string;
  savedAt: Date;
}

const exportMime: Record<ExportKind, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  html: 'text/html',
};

function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}

export function defaultEnvironment(win: Window): BrowserEnvironment {
  const w = win as Window & Partial<FileSystemAccess>;
  const fsa =
    typeof w.showOpenFilePicker === 'function' && typeof w.showSaveFilePicker === 'function'
      ? {
          showOpenFilePicker: w.showOpenFilePicker.bind(win),
          showSaveFilePicker: w.showSaveFilePicker.bind(win),
        }
      : null;
  return {
    fileSystemAccess: fsa,
    storage: localStorageOf(win),
    onBeforeUnload(shouldAsk) {
      win.addEventListener('beforeunload', (e) => {
        if (!shouldAsk()) return;
        e.preventDefault();
        // Older Chromium asks only when returnValue is set.
        e.returnValue = '';
      });
    },
    download(data, name, mime) {
      const url = URL.createObjectURL(new Blob([data as BlobPart], { type: mime }));
      const a = win.document.createElement('a');
      a.href = url;
      a.download = name;
      a.rel = 'noopener';
      win.document.body.append(a);
      a.click();
      a.remove();
      // The download has started by the time the click returns; the URL is no longer needed.
      setTimeout(() => URL.revokeObjectURL(url), 0);
    },
  };
}

export interface BrowserPlatform extends DesignerPlatform {
  /**
   * The page's file input (data-testid="open-design-input"). Opening without the File System
   * Access API clicks it; a file chosen in it without a pending request opens directly.
   */
  attachInput(input: HTMLInputElement | null): void;
  /** A file the input or a drop delivered. */
  receiveFile(file: File): Promise<void>;
  /** The recovery draft a previous visit left, until the planner restores or discards it. */
  draftOffer(): DraftOffer | null;
  /** The offered draft as a file to open (marked recovered), or null when there is none. */
  restoreDraft(): OpenedFile | null;
  discardDraft(): void;
}

export function createBrowserPlatform(env: BrowserEnvironment): BrowserPlatform {
  const handles = new Map<string, FileHandle>();
  let nextId = 1;
  const remember = (handle: FileHandle) => {
    const id = `file-${nextId++}`;
    handles.set(id, handle);
    return id;
  };
  const openListeners = new Set<(file: OpenedFile) => void>();
  const drafts = createBrowserDrafts(env.storage ?? null);
  // Read once, before this visit writes a draft of its own over it.
  let offered: BrowserDraft | null = drafts.read();
  let modified = false;
  let fileName: string | null = null;
  env.onBeforeUnload?.(() => modified);
  let input: HTMLInputElement | null = null;
  let pendingPick: ((file: File | null) => void) | null = null;

  const pickWithInput = (accept: string): Promise<File | null> => {
    if (!input) return Promise.resolve(null);
    pendingPick?.(null);
    input.accept = accept;
    input.value = '';
    const el = input;
    return new Promise((resolve) => {
      pendingPick = resolve;
      el.addEventListener('cancel', () => pendingPick === resolve && finishPick(null), { once: true });
      el.click();
    });
  };
  const finishPick = (file: File | null) => {
    const resolve = pendingPick;
    pendingPick = null;
    resolve?.(file);
  };

  const open = async (type: PickerType): Promise<OpenedFile | null> => {
    const fsa = env.fileSystemAccess;
    if (fsa) {
      try {
        const [handle] = await fsa.showOpenFilePicker({
          types: [type, type === designType ? xmlType : designType],
        });
        if (!handle) return null;
        const file = await handle.getFile();
        return { name: file.name, text: await readFileText(file), fileId: remember(handle) };
      } catch (err) {
        if (isAbort(err)) return null;
        throw err;
      }
    }
    const file = await pickWithInput('.pctopo,.json,.xml,.tbxml');
    return file ? { name: file.name, text: await readFileText(file), fileId: null } : null;
  };

  const saveTo = async (
    request: SaveRequest,
    type: PickerType,
    mime: string,
    reuseHandle: boolean,
  ): Promise<SavedFile | null> => {
    const fsa = env.fileSystemAccess;
    if (!fsa) {
      env.download(request.text, request.suggestedName, mime);
      return { name: request.suggestedName, fileId: null };
    }
    try {
      let handle = reuseHandle && request.fileId ? handles.get(request.fileId) : undefined;
      let fileId = handle ? request.fileId : null;
      if (!handle) {
        handle = await fsa.showSaveFilePicker({ types: [type], suggestedName: request.suggestedName });
        fileId = remember(handle);
      }
      const writable = await handle.createWritable();
      await writable.write(new Blob([request.text], { type: mime }));
      await writable.close();
      return { name: handle.name, fileId };
    } catch (err) {
      if (isAbort(err)) return null;
      throw err;
    }
  };

  return {
    openDesign: () => open(designType),
    importTopologyXml: () => open(xmlType),
    saveDesign: (request) => saveTo(request, designType, 'application/json', true),
    saveDesignAs: (request) => saveTo(request, designType, 'application/json', false),
    exportTopologyXml: (request) => saveTo(request, xmlType, 'application/xml', false),
    // One archive: a folder picker is not in every browser, and seven downloads in a row are
    // easy to lose (and some browsers block all but the first).
    // A single file (a what-if outcome) is offered as itself: a zip of one file is one more step.
    async saveFiles(archive) {
      const only = archive.files.length === 1 ? archive.files[0] : undefined;
      if (only) env.download(only.text, only.name, 'text/plain');
      else env.download(zipFiles(archive.files), archive.name, 'application/zip');
    },
    // A picture or the report: one download, bytes as they are (a PNG), text as UTF-8.
    async exportFile(request) {
      env.download(request.data, request.suggestedName, exportMime[request.kind]);
      return { name: request.suggestedName, fileId: null };
    },
    onOpenFile(listener) {
      openListeners.add(listener);
      return () => openListeners.delete(listener);
    },
    // A browser tab has no menus of its own; the page's toolbar and keys call the actions directly.
    onCommand: () => () => undefined,
    setDocumentState(state) {
      if (typeof document !== 'undefined') document.title = state.title;
      modified = state.modified;
      fileName = state.name;
      // Saved, or replaced after the planner agreed to discard: the draft has nothing left to
      // keep. An offered draft stays until the planner answers the offer.
      if (!modified && !offered) drafts.clear();
    },
    saveRecoveryDraft(draft) {
      // Unsaved work of this visit now matters more than an offer the planner let stand.
      offered = null;
      return drafts.write(draft.text, fileName);
    },
    draftOffer: () =>
      offered && { name: offered.fileName ?? offered.doc.design.name, savedAt: offered.savedAt },
    restoreDraft() {
      const draft = offered;
      offered = null;
      if (!draft) return null;
      return {
        name: draft.fileName ?? suggestedFileName(draft.doc, '.pctopo'),
        text: draft.text,
        fileId: null,
        recovered: true,
      };
    },
    discardDraft() {
      offered = null;
      drafts.clear();
    },
    attachInput(el) {
      input = el;
    },
    async receiveFile(file) {
      if (pendingPick) {
        finishPick(file);
        return;
      }
      const opened: OpenedFile = { name: file.name, text: await readFileText(file), fileId: null };
      for (const listener of openListeners) listener(opened);
    },
  };
}
